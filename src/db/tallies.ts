/**
 * The counts of a year (lần kiểm phiếu 1, 2, …): every count is kept, never
 * replaced (contract, "A year's record"). The latest is the year's result.
 */
import type { TallyReport } from "../core/types.js";
import type { Db } from "./connection.js";

export interface StoredTally {
  /** The number of this count of the year (1, 2, …). */
  count: number;
  report: TallyReport;
  /** The report exactly as stored, for checking it against its hash. */
  reportJson: string;
  reportHash: string;
  /** The canonical inputs as stored; null for a count stored before counts were numbered. */
  inputsJson: string | null;
  inputsHash: string;
  /** The tdkt release that made the count; null before counts were numbered. */
  tdktVersion: string | null;
  /** Made while second entries of ballots were incomplete. */
  provisional: boolean;
  /** Why a count that changed the decisions was made (`tally --amend`). */
  amendReason: string | null;
  talliedAt: string;
}

interface CountRow {
  count: number;
  report: string;
  reportHash: string;
  inputsJson: string | null;
  inputsHash: string;
  tdktVersion: string | null;
  provisional: number;
  amendReason: string | null;
  talliedAt: string;
}

const SELECT = `SELECT count_no AS count, report, report_hash AS reportHash, inputs AS inputsJson,
  inputs_hash AS inputsHash, tdkt_version AS tdktVersion, provisional,
  amend_reason AS amendReason, tallied_at AS talliedAt FROM tally_count`;

function stored(row: CountRow): StoredTally {
  return {
    ...row,
    report: JSON.parse(row.report) as TallyReport,
    reportJson: row.report,
    provisional: row.provisional === 1,
  };
}

/** The latest count of the year (its result), if it has one. */
export function getTally(db: Db, blocId: number, year: number): StoredTally | undefined {
  const row = db
    .prepare(`${SELECT} WHERE bloc_id = ? AND year = ? ORDER BY count_no DESC LIMIT 1`)
    .get(blocId, year) as CountRow | undefined;
  return row ? stored(row) : undefined;
}

/** Every count of the year, first first. */
export function countsOf(db: Db, blocId: number, year: number): StoredTally[] {
  return (
    db
      .prepare(`${SELECT} WHERE bloc_id = ? AND year = ? ORDER BY count_no`)
      .all(blocId, year) as CountRow[]
  ).map(stored);
}

/** Appends the next count of the year; returns its number. */
export function appendCount(
  db: Db,
  blocId: number,
  year: number,
  tally: {
    reportJson: string;
    reportHash: string;
    inputsJson: string;
    inputsHash: string;
    tdktVersion: string;
    provisional: boolean;
    amendReason: string | null;
    talliedAt: string;
  },
): number {
  const { next } = db
    .prepare(
      "SELECT COALESCE(MAX(count_no), 0) + 1 AS next FROM tally_count WHERE bloc_id = ? AND year = ?",
    )
    .get(blocId, year) as { next: number };
  db.prepare(
    `INSERT INTO tally_count (bloc_id, year, count_no, report, report_hash, inputs, inputs_hash,
       tdkt_version, provisional, amend_reason, tallied_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    blocId,
    year,
    next,
    tally.reportJson,
    tally.reportHash,
    tally.inputsJson,
    tally.inputsHash,
    tally.tdktVersion,
    tally.provisional ? 1 : 0,
    tally.amendReason,
    tally.talliedAt,
  );
  return next;
}

/** Years of the bloc that have a stored count, oldest first. */
export function talliedYears(db: Db, blocId: number): number[] {
  return (
    db
      .prepare("SELECT DISTINCT year FROM tally_count WHERE bloc_id = ? ORDER BY year")
      .all(blocId) as Array<{ year: number }>
  ).map((row) => row.year);
}
