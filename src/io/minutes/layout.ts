/**
 * Plain-text layout for the minutes: every line at most `LINE_WIDTH` columns
 * measured in display width (io/table.ts, so that a combining mark counts 0
 * and a wide character 2), no trailing spaces, long text wrapped at word
 * boundaries with a hanging indent.
 */
import { displayWidth } from "../table.js";

export { displayWidth };

export const LINE_WIDTH = 80;

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Splits a word wider than `width` into pieces that fit, grapheme by grapheme. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== "" && displayWidth(piece + segment) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += segment;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/** Stands for a space that must not break a line while wrapping (a private-use character, one column wide). */
const KEEP = "\uE000";

/**
 * A number with its punctuation ("10;", "2019.", "(1).", "90,00%"): it never
 * begins a line, so that a label and its figure ("phiếu trắng: 0") stay together.
 */
function isNumberToken(word: string): boolean {
  return /^\(?\d[\d.,%/]*\)?[.,;:)*]*$/.test(word);
}

export interface WrapOptions {
  /** Total line width, indents included. */
  width?: number;
  /** Spaces before the first line. */
  indent?: number;
  /** Spaces before every following line. */
  hanging?: number;
  /**
   * More words that must not begin a line; each is kept on the line of the
   * word before it (Markdown: a line starting with `- ` would start a list).
   */
  noBreakBefore?: (word: string) => boolean;
}

/**
 * Wraps `text` (spaces collapsed) at word boundaries. The first line is
 * indented by `indent`, the others by `hanging`; a word longer than a line is
 * broken. Always returns at least one line (an empty text gives "").
 */
export function wrap(text: string, options: WrapOptions = {}): string[] {
  const width = options.width ?? LINE_WIDTH;
  const indent = options.indent ?? 0;
  const hanging = options.hanging ?? indent;
  // A command in backticks is one unit: it is never split across lines.
  const rawWords = text
    .replace(/`[^`]*`/g, (span) => span.replace(/ /g, KEEP))
    .split(/\s+/)
    .filter((word) => word !== "");
  const words: string[] = [];
  for (const word of rawWords) {
    const previous = words.length - 1;
    if (previous >= 0 && (isNumberToken(word) || options.noBreakBefore?.(word))) {
      words[previous] = `${words[previous]} ${word}`;
    } else {
      words.push(word);
    }
  }
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let room = width - indent;
  const flush = () => {
    lines.push(" ".repeat(lines.length === 0 ? indent : hanging) + line);
    line = "";
    lineWidth = 0;
    room = width - hanging;
  };
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (line !== "" && lineWidth + 1 + wordWidth <= room) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (line !== "") flush();
    if (wordWidth <= room) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakWord(word, Math.max(1, room));
    for (const [index, piece] of pieces.entries()) {
      line = piece;
      lineWidth = displayWidth(piece);
      if (index < pieces.length - 1) flush();
    }
  }
  if (line !== "" || lines.length === 0) flush();
  return lines.map((wrapped) => trimEnd(wrapped.replaceAll(KEEP, " ")));
}

export function trimEnd(line: string): string {
  return line.replace(/[ \t]+$/, "");
}

/** `text` centred in `width` columns (left padding only; the caller trims). */
export function center(text: string, width: number): string {
  const room = width - displayWidth(text);
  return room > 0 ? " ".repeat(Math.floor(room / 2)) + text : text;
}

export function padEnd(text: string, width: number): string {
  const room = width - displayWidth(text);
  return room > 0 ? text + " ".repeat(room) : text;
}

export function padStart(text: string, width: number): string {
  const room = width - displayWidth(text);
  return room > 0 ? " ".repeat(room) + text : text;
}

/**
 * Two columns side by side, each line centred in its own column, the columns
 * aligned at the top: the two-column header and the signature block of an
 * administrative document (Decree 30/2020/NĐ-CP, appendix I).
 */
export function sideBySide(
  left: readonly string[],
  right: readonly string[],
  leftWidth: number,
  rightWidth: number,
): string[] {
  const rows = Math.max(left.length, right.length);
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const leftText = center(left[row] ?? "", leftWidth);
    const rightText = center(right[row] ?? "", rightWidth);
    lines.push(trimEnd(padEnd(leftText, leftWidth) + rightText));
  }
  return lines;
}

export type Align = "left" | "right";

export interface TextColumn {
  header: string;
  align: Align;
  /** The one column that gives way (wraps) when the table is too wide. */
  flex?: boolean;
}

const GAP = 2;

/**
 * A table in plain characters: a header row, a rule of dashes under each
 * column, then the rows; numbers right-aligned. When the table is wider than
 * the line, the flexible column (agency names) wraps at word boundaries.
 */
export function textTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
  indent: number,
  width = LINE_WIDTH,
): string[] {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ""))),
  );
  const total = () => indent + widths.reduce((sum, w) => sum + w, 0) + GAP * (columns.length - 1);
  const flexIndex = columns.findIndex((column) => column.flex);
  if (total() > width && flexIndex >= 0) {
    const others = total() - (widths[flexIndex] ?? 0);
    widths[flexIndex] = Math.max(8, width - others);
  }
  const renderRow = (cells: readonly string[]): string[] => {
    const wrapped = columns.map((_column, index) => {
      const cell = cells[index] ?? "";
      const cellWidth = widths[index] ?? 0;
      return index === flexIndex || displayWidth(cell) > cellWidth
        ? wrap(cell, { width: cellWidth })
        : [cell];
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const lines: string[] = [];
    for (let line = 0; line < height; line++) {
      const parts = columns.map((column, index) => {
        const text = wrapped[index]?.[line] ?? "";
        const cellWidth = widths[index] ?? 0;
        return column.align === "right" ? padStart(text, cellWidth) : padEnd(text, cellWidth);
      });
      lines.push(trimEnd(" ".repeat(indent) + parts.join(" ".repeat(GAP))));
    }
    return lines;
  };
  const rule = trimEnd(" ".repeat(indent) + widths.map((w) => "-".repeat(w)).join(" ".repeat(GAP)));
  return [...renderRow(columns.map((column) => column.header)), rule, ...rows.flatMap(renderRow)];
}
