import type { Leaders } from "../core/types.js";
import type { Db } from "./connection.js";
import { getTally } from "./tallies.js";

export type LeadersSource = "set" | "tally" | "none";

export function setLeaders(
  db: Db,
  blocId: number,
  year: number,
  headId: number | null,
  deputyId: number | null,
): void {
  db.prepare(
    `INSERT INTO leaders (bloc_id, year, head_id, deputy_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (bloc_id, year) DO UPDATE SET head_id = excluded.head_id, deputy_id = excluded.deputy_id`,
  ).run(blocId, year, headId, deputyId);
}

/**
 * The reference of the decision that appointed a year's leaders
 * (`leaders.mode appointed`), kept with the leaders recorded by hand.
 */
export function setLeadersReference(db: Db, blocId: number, year: number, reference: string): void {
  db.prepare("UPDATE leaders SET reference = ? WHERE bloc_id = ? AND year = ?").run(
    reference,
    blocId,
    year,
  );
}

export function leadersReference(db: Db, blocId: number, year: number): string | null {
  const row = db
    .prepare("SELECT reference FROM leaders WHERE bloc_id = ? AND year = ?")
    .get(blocId, year) as { reference: string | null } | undefined;
  return row?.reference ?? null;
}

/**
 * Who leads the bloc in `year`: the record made with `tdkt leaders set`, else
 * the head and deputy that the previous year's tally decided (contract), so
 * that a run of years chains.
 */
export function leadersOf(
  db: Db,
  blocId: number,
  year: number,
): Leaders & { source: LeadersSource } {
  const row = db
    .prepare(
      `SELECT h.code AS head, d.code AS deputy FROM leaders l
       LEFT JOIN agency h ON h.id = l.head_id LEFT JOIN agency d ON d.id = l.deputy_id
       WHERE l.bloc_id = ? AND l.year = ?`,
    )
    .get(blocId, year) as Leaders | undefined;
  if (row) return { ...row, source: "set" };
  const previous = getTally(db, blocId, year - 1);
  if (previous && previous.report.leaders.year === year) {
    return {
      head: previous.report.leaders.head,
      deputy: previous.report.leaders.deputy,
      source: "tally",
    };
  }
  return { head: null, deputy: null, source: "none" };
}
