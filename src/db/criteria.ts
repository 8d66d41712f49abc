import type { Criterion } from "../core/types.js";
import type { Db } from "./connection.js";

export interface CriterionRow extends Criterion {
  id: number;
}

export function criteriaOf(db: Db, blocId: number, year: number): CriterionRow[] {
  return db
    .prepare(
      `SELECT id, code, title, max_points AS maxPoints, kind FROM criterion
       WHERE bloc_id = ? AND year = ? ORDER BY position`,
    )
    .all(blocId, year) as CriterionRow[];
}

/** Whether any score is stored against the year's scoring table. */
export function yearHasScores(db: Db, blocId: number, year: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM score s JOIN criterion c ON c.id = s.criterion_id
         WHERE c.bloc_id = ? AND c.year = ? LIMIT 1`,
      )
      .get(blocId, year) !== undefined
  );
}
