/**
 * The one way every import reads a user's table: a CSV file, or the sheets of
 * an Excel workbook, as records of text fields with their place. A CSV file is
 * one table; a workbook gives one table per sheet read. The row check after
 * this is the same whatever the file was.
 */
import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { Problem, ProblemLocation } from "../core/problem.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { type CsvDelimiter, type CsvRecord, openCsv } from "./csv.js";
import { cellLocation, readWorkbook } from "./workbook.js";

export interface SheetRows {
  kind: "csv" | "xlsx";
  /** The file's path as given. */
  path: string;
  /** The file as named in messages. */
  file: string;
  /** The sheet's name (workbooks only). */
  sheet?: string;
  /** `file` or `file:sheet`: the table as named in messages. */
  displayName: string;
  encoding: string;
  /** A workbook's numbers are written with a decimal point: its tables read as `,` files. */
  delimiter: CsvDelimiter;
  header: string[];
  /** The header's line (CSV) or row (sheet). */
  headerLine: number;
  /** The records after the header, in batches; can be iterated once. */
  batches(): AsyncIterable<CsvRecord[]>;
  close(): Promise<void>;
  /** Where a field is: `file:line:column`, or `FILE:SHEET!CELL`; `column` is 1-based. */
  locate(line: number, column?: number): ProblemLocation;
  /** Notes for the user: title rows skipped, hidden rows and columns not read. */
  notes: Problem[];
}

export interface OpenSheetRowsOptions {
  displayName: string;
  /** `--sheet NAME`. */
  sheet?: string | undefined;
  /** Sheets read when no `--sheet` is given (default: the first). */
  selectSheets?: (names: string[]) => string[];
  /** Whether a row of a sheet is the header (title rows above it are skipped). */
  isHeader?: (cells: string[]) => boolean;
}

/** What a file is, from its first bytes (and its name, for OpenDocument). */
export async function fileKind(path: string): Promise<"csv" | "xlsx" | "xls" | "ods"> {
  if (extname(path).toLowerCase() === ".ods") return "ods";
  let head = Buffer.alloc(0);
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    // Missing or unreadable: the CSV reader names the problem.
    return "csv";
  }
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return "xlsx";
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) return "xls";
  return "csv";
}

export async function openSheetRows(
  path: string,
  options: OpenSheetRowsOptions,
): Promise<SheetRows[]> {
  const file = options.displayName;
  const kind = await fileKind(path);
  if (kind === "ods") {
    throw new TdktError(t("sheet.ods"), { location: { file }, hint: t("sheet.ods.hint") });
  }
  if (kind === "xls") {
    throw new TdktError(t("sheet.xls"), { location: { file }, hint: t("sheet.xls.hint") });
  }
  if (kind === "csv") {
    if (options.sheet !== undefined) {
      throw new TdktError(t("sheet.optionOnCsv"), { exitCode: 2, location: { file } });
    }
    const csv = await openCsv(path, { displayName: file });
    return [
      {
        kind: "csv",
        path,
        file,
        displayName: file,
        encoding: csv.encoding,
        delimiter: csv.delimiter,
        header: csv.header,
        headerLine: csv.headerLine,
        batches: () => csv.batches(),
        close: () => csv.close(),
        locate: (line, column) => ({
          file,
          ...(line > 0 ? { line } : {}),
          ...(line > 0 && column !== undefined ? { column } : {}),
        }),
        notes: csv.notes,
      },
    ];
  }
  const wanted = options.sheet;
  const sheets = await readWorkbook(path, {
    displayName: file,
    select: (names) => {
      if (wanted !== undefined) return [wanted];
      return options.selectSheets ? options.selectSheets(names) : names.slice(0, 1);
    },
    ...(options.isHeader ? { isHeader: options.isHeader } : {}),
  });
  return sheets.map((sheet) => ({
    kind: "xlsx" as const,
    path,
    file,
    sheet: sheet.name,
    displayName: `${file}:${sheet.name}`,
    encoding: "xlsx",
    delimiter: "," as const,
    header: sheet.header,
    headerLine: sheet.headerLine,
    batches: async function* () {
      // One batch per thousand rows, as the CSV reader hands them out.
      for (let k = 0; k < sheet.records.length; k += 1000) {
        yield sheet.records.slice(k, k + 1000);
      }
    },
    close: async () => {},
    locate: (line, column) =>
      line > 0 ? cellLocation(file, sheet.name, line, column) : { file, sheet: sheet.name },
    notes: sheet.notes,
  }));
}
