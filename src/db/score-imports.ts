/**
 * The import log as score sheets use it: one entry per agency a file brought
 * (kind "scores", scope = the agency's code), so that importing the same file
 * again is recognised by its content hash and changes nothing (contract,
 * "Input files").
 */
import type { Db } from "./connection.js";
import type { ImportRecord } from "./import-log.js";

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

export interface ScoreImportEntry {
  blocId: number;
  year: number;
  scope: string;
  fileName: string;
  contentHash: string;
  importedAt: string;
}

/**
 * The import log's statements for a batch of score sheets, prepared once: a
 * combined sheet may bring thousands of agencies, one log entry each (the
 * same rows as import-log.ts `logImport` and `latestImport` write and read).
 */
export class ScoreImportLog {
  private readonly insert;
  private readonly latest;
  private readonly count;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO import_log (bloc_id, year, kind, scope, file_name, content_hash, row_count, imported_at)
       VALUES (?, ?, 'scores', ?, ?, ?, 0, ?)`,
    );
    this.latest = db.prepare(
      `SELECT id, file_name AS fileName, content_hash AS contentHash, row_count AS rowCount,
              imported_at AS importedAt
       FROM import_log WHERE bloc_id = ? AND year = ? AND kind = 'scores' AND scope = ?
       ORDER BY id DESC LIMIT 1`,
    );
    this.count = db.prepare("UPDATE import_log SET row_count = ? WHERE id = ?");
  }

  /** Logs the import of one agency's sheet; the row count is set when the file is read. */
  log(entry: ScoreImportEntry): number {
    const { blocId, year, scope, fileName, contentHash, importedAt } = entry;
    return Number(
      this.insert.run(blocId, year, scope, fileName, contentHash, importedAt).lastInsertRowid,
    );
  }

  latestOf(blocId: number, year: number, scope: string): ImportRecord | undefined {
    return this.latest.get(blocId, year, scope) as ImportRecord | undefined;
  }

  setRowCount(importId: number, rowCount: number): void {
    this.count.run(rowCount, importId);
  }
}
