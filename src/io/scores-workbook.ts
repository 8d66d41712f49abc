/**
 * The score table as the office keeps it: an Excel workbook (sheet 1 the
 * ranking; sheet 2 agencies × criteria with the self and checked points where
 * given, the maxima and the totals; sheet 3 the criteria), or the ranking as
 * CSV in UTF-8 with a byte-order mark so that Excel reads the diacritics.
 *
 * Numbers are stored as numbers: Excel shows them with the decimal comma of a
 * Vietnamese locale. The header row is bold and frozen, the cells have
 * borders, the page is A4 landscape fitted to the page width. The workbook's
 * dates are fixed and the zip rewritten by `deterministicZip`, so the same
 * data gives the same bytes.
 *
 * exceljs is loaded here only, with a dynamic import: it also writes frozen
 * panes, borders and page setup, which the lighter writers do not.
 */
import type { AgencyTotal, Criterion } from "../core/types.js";
import type { Lang } from "../i18n/index.js";
import { t } from "../i18n/index.js";
import { formatUserDate } from "./dates.js";
import { formatNumber } from "./numbers.js";
import { deterministicZip, FIXED_DOCUMENT_DATE } from "./zip-deterministic.js";

export interface ScoreCell {
  points: number;
  self: number | null;
  checked: number | null;
}

export interface ScoreTable {
  year: number;
  bloc: { code: string; name: string };
  /** The member agencies in rotation order. */
  members: { code: string; name: string }[];
  criteria: Criterion[];
  /** The ranking, highest total first. */
  ranking: AgencyTotal[];
  /** agency code → criterion code → points. */
  cells: Map<string, Map<string, ScoreCell>>;
  /** YYYY-MM-DD: the day the conference approved the table (`scores --approve`), when it still stands. */
  approved?: string;
}

const NUMBER_FORMAT = "0.0#";

type Worksheet = import("exceljs").Worksheet;

function thinBorders(sheet: Worksheet, rows: number, columns: number): void {
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      sheet.getCell(row, column).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
}

function pageSetup(sheet: Worksheet, headerRows: number): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRows }];
}

