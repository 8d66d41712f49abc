import type { Race } from "../core/types.js";
import type { Db } from "./connection.js";

/** Shortlists by race and round: the agency codes a ballot may name. */
export type Shortlists = Partial<Record<Race, Map<number, Set<string>>>>;

/** Replaces the shortlist of one race and round (an empty list removes it: every member). */
export function setNominees(
  db: Db,
  blocId: number,
  year: number,
  race: Race,
  round: number,
  agencyIds: readonly number[],
): void {
  db.prepare("DELETE FROM nominee WHERE bloc_id = ? AND year = ? AND race = ? AND round = ?").run(
    blocId,
    year,
    race,
    round,
  );
  const insert = db.prepare(
    "INSERT INTO nominee (bloc_id, year, race, round, agency_id) VALUES (?, ?, ?, ?, ?)",
  );
  for (const id of agencyIds) insert.run(blocId, year, race, round, id);
}

/** Every shortlist of a year. */
export function nomineesOf(db: Db, blocId: number, year: number): Shortlists {
  const rows = db
    .prepare(
      `SELECT n.race AS race, n.round AS round, a.code AS code
       FROM nominee n JOIN agency a ON a.id = n.agency_id
       WHERE n.bloc_id = ? AND n.year = ? ORDER BY n.race, n.round, a.code`,
    )
    .all(blocId, year) as Array<{ race: Race; round: number; code: string }>;
  const lists: Shortlists = {};
  for (const { race, round, code } of rows) {
    const byRound = lists[race] ?? new Map<number, Set<string>>();
    const codes = byRound.get(round) ?? new Set<string>();
    codes.add(code);
    byRound.set(round, codes);
    lists[race] = byRound;
  }
  return lists;
}
