/**
 * `tdkt import YEAR FILE...`: agencies' score sheets, checked against the
 * year's scoring table and written in one transaction over all the files
 * (contract: "Every import is all or nothing").
 *
 * Three parts joined here: the tables of each file read as rows with their
 * places (io/score-sheets.ts, CSV or Excel alike), each row checked and each
 * agency reconciled with its stored scores (core/score-sheet-check.ts), and
 * the rows written in batches while no problem has been found
 * (db/score-import-writer.ts). One pass over each file, streamed: memory stays
 * flat in the size of the files. The transaction is committed only when the
 * whole batch is clean (and not a dry run); otherwise every problem is
 * reported together and nothing is kept.
 *
 * Safety rules:
 * - the same file again (same content hash, logged per agency in import_log)
 *   is recognised before it is read and changes nothing;
 * - an agency that already has scores for the year keeps them unless
 *   `--replace`: a sheet with the same data changes nothing, different data
 *   is refused;
 * - an agency's scores come from one file per command, so that a file's hash
 *   always describes all of that agency's stored scores.
 */
import { resolve } from "node:path";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import {
  type AgencyClaim,
  type CheckedTable,
  type MemberAgency,
  type ScoreColumns,
  ScoreSheetCheck,
} from "../core/score-sheet-check.js";
import { allAgencies, membersOf } from "../db/agencies.js";
import type { BlocRow } from "../db/blocs.js";
import { type Db, translateSqliteError } from "../db/connection.js";
import { criteriaOf } from "../db/criteria.js";
import { ScoreImportWriter } from "../db/score-import-writer.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { hashFile, openCsv } from "../io/csv.js";
import { formatCount, type ImportReport, importReport, reportImport } from "../io/import-report.js";
import { AS_READ, throwProblems } from "../io/problem-text.js";
import { createProgress, type Progress } from "../io/progress.js";
import { displayNameOf } from "../io/read-table.js";
import {
  averageLength,
  fileSizes,
  findFirstRows,
  openScoreTables,
  placeText,
  pointsColumnNames,
  readerProblems,
  scoreColumnsOf,
} from "../io/score-sheets.js";
import type { SheetRows } from "../io/sheet-rows.js";
import { openForCommand, optionalText, parseYear, selectBloc } from "./common.js";
import { watchYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

/**
 * A file this large (≈ 50,000 rows) is a bulk load: secondary indexes of the
 * score table, if a later schema adds any, are dropped and built once at the end.
 */
const BULK_BYTES = 1024 * 1024;

/** A table of the batch: a CSV file, or one sheet of a workbook. */
interface Entry extends CheckedTable {
  path: string;
  hash: string;
  size: number;
  rows: number;
  status: "read" | "unchanged" | "failed";
  columns: ScoreColumns | undefined;
  /** Opens the same sheet again (to find where a duplicate first occurred). */
  reopen: (() => Promise<SheetRows>) | undefined;
}

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const started = performance.now();
  const year = parseYear(args[0] ?? "");
  const db = openForCommand(ctx, "write");
  let outcome: ImportReport;
  try {
    // Foreign keys are not checked row by row: every id written is read from
    // this database inside this transaction (agency, criterion, import_log).
    db.pragma("foreign_keys = OFF");
    // One transaction over every file, held while they are read: the import
    // lands whole or not at all, and sees no other writer's changes meanwhile.
    db.exec("BEGIN IMMEDIATE");
    const bloc = selectBloc(ctx, db);
    const batch = new ScoreImport(ctx, db, bloc, year, {
      replace: options.replace === true,
      dryRun: options.dryRun === true,
      agency: optionalText(options.agency),
      beforeCommit: watchYear(ctx, db, bloc, year, options, { name: "import", args }),
      sheet: optionalText(options.sheet) ?? undefined,
    });
    outcome = await batch.run(args.slice(1));
  } catch (error) {
    throw translateSqliteError(error, ctx.dbPath, ctx.env);
  } finally {
    if (db.inTransaction) db.exec("ROLLBACK");
    db.close();
  }
  reportImport(ctx, outcome, performance.now() - started);
}

interface ImportOptions {
  replace: boolean;
  dryRun: boolean;
  agency: string | null;
  /** The protection of a counted year, checked before the import commits. */
  beforeCommit: { check(): void };
  /** `--sheet NAME`: the sheet of each workbook to read. */
  sheet: string | undefined;
}

class ScoreImport {
  private readonly members: MemberAgency[];
  private readonly only: MemberAgency | undefined;
  private readonly writer: ScoreImportWriter;
  private readonly storedCounts: Map<number, number>;
  private readonly check: ScoreSheetCheck;
  private readonly entries: Entry[] = [];
  private progress: Progress | undefined;
  private doneBytes = 0;
  private rowsRead = 0;

