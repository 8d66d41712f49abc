import type { Db } from "./connection.js";

/** `from` 0 means "from the bloc's first year" (a setting made before rules had years). */
export const ALL_YEARS = 0;

export interface RuleSetting {
  key: string;
  value: string;
  /** 0 for a setting in force from a year onward, else the one year it is set for. */
  year: number;
  /** The year from which the setting is in force (the year itself for a one-year setting). */
  from: number;
}

/** Past any year a bloc will keep: the settings that apply to the years to come. */
const LATEST = 9999;

/**
 * The settings in force for `year`: for each key the latest setting from a
 * year at or before it, then the year's own settings, so that these win
 * (contract, "Regulation keys": `--from YEAR` onward, `--year YEAR` only).
 * Without a year, the settings in force for the years to come.
 */
export function ruleSettings(db: Db, blocId: number, year: number | undefined): RuleSetting[] {
  const at = year ?? LATEST;
  return db
    .prepare(
      `SELECT key, value, 0 AS year, from_year AS "from" FROM rule_from r
       WHERE bloc_id = ? AND from_year = (
         SELECT MAX(from_year) FROM rule_from
         WHERE bloc_id = r.bloc_id AND key = r.key AND from_year <= ?)
       UNION ALL
       SELECT key, value, year, year AS "from" FROM rule WHERE bloc_id = ? AND year = ?
       ORDER BY year, key`,
    )
    .all(blocId, at, blocId, year ?? -1) as RuleSetting[];
}

/** Sets KEY for `year` only. */
export function setRule(db: Db, blocId: number, year: number, key: string, value: string): void {
  db.prepare(
    `INSERT INTO rule (bloc_id, year, key, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (bloc_id, year, key) DO UPDATE SET value = excluded.value`,
  ).run(blocId, year, key, value);
}

/**
 * Sets KEY from `from` onward: a later "from" setting of the same key is
 * replaced by this one, an earlier year keeps what it had (never backwards).
 */
export function setRuleFrom(
  db: Db,
  blocId: number,
  from: number,
  key: string,
  value: string,
): void {
  db.prepare("DELETE FROM rule_from WHERE bloc_id = ? AND key = ? AND from_year >= ?").run(
    blocId,
    key,
    from,
  );
  db.prepare("INSERT INTO rule_from (bloc_id, from_year, key, value) VALUES (?, ?, ?, ?)").run(
    blocId,
    from,
    key,
    value,
  );
}
