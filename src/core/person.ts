/**
 * A person named in a document (chair, secretary, member of the counting
 * board): the full name and the title apart, because the signature block
 * prints the name alone, "without Ông/Bà or the title" (Decree 30/2020/NĐ-CP,
 * appendix I; shared/domain.md, "Documents and their layout").
 */
export interface Person {
  name: string;
  title: string | null;
}

const HONORIFIC = /^(ông|bà|anh|chị|đồng chí|đ\/c|mr\.?|mrs\.?|ms\.?)\s+/iu;
/** "Name – title", "Name - title" (spaces around the dash), or failing that "Name, title". */
const DASH = /\s+[–—-]\s+/u;

/**
 * A person from a single field written before names and titles were kept
 * apart ("Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp, Trưởng khối"): the
 * honorific is dropped, the name is what comes before the first dash (or
 * comma), the title what follows.
 */
export function personFromText(text: string): Person {
  const trimmed = text.trim().replace(HONORIFIC, "");
  const dash = DASH.exec(trimmed);
  if (dash) {
    return {
      name: trimmed.slice(0, dash.index).trim(),
      title: trimmed.slice(dash.index + dash[0].length).trim() || null,
    };
  }
  const comma = trimmed.indexOf(",");
  if (comma > 0) {
    return { name: trimmed.slice(0, comma).trim(), title: trimmed.slice(comma + 1).trim() || null };
  }
  return { name: trimmed, title: null };
}

/**
 * The person as the body of a document names them: the stored name and title
 * joined by a dash; a name stored without a title is read as a legacy single
 * field and printed as it was written.
 */
export function personLine(name: string, title: string | null): string {
  return title ? `${name} – ${title}` : name;
}

/** The name that signs: the stored name when a title is kept apart, else the name read out of the single field. */
export function signingName(name: string, title: string | null): string {
  return title ? name : personFromText(name).name;
}
