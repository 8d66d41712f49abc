/**
 * The database side of a score-sheet import, inside the import's one
 * transaction: the scores stored before, an agency's scores replaced, the
 * import log (one entry per agency a file brought, so that the same file
 * again changes nothing), the batched inserts, and the score table's indexes
 * dropped for a bulk load and built once at the end.
 */
import type { Db } from "./connection.js";
import { ScoreImportLog, scopesImportedFrom } from "./score-imports.js";
import {
  deleteAgencyScores,
  type ScoreLayout,
  ScoreWriter,
  type StoredScore,
  scoreCountsByAgency,
  storedScoreReader,
  suspendScoreIndexes,
} from "./scores.js";

export class ScoreImportWriter {
  private readonly log: ScoreImportLog;
  private storedReader:
    | ((agencyId: number, criterionId: number) => StoredScore | undefined)
    | undefined;
  private restoreIndexes: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly blocId: number,
    private readonly year: number,
    /** One moment for every log entry of the command. */
    private readonly importedAt: string,
  ) {
    this.log = new ScoreImportLog(db);
  }

  /** Scores stored per agency for the year before this command. */
  storedCounts(): Map<number, number> {
    return scoreCountsByAgency(this.db, this.blocId, this.year);
  }

  stored(agencyId: number, criterionId: number): StoredScore | undefined {
    this.storedReader ??= storedScoreReader(this.db);
    return this.storedReader(agencyId, criterionId);
  }

  /** An agency's scores to come from `fileName`: the old ones deleted when replaced; the id of its import. */
  claim(
    agency: { id: number; code: string },
    replace: boolean,
    fileName: string,
    hash: string,
  ): number {
    if (replace) deleteAgencyScores(this.db, this.blocId, this.year, agency.id);
    return this.log.log({
      blocId: this.blocId,
      year: this.year,
      scope: agency.code,
      fileName,
      contentHash: hash,
      importedAt: this.importedAt,
    });
  }

  /**
   * The agencies whose latest import is this content (`fixed`: the one agency
   * of a file without an agency column), with the rows each brought; undefined
   * when the file is not such an import.
   */
  importedUnchanged(
    hash: string,
    fixed: string | undefined,
  ): Array<{ code: string; rows: number }> | undefined {
    const scopes =
      fixed !== undefined ? [fixed] : scopesImportedFrom(this.db, this.blocId, this.year, hash);
    if (scopes.length === 0) return undefined;
    const found: Array<{ code: string; rows: number }> = [];
    for (const code of scopes) {
      const latest = this.log.latestOf(this.blocId, this.year, code);
      if (latest?.contentHash !== hash) return undefined;
      found.push({ code, rows: latest.rowCount });
    }
    return found;
  }

  /** A large file is a bulk load: the score table's secondary indexes are built once at the end. */
  bulkLoad(): void {
    this.restoreIndexes ??= suspendScoreIndexes(this.db);
  }

  /** The batched inserts of one table, with the columns it has. */
  rows(layout: ScoreLayout): ScoreWriter {
    return new ScoreWriter(this.db, layout);
  }

  /** The rows each import brought, and the indexes back: the transaction can be committed. */
  finish(imports: Iterable<{ importId: number; rows: number }>): void {
    for (const { importId, rows } of imports) {
      if (importId > 0) this.log.setRowCount(importId, rows);
    }
    this.restoreIndexes?.();
  }

  commit(): void {
    this.db.exec("COMMIT");
  }
}
