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
  /** The head's comment (nhận xét) and the agency's explanation (giải trình). */
  comment: string | null;
  explanation: string | null;
}

/** One stored score by its key, for comparing a sheet with what is stored. */
export function storedScoreReader(
  db: Db,
): (agencyId: number, criterionId: number) => StoredScore | undefined {
  const statement = db.prepare(
    `SELECT points, self_points AS selfPoints, checked_points AS checkedPoints, note,
            comment, explanation
     FROM score WHERE agency_id = ? AND criterion_id = ?`,
  );
  return (agencyId, criterionId) => statement.get(agencyId, criterionId) as StoredScore | undefined;
}

/** Which optional columns a sheet has: the others are not bound at all (NULL). */
export interface ScoreLayout {
  self: boolean;
  checked: boolean;
  note: boolean;
  comment?: boolean;
  explanation?: boolean;
}

/** Values bound per INSERT statement: well under SQLite's limit of 32,766 parameters. */
const BATCH_VALUES = 2800;

/**
 * Buffers score rows and inserts them a few hundred at a time. One statement
 * binding 2,800 values costs far less than hundreds of small statements (each
 * run crosses from JavaScript into SQLite and back), and a column the sheet
 * does not have is written as a constant NULL instead of being bound for every
 * row. `flush` must be called at the end.
 */
export class ScoreWriter {
  private readonly many;
  private readonly one;
  private readonly rowsPerStatement: number;
  private readonly width: number;
  private readonly values: Array<number | string | null>;
  private readonly layout: ScoreLayout;
  private count = 0;

  constructor(db: Db, layout: ScoreLayout) {
    this.layout = layout;
    this.width =
      4 +
      (layout.self ? 1 : 0) +
      (layout.checked ? 1 : 0) +
      (layout.note ? 1 : 0) +
      (layout.comment === true ? 1 : 0) +
      (layout.explanation === true ? 1 : 0);
    this.rowsPerStatement = Math.floor(BATCH_VALUES / this.width);
    this.values = new Array(this.width * this.rowsPerStatement);
    const bound = (present: boolean) => (present ? "?" : "NULL");
    const row = `(?, ?, ?, ${bound(layout.self)}, ${bound(layout.checked)}, ${bound(layout.note)}, ${bound(
      layout.comment === true,
    )}, ${bound(layout.explanation === true)}, ?)`;
    const head =
      "INSERT INTO score (agency_id, criterion_id, points, self_points, checked_points, note, comment, explanation, import_id) VALUES ";
    this.many = db.prepare(head + new Array(this.rowsPerStatement).fill(row).join(","));
    this.one = db.prepare(head + row);
  }

  /** One row; `selfPoints`, `checkedPoints` and `note` are ignored when the layout has no such column. */
  add(
    agencyId: number,
    criterionId: number,
    points: number,
    selfPoints: number | null,
    checkedPoints: number | null,
    note: string | null,
    importId: number,
    comment: string | null = null,
    explanation: string | null = null,
  ): void {
    const values = this.values;
    let at = this.count * this.width;
    values[at++] = agencyId;
    values[at++] = criterionId;
    values[at++] = points;
    if (this.layout.self) values[at++] = selfPoints;
    if (this.layout.checked) values[at++] = checkedPoints;
    if (this.layout.note) values[at++] = note;
    if (this.layout.comment) values[at++] = comment;
    if (this.layout.explanation) values[at++] = explanation;
    values[at] = importId;
    if (++this.count === this.rowsPerStatement) {
      this.many.run(values);
      this.count = 0;
    }
  }

  flush(): void {
    for (let row = 0; row < this.count; row++) {
      this.one.run(this.values.slice(row * this.width, (row + 1) * this.width));
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
