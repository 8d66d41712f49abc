/**
 * Plain-text tables for the terminal, measured in display width (a Vietnamese
 * letter with its marks is one column, whatever its UTF-16 length).
 */
export type Align = "left" | "right";

/** Colour codes, which take no room. */
const ANSI = /\u001b\[[0-9;]*m/g;
/** Combining marks, format characters (zero-width joiners, BOM) and controls: no room. */
const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Cc}]/u;
/** East Asian wide and fullwidth letters and emoji: two columns (Unicode UAX #11). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * Columns a text takes on a terminal: a Vietnamese letter with its marks is
 * one, however it is encoded (precomposed or with combining marks). Written
 * here rather than loaded from a package: it is on the start-up path of
 * every command that prints a table.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, "")) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 && code < 0x300 && !(code >= 0x7f && code < 0xa0)) width += 1;
    else if (ZERO_WIDTH.test(char)) continue;
    else width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

export function padTo(text: string, width: number, align: Align = "left"): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === "right" ? " ".repeat(gap) + text : text + " ".repeat(gap);
}

export interface TableOptions {
  align?: readonly Align[];
  /** Applied to each header cell after padding (e.g. bold on a terminal). */
  styleHeader?: (text: string) => string;
}

/** Columns separated by two spaces, a rule under the header, no trailing spaces. */
export function renderTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: TableOptions = {},
): string {
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ""))),
  );
  const line = (cells: readonly string[], style?: (text: string) => string) =>
    cells
      .map((cell, column) => {
        const padded = padTo(cell, widths[column] ?? 0, options.align?.[column] ?? "left");
        return style ? style(padded) : padded;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(headers, options.styleHeader), rule, ...rows.map((row) => line(row))].join("\n");
}