  constructor(
    private readonly ctx: Context,
    db: Db,
    private readonly bloc: BlocRow,
    private readonly year: number,
    private readonly options: ImportOptions,
  ) {
    this.members = membersOf(db, bloc.id, year);
    if (this.members.length === 0) {
      throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
    }
    const criteria = criteriaOf(db, bloc.id, year);
    if (criteria.length === 0) {
      throw new TdktError(t("scores.noCriteria", { year }), {
        hint: t("scores.noCriteria.hint", { year }),
      });
    }
    this.writer = new ScoreImportWriter(db, bloc.id, year, ctx.now());
    this.storedCounts = this.writer.storedCounts();
    this.only =
      options.agency === null
        ? undefined
        : resolveMember(this.members, options.agency, year, "--agency");
    this.check = new ScoreSheetCheck({
      year,
      members: this.members,
      everyone: allAgencies(db, bloc.id).map((agency) => ({ ...agency, order: 0 })),
      criteria,
      only: this.only,
      replace: options.replace,
      storedCounts: this.storedCounts,
      stored: (agencyId, criterionId) => this.writer.stored(agencyId, criterionId),
      onClaim: (claim) => {
        const entry = this.entries[claim.table] as Entry;
        return this.writer.claim(claim.agency, claim.mode === "replace", entry.name, entry.hash);
      },
    });
  }

  async run(paths: readonly string[]): Promise<ImportReport> {
    const sizes = await fileSizes(paths);
    this.progress = createProgress({
      enabled: this.ctx.out.stderrIsTTY,
      write: (text) => this.ctx.out.stderr.write(text),
      label: t("scores.progress.label"),
      total: sizes.reduce((sum, size) => sum + size, 0),
      detail: () => t("scores.progress.rows", { rows: formatCount(this.rowsRead, this.ctx.lang) }),
      columns: this.ctx.out.stderr.columns || 80,
    });
    try {
      const seen = new Set<string>();
      for (const [index, path] of paths.entries()) {
        const entry = this.newEntry(path, displayNameOf(path), sizes[index] ?? 0);
        if (seen.has(resolve(path))) {
          this.check.report(entry, 0, undefined, "scores.file.twice");
        } else {
          seen.add(resolve(path));
          await this.importPath(entry);
        }
        this.doneBytes += sizes[index] ?? 0;
      }
      this.check.reconcile();
      if (this.check.problems.size > 0) {
        if (this.check.pendingDuplicates > 0) await this.locateDuplicates();
        throwProblems(this.check.sortedProblems(), t("scores.fix.hint"), (count) =>
          t("scores.more", { count, shown: this.check.problems.list.length }),
        );
      }
      this.writer.finish(this.check.claims.values());
      this.options.beforeCommit.check();
      // A dry run ends here: the caller rolls everything back.
      if (!this.options.dryRun) this.writer.commit();
    } finally {
      this.progress.finish();
    }
    return this.outcome();
  }

  private newEntry(path: string, name: string, size: number): Entry {
    const entry: Entry = {
      index: this.entries.length,
      name,
      workbook: false,
      locate: (line, column) => ({
        file: name,
        ...(line > 0 ? { line } : {}),
        ...(line > 0 && column !== undefined ? { column } : {}),
      }),
      path,
      hash: "",
      size,
      rows: 0,
      status: "failed",
      columns: undefined,
      reopen: undefined,
    };
    this.entries.push(entry);
    this.check.addTable(entry);
    return entry;
  }

  private reportReader(entry: Entry, error: unknown): void {
    for (const { line, column, text, code } of readerProblems(error)) {
      this.check.report(entry, line, column, AS_READ, { text, code });
    }
  }

  /** Opens a file (CSV, or the sheets of a workbook) and reads each of its tables. */
  private async importPath(first: Entry): Promise<void> {
    const open = () =>
      openScoreTables(first.path, first.name, this.options.sheet, (names) =>
        this.check.sheetsToRead(first.name, names),
      );
    let tables: SheetRows[];
    try {
      first.hash = await hashFile(first.path, first.name);
      tables = await open();
    } catch (error) {
      this.reportReader(first, error);
      return;
    }
    for (const [k, table] of tables.entries()) {
      // Every further sheet of a workbook is a table of its own, from the same file.
      const entry = k === 0 ? first : this.newEntry(first.path, first.name, 0);
      entry.hash = first.hash;
      entry.name = table.displayName;
      entry.locate = table.locate;
      entry.workbook = table.sheet !== undefined;
      if (table.kind === "xlsx") {
        entry.reopen = async () => {
          const again = await open();
          return again.find((other) => other.sheet === table.sheet) ?? (again[0] as SheetRows);
        };
      }
      this.check.notes.push(...table.notes);
      try {
        await this.importTable(entry, table);
      } finally {
        await table.close();
      }
    }
  }

