/**
 * The import log as score sheets use it: one entry per agency a file brought
 * (kind "scores", scope = the agency's code), so that importing the same file
 * again is recognised by its content hash and changes nothing (contract,
 * "Input files").
 */
import type { Db } from "./connection.js";

/** The agencies (scopes) whose sheets were imported from a file with this content hash. */
export function scopesImportedFrom(db: Db, blocId: number, year: number, hash: string): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT scope FROM import_log
       WHERE bloc_id = ? AND year = ? AND kind = 'scores' AND content_hash = ?`,
    )
    .all(blocId, year, hash) as Array<{ scope: string }>;
  return rows.map((row) => row.scope);
}

/** The rows a logged import brought, known only once the file is read to the end. */
export function setImportRowCount(db: Db, importId: number, rowCount: number): void {
  db.prepare("UPDATE import_log SET row_count = ? WHERE id = ?").run(rowCount, importId);
}
