import type { Db } from "./connection.js";

/** One agency's points on one criterion: the counted points and, where the sheet gave them, self and checked points. */
export interface ScoreDetail {
  agency: string;
  criterion: string;
  points: number;
  self: number | null;
  checked: number | null;
}

export function scoreDetailsOf(db: Db, blocId: number, year: number): ScoreDetail[] {
  return db
    .prepare(
      `SELECT a.code AS agency, c.code AS criterion, s.points AS points,
              s.self_points AS self, s.checked_points AS checked
       FROM criterion c JOIN score s ON s.criterion_id = c.id JOIN agency a ON a.id = s.agency_id
       WHERE c.bloc_id = ? AND c.year = ?`,
    )
    .all(blocId, year) as ScoreDetail[];
}
