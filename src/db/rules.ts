import type { Db } from "./connection.js";

/** year 0 in the table means "every year" (the bloc's own setting). */
export const ALL_YEARS = 0;

export interface RuleSetting {
  key: string;
  value: string;
  /** 0 for the bloc-wide setting, else the year it is set for. */
  year: number;
}

/** The settings in force for `year`, bloc-wide ones first so that the year's own win. */
export function ruleSettings(db: Db, blocId: number, year: number | undefined): RuleSetting[] {
  return db
    .prepare(
      `SELECT key, value, year FROM rule WHERE bloc_id = ? AND (year = 0 OR year = ?)
       ORDER BY year, key`,
    )
    .all(blocId, year ?? ALL_YEARS) as RuleSetting[];
}

export function setRule(db: Db, blocId: number, year: number, key: string, value: string): void {
  db.prepare(
    `INSERT INTO rule (bloc_id, year, key, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (bloc_id, year, key) DO UPDATE SET value = excluded.value`,
  ).run(blocId, year, key, value);
}
