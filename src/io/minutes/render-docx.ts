/**
 * A document's blocks as a Word file (.docx), in the layout of Decree
 * 30/2020/NĐ-CP (appendix I; template 1.9 for the minutes; shared/domain.md,
 * "Documents and their layout"): A4 portrait; margins top 20, bottom 20,
 * left 30, right 15 mm; Times New Roman; the header and the signatures as
 * borderless two-column tables; the body 14 pt, justified, first line indented
 * 1.27 cm, 6 pt after each paragraph; tables with borders and a header row
 * that repeats on each page; page numbers centred in the top margin from the
 * second page on.
 *
 * The `docx` library is loaded here only, with a dynamic import, so that the
 * commands that do not write Word files never pay for it. The zip it makes is
 * rewritten by `deterministicZip` with fixed dates: the same data gives the
 * same bytes.
 */
import type { Lang } from "../../i18n/index.js";
import { deterministicZip, FIXED_DOCUMENT_DATE } from "../zip-deterministic.js";
import type { Block, Cell, Signature } from "./document.js";
import { displayWidth } from "./layout.js";

type Docx = typeof import("docx");
type Paragraph = import("docx").Paragraph;
type Table = import("docx").Table;

/** Sizes in half-points, as Word counts them. */
const BODY_SIZE = 28; // 14 pt
const HEADER_SIZE = 26; // 13 pt
const TABLE_SIZE = 26; // 13 pt
const RECIPIENTS_LABEL_SIZE = 24; // 12 pt
const RECIPIENTS_SIZE = 22; // 11 pt
const FONT = "Times New Roman";

/** 1 mm in twentieths of a point. */
const MM = 56.7;
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
  header: Math.round(10 * MM),
  footer: Math.round(10 * MM),
};
/** The width between the margins: 165 mm. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** First-line indent of body paragraphs: 1.27 cm. */
const FIRST_LINE = Math.round(12.7 * MM);
/** 6 pt after each body paragraph, in twentieths of a point. */
const AFTER = 120;
/** The header's left column (the issuing body); the right one gets the rest. */
const HEADER_LEFT = Math.round(68 * MM);

export interface DocxOptions {
  lang: Lang;
  /** The document's title in the file's properties. */
  title: string;
  /** A dense page (the paper ballot, one a sheet): 12 pt body, 10 pt tables, 3 pt after paragraphs. */
  compact?: boolean;
}

/**
 * A rough width of a line of Times New Roman in points, to draw a rule as
 * long as a line of text (the motto): capitals and wide letters count more.
 */
