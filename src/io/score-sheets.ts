/**
 * Reading agencies' score sheets for the import: the tables of a file (a CSV
 * file, or the sheets of a workbook, sheet-rows.ts) with their score columns
 * found, and a reader's refusal (a missing file, bad bytes, a broken record)
 * as problems with their places, so that the batch reports them with the rest.
 */
import { stat } from "node:fs/promises";
import type { ProblemLocation } from "../core/problem.js";
import type { ScoreColumns } from "../core/score-sheet-check.js";
import { isScoreHeader } from "../core/score-sheet-totals.js";
import { preferCodeColumns, SCORE_COLUMNS, type ScoreColumn } from "../core/score-validation.js";
import { TdktError } from "../errors.js";
import { type CsvRecord, mapColumns } from "./csv.js";
import { openSheetRows, type SheetRows } from "./sheet-rows.js";

/** The size of each file in bytes (0 when it is not a readable file: the reader says why). */
export async function fileSizes(paths: readonly string[]): Promise<number[]> {
  const sizes: number[] = [];
  for (const path of paths) {
    sizes.push(
      await stat(path).then(
        (info) => (info.isFile() ? info.size : 0),
        () => 0,
      ),
    );
  }
  return sizes;
}

/** The tables of a score file: a CSV file, or the sheets of a workbook (`--sheet`, else `select`). */
export function openScoreTables(
  path: string,
  displayName: string,
  sheet: string | undefined,
  select: (names: string[]) => string[],
): Promise<SheetRows[]> {
  return openSheetRows(path, { displayName, sheet, selectSheets: select, isHeader: isScoreHeader });
}

/** The score columns of a table (0-based, -1 when absent), the columns not used, and each column's number. */
export function scoreColumnsOf(table: SheetRows): {
  columns: ScoreColumns;
  extra: string[];
  numbers: Partial<Record<ScoreColumn, number>>;
} {
  const { header, ignored } = preferCodeColumns(table.header);
  const mapping = mapColumns(
    { displayName: table.displayName, header, headerLine: table.headerLine },
    SCORE_COLUMNS,
  );
  const at = (column: ScoreColumn) => mapping.index[column] ?? -1;
  const numbers: Partial<Record<ScoreColumn, number>> = {};
  for (const column of Object.keys(SCORE_COLUMNS) as ScoreColumn[]) {
    const index = mapping.index[column];
    if (index !== undefined) numbers[column] = index + 1;
  }
  return {
    columns: {
      agency: at("agency"),
      criterion: at("criterion"),
      points: at("points"),
      self: at("self_points"),
      checked: at("checked_points"),
      note: at("note"),
      comment: at("comment"),
      explanation: at("explanation"),
    },
    extra: [...mapping.extra, ...ignored],
    numbers,
  };
}

/** Names accepted for a points column, for the message saying none was found. */
export function pointsColumnNames(): string {
  return (["points", "self_points", "checked_points"] as const)
    .flatMap((column) => [column, ...SCORE_COLUMNS[column].aliases])
    .filter((name, i, all) => all.indexOf(name) === i)
    .join(", ");
}

/**
 * A reader's refusal as the problems it holds, each with its place and its
 * own hint (in a batch only the last hint is printed). Anything else is a bug
 * and goes on.
 */
export function readerProblems(
  error: unknown,
): Array<{ line: number; column: number | undefined; text: string; code: string }> {
  if (!(error instanceof TdktError)) throw error;
  return [error, ...error.more].map((problem) => {
    const location = problem.location;
    const hint = problem.hint ?? (problem === error ? undefined : error.hint);
    const field = location?.field ? ` (${location.field})` : "";
    const joined = hint === undefined ? "" : /^\p{Lu}/u.test(hint) ? `. ${hint}` : `; ${hint}`;
    return {
      line: location?.line ?? 0,
      column: location?.column,
      text: `${problem.message}${field}${joined}`,
      code: problem.code,
    };
  });
}

/** Characters per record of a batch, delimiters and line end included (for the progress estimate). */
export function averageLength(batch: readonly CsvRecord[]): number {
  let characters = 0;
  for (const record of batch) {
    for (const field of record.fields) characters += field.length + 1;
  }
  return characters / batch.length;
}

/** The place of a table's line as it is named in another message: `file:line`, or `FILE:SHEET!CELL`. */
export function placeText(location: ProblemLocation): string {
  if (location.file === undefined) return "?";
  if (location.sheet !== undefined) {
    return `${location.file}:${location.sheet}${location.cell ? `!${location.cell}` : ""}`;
  }
  return location.line !== undefined ? `${location.file}:${location.line}` : location.file;
}

/**
 * The first row of each wanted (agency, criterion) pair, reading the tables
 * again in order until every pair is found: where a duplicate first occurred.
 */
export async function findFirstRows(
  tables: ReadonlyArray<{
    index: number;
    open: () => Promise<Pick<SheetRows, "batches" | "close">>;
    pairOf: (fields: readonly string[]) => number | undefined;
  }>,
  wanted: ReadonlySet<number>,
): Promise<Map<number, { table: number; line: number }>> {
  const found = new Map<number, { table: number; line: number }>();
  for (const table of tables) {
    if (found.size === wanted.size) break;
    const rows = await table.open();
    try {
      for await (const batch of rows.batches()) {
        for (const record of batch) {
          const pair = table.pairOf(record.fields);
          if (pair !== undefined && wanted.has(pair) && !found.has(pair)) {
            found.set(pair, { table: table.index, line: record.line });
          }
        }
        if (found.size === wanted.size) break;
      }
    } catch (error) {
      // The broken record that ended the first reading ends this one too (already reported).
      if (!(error instanceof TdktError)) throw error;
    } finally {
      await rows.close();
    }
  }
  return found;
}