  private async importTable(entry: Entry, table: SheetRows): Promise<void> {
    let found: ReturnType<typeof scoreColumnsOf>;
    try {
      found = scoreColumnsOf(table);
    } catch (error) {
      this.reportReader(entry, error);
      return;
    }
    const { columns } = found;
    entry.columns = columns;
    const header = {
      cells: table.header,
      line: table.headerLine,
      unused: found.extra,
      pointsNames: pointsColumnNames(),
    };
    if (!this.check.checkHeader(entry, columns, header)) return;
    // Where the agency comes from: the column, else --agency, else the sheet's or the file's name.
    let fixed: MemberAgency | undefined;
    if (columns.agency < 0) {
      fixed = this.check.agencyOfTable(entry, entry.path, table.sheet, table.headerLine);
      if (fixed === undefined) return;
    }
    if (this.unchangedFile(entry, fixed)) {
      entry.status = "unchanged";
      return;
    }
    entry.status = "read";
    if (entry.size >= BULK_BYTES) this.writer.bulkLoad();
    const before = this.check.tableProblems[entry.index] ?? 0;
    try {
      await this.readRows(entry, table, columns, fixed);
    } catch (error) {
      // A broken record (an unclosed quote, bad bytes) ends the file's reading, not the batch's.
      this.reportReader(entry, error);
    }
    if (entry.rows === 0 && (this.check.tableProblems[entry.index] ?? 0) === before) {
      this.check.report(entry, 0, undefined, "scores.file.empty");
    }
  }

  /**
   * The hot loop: one call per batch of records, the row check, and the row
   * added to the INSERT batch while nothing is wrong.
   */
  private async readRows(
    entry: Entry,
    table: SheetRows,
    columns: ScoreColumns,
    fixed: MemberAgency | undefined,
  ): Promise<void> {
    const check = this.check;
    check.beginTable(entry, columns, table.delimiter !== ",", fixed, table.headerLine);
    const factor = table.encoding.startsWith("utf-16") ? 2 : 1;
    let bytesPerRow = 0;
    let tableRows = 0;
    const rows = this.writer.rows({
      self: columns.self >= 0,
      checked: columns.checked >= 0,
      note: columns.note >= 0,
      comment: columns.comment >= 0,
      explanation: columns.explanation >= 0,
    });
    for await (const batch of table.batches()) {
      if (bytesPerRow === 0 && batch.length > 0) bytesPerRow = factor * averageLength(batch);
      for (let r = 0; r < batch.length; r++) {
        const record = batch[r] as (typeof batch)[number];
        const row = check.checkRow(record.fields, record.line);
        if (row === undefined) continue;
        entry.rows++;
        if (!row.write) continue;
        rows.add(
          row.claim.agency.id,
          row.criterionId,
          row.points,
          row.selfPoints,
          row.checkedPoints,
          row.note,
          row.claim.importId,
          row.comment,
          row.explanation,
        );
      }
      tableRows += batch.length;
      this.rowsRead += batch.length;
      this.progress?.update(this.doneBytes + Math.min(entry.size, tableRows * bytesPerRow));
    }
    rows.flush();
  }

  /** Whether this file was imported before, unchanged: then it is not read again. */
  private unchangedFile(entry: Entry, fixed: MemberAgency | undefined): boolean {
    const imported = this.writer.importedUnchanged(entry.hash, fixed?.code);
    const kept = imported && this.check.keepUnchanged(entry, imported);
    if (kept === undefined) return false;
    for (const claim of kept) entry.rows += claim.rows;
    return true;
  }

  /**
   * Names where each reported duplicate first occurred. Only a failing batch
   * with duplicates pays for this second reading; the check itself keeps one
   * bit per pair, not the line of every row.
   */
  private async locateDuplicates(): Promise<void> {
    const tables = this.entries.flatMap((entry) => {
      const columns = entry.columns;
      if (entry.status !== "read" || columns === undefined) return [];
      const fixed = columns.agency < 0 ? this.claimsOf(entry)[0] : undefined;
      if (columns.agency < 0 && fixed === undefined) return [];
      return [
        {
          index: entry.index,
          open: entry.reopen ?? (() => openCsv(entry.path, { displayName: entry.name })),
          pairOf: (fields: readonly string[]) => this.check.pairOfRow(fields, columns, fixed),
        },
      ];
    });
    const found = await findFirstRows(tables, this.check.duplicatePairs());
    this.check.nameFirstOccurrences(found, (table, line) =>
      placeText((this.entries[table] as Entry).locate(line)),
    );
  }

  /** The agencies a table brought, in the order met. */
  private claimsOf(entry: Entry): AgencyClaim[] {
    return [...this.check.claims.values()].filter((claim) => claim.table === entry.index);
  }

  private outcome(): ImportReport {
    return importReport({
      bloc: this.bloc.code,
      year: this.year,
      dryRun: this.options.dryRun,
      tables: this.entries.map((entry) => ({
        file: entry.name,
        path: entry.path,
        status: entry.status,
        rows: entry.rows,
        claims: this.claimsOf(entry),
      })),
      notes: this.check.notes,
      missingBase: (claim) => this.check.missingBase(claim),
    });
  }
}
