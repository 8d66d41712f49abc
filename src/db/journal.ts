/**
 * The journal of a counted year: every change made to it after a count, with
 * when, the command, the reason given with `--amend`, and what changed
 * (contract, "A year's record").
 */
import type { Db } from "./connection.js";

export interface YearChange {
  /** What changed, as a path of the year's data ("members.STP.name"). */
  what: string;
  /** The value before, or null when there was none. */
  before: string | null;
  after: string | null;
}

export interface JournalEntry {
  year: number;
  /** The count of the year the change was made after; 0 when the year has none. */
  count: number;
  at: string;
  command: string;
  reason: string;
  changes: YearChange[];
}

export function appendJournal(db: Db, blocId: number, entry: JournalEntry): void {
  db.prepare(
    `INSERT INTO journal (bloc_id, year, count_no, at, command, reason, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    blocId,
    entry.year,
    entry.count,
    entry.at,
    entry.command,
    entry.reason,
    JSON.stringify(entry.changes),
  );
}

export function journalOf(db: Db, blocId: number, year: number): JournalEntry[] {
  return (
    db
      .prepare(
        `SELECT year, count_no AS count, at, command, reason, changes FROM journal
         WHERE bloc_id = ? AND year = ? ORDER BY id`,
      )
      .all(blocId, year) as Array<Omit<JournalEntry, "changes"> & { changes: string }>
  ).map((row) => ({ ...row, changes: JSON.parse(row.changes) as YearChange[] }));
}
