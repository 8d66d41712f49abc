/**
 * The minutes as Markdown (CommonMark with GitHub tables), for pasting into a
 * document or a message: the same content as the plain text, with headings
 * and tables. Prose is wrapped at `LINE_WIDTH` columns; a line is never broken
 * where the next one would start a list, a heading or a quote.
 */
import type { Block, Cell, Signature } from "./document.js";
import { displayWidth, LINE_WIDTH, padEnd, padStart, trimEnd, wrap } from "./layout.js";

/** Escapes the characters that Markdown would read as markup in a piece of data. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
}

/** A word that would start a block if it began a line (`-`, `+`, `*`, `#`, `>`, `1.`, `=`). */
function startsBlock(word: string): boolean {
  return /^([-+*=]+|#{1,6}|>.*|\d{1,9}[.)])$/.test(word);
}

function prose(text: string, hanging = 0): string[] {
  return wrap(text, { hanging, noBreakBefore: startsBlock });
}

type MdAlign = "left" | "right" | "center";

const DELIMITER: Record<MdAlign, string> = { left: ":--", right: "--:", center: ":-:" };

/**
 * A GitHub table. Cells are padded into aligned columns when the table then
 * fits the line; otherwise they are left unpadded, and agency names fall back
 * to their short names when a row is still too long. null when no form fits.
 */
function mdTable(
  headers: readonly string[],
  aligns: readonly MdAlign[],
  rows: readonly (readonly Cell[])[],
): string[] | null {
  const render = (useShort: boolean, padded: boolean): string[] => {
    const text = rows.map((row) =>
      row.map((cell) => (typeof cell === "string" ? cell : useShort ? cell.short : cell.text)),
    );
    const widths = headers.map((header, index) =>
      Math.max(3, displayWidth(header), ...text.map((row) => displayWidth(row[index] ?? ""))),
    );
    const line = (cells: readonly string[]) =>
      trimEnd(
        `| ${cells
          .map((cell, index) => {
            if (!padded) return cell;
            const width = widths[index] ?? 0;
            return aligns[index] === "right" ? padStart(cell, width) : padEnd(cell, width);
          })
          .join(" | ")} |`,
      );
    const delimiter = `| ${aligns
      .map((align, index) => {
        const mark = DELIMITER[align];
        if (!padded) return mark;
        const width = widths[index] ?? 3;
        return mark[0] + "-".repeat(width - 2) + mark[2];
      })
      .join(" | ")} |`;
    return [line(headers), delimiter, ...text.map(line)];
  };
  for (const useShort of [false, true]) {
    for (const padded of [true, false]) {
      const lines = render(useShort, padded);
      if (fits(lines)) return lines;
    }
  }
  return null;
}

/**
 * A table too wide for any line, as a list that wraps: one item a row, the
 * first cell (the number) in brackets, then the name, then "header: value".
 */
function tableAsList(headers: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
  return rows.flatMap((row) => {
    const cells = row.map((cell) => (typeof cell === "string" ? cell : cell.text));
    const [number = "", label = "", ...rest] = cells;
    const values = rest.map((value, index) => `${headers[index + 2] ?? ""}: ${value}`);
    return prose(`- (${number}) ${label}${values.length > 0 ? `: ${values.join("; ")}` : ""}`, 2);
  });
}

function fits(lines: readonly string[]): boolean {
  return lines.every((line) => displayWidth(line) <= LINE_WIDTH);
}

/**
 * The signatures side by side as a two-column table, like the printed form;
 * when the names are too long for one line, one signature after the other.
 */
function signatures(left: Signature | null, right: Signature): string[] {
  const columns = left ? [left, right] : [right];
  const table = signatureTable(columns);
  if (table) return table;
  return columns.flatMap((column, index) => [
    ...(index > 0 ? [""] : []),
    `**${column.title}**`,
    "",
    ...column.names.flatMap((name, row) => [...(row > 0 ? [""] : []), ...prose(name)]),
  ]);
}

function signatureTable(columns: readonly Signature[]): string[] | null {
  const height = Math.max(...columns.map((column) => column.names.length));
  const rows: string[][] = [];
  for (let row = 0; row < height; row++) {
    rows.push(columns.map((column) => column.names[row] ?? ""));
  }
  return mdTable(
    columns.map((column) => column.title),
    columns.map(() => "center"),
    rows,
  );
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case "header":
      return (
        mdTable(
          [block.parent ? `${block.parent}<br>${block.body}` : block.body, block.nation],
          ["center", "center"],
          [[block.number, block.motto], ...(block.dateLine ? [["", `*${block.dateLine}*`]] : [])],
        ) ?? [
          ...(block.parent ? [...prose(block.parent), ""] : []),
          ...prose(`**${block.body}**`),
          "",
          block.number,
          "",
          `**${block.nation}**`,
          "",
          `*${block.motto}*`,
          ...(block.dateLine ? ["", `*${block.dateLine}*`] : []),
        ]
      );
    case "title":
      return [
        ...(block.draft ? [`**${block.draft}**`, ""] : []),
        `# ${block.title}`,
        "",
        ...prose(`**${block.subtitle}**`),
      ];
    case "heading": {
      if (block.level === 1) return [`## ${block.text}`];
      // The races under a section are bold lines rather than headings: an ATX
      // heading cannot wrap, and their names are long.
      if (block.level === 3) return prose(`**${block.text}**`);
      const atx = `### ${block.text}`;
      return displayWidth(atx) <= LINE_WIDTH ? [atx] : prose(`**${block.text}**`);
    }
    case "field":
      return prose(`**${block.label}:** ${block.value}`);
    case "paragraph":
      return prose(block.bold ? `**${block.text}**` : block.text);
    case "list":
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${index + 1}.` : "-";
        return prose(`${marker} ${item}`, marker.length + 1);
      });
    case "table": {
      const headers = block.columns.map((column) => column.header);
      return (
        mdTable(
          headers,
          block.columns.map((column) => column.align),
          block.rows,
        ) ?? tableAsList(headers, block.rows)
      );
    }
    case "signatures":
      return signatures(block.left, block.right);
    case "recipients":
      return [`*${block.label}*`, "", ...block.items.flatMap((item) => prose(`- ${item}`, 2))];
    case "break":
      return ["---"];
    case "annexTitle":
      return [
        `## ${block.label}: ${block.title}`,
        "",
        ...prose(`**${block.subtitle}**`),
        "",
        ...prose(`*${block.attached}*`),
      ];
  }
}

export function renderMarkdownBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index > 0) out.push("");
    out.push(...renderBlock(block));
  }
  return `${out.map(trimEnd).join("\n")}\n`;
}