export async function renderScoresXlsx(table: ScoreTable, lang: Lang): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const m = (key: Parameters<typeof t>[0], params: Record<string, string | number> = {}) =>
    t(key, params, lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "tdkt";
  workbook.lastModifiedBy = "tdkt";
  workbook.created = FIXED_DOCUMENT_DATE;
  workbook.modified = FIXED_DOCUMENT_DATE;
  workbook.title = m("documents.scores.title", { year: table.year, bloc: table.bloc.name });

  // Sheet 1: the ranking.
  const ranking = workbook.addWorksheet(m("documents.scores.sheet.ranking"));
  const rankingHeader = [
    m("scores.col.rank"),
    m("scores.col.code"),
    m("scores.col.name"),
    m("scores.col.base"),
    m("scores.col.bonus"),
    m("scores.col.penalty"),
    m("scores.col.total"),
  ];
  ranking.addRow(rankingHeader);
  for (const row of table.ranking) {
    ranking.addRow([row.rank, row.agency, row.name, row.base, row.bonus, row.penalty, row.total]);
  }
  ranking.columns.forEach((column, index) => {
    column.width = [7, 10, 40, 11, 11, 11, 11][index] ?? 12;
    if (index >= 3) column.numFmt = NUMBER_FORMAT;
  });
  ranking.getRow(1).font = { bold: true, name: "Times New Roman", size: 12 };
  thinBorders(ranking, table.ranking.length + 1, rankingHeader.length);
  // Under the table, as in the minutes: the day the conference approved it, or the draft mark
  // while it is not approved (contract, "Documents").
  ranking.addRow([]);
  const approval = ranking.addRow([
    table.approved
      ? m("minutes.scores.approved", { date: formatUserDate(table.approved, lang) })
      : m("record.draft.mark"),
  ]);
  approval.font = { bold: !table.approved, italic: true, name: "Times New Roman", size: 12 };
  pageSetup(ranking, 1);

  // Sheet 2: agencies × criteria. A criterion gets self and checked columns where any sheet gave them.
  const detail = workbook.addWorksheet(m("documents.scores.sheet.detail"));
  const columns: { label: string; criterion?: string; part?: keyof ScoreCell }[] = [
    { label: m("documents.scores.col.no") },
    { label: m("scores.col.code") },
    { label: m("scores.col.name") },
  ];
  const given = (criterion: string, part: "self" | "checked") =>
    [...table.cells.values()].some((cells) => (cells.get(criterion)?.[part] ?? null) !== null);
  for (const criterion of table.criteria) {
    if (given(criterion.code, "self")) {
      columns.push({
        label: m("documents.scores.col.self", { code: criterion.code }),
        criterion: criterion.code,
        part: "self",
      });
    }
    if (given(criterion.code, "checked")) {
      columns.push({
        label: m("documents.scores.col.checked", { code: criterion.code }),
        criterion: criterion.code,
        part: "checked",
      });
    }
    columns.push({ label: criterion.code, criterion: criterion.code, part: "points" });
  }
  const totalsFrom = columns.length;
  detail.addRow([
    ...columns.map((column) => column.label),
    m("scores.col.base"),
    m("scores.col.bonus"),
    m("scores.col.penalty"),
    m("scores.col.total"),
  ]);
  const maxima = new Map(table.criteria.map((criterion) => [criterion.code, criterion.maxPoints]));
  const baseMax = table.criteria
    .filter((criterion) => criterion.kind === "base")
    .reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  detail.addRow([
    null,
    null,
    m("documents.scores.maxima"),
    ...columns.slice(3).map((column) => maxima.get(column.criterion ?? "") ?? null),
    baseMax,
    null,
    null,
    null,
  ]);
  const totals = new Map(table.ranking.map((row) => [row.agency, row]));
  for (const [index, member] of table.members.entries()) {
    const cells = table.cells.get(member.code);
    const total = totals.get(member.code);
    detail.addRow([
      index + 1,
      member.code,
      member.name,
      ...columns.slice(3).map((column) => {
        const cell = cells?.get(column.criterion ?? "");
        return cell && column.part ? cell[column.part] : null;
      }),
      total?.base ?? null,
      total?.bonus ?? null,
      total?.penalty ?? null,
      total?.total ?? null,
    ]);
  }
  detail.columns.forEach((column, index) => {
    column.width = index === 0 ? 5 : index === 1 ? 9 : index === 2 ? 34 : 9;
    if (index >= 3) column.numFmt = NUMBER_FORMAT;
  });
  detail.getRow(1).font = { bold: true, name: "Times New Roman", size: 11 };
  detail.getRow(2).font = { italic: true, name: "Times New Roman", size: 11 };
  thinBorders(detail, table.members.length + 2, totalsFrom + 4);
  pageSetup(detail, 2);

  // Sheet 3: the criteria, so that the codes of sheet 2 can be read.
  const criteria = workbook.addWorksheet(m("documents.scores.sheet.criteria"));
  criteria.addRow([
    m("scores.col.code"),
    m("documents.scores.col.title"),
    m("documents.scores.col.kind"),
    m("documents.scores.col.max"),
  ]);
  for (const criterion of table.criteria) {
    criteria.addRow([
      criterion.code,
      criterion.title,
      m(`documents.scores.kind.${criterion.kind}`),
      criterion.maxPoints,
    ]);
  }
  criteria.columns.forEach((column, index) => {
    column.width = [9, 70, 12, 10][index] ?? 10;
  });
  criteria.getColumn(4).numFmt = NUMBER_FORMAT;
  criteria.getRow(1).font = { bold: true, name: "Times New Roman", size: 12 };
  thinBorders(criteria, table.criteria.length + 1, 4);
  pageSetup(criteria, 1);

  const buffer = await workbook.xlsx.writeBuffer();
  return deterministicZip(new Uint8Array(buffer as ArrayBuffer), FIXED_DOCUMENT_DATE);
}

function csvField(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * The ranking as CSV for Excel: UTF-8 with a byte-order mark, CRLF. In
 * Vietnamese the separator is ";" and the decimal mark ",", as a Vietnamese
 * Windows locale reads them; in English "," and ".".
 */
export function renderScoresCsv(table: ScoreTable, lang: Lang): string {
  const separator = lang === "vi" ? ";" : ",";
  const m = (key: Parameters<typeof t>[0]) => t(key, {}, lang);
  const number = (value: number) =>
    formatNumber(value, lang).replaceAll(lang === "vi" ? "." : ",", "");
  const rows = [
    [
      m("scores.col.rank"),
      m("scores.col.code"),
      m("scores.col.name"),
      m("scores.col.base"),
      m("scores.col.bonus"),
      m("scores.col.penalty"),
      m("scores.col.total"),
    ],
    ...table.ranking.map((row) => [
      String(row.rank),
      row.agency,
      row.name,
      number(row.base),
      number(row.bonus),
      number(row.penalty),
      number(row.total),
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join("\r\n")}\r\n`;
}
