import type { Criterion } from "../core/types.js";
import type { Db } from "./connection.js";

export interface CriterionRow extends Criterion {
  id: number;
}

export function criteriaOf(db: Db, blocId: number, year: number): CriterionRow[] {
  return db
    .prepare(
      `SELECT id, code, title, max_points AS maxPoints, kind, parent_code AS parent FROM criterion
       WHERE bloc_id = ? AND year = ? ORDER BY position`,
    )
    .all(blocId, year) as CriterionRow[];
}
