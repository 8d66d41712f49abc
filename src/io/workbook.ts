/**
 * Reads the sheets of an Excel workbook (.xlsx) into the same records as the
 * CSV reader (one string per column, the sheet's row number as the line), so
 * that one row check serves both. The spreadsheet library is loaded only here,
 * and only when a workbook is read (start-up time is measured).
 *
 * What offices' workbooks hold, and how it is read:
 * - title rows above the header: skipped, named in a note;
 * - a cell merged down a column (the agency of a block of rows): the value of
 *   the merged range's first cell; a cell merged across (a title): empty;
 * - formulas: their computed value as saved; a formula saved without one is
 *   an error (the file was never opened and saved in a spreadsheet);
 * - numbers as numbers, written with a decimal point whatever the locale;
 * - hidden rows and columns: not read, and named in a note (a hidden row is
 *   most often a draft or a helper, and must not count unseen);
 * - problems located `FILE:SHEET!CELL`.
 */
import { readFile } from "node:fs/promises";
import type { Problem, ProblemLocation } from "../core/problem.js";
import { problem } from "../core/problem.js";
import { nfc } from "../core/text.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { CsvRecord } from "./csv-parser.js";
import { problemError } from "./problem-text.js";
import { checkWorkbookZip, type ZipProblem } from "./zip-guard.js";

export interface WorkbookSheet {
  name: string;
  header: string[];
  headerLine: number;
  records: CsvRecord[];
  /** Notes for the user (title rows skipped, hidden rows and columns). */
  notes: Problem[];
}

export interface ReadWorkbookOptions {
  /** The name used in messages. */
  displayName: string;
  /** Which sheets to read, by name; default the first visible one. */
  select?: (names: string[]) => string[];
  /** Whether a row's cells are the header; default the first row with two non-empty cells. */
  isHeader?: (cells: string[]) => boolean;
}

/** `A`, `B`, …, `Z`, `AA`: the letters of a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellLocation(
  file: string,
  sheet: string,
  line: number,
  column?: number,
): ProblemLocation {
  return {
    file,
    sheet,
    cell: column === undefined ? String(line) : `${columnLetters(column)}${line}`,
  };
}

/** Unicode format characters (category Cf, e.g. U+200B, U+2060, U+FEFF): invisible, never data. */
const FORMAT_EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

function cellText(value: unknown, where: () => ProblemLocation, errors: Problem[]): string {
  if (value === null || value === undefined) return "";
  // 15 significant digits, as Excel shows them: a formula's 28.499999999999996 is 28.5.
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : "";
  }
  if (typeof value === "string") return nfc(value.replace(FORMAT_EDGES, ""));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("formula" in object || "sharedFormula" in object) {
      if (object.result === undefined) {
        errors.push({
          ...problem("sheet.formulaNoResult", {}, where()),
          hint: { code: "sheet.formulaNoResult.hint" },
        });
        return "";
      }
      return cellText(object.result, where, errors);
    }
    if (Array.isArray(object.richText)) {
      return cellText(
        (object.richText as Array<{ text?: string }>).map((run) => run.text ?? "").join(""),
        where,
        errors,
      );
    }
    if ("text" in object) return cellText(object.text, where, errors);
    if ("error" in object) return String(object.error);
  }
  return "";
}

/** A workbook's refusal as the one error type: the file named, and what to do. */
function zipError(displayName: string, found: ZipProblem): TdktError {
  const location = { file: displayName };
  switch (found.kind) {
    case "ods":
      return new TdktError(t("sheet.ods"), { location, hint: t("sheet.ods.hint") });
    case "tooLarge":
      return new TdktError(
        t("sheet.tooLarge", {
          size: Math.ceil(found.unpacked / 1024 / 1024),
          limit: found.limit / 1024 / 1024,
        }),
        { location, hint: t("sheet.tooLarge.hint") },
      );
    case "bomb":
      return new TdktError(t("sheet.bomb", { entry: found.entry }), {
        location,
        hint: t("sheet.broken.hint"),
      });
    case "entities":
      return new TdktError(t("sheet.entities", { entry: found.entry }), {
        location,
        hint: t("sheet.broken.hint"),
      });
    case "truncated":
      return new TdktError(t("sheet.truncated"), { location, hint: t("sheet.broken.hint") });
    default:
      return new TdktError(t("sheet.notWorkbook"), { location, hint: t("sheet.broken.hint") });
  }
}

