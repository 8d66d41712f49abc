/**
 * The score table: reading the counted points of a year, and writing score
 * sheets fast enough for files of millions of rows (multi-row INSERT
 * statements prepared once, bound from one reused array).
 *
 * `points` is the score that counts (domain.md, "Scoring": the bloc-checked
 * score where there is one, else the self score); `self_points` and
 * `checked_points` keep both as given.
 */
import type { ScoreEntry } from "../core/types.js";
import type { Db } from "./connection.js";

/** The counted points of every agency on every criterion of the year's table. */
export function scoreEntriesOf(db: Db, blocId: number, year: number): ScoreEntry[] {
  return db
    .prepare(
      `SELECT a.code AS agency, c.code AS criterion, s.points AS points
       FROM criterion c JOIN score s ON s.criterion_id = c.id JOIN agency a ON a.id = s.agency_id
       WHERE c.bloc_id = ? AND c.year = ?`,
    )
    .all(blocId, year) as ScoreEntry[];
}

/**
 * How many scores each agency has for the year (agency id → count; agencies
 * without any are absent). Read once before an import writes anything.
 */
export function scoreCountsByAgency(db: Db, blocId: number, year: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT s.agency_id AS agencyId, COUNT(*) AS count
       FROM criterion c JOIN score s ON s.criterion_id = c.id
       WHERE c.bloc_id = ? AND c.year = ?
       GROUP BY s.agency_id`,
    )
    .all(blocId, year) as Array<{ agencyId: number; count: number }>;
  return new Map(rows.map((row) => [row.agencyId, row.count]));
}

/** Deletes an agency's scores for the year; returns how many there were. */
export function deleteAgencyScores(db: Db, blocId: number, year: number, agencyId: number): number {
  return db
    .prepare(
      `DELETE FROM score WHERE agency_id = ?
       AND criterion_id IN (SELECT id FROM criterion WHERE bloc_id = ? AND year = ?)`,
    )
    .run(agencyId, blocId, year).changes;
}

export interface StoredScore {
  points: number;
  selfPoints: number | null;
  checkedPoints: number | null;
  note: string | null;
}

/** One stored score by its key, for comparing a sheet with what is stored. */
export function storedScoreReader(
  db: Db,
): (agencyId: number, criterionId: number) => StoredScore | undefined {
  const statement = db.prepare(
    `SELECT points, self_points AS selfPoints, checked_points AS checkedPoints, note
     FROM score WHERE agency_id = ? AND criterion_id = ?`,
  );
  return (agencyId, criterionId) => statement.get(agencyId, criterionId) as StoredScore | undefined;
}

const COLUMNS = 7;
/** Rows per INSERT: 7 × 400 = 2,800 parameters, well under SQLite's limit of 32,766. */
const BATCH_ROWS = 400;

/**
 * Buffers score rows and inserts them `BATCH_ROWS` at a time. One statement
 * binding 2,800 values costs far less than 400 statements of 7 (each run of
 * a statement crosses from JavaScript into SQLite and back). `flush` must be
 * called at the end.
 */
export class ScoreWriter {
  private readonly many;
  private readonly one;
  private readonly values: Array<number | string | null> = new Array(COLUMNS * BATCH_ROWS);
  private count = 0;
  /** Rows written so far (flushed or buffered). */
  written = 0;

  constructor(db: Db) {
    const row = `(${new Array(COLUMNS).fill("?").join(",")})`;
    const head =
      "INSERT INTO score (agency_id, criterion_id, points, self_points, checked_points, note, import_id) VALUES ";
    this.many = db.prepare(head + new Array(BATCH_ROWS).fill(row).join(","));
    this.one = db.prepare(head + row);
  }

  add(
    agencyId: number,
    criterionId: number,
    points: number,
    selfPoints: number | null,
    checkedPoints: number | null,
    note: string | null,
    importId: number,
  ): void {
    const values = this.values;
    const at = this.count * COLUMNS;
    values[at] = agencyId;
    values[at + 1] = criterionId;
    values[at + 2] = points;
    values[at + 3] = selfPoints;
    values[at + 4] = checkedPoints;
    values[at + 5] = note;
    values[at + 6] = importId;
    this.written++;
    if (++this.count === BATCH_ROWS) {
      this.many.run(values);
      this.count = 0;
    }
  }

  flush(): void {
    for (let row = 0; row < this.count; row++) {
      this.one.run(this.values.slice(row * COLUMNS, (row + 1) * COLUMNS));
    }
    this.count = 0;
  }
}

/**
 * Drops the secondary index of the score table for a bulk load and returns
 * the function that builds it again. Kept up row by row, an index whose order
 * is not the file's (criterion first) costs several times the load itself;
 * built once at the end it is one sort. Both happen inside the import's
 * transaction, so a failed import leaves the index as it was.
 */
export function suspendScoreIndexes(db: Db): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'index' AND tbl_name = 'score' AND sql IS NOT NULL`,
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}
