import type { Db } from "./connection.js";

export type ImportKind = "agencies" | "criteria" | "scores" | "ballots";

export interface ImportRecord {
  id: number;
  fileName: string;
  contentHash: string;
  rowCount: number;
  importedAt: string;
}

/** The latest import of this kind and scope, to tell a repeated import from new data. */
export function latestImport(
  db: Db,
  blocId: number,
  year: number,
  kind: ImportKind,
  scope = "",
): ImportRecord | undefined {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, content_hash AS contentHash, row_count AS rowCount,
              imported_at AS importedAt
       FROM import_log WHERE bloc_id = ? AND year = ? AND kind = ? AND scope = ?
       ORDER BY id DESC LIMIT 1`,
    )
    .get(blocId, year, kind, scope) as ImportRecord | undefined;
}

export function logImport(
  db: Db,
  entry: {
    blocId: number;
    year: number;
    kind: ImportKind;
    scope?: string;
    fileName: string;
    contentHash: string;
    rowCount: number;
    importedAt: string;
  },
): number {
  const result = db
    .prepare(
      `INSERT INTO import_log (bloc_id, year, kind, scope, file_name, content_hash, row_count, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.blocId,
      entry.year,
      entry.kind,
      entry.scope ?? "",
      entry.fileName,
      entry.contentHash,
      entry.rowCount,
      entry.importedAt,
    );
  return Number(result.lastInsertRowid);
}
