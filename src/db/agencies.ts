import type { Agency } from "../core/types.js";
import type { Db } from "./connection.js";

export interface AgencyRow extends Agency {
  id: number;
}

/** Adds the agency or updates its name; returns its id. Codes are unique in a bloc. */
export function upsertAgency(
  db: Db,
  blocId: number,
  agency: { code: string; name: string; shortName: string | null },
): number {
  const row = db
    .prepare(
      `INSERT INTO agency (bloc_id, code, name, short_name) VALUES (?, ?, ?, ?)
       ON CONFLICT (bloc_id, code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name
       RETURNING id`,
    )
    .get(blocId, agency.code, agency.name, agency.shortName) as { id: number };
  return row.id;
}

/** The year whose membership set applies to `year` (the latest set at or before it). */
export function membershipYear(db: Db, blocId: number, year: number): number | undefined {
  const row = db
    .prepare("SELECT MAX(from_year) AS y FROM membership WHERE bloc_id = ? AND from_year <= ?")
    .get(blocId, year) as { y: number | null };
  return row.y ?? undefined;
}

/** The member agencies of `year`, in rotation order. */
export function membersOf(db: Db, blocId: number, year: number): AgencyRow[] {
  const from = membershipYear(db, blocId, year);
  if (from === undefined) return [];
  return db
    .prepare(
      `SELECT a.id, a.code, COALESCE(m.name, a.name) AS name,
         CASE WHEN m.name IS NULL THEN a.short_name ELSE m.short_name END AS shortName,
         m.rotation_order AS "order"
       FROM membership m JOIN agency a ON a.id = m.agency_id
       WHERE m.bloc_id = ? AND m.from_year = ?
       ORDER BY m.rotation_order, a.code`,
    )
    .all(blocId, from) as AgencyRow[];
}

/**
 * Replaces the membership set that starts in `year`. The set keeps the names
 * it was imported with: a later set may rename an agency without touching the
 * years before it (contract, "A year's record").
 */
export function setMembership(
  db: Db,
  blocId: number,
  year: number,
  members: ReadonlyArray<{
    agencyId: number;
    order: number;
    name?: string;
    shortName?: string | null;
  }>,
): void {
  db.prepare("DELETE FROM membership WHERE bloc_id = ? AND from_year = ?").run(blocId, year);
  const insert = db.prepare(
    `INSERT INTO membership (bloc_id, from_year, agency_id, rotation_order, name, short_name)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const member of members) {
    insert.run(
      blocId,
      year,
      member.agencyId,
      member.order,
      member.name ?? null,
      member.shortName ?? null,
    );
  }
  // The agency's own name is its latest: a set imported for an earlier year
  // (an amendment) does not turn a renamed agency back to its old name.
  const latest = membershipYear(db, blocId, Number.MAX_SAFE_INTEGER);
  if (latest !== undefined && latest > year) {
    const restore = db.prepare(
      `UPDATE agency SET (name, short_name) = (
         SELECT m.name, m.short_name FROM membership m
         WHERE m.bloc_id = ? AND m.from_year = ? AND m.agency_id = agency.id)
       WHERE id = ? AND EXISTS (
         SELECT 1 FROM membership m
         WHERE m.bloc_id = ? AND m.from_year = ? AND m.agency_id = ? AND m.name IS NOT NULL)`,
    );
    for (const member of members) {
      restore.run(blocId, latest, member.agencyId, blocId, latest, member.agencyId);
    }
  }
}

/** Every agency the bloc has ever had (for history across years). */
export function allAgencies(db: Db, blocId: number): Array<Omit<AgencyRow, "order">> {
  return db
    .prepare(
      "SELECT id, code, name, short_name AS shortName FROM agency WHERE bloc_id = ? ORDER BY code",
    )
    .all(blocId) as Array<Omit<AgencyRow, "order">>;
}
