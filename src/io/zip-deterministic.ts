/**
 * Rewrites a zip (a .docx or .xlsx) so that the same content gives the same
 * bytes: every entry gets one fixed date, the entries keep their order, and
 * the document's own creation and modification dates (docProps/core.xml) are
 * set to that date. Word and Excel files otherwise carry the time they were
 * made, and two runs on the same data would differ.
 *
 * fflate is loaded here only, with a dynamic import.
 */

/** The date written into every document file: fixed, so that output is reproducible. */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const ISO_DATE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

export async function deterministicZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
  const entries = unzipSync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  // A zip stores the entry's local time: built from local parts, it reads the same in every time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
  const out: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, content] of Object.entries(entries)) {
    let data = content;
    if (name === "docProps/core.xml") {
      data = strToU8(strFromU8(content).replace(ISO_DATE, stamp));
    }
    out[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(out);
}