/** Reads the selected sheets of a workbook whole (a workbook is capped in size before it is unpacked). */
export async function readWorkbook(
  path: string,
  options: ReadWorkbookOptions,
): Promise<WorkbookSheet[]> {
  const { displayName } = options;
  const bytes = await readFile(path);
  const check = checkWorkbookZip(bytes);
  if (!check.ok) throw zipError(displayName, check.problem);

  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // The zip was checked: every entry unpacks to no more than it declares, within the cap.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new TdktError(
      t("sheet.unreadable", { reason: error instanceof Error ? error.message : String(error) }),
      { location: { file: displayName }, hint: t("sheet.broken.hint") },
    );
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === "visible");
  const names = visible.map((sheet) => sheet.name);
  const chosen = options.select ? options.select(names) : names.slice(0, 1);
  if (chosen.length === 0) {
    throw new TdktError(t("sheet.none"), { location: { file: displayName } });
  }
  // By default, as in a CSV file: the header is the first row with two cells (a title has one).
  const isHeader =
    options.isHeader ?? ((cells: string[]) => cells.filter((cell) => cell !== "").length >= 2);
  const errors: Problem[] = [];
  const sheets: WorkbookSheet[] = [];
  for (const name of chosen) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) {
      throw new TdktError(t("sheet.notFound", { sheet: name, sheets: names.join(", ") }), {
        location: { file: displayName },
        hint: t("sheet.notFound.hint"),
      });
    }
    const notes: Problem[] = [];
    const width = sheet.columnCount;
    const hiddenColumns: number[] = [];
    for (let column = 1; column <= width; column++) {
      if (sheet.getColumn(column).hidden) hiddenColumns.push(column);
    }
    const hiddenRows: number[] = [];
    const titleRows: number[] = [];
    let header: string[] | undefined;
    let headerLine = 0;
    const records: CsvRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) {
        hiddenRows.push(rowNumber);
        return;
      }
      const fields: string[] = new Array(width).fill("");
      let any = false;
      for (let column = 1; column <= width; column++) {
        if (hiddenColumns.includes(column)) continue;
        const cell = row.getCell(column);
        let value: unknown = cell.value;
        if (cell.isMerged && cell.master !== cell) {
          // Merged down a column: the first cell's value; merged across: empty.
          value = cell.master.col === cell.col ? cell.master.value : null;
        }
        const text = cellText(
          value,
          () => cellLocation(displayName, name, rowNumber, column),
          errors,
        );
        fields[column - 1] = text;
        if (text !== "") any = true;
      }
      if (!any) return;
      if (header === undefined) {
        if (isHeader(fields)) {
          header = fields;
          headerLine = rowNumber;
        } else titleRows.push(rowNumber);
        return;
      }
      records.push({ line: rowNumber, fields });
    });
    if (titleRows.length > 0 && header !== undefined) {
      notes.push(
        problem(
          "sheet.titleRows",
          { rows: rangeList(titleRows) },
          cellLocation(displayName, name, titleRows[0] as number),
        ),
      );
    }
    if (hiddenRows.length > 0) {
      notes.push(
        problem(
          "sheet.hiddenRows",
          { rows: rangeList(hiddenRows), count: hiddenRows.length },
          { file: displayName, sheet: name },
        ),
      );
    }
    if (hiddenColumns.length > 0) {
      notes.push(
        problem(
          "sheet.hiddenColumns",
          { columns: hiddenColumns.map(columnLetters).join(", "), count: hiddenColumns.length },
          { file: displayName, sheet: name },
        ),
      );
    }
    if (header === undefined) {
      throw new TdktError(t("sheet.noHeader", { sheet: name }), {
        location: { file: displayName },
        hint: t("sheet.noHeader.hint"),
      });
    }
    sheets.push({ name, header, headerLine, records, notes });
  }
  if (errors.length > 0) {
    const [first, ...rest] = errors.map(problemError);
    throw new TdktError((first as TdktError).message, {
      ...((first as TdktError).location ? { location: (first as TdktError).location } : {}),
      hint: t("sheet.formulaNoResult.hint"),
      more: rest,
    });
  }
  return sheets;
}

/** `3, 5–7` for rows 3, 5, 6, 7. */
function rangeList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let k = 0; k < rows.length; ) {
    let end = k;
    while (end + 1 < rows.length && (rows[end + 1] as number) === (rows[end] as number) + 1) end++;
    parts.push(end === k ? String(rows[k]) : `${rows[k]}–${rows[end]}`);
    k = end + 1;
  }
  return parts.join(", ");
}
