/**
 * Reads a small table (agencies, criteria) whole, from a CSV file or a sheet
 * of an Excel workbook, with each row's line so that every problem can be
 * reported where it is.
 */
import { relative } from "node:path";
import { headerKey } from "../core/text.js";
import type { ErrorLocation } from "../errors.js";
import { type ColumnSpec, type CsvDelimiter, hashFile, mapColumns } from "./csv.js";
import { errorLocation, problemText } from "./problem-text.js";
import { openSheetRows } from "./sheet-rows.js";

export interface TableRow<K extends string> {
  line: number;
  values: Partial<Record<K, string>>;
}

export interface Table<K extends string> {
  displayName: string;
  delimiter: CsvDelimiter;
  /** 1-based field number of each known column in the file, for error locations. */
  columns: Record<K, number | undefined>;
  rows: TableRow<K>[];
  hash: string;
  /** Where a row's field is: `file:line:column`, or `FILE:SHEET!CELL` in a workbook. */
  locate: (line: number, column?: number) => ErrorLocation;
  /** Notes of the reader (title rows skipped, hidden rows), with their place. */
  notes: string[];
}

/** The name a file is called by in messages: relative to the working folder when inside it. */
export function displayNameOf(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export async function readTable<K extends string>(
  path: string,
  spec: Record<K, Omit<ColumnSpec, "key">>,
  options: { sheet?: string | undefined } = {},
): Promise<Table<K>> {
  const displayName = displayNameOf(path);
  const keys = Object.keys(spec) as K[];
  const required = keys
    .filter((key) => spec[key].required)
    .map((key) => new Set([key, ...spec[key].aliases].map(headerKey)));
  const [file] = await openSheetRows(path, {
    displayName,
    sheet: options.sheet,
    // The header of a sheet is the first row naming every required column (title rows above).
    isHeader: (cells) => {
      const names = new Set(cells.map(headerKey));
      return required.every((aliases) => [...aliases].some((name) => names.has(name)));
    },
  });
  if (file === undefined) throw new Error("a file gives at least one table");
  try {
    const { index } = mapColumns(file, spec);
    const rows: TableRow<K>[] = [];
    for await (const batch of file.batches()) {
      for (const record of batch) {
        const values: Partial<Record<K, string>> = {};
        for (const key of keys) {
          const at = index[key];
          if (at !== undefined) {
            const value = record.fields[at];
            if (value !== undefined && value !== "") values[key] = value;
          }
        }
        rows.push({ line: record.line, values });
      }
    }
    const columns = {} as Record<K, number | undefined>;
    for (const key of keys) {
      const at = index[key];
      columns[key] = at === undefined ? undefined : at + 1;
    }
    return {
      displayName,
      delimiter: file.delimiter,
      columns,
      rows,
      hash: await hashFile(path),
      locate: (line, column) => errorLocation(file.locate(line, column)) ?? { file: displayName },
      notes: file.notes.map((note) => {
        const where = note.location ? errorLocation(note.location) : undefined;
        return where ? `${where.file}: ${problemText(note)}` : problemText(note);
      }),
    };
  } finally {
    await file.close();
  }
}
