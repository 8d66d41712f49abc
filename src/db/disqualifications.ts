import type { Disqualification } from "../core/types.js";
import type { Db } from "./connection.js";

export function disqualificationsOf(db: Db, blocId: number, year: number): Disqualification[] {
  return db
    .prepare(
      `SELECT a.code AS agency, d.reason FROM disqualification d JOIN agency a ON a.id = d.agency_id
       WHERE d.bloc_id = ? AND d.year = ? ORDER BY a.code`,
    )
    .all(blocId, year) as Disqualification[];
}

export function setDisqualification(
  db: Db,
  blocId: number,
  year: number,
  agencyId: number,
  reason: string,
): void {
  db.prepare(
    `INSERT INTO disqualification (bloc_id, year, agency_id, reason) VALUES (?, ?, ?, ?)
     ON CONFLICT (bloc_id, year, agency_id) DO UPDATE SET reason = excluded.reason`,
  ).run(blocId, year, agencyId, reason);
}

/** Lifts a disqualification; returns whether there was one. */
export function removeDisqualification(
  db: Db,
  blocId: number,
  year: number,
  agencyId: number,
): boolean {
  return (
    db
      .prepare("DELETE FROM disqualification WHERE bloc_id = ? AND year = ? AND agency_id = ?")
      .run(blocId, year, agencyId).changes > 0
  );
}
