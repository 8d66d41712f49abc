/**
 * A number cell of a user's table, as text: what it is worth, or why it is
 * refused (the caller says so by a code). Pure, so that the row check of the
 * core and the readers in io read numbers alike.
 */

export type NumberProblem = "empty" | "negative" | "decimal-comma" | "ambiguous" | "invalid";

export type NumberResult = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const DECIMAL_EITHER = /^\d+(?:[.,]\d+)?$/;
/** `1.234`, `12.345.678`: a dot between groups of three digits, as Vietnamese writes thousands. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const FORMAT_CHARS = /\p{Cf}/gu;

/**
 * The value of a number cell: digits, optionally a decimal mark and more
 * digits, blanks and invisible format characters (U+200B …) ignored. The
 * decimal comma is read in every file; where the decimal mark is the comma
 * (`commaDecimal`), `1.234` is refused as ambiguous (1.234, or 1234 with a
 * thousands dot). No signs, exponents, `Infinity` or hex.
 */
export function readNumberCell(text: string, commaDecimal: boolean): NumberResult {
  const trimmed = text.replace(FORMAT_CHARS, "").trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  if (commaDecimal && THOUSANDS.test(trimmed)) return { ok: false, problem: "ambiguous" };
  if (DECIMAL_EITHER.test(trimmed)) {
    return { ok: true, value: Number(trimmed.replace(",", ".")) };
  }
  if (trimmed.startsWith("-") && DECIMAL_EITHER.test(trimmed.slice(1).trim())) {
    return { ok: false, problem: "negative" };
  }
  return { ok: false, problem: "invalid" };
}

/**
 * Text as shown in a message: an invisible character left in it (a format
 * character, a control, an unusual space) is written `<U+200B>`, so that a
 * value that looks right on screen but is not is seen for what it is.
 */
export function visibleText(text: string): string {
  return text.replace(
    /[\p{Cf}\p{Cc}\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu,
    (char) => `<U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** Text without the invisible format characters (category Cf) that copying leaves in codes. */
export function withoutFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, "");
}
