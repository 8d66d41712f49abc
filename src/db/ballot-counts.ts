import type { Db } from "./connection.js";

/**
 * The most paper ballots returned in any race and round of the year (first
 * entries only): what the number of ballots issued may never be less than.
 */
export function ballotsReturned(db: Db, blocId: number, year: number): number {
  const row = db
    .prepare(
      `SELECT COALESCE(MAX(n), 0) AS n FROM (
         SELECT COUNT(*) AS n FROM ballot WHERE bloc_id = ? AND year = ? AND entry = 1
         GROUP BY round, race)`,
    )
    .get(blocId, year) as { n: number };
  return row.n;
}
