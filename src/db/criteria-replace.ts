import type { Criterion } from "../core/types.js";
import type { Db } from "./connection.js";

/** Stored scores that a new table would not hold: criterion gone, or points over its new maximum. */
export function scoresBeyondTable(
  db: Db,
  blocId: number,
  year: number,
  next: readonly Criterion[],
): Array<{ agency: string; criterion: string }> {
  const byCode = new Map(next.map((criterion) => [criterion.code, criterion]));
  const stored = db
    .prepare(
      `SELECT a.code AS agency, c.code AS criterion, s.points AS points
       FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN agency a ON a.id = s.agency_id
       WHERE c.bloc_id = ? AND c.year = ?`,
    )
    .all(blocId, year) as Array<{ agency: string; criterion: string; points: number }>;
  return stored
    .filter((row) => {
      const criterion = byCode.get(row.criterion);
      return criterion === undefined || row.points > criterion.maxPoints;
    })
    .map(({ agency, criterion }) => ({ agency, criterion }));
}

/**
 * Puts the new table in place keeping the ids of criteria that stay (so the
 * scores stored against them stay), dropping the ones that go.
 */
export function replaceCriteria(
  db: Db,
  blocId: number,
  year: number,
  next: readonly Criterion[],
): void {
  const codes = next.map((criterion) => criterion.code);
  const existing = db
    .prepare("SELECT code FROM criterion WHERE bloc_id = ? AND year = ?")
    .all(blocId, year) as Array<{ code: string }>;
  const remove = db.prepare("DELETE FROM criterion WHERE bloc_id = ? AND year = ? AND code = ?");
  for (const { code } of existing) if (!codes.includes(code)) remove.run(blocId, year, code);
  const upsert = db.prepare(
    `INSERT INTO criterion (bloc_id, year, code, title, max_points, kind, position, parent_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (bloc_id, year, code) DO UPDATE SET title = excluded.title,
       max_points = excluded.max_points, kind = excluded.kind, position = excluded.position,
       parent_code = excluded.parent_code`,
  );
  next.forEach((criterion, index) => {
    upsert.run(
      blocId,
      year,
      criterion.code,
      criterion.title,
      criterion.maxPoints,
      criterion.kind,
      index + 1,
      criterion.parent ?? null,
    );
  });
}
