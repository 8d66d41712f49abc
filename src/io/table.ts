/**
 * Plain-text tables for the terminal, measured in display width (a Vietnamese
 * letter with its marks is one column, whatever its UTF-16 length).
 */
import stringWidth from "string-width";

export type Align = "left" | "right";

export function displayWidth(text: string): number {
  return stringWidth(text);
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
