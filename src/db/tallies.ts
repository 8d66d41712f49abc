import type { TallyReport } from "../core/types.js";
import type { Db } from "./connection.js";

export interface StoredTally {
  report: TallyReport;
  /** The report exactly as stored, for checking it against its hash. */
  reportJson: string;
  reportHash: string;
  inputsHash: string;
  talliedAt: string;
}

export function getTally(db: Db, blocId: number, year: number): StoredTally | undefined {
  const row = db
    .prepare(
      `SELECT report, report_hash AS reportHash, inputs_hash AS inputsHash, tallied_at AS talliedAt
       FROM tally WHERE bloc_id = ? AND year = ?`,
    )
    .get(blocId, year) as
    | { report: string; reportHash: string; inputsHash: string; talliedAt: string }
    | undefined;
  if (!row) return undefined;
  return {
    report: JSON.parse(row.report) as TallyReport,
    reportJson: row.report,
    reportHash: row.reportHash,
    inputsHash: row.inputsHash,
    talliedAt: row.talliedAt,
  };
}

export function saveTally(
  db: Db,
  blocId: number,
  year: number,
  tally: { reportJson: string; reportHash: string; inputsHash: string; talliedAt: string },
): void {
  db.prepare(
    `INSERT INTO tally (bloc_id, year, report, report_hash, inputs_hash, tallied_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (bloc_id, year) DO UPDATE SET report = excluded.report,
       report_hash = excluded.report_hash, inputs_hash = excluded.inputs_hash,
       tallied_at = excluded.tallied_at`,
  ).run(blocId, year, tally.reportJson, tally.reportHash, tally.inputsHash, tally.talliedAt);
}

/** Years of the bloc that have a stored tally, oldest first. */
export function talliedYears(db: Db, blocId: number): number[] {
  return (
    db.prepare("SELECT year FROM tally WHERE bloc_id = ? ORDER BY year").all(blocId) as Array<{
      year: number;
    }>
  ).map((row) => row.year);
}
