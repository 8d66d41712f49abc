/**
 * Reads a small CSV (agencies, criteria) whole, through the one CSV reader,
 * with each row's line so that every problem can be reported where it is.
 */
import { relative } from "node:path";
import { type ColumnSpec, type CsvDelimiter, hashFile, mapColumns, openCsv } from "./csv.js";

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
}

/** The name a file is called by in messages: relative to the working folder when inside it. */
export function displayNameOf(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export async function readTable<K extends string>(
  path: string,
  spec: Record<K, Omit<ColumnSpec, "key">>,
): Promise<Table<K>> {
  const displayName = displayNameOf(path);
  const file = await openCsv(path, { displayName });
  try {
    const { index } = mapColumns(file, spec);
    const keys = Object.keys(spec) as K[];
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
    return { displayName, delimiter: file.delimiter, columns, rows, hash: await hashFile(path) };
  } finally {
    await file.close();
  }
}