function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "")) {
    if (char === " ") em += 0.25;
    else if (/[-–]/.test(char)) em += 0.333;
    else if (/[ilj.,;:!'|()[\]]/.test(char)) em += 0.28;
    else if (/[MW]/.test(char)) em += 0.92;
    else if (/[mw]/.test(char)) em += 0.75;
    else if (/[A-Z]/.test(char)) em += 0.7;
    else if (/[ft]/.test(char)) em += 0.33;
    else if (/[r]/.test(char)) em += 0.42;
    else em += 0.5;
  }
  return em * sizePt * (bold ? 1.04 : 1);
}

export async function renderDocxBlocks(
  blocks: readonly Block[],
  options: DocxOptions,
): Promise<Uint8Array> {
  const docx: Docx = await import("docx");
  const builder = new DocxBuilder(docx, options);
  const children = builder.render(blocks);
  const { Document, Packer, Header, Paragraph, TextRun, AlignmentType, PageNumber } = docx;
  const document = new Document({
    creator: "tdkt",
    lastModifiedBy: "tdkt",
    title: options.title,
    revision: 1,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: options.compact ? 24 : BODY_SIZE,
          },
          // 1.1 lines: the stacked marks of Vietnamese capitals (Ẫ, Ủ) need room above them.
          paragraph: { spacing: { after: 0, line: options.compact ? 240 : 264 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // A ballot is no administrative document: narrower top and bottom margins keep it on one sheet.
            margin: options.compact
              ? { ...MARGIN, top: Math.round(12 * MM), bottom: Math.round(12 * MM) }
              : MARGIN,
          },
          // No number on the first page (Decree 30/2020/NĐ-CP, appendix I).
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return deterministicZip(new Uint8Array(packed), FIXED_DOCUMENT_DATE);
}

class DocxBuilder {
  private readonly bodySize: number;
  private readonly tableSize: number;
  private readonly after: number;

  constructor(
    private readonly docx: Docx,
    private readonly options: DocxOptions,
  ) {
    // A compact page (the ballot) must hold every race on one sheet: 12 pt, tables 10 pt, single lines.
    this.bodySize = options.compact ? 24 : BODY_SIZE;
    this.tableSize = options.compact ? 20 : TABLE_SIZE;
    this.after = options.compact ? 60 : AFTER;
  }

  render(blocks: readonly Block[]): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    let pageBreak = false;
    for (const block of blocks) {
      if (block.kind === "break") {
        pageBreak = true;
        continue;
      }
      const rendered = this.block(block);
      if (pageBreak) {
        const first = rendered[0];
        if (first instanceof this.docx.Paragraph) {
          out.push(new this.docx.Paragraph({ children: [new this.docx.PageBreak()] }));
        } else {
          out.push(new this.docx.Paragraph({ pageBreakBefore: true }));
        }
        pageBreak = false;
      }
      out.push(...rendered);
    }
    return out;
  }

  private run(
    text: string,
    style: { bold?: boolean; italics?: boolean; size?: number } = {},
  ): import("docx").TextRun {
    return new this.docx.TextRun({
      text,
      bold: style.bold ?? false,
      italics: style.italics ?? false,
      size: style.size ?? this.bodySize,
      font: FONT,
    });
  }

  private para(
    text: string,
    style: {
      bold?: boolean;
      italics?: boolean;
      size?: number;
      align?: "left" | "right" | "center" | "justify";
      firstLine?: boolean;
      after?: number;
      before?: number;
      keepNext?: boolean;
    } = {},
  ): Paragraph {
    const { AlignmentType } = this.docx;
    const alignment = {
      left: AlignmentType.LEFT,
      right: AlignmentType.RIGHT,
      center: AlignmentType.CENTER,
      justify: AlignmentType.JUSTIFIED,
    }[style.align ?? "justify"];
    return new this.docx.Paragraph({
      alignment,
      ...(style.firstLine ? { indent: { firstLine: FIRST_LINE } } : {}),
      spacing: { after: style.after ?? 0, before: style.before ?? 0 },
      ...(style.keepNext ? { keepNext: true } : {}),
      children: text === "" ? [] : [this.run(text, style)],
    });
  }

  /** A body paragraph: justified, first line indented, 6 pt after (Decree 30/2020/NĐ-CP). */
  private body(text: string, keepNext = false): Paragraph {
    return this.para(text, { firstLine: true, after: this.after, keepNext });
  }

  /** A rule centred under a line of text, `widthPt` long: a top border on an empty, indented paragraph. */
  private rule(columnTwips: number, widthPt: number): Paragraph {
    const { BorderStyle } = this.docx;
    const side = Math.max(0, Math.round((columnTwips - widthPt * 20) / 2));
    return new this.docx.Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 40, after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
      children: [this.run("", { size: 8 })],
    });
  }

  private noBorders() {
    const { BorderStyle } = this.docx;
    const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
    return {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    };
  }

  /** A borderless table of two columns (the header, the signatures). */
  private twoColumns(
    left: Paragraph[],
    right: Paragraph[],
    leftWidth: number,
    rightWidth: number,
  ): Table {
    const { Table, TableRow, TableCell, WidthType, TableLayoutType } = this.docx;
    // A gap of 2 mm at the right of the left column: a long bloc name would otherwise run
    // into the national name as if they were one line. The right column keeps its full width,
    // which the national name needs to stay on one line.
    const gap = Math.round(2 * MM);
    const cell = (children: Paragraph[], width: number, side: "left" | "right") =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: this.noBorders(),
        margins: side === "left" ? { left: 0, right: gap } : { left: 0, right: 0 },
        children: children.length > 0 ? children : [new this.docx.Paragraph({})],
      });
    return new Table({
      width: { size: leftWidth + rightWidth, type: WidthType.DXA },
      columnWidths: [leftWidth, rightWidth],
      layout: TableLayoutType.FIXED,
      borders: this.noBorders(),
      rows: [
        new TableRow({
          children: [cell(left, leftWidth, "left"), cell(right, rightWidth, "right")],
        }),
      ],
    });
  }

  private signatureColumn(signature: Signature | null): Paragraph[] {
    if (!signature) return [];
    const paragraphs = [
      this.para(signature.title, { bold: true, align: "center", size: this.bodySize }),
    ];
    for (const name of signature.names) {
      // Room to sign: four empty lines, then the full name in bold.
      for (let line = 0; line < 4; line++) paragraphs.push(this.para("", { align: "center" }));
      paragraphs.push(this.para(name, { bold: true, align: "center" }));
    }
    return paragraphs;
  }

  private cellText(cell: Cell): string {
    return typeof cell === "string" ? cell : cell.text;
  }

  private table(block: Extract<Block, { kind: "table" }>): Table {
    const { Table, TableRow, TableCell, WidthType, BorderStyle, TableLayoutType, AlignmentType } =
      this.docx;
    const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
    const borders = {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    };
    // Column widths from the longest text of each column; the flexible one (names) takes the rest.
    const natural = block.columns.map((column, index) =>
      Math.max(
        displayWidth(column.header),
        ...block.rows.map((row) => displayWidth(this.cellText(row[index] ?? ""))),
      ),
    );
    // About the width of a 13 pt bold character of Times New Roman, and the cell's margins.
    const charTwips = 150;
    const padding = 300;
    const widths = natural.map((chars, index) =>
      block.columns[index]?.flex
        ? 0
        : Math.min(Math.round(TEXT_WIDTH / 3), chars * charTwips + padding),
    );
    const fixed = widths.reduce((sum, width) => sum + width, 0);
    const flexIndex = block.columns.findIndex((column) => column.flex);
    if (flexIndex >= 0) widths[flexIndex] = Math.max(1400, TEXT_WIDTH - fixed);
    else {
      const scale = TEXT_WIDTH / Math.max(1, fixed);
      for (const [index, width] of widths.entries()) widths[index] = Math.round(width * scale);
    }
    const cell = (text: string, index: number, header: boolean) =>
      new TableCell({
        width: { size: widths[index] ?? 0, type: WidthType.DXA },
        margins: {
          left: 80,
          right: 80,
          top: this.options.compact ? 0 : 40,
          bottom: this.options.compact ? 0 : 40,
        },
        children: [
          new this.docx.Paragraph({
            alignment: header
              ? AlignmentType.CENTER
              : block.columns[index]?.align === "right"
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
            children: [this.run(text, { bold: header, size: this.tableSize })],
          }),
        ],
      });
    return new Table({
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows: [
        new TableRow({
          // Repeated at the top of each page the table runs onto.
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map((column, index) => cell(column.header, index, true)),
        }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: block.columns.map((_column, index) =>
                cell(this.cellText(row[index] ?? ""), index, false),
              ),
            }),
        ),
      ],
    });
  }

  private block(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
      case "header": {
        const leftWidth = HEADER_LEFT;
        const rightWidth = TEXT_WIDTH - HEADER_LEFT;
        const left: Paragraph[] = [];
        if (block.parent) {
          left.push(this.para(block.parent, { align: "center", size: HEADER_SIZE }));
        }
        left.push(this.para(block.body, { bold: true, align: "center", size: HEADER_SIZE }));
        // A short rule under the issuing body: a third of its width.
        const bodyWidth = Math.min(leftWidth / 20, textWidthPt(block.body, HEADER_SIZE / 2, true));
        left.push(this.rule(leftWidth, Math.max(40, bodyWidth / 3)));
        left.push(this.para(block.number, { align: "center", size: this.bodySize, before: 120 }));
        const right = [
          this.para(block.nation, { bold: true, align: "center", size: HEADER_SIZE }),
          this.para(block.motto, { bold: true, align: "center", size: this.bodySize }),
          // As long as the motto (Decree 30/2020/NĐ-CP, appendix I).
          this.rule(rightWidth, textWidthPt(block.motto, this.bodySize / 2, true)),
          ...(block.dateLine
            ? [this.para(block.dateLine, { italics: true, align: "center", before: 120 })]
            : []),
        ];
        return [
          this.twoColumns(left, right, leftWidth, rightWidth),
          this.para("", { after: this.after }),
        ];
      }
      case "title":
        return [
          // A year that is not final: "DỰ THẢO" above the title, as in the text and Markdown forms.
          ...(block.draft ? [this.para(block.draft, { bold: true, align: "center" })] : []),
          this.para(block.title, { bold: true, align: "center", before: 240 }),
          this.para(block.subtitle, { bold: true, align: "center", after: 240 }),
        ];
      case "heading":
        return [
          this.para(block.level === 1 ? `${block.text}:` : block.text, {
            bold: true,
            italics: block.level === 3,
            firstLine: true,
            after: this.after,
            keepNext: true,
          }),
        ];
      case "field":
        return [
          new this.docx.Paragraph({
            alignment: this.docx.AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE },
            spacing: { after: this.after },
            children: [this.run(`${block.label}: `), this.run(block.value)],
          }),
        ];
      case "paragraph":
        if (block.centred) {
          return [
            this.para(block.text, {
              align: "center",
              after: this.after,
              bold: block.bold ?? false,
            }),
          ];
        }
        return [this.body(block.text)];
      case "list":
        return block.items.map((item, index) =>
          this.body(`${block.ordered ? `${index + 1}.` : "-"} ${item}`),
        );
      case "table":
        return this.options.compact
          ? [this.table(block)]
          : [this.table(block), this.para("", { after: 0 })];
      case "signatures": {
        const half = Math.round(TEXT_WIDTH / 2);
        return [
          this.para("", { after: this.after }),
          this.twoColumns(
            this.signatureColumn(block.left),
            this.signatureColumn(block.right),
            half,
            TEXT_WIDTH - half,
          ),
        ];
      }
      case "recipients":
        return [
          this.para(block.label, {
            bold: true,
            italics: true,
            size: RECIPIENTS_LABEL_SIZE,
            align: "left",
            before: 240,
          }),
          ...block.items.map((item) =>
            this.para(`- ${item}`, { size: RECIPIENTS_SIZE, align: "left" }),
          ),
        ];
      case "break":
        return [];
      case "annexTitle":
        return [
          this.para(block.label, { bold: true, align: "center" }),
          this.para(block.title, { bold: true, align: "center" }),
          this.para(block.subtitle, { bold: true, align: "center" }),
          this.para(block.attached, { italics: true, align: "center", after: 240 }),
        ];
    }
  }
}
