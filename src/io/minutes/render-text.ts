/**
 * The minutes as plain text: the printed A4 form of Decree 30/2020/NĐ-CP
 * (appendix I, template 1.9) approximated in one column of `LINE_WIDTH`
 * characters for a terminal or a text editor.
 */
import type { Block, Cell, Signature } from "./document.js";
import {
  center,
  displayWidth,
  LINE_WIDTH,
  sideBySide,
  textTable,
  trimEnd,
  wrap,
} from "./layout.js";

/** The header's columns: the issuing body on the left, the national title on the right. */
const HEADER_LEFT = 38;
const HEADER_RIGHT = LINE_WIDTH - HEADER_LEFT;
/** The signature block: two equal columns. */
const SIGN_COLUMN = LINE_WIDTH / 2;
/** Centred titles wrap narrower than the line, as a printed title does. */
const TITLE_WIDTH = 72;
/** Blank lines left for a signature. */
const SIGNATURE_SPACE = 3;

export function renderTextBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index > 0 && !block.tight) out.push("");
    out.push(...renderBlock(block));
  }
  return `${out.map(trimEnd).join("\n")}\n`;
}

function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

function centredTitle(text: string): string[] {
  return wrap(text, { width: TITLE_WIDTH }).map((line) => center(line, LINE_WIDTH));
}

function signatureColumn(signature: Signature | null): string[] {
  if (!signature) return [];
  // Room to sign above every name: each member of the counting board signs.
  return [
    signature.title,
    ...signature.names.flatMap((name) => [
      ...Array<string>(SIGNATURE_SPACE).fill(""),
      ...wrap(name, { width: SIGN_COLUMN - 2 }),
    ]),
  ];
}

/** A list item: the marker at `indent`, the text after it, its following lines hanging under the text. */
function withMarker(marker: string, text: string, indent: number, markerWidth: number): string[] {
  const lines = wrap(text, { indent: indent + markerWidth });
  const first = lines[0] ?? "";
  lines[0] = " ".repeat(indent) + marker.padEnd(markerWidth) + first.slice(indent + markerWidth);
  return lines;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case "header": {
      const body = wrap(block.body, { width: HEADER_LEFT - 2 });
      const widest = Math.max(...body.map(displayWidth));
      const left = [
        ...(block.parent ? wrap(block.parent, { width: HEADER_LEFT - 2 }) : []),
        ...body,
      ];
      left.push("-".repeat(Math.max(6, Math.round(widest / 3))));
      const right = [
        block.nation,
        block.motto,
        "-".repeat(displayWidth(block.motto)),
        ...(block.dateLine ? [block.dateLine] : []),
      ];
      return [
        ...sideBySide(left, right, HEADER_LEFT, HEADER_RIGHT),
        trimEnd(center(block.number, HEADER_LEFT)),
      ];
    }
    case "title":
      return [
        ...(block.draft ? [center(block.draft, LINE_WIDTH), ""] : []),
        center(block.title, LINE_WIDTH),
        ...centredTitle(block.subtitle),
      ];
    case "heading":
      if (block.level === 1) return [`${block.text}:`];
      return wrap(block.text, { indent: block.indent, hanging: block.indent + 3 });
    case "field":
      return wrap(`${block.label}: ${block.value}`, { hanging: 3 });
    case "paragraph":
      if (block.centred) return centredTitle(block.text);
      return wrap(block.text, { indent: block.indent });
    case "list": {
      const markerWidth = block.ordered ? String(block.items.length).length + 1 : 1;
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${index + 1}.`.padStart(markerWidth) : "-";
        return withMarker(marker, item, block.indent, markerWidth + 1);
      });
    }
    case "table":
      return textTable(
        block.columns,
        block.rows.map((row) => row.map(cellText)),
        block.indent,
      );
    case "signatures":
      return sideBySide(
        signatureColumn(block.left),
        signatureColumn(block.right),
        SIGN_COLUMN,
        SIGN_COLUMN,
      );
    case "recipients":
      return [block.label, ...block.items.flatMap((item) => withMarker("-", item, 0, 2))];
    case "break":
      return ["", center("* * *", LINE_WIDTH)];
    case "annexTitle":
      return [
        center(block.label, LINE_WIDTH),
        center(block.title, LINE_WIDTH),
        ...centredTitle(block.subtitle),
        ...centredTitle(block.attached),
      ];
  }
}
