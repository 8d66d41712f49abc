/**
 * `tdkt import YEAR FILE...`: agencies' score sheets, checked against the
 * year's scoring table and written in one transaction over all the files
 * (contract: "Every import is all or nothing").
 *
 * One pass over each file, streamed: every row is checked (agency, criterion,
 * points, maximum, the same criterion twice) and, while no problem has been
 * found, written at once in batched INSERT statements. At the end the
 * transaction is committed only when the whole batch is clean (and not a dry
 * run); otherwise it is rolled back and every problem is reported together.
 * Memory stays flat in the size of the files: rows are never kept, and the
 * duplicate check is one bit per (member, criterion).
 *
 * Safety rules:
 * - the same file again (same content hash, logged per agency in import_log
 *   with kind "scores", scope = agency code) is recognised before it is read
 *   and changes nothing;
 * - an agency that already has scores for the year keeps them unless
 *   `--replace`: a sheet with the same data changes nothing, different data
 *   is refused;
 * - an agency's scores come from one file per command, so that a file's hash
 *   always describes all of that agency's stored scores.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { type AgencyResolver, agencyResolver } from "../core/agency-lookup.js";
import type { ProblemLocation } from "../core/problem.js";
import {
  agencyMode,
  comparedVerdict,
  type StoredDifference,
  sameScore,
} from "../core/score-reconcile.js";
import { isScoreHeader, isTotalRow, TotalCheck } from "../core/score-sheet-totals.js";
import {
  agencyFromFileName,
  type CriterionResolver,
  type CriterionSlot,
  criterionResolver,
  fastNumber,
  PairSet,
  POINTS_COLUMNS,
  preferCodeColumns,
  SCORE_COLUMNS,
  type ScoreColumn,
} from "../core/score-validation.js";
import { countedPoints, toMilli } from "../core/scoring.js";
import { type AgencyRow, allAgencies, membersOf } from "../db/agencies.js";
import type { BlocRow } from "../db/blocs.js";
import { type Db, translateSqliteError } from "../db/connection.js";
import { type CriterionRow, criteriaOf } from "../db/criteria.js";
import { ScoreImportLog, scopesImportedFrom } from "../db/score-imports.js";
import {
  deleteAgencyScores,
  ScoreWriter,
  type StoredScore,
  scoreCountsByAgency,
  storedScoreReader,
  suspendScoreIndexes,
} from "../db/scores.js";
import { batchError, formatLocation, TdktError } from "../errors.js";
import { type MessageKey, t } from "../i18n/index.js";
import {
  type CsvDelimiter,
  type CsvRecord,
  hashFile,
  mapColumns,
  type NumberProblem,
  numberProblemText,
  openCsv,
  readNumber,
  visibleText,
  withoutFormatChars,
} from "../io/csv.js";
import {
  type AgencyStatus,
  formatCount,
  type ImportReport,
  reportImport,
} from "../io/import-report.js";
import { formatNumber } from "../io/numbers.js";
import { errorLocation, problemText } from "../io/problem-text.js";
import { createProgress, type Progress } from "../io/progress.js";
import { displayNameOf } from "../io/read-table.js";
import { openSheetRows, type SheetRows } from "../io/sheet-rows.js";
import { openForCommand, optionalText, parseYear, selectBloc } from "./common.js";
import { watchYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

/** Problems reported in full; the rest are counted. */
const PROBLEM_CAP = 50;
/**
 * A file this large (≈ 50,000 rows) is a bulk load: secondary indexes of the
 * score table, if a later schema adds any, are dropped and built once at the end.
 */
const BULK_BYTES = 1024 * 1024;
/** Cell value meaning "empty cell" (points are never negative). */
const EMPTY = -1;
/** Cell value meaning "not a valid number" (a problem was recorded). */
const BAD = -2;

interface AgencyState {
  agency: AgencyRow;
  /** Position among the members: the agency's part of a pair index. */
  index: number;
  /** How this command treats the agency's stored scores. */
  mode: "add" | "replace" | "compare" | "kept";
  /** The file its scores come from (index into the batch's files). */
  file: number;
  /** Scores stored before this command. */
  stored: number;
  rows: number;
  baseRows: number;
  importId: number;
  /** The first row that differs from what is stored (compare mode). */
  difference: StoredDifference | undefined;
  /** The line where the agency was first met in its file. */
  firstLine: number;
  /** The last file for which "also in another file" was reported. */
  conflictReported: number;
}

interface FileEntry {
  path: string;
  /** The table as named in messages: `file` or `file:sheet`. */
  displayName: string;
  /** Where a field is (`file:line:column` or `FILE:SHEET!CELL`). */
  locate: (line: number, column?: number) => ProblemLocation;
  /** Opens the same table again (to find where a duplicate first occurred). */
  reopen: (() => Promise<SheetRows>) | undefined;
  /** The sheet's name, for a table of a workbook. */
  sheet: string | undefined;
  hash: string;
  rows: number;
  size: number;
  problems: number;
  /** Read and checked row by row, or recognised as imported before. */
  status: "read" | "unchanged" | "failed";
  agencies: AgencyState[];
  /** 1-based column of each known column, for locations. */
  columns: Partial<Record<ScoreColumn, number>>;
}

interface Problem {
  file: number;
  line: number;
  column: number | undefined;
  message: string;
  /** A duplicate whose first occurrence is looked up at the end. */
  duplicate?: { pair: number; agency: string; criterion: string };
}

/** What the command did with an agency's stored scores. */
function statusOf(state: AgencyState): AgencyStatus {
  return state.mode === "add" ? "added" : state.mode === "replace" ? "replaced" : "unchanged";
}

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const started = performance.now();
  const year = parseYear(args[0] ?? "");
  const paths = args.slice(1);
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
    outcome = await batch.run(paths);
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
  private readonly members: AgencyRow[];
  private readonly criteria: CriterionRow[];
  private readonly criterionIds: number[];
  private readonly resolveCriterion: CriterionResolver;
  private readonly membersResolver: AgencyResolver;
  private readonly everyone: AgencyResolver;
  private readonly memberIndex = new Map<number, number>();
  private readonly optionAgency: AgencyRow | undefined;
  private readonly states = new Map<number, AgencyState>();
  private readonly pairs: PairSet;
  private readonly files: FileEntry[] = [];
  private readonly problems: Problem[] = [];
  private problemCount = 0;
  private readonly warnings: string[] = [];
  private restoreIndexes: (() => void) | undefined;
  private stored: ((agencyId: number, criterionId: number) => StoredScore | undefined) | undefined;
  private progress: Progress | undefined;
  private totalBytes = 0;
  private doneBytes = 0;
  private rowsRead = 0;
  private readonly log: ScoreImportLog;
  /** Scores stored per agency for the year before this command. */
  private readonly storedCounts: Map<number, number>;
  /** One moment for every log entry of the command. */
  private readonly importedAt: string;

  constructor(
    private readonly ctx: Context,
    private readonly db: Db,
    private readonly bloc: BlocRow,
    private readonly year: number,
    private readonly options: ImportOptions,
  ) {
    this.members = membersOf(db, bloc.id, year);
    if (this.members.length === 0) {
      throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
    }
    this.criteria = criteriaOf(db, bloc.id, year);
    if (this.criteria.length === 0) {
      throw new TdktError(t("scores.noCriteria", { year }), {
        hint: t("scores.noCriteria.hint", { year }),
      });
    }
    this.criterionIds = this.criteria.map((criterion) => criterion.id);
    this.resolveCriterion = criterionResolver(this.criteria);
    this.membersResolver = agencyResolver(this.members);
    this.everyone = agencyResolver(allAgencies(db, bloc.id).map((a) => ({ ...a, order: 0 })));
    this.members.forEach((member, index) => {
      this.memberIndex.set(member.id, index);
    });
    this.pairs = new PairSet(this.criteria.length, this.members.length);
    this.log = new ScoreImportLog(db);
    this.storedCounts = scoreCountsByAgency(db, bloc.id, year);
    this.importedAt = ctx.now();
    this.optionAgency =
      options.agency === null
        ? undefined
        : resolveMember(this.members, options.agency, year, "--agency");
  }

  async run(paths: readonly string[]): Promise<ImportReport> {
    const { db } = this;
    const sizes: number[] = [];
    for (const path of paths) {
      sizes.push(
        await stat(path).then(
          (info) => (info.isFile() ? info.size : 0),
          () => 0,
        ),
      );
    }
    this.totalBytes = sizes.reduce((sum, size) => sum + size, 0);
    this.progress = createProgress({
      enabled: this.ctx.out.stderrIsTTY,
      write: (text) => this.ctx.out.stderr.write(text),
      label: t("scores.progress.label"),
      total: this.totalBytes,
      detail: () => t("scores.progress.rows", { rows: formatCount(this.rowsRead, this.ctx.lang) }),
      columns: this.ctx.out.stderr.columns || 80,
    });
    try {
      const seen = new Map<string, number>();
      for (const [index, path] of paths.entries()) {
        const key = resolve(path);
        const displayName = displayNameOf(path);
        const entry = this.newEntry(path, displayName, sizes[index] ?? 0);
        const fileIndex = this.files.push(entry) - 1;
        if (seen.has(key)) {
          this.addProblem(fileIndex, 0, undefined, t("scores.file.twice"));
        } else {
          seen.set(key, index);
          await this.importPath(fileIndex);
        }
        this.doneBytes += sizes[index] ?? 0;
      }
      this.checkStoredAgencies();
      if (this.problemCount > 0) {
        await this.locateDuplicates();
        throw this.batchProblems();
      }
      for (const state of this.states.values()) {
        if (state.mode === "add" || state.mode === "replace") {
          this.log.setRowCount(state.importId, state.rows);
        }
      }
      this.restoreIndexes?.();
      this.options.beforeCommit.check();
      // A dry run ends here: the caller rolls everything back.
      if (!this.options.dryRun) db.exec("COMMIT");
    } finally {
      this.progress.finish();
    }
    return this.outcome();
  }

  /* ------------------------------------------------------------ one file */

  private newEntry(path: string, displayName: string, size: number): FileEntry {
    return {
      path,
      displayName,
      locate: (line, column) => ({
        file: displayName,
        ...(line > 0 ? { line } : {}),
        ...(line > 0 && column !== undefined ? { column } : {}),
      }),
      reopen: undefined,
      sheet: undefined,
      hash: "",
      rows: 0,
      size,
      problems: 0,
      status: "failed",
      agencies: [],
      columns: {},
    };
  }

  /** Opens a file (CSV, or the sheets of a workbook) and reads each of its tables. */
  private async importPath(fileIndex: number): Promise<void> {
    const entry = this.files[fileIndex] as FileEntry;
    const open = () =>
      openSheetRows(entry.path, {
        displayName: entry.displayName,
        sheet: this.options.sheet,
        selectSheets: (names) => this.agencySheets(entry.displayName, names),
        isHeader: isScoreHeader,
      });
    let tables: SheetRows[];
    try {
      entry.hash = await hashFile(entry.path, entry.displayName);
      tables = await open();
    } catch (error) {
      this.addFileError(fileIndex, error);
      return;
    }
    for (const [k, table] of tables.entries()) {
      let index = fileIndex;
      if (k > 0) {
        // Every further sheet of a workbook is a table of its own, from the same file.
        const more = this.newEntry(entry.path, entry.displayName, 0);
        more.hash = entry.hash;
        index = this.files.push(more) - 1;
      }
      const target = this.files[index] as FileEntry;
      target.displayName = table.displayName;
      target.locate = table.locate;
      target.sheet = table.sheet;
      if (table.kind === "xlsx") {
        target.reopen = async () => {
          const again = await open();
          return again.find((other) => other.sheet === table.sheet) ?? (again[0] as SheetRows);
        };
      }
      for (const note of table.notes) this.warnings.push(noteText(note));
      await this.importFile(index, table);
    }
  }

  /**
   * The sheets of a workbook read without `--sheet`: every sheet named after a
   * member agency when there are such sheets (one sheet per agency), else the first.
   */
  private agencySheets(file: string, names: string[]): string[] {
    const named = names.filter((name) => this.membersResolver.resolve(name).kind === "found");
    if (named.length === 0) return names.slice(0, 1);
    const others = names.filter((name) => !named.includes(name));
    if (others.length > 0) {
      const warning = t("sheet.sheetsIgnored", { file, sheets: others.join(", ") });
      // Said once, though the workbook is opened again to locate a duplicate.
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
    return named;
  }

  private async importFile(fileIndex: number, csv: SheetRows): Promise<void> {
    const entry = this.files[fileIndex] as FileEntry;
    try {
      let mapping: ReturnType<typeof mapColumns<ScoreColumn>>;
      try {
        const { header, ignored } = preferCodeColumns(csv.header);
        mapping = mapColumns({ ...pickHeader(csv), header }, SCORE_COLUMNS);
        mapping.extra.push(...ignored);
      } catch (error) {
        this.addFileError(fileIndex, error);
        return;
      }
      const at = (column: ScoreColumn) => mapping.index[column] ?? -1;
      for (const column of Object.keys(SCORE_COLUMNS) as ScoreColumn[]) {
        const index = mapping.index[column];
        if (index !== undefined) entry.columns[column] = index + 1;
      }
      if (POINTS_COLUMNS.every((column) => at(column) < 0)) {
        const names = POINTS_COLUMNS.flatMap((column) => [column, ...SCORE_COLUMNS[column].aliases])
          .filter((name, i, all) => all.indexOf(name) === i)
          .join(", ");
        this.addProblem(
          fileIndex,
          csv.headerLine,
          undefined,
          t("scores.pointsColumn.missing", { names, header: csv.header.join(", ") }),
        );
        return;
      }
      if (mapping.extra.length > 0) {
        this.warnings.push(
          t("scores.columns.ignored", {
            file: entry.displayName,
            columns: mapping.extra.join(", "),
          }),
        );
      }
      // Where the agency comes from: the column, else --agency, else the file name.
      let fixed: AgencyRow | undefined;
      if (at("agency") < 0) {
        fixed = this.optionAgency ?? this.agencyOfFileName(fileIndex, csv.headerLine, csv.sheet);
        if (fixed === undefined) return;
      }
      if (this.unchangedFile(fileIndex, fixed)) {
        entry.status = "unchanged";
        return;
      }
      entry.status = "read";
      if (entry.size >= BULK_BYTES && this.restoreIndexes === undefined) {
        this.restoreIndexes = suspendScoreIndexes(this.db);
      }
      try {
        await this.readRows(fileIndex, csv, at, fixed);
      } catch (error) {
        // A broken record (an unclosed quote, bad bytes) ends the file's reading, not the batch's.
        this.addFileError(fileIndex, error);
      }
      if (entry.rows === 0 && entry.problems === 0) {
        this.addProblem(fileIndex, 0, undefined, t("scores.file.empty"));
      }
    } finally {
      await csv.close();
    }
  }

  /**
   * The hot loop: one call per batch of records, a few map lookups and
   * comparisons per row, nothing allocated for a valid row but its place in
   * the INSERT batch.
   */
  private async readRows(
    fileIndex: number,
    csv: SheetRows,
    at: (column: ScoreColumn) => number,
    fixed: AgencyRow | undefined,
  ): Promise<void> {
    const entry = this.files[fileIndex] as FileEntry;
    const agencyAt = at("agency");
    const criterionAt = at("criterion");
    const pointsAt = at("points");
    const selfAt = at("self_points");
    const checkedAt = at("checked_points");
    const noteAt = at("note");
    const commentAt = at("comment");
    const explanationAt = at("explanation");
    const delimiter = csv.delimiter;
    const fixedState = fixed ? this.claim(fixed, fileIndex, csv.headerLine + 1) : undefined;
    let lastText: string | undefined;
    let lastState: AgencyState | undefined;
    const factor = csv.encoding.startsWith("utf-16") ? 2 : 1;
    const totals = new TotalCheck([pointsAt, selfAt, checkedAt], delimiter !== ",");
    let bytesPerRow = 0;
    let fileRows = 0;
    const slots = this.resolveCriterion.slots;
    let lastSlot: CriterionSlot | undefined;
    const layout = {
      self: selfAt >= 0,
      checked: checkedAt >= 0,
      note: noteAt >= 0,
      comment: commentAt >= 0,
      explanation: explanationAt >= 0,
    };
    let writer: ScoreWriter | undefined;

    for await (const batch of csv.batches()) {
      if (bytesPerRow === 0 && batch.length > 0) bytesPerRow = factor * averageLength(batch);
      for (let r = 0; r < batch.length; r++) {
        const record = batch[r] as CsvRecord;
        const fields = record.fields;
        const line = record.line;
        fileRows++;

        const criterionText = fields[criterionAt] as string;
        // Sheets list the criteria in the table's order: the next one is
        // checked first, by a string comparison instead of a hash lookup.
        let slot = lastSlot === undefined ? undefined : slots[lastSlot.index + 1];
        if (slot !== undefined && criterionText === slot.code) {
          lastSlot = slot;
        } else {
          const match =
            criterionText === ""
              ? undefined
              : this.resolveCriterion.resolve(withoutFormatChars(criterionText));
          if (match?.kind === "found") {
            slot = match.slot;
            lastSlot = slot;
          } else if (isTotalRow(fields)) {
            // "Tổng cộng" at the foot of the table, as every office writes it: checked, not stored.
            for (const found of totals.check(fields)) {
              const which =
                found.index === pointsAt ? "points" : found.index === selfAt ? "self" : "checked";
              this.warnings.push(
                noteText({
                  code: "sheet.total.differs",
                  params: {
                    column: t(`scores.column.${which}`),
                    given: formatNumber(found.given, this.ctx.lang),
                    computed: formatNumber(found.computed, this.ctx.lang),
                  },
                  location: entry.locate(line, found.index + 1),
                }),
              );
            }
            continue;
          } else if (match === undefined) {
            slot = undefined;
            this.addProblem(fileIndex, line, criterionAt + 1, () =>
              t("scores.criterion.missing", { year: this.year }),
            );
          } else {
            slot = undefined;
            this.addProblem(fileIndex, line, criterionAt + 1, () =>
              t("scores.criterion.unknown", {
                value: visibleText(criterionText),
                year: this.year,
                suggestion: match.suggestion ? t("scores.suggest", { code: match.suggestion }) : "",
              }),
            );
          }
        }

        let state: AgencyState | undefined;
        if (agencyAt < 0) {
          state = fixedState;
        } else {
          const text = fields[agencyAt] as string;
          if (text === lastText) {
            state = lastState;
          } else {
            state = this.agencyCell(text, fileIndex, line, agencyAt + 1);
            // Only a found agency is cached: a problem is reported on every row it occurs.
            lastText = state === undefined ? undefined : text;
            lastState = state;
          }
        }

        const points =
          pointsAt < 0
            ? EMPTY
            : this.cellPoints(
                fields[pointsAt] as string,
                delimiter,
                slot,
                fileIndex,
                line,
                pointsAt,
                "points",
              );
        const self =
          selfAt < 0
            ? EMPTY
            : this.cellPoints(
                fields[selfAt] as string,
                delimiter,
                slot,
                fileIndex,
                line,
                selfAt,
                "self",
              );
        const checked =
          checkedAt < 0
            ? EMPTY
            : this.cellPoints(
                fields[checkedAt] as string,
                delimiter,
                slot,
                fileIndex,
                line,
                checkedAt,
                "checked",
              );
        // The checked score counts where there is one (domain.md, "Scoring"); the
        // score as given is the `points` column, else the self score.
        const given = points >= 0 ? points : self >= 0 ? self : null;
        const counted = countedPoints(given, checked >= 0 ? checked : null) ?? EMPTY;
        if (counted === EMPTY && points !== BAD && self !== BAD && checked !== BAD) {
          const column = [pointsAt, selfAt, checkedAt].find((index) => index >= 0) ?? 0;
          this.addProblem(fileIndex, line, column + 1, () => t("scores.points.empty"));
        }

        totals.add(points, self, checked);
        if (state === undefined || slot === undefined) continue;
        const pair = this.pairs.pair(state.index, slot.index);
        if (!this.pairs.add(pair)) {
          this.addDuplicate(fileIndex, line, criterionAt + 1, pair, state, slot);
          continue;
        }
        if (counted < 0 || points === BAD || self === BAD || checked === BAD) continue;
        state.rows++;
        entry.rows++;
        if (slot.kind === "base") state.baseRows++;
        const selfValue = self >= 0 ? self : null;
        const checkedValue = checked >= 0 ? checked : null;
        const note = noteAt < 0 ? null : (fields[noteAt] as string) || null;
        const comment = commentAt < 0 ? null : (fields[commentAt] as string) || null;
        const explanation = explanationAt < 0 ? null : (fields[explanationAt] as string) || null;
        if (state.mode === "compare") {
          if (state.difference === undefined) {
            this.compare(
              state,
              slot,
              line,
              criterionAt + 1,
              counted,
              selfValue,
              checkedValue,
              note,
              comment,
              explanation,
            );
          }
        } else if (this.problemCount === 0) {
          writer ??= new ScoreWriter(this.db, layout);
          writer.add(
            state.agency.id,
            this.criterionIds[slot.index] as number,
            counted,
            selfValue,
            checkedValue,
            note,
            state.importId,
            comment,
            explanation,
          );
        }
      }
      this.rowsRead += batch.length;
      this.progress?.update(this.doneBytes + Math.min(entry.size, fileRows * bytesPerRow));
    }
    writer?.flush();
  }

  /** A number cell: its value, EMPTY, or BAD (the problem recorded). */
  private cellPoints(
    text: string,
    delimiter: CsvDelimiter,
    slot: CriterionSlot | undefined,
    fileIndex: number,
    line: number,
    index: number,
    which: "points" | "self" | "checked",
  ): number {
    if (text === "") return EMPTY;
    let value = fastNumber(text, true);
    // `1.234` where the decimal mark is the comma: ambiguous, said by readNumber.
    if (
      Number.isNaN(value) ||
      (delimiter !== "," && text.length >= 5 && text.charCodeAt(text.length - 4) === 46)
    ) {
      const result = readNumber(text, delimiter);
      if (!result.ok) {
        if (result.problem === "empty") return EMPTY;
        this.addProblem(fileIndex, line, index + 1, () =>
          numberProblem(result.problem, text, which, slot, delimiter),
        );
        return BAD;
      }
      value = result.value;
    }
    if (slot !== undefined && toMilli(value) > slot.maxMilli) {
      this.addProblem(fileIndex, line, index + 1, () =>
        t("scores.points.overMax", {
          column: t(`scores.column.${which}`),
          value: text,
          max: formatNumber(slot.maxPoints, this.ctx.lang),
          criterion: slot.code,
        }),
      );
      return BAD;
    }
    return value;
  }

  /* ------------------------------------------------------------ agencies */

  /** The agency a cell names, claimed for this file; undefined after recording a problem. */
  private agencyCell(
    text: string,
    fileIndex: number,
    line: number,
    column: number,
  ): AgencyState | undefined {
    if (text === "") {
      this.addProblem(fileIndex, line, column, () => t("scores.agency.missing"));
      return undefined;
    }
    const agency = this.findMember(text);
    if (typeof agency === "function") {
      this.addProblem(fileIndex, line, column, agency);
      return undefined;
    }
    if (this.optionAgency !== undefined && agency.id !== this.optionAgency.id) {
      this.addProblem(fileIndex, line, column, () =>
        t("scores.agency.notOption", {
          code: agency.code,
          option: (this.optionAgency as AgencyRow).code,
        }),
      );
      return undefined;
    }
    return this.claim(agency, fileIndex, line, column);
  }

  /** A member named by code or full name, or the message saying why not (built when reported). */
  private findMember(written: string): AgencyRow | (() => string) {
    // Invisible format characters copied along with a code are not part of it.
    const text = withoutFormatChars(written);
    const match = this.membersResolver.resolve(text);
    if (match.kind === "found") return match.agency as AgencyRow;
    if (match.kind === "ambiguous") {
      return () =>
        t("scores.agency.ambiguous", {
          value: text,
          codes: match.candidates.map((agency) => agency.code).join(", "),
        });
    }
    const other = this.everyone.resolve(text);
    if (other.kind === "found") {
      return () =>
        t("scores.agency.notMember", {
          code: other.agency.code,
          name: other.agency.name,
          year: this.year,
        });
    }
    return () =>
      t("scores.agency.unknown", {
        value: visibleText(written),
        year: this.year,
        suggestion: match.suggestion ? t("scores.suggest", { code: match.suggestion.code }) : "",
      });
  }

  private agencyOfFileName(
    fileIndex: number,
    headerLine: number,
    sheet?: string,
  ): AgencyRow | undefined {
    const entry = this.files[fileIndex] as FileEntry;
    // A sheet named after an agency names it; else the file's name does.
    const bySheet = sheet === undefined ? undefined : this.membersResolver.resolve(sheet);
    if (bySheet?.kind === "found") return bySheet.agency as AgencyRow;
    const name = agencyFromFileName(entry.path);
    const match = this.membersResolver.resolve(name);
    if (match.kind === "found") return match.agency as AgencyRow;
    const suggestion =
      match.kind === "unknown" && match.suggestion
        ? t("scores.suggest", { code: match.suggestion.code })
        : "";
    this.addProblem(
      fileIndex,
      headerLine,
      undefined,
      t("scores.agency.noSource", { name, year: this.year, suggestion }),
    );
    return undefined;
  }

  /**
   * The agency's state in this batch, created the first time it is met: its
   * stored scores decide whether they are added, replaced (--replace, deleted
   * now, inside the transaction) or compared with the sheet.
   */
  private claim(
    agency: AgencyRow,
    fileIndex: number,
    line: number,
    column?: number,
  ): AgencyState | undefined {
    const existing = this.states.get(agency.id);
    if (existing !== undefined) {
      if (existing.file === fileIndex) return existing;
      if (existing.conflictReported !== fileIndex) {
        existing.conflictReported = fileIndex;
        const other = (this.files[existing.file] as FileEntry).displayName;
        this.addProblem(fileIndex, line, column, () =>
          t("scores.agency.otherFile", { code: agency.code, file: other }),
        );
      }
      return undefined;
    }
    const { db, bloc, year } = this;
    const stored = this.storedCounts.get(agency.id) ?? 0;
    const mode: AgencyState["mode"] = agencyMode(stored, this.options.replace);
    if (mode === "replace") deleteAgencyScores(db, bloc.id, year, agency.id);
    const entry = this.files[fileIndex] as FileEntry;
    const importId =
      mode === "compare"
        ? 0
        : this.log.log({
            blocId: bloc.id,
            year,
            scope: agency.code,
            fileName: entry.displayName,
            contentHash: entry.hash,
            importedAt: this.importedAt,
          });
    const state: AgencyState = {
      agency,
      index: this.memberIndex.get(agency.id) as number,
      mode,
      file: fileIndex,
      stored,
      rows: 0,
      baseRows: 0,
      importId,
      difference: undefined,
      firstLine: line,
      conflictReported: -1,
    };
    this.states.set(agency.id, state);
    entry.agencies.push(state);
    return state;
  }

  /**
   * Whether this file was imported before, unchanged: its content hash is the
   * latest import of every agency it brought, and their scores are still
   * there. Then it is not read again, and its agencies are kept as they are.
   */
  private unchangedFile(fileIndex: number, fixed: AgencyRow | undefined): boolean {
    const { db, bloc, year } = this;
    const entry = this.files[fileIndex] as FileEntry;
    const scopes = fixed ? [fixed.code] : scopesImportedFrom(db, bloc.id, year, entry.hash);
    if (scopes.length === 0) return false;
    const agencies: Array<{ agency: AgencyRow; rows: number }> = [];
    for (const code of scopes) {
      const agency = this.members.find((member) => member.code === code);
      if (agency === undefined) return false;
      if (this.optionAgency !== undefined && agency.id !== this.optionAgency.id) return false;
      const latest = this.log.latestOf(bloc.id, year, code);
      if (latest?.contentHash !== entry.hash) return false;
      if (!this.storedCounts.has(agency.id)) return false;
      agencies.push({ agency, rows: latest.rowCount });
    }
    agencies.sort((a, b) => a.agency.order - b.agency.order);
    for (const { agency, rows } of agencies) {
      const existing = this.states.get(agency.id);
      if (existing !== undefined) {
        const other = (this.files[existing.file] as FileEntry).displayName;
        this.addProblem(
          fileIndex,
          0,
          undefined,
          t("scores.agency.otherFile", { code: agency.code, file: other }),
        );
        continue;
      }
      const state: AgencyState = {
        agency,
        index: this.memberIndex.get(agency.id) as number,
        mode: "kept",
        file: fileIndex,
        stored: rows,
        rows,
        baseRows: 0,
        importId: 0,
        difference: undefined,
        firstLine: 0,
        conflictReported: -1,
      };
      this.states.set(agency.id, state);
      entry.agencies.push(state);
      entry.rows += rows;
    }
    return true;
  }

  /* ---------------------------------------------------- stored scores */

  private compare(
    state: AgencyState,
    slot: CriterionSlot,
    line: number,
    column: number,
    points: number,
    selfPoints: number | null,
    checkedPoints: number | null,
    note: string | null,
    comment: string | null,
    explanation: string | null,
  ): void {
    this.stored ??= storedScoreReader(this.db);
    const stored = this.stored(state.agency.id, this.criterionIds[slot.index] as number);
    const given = { points, selfPoints, checkedPoints, note, comment, explanation };
    if (!sameScore(stored, given)) {
      state.difference = {
        line,
        column,
        criterion: slot.code,
        stored: stored?.points,
        given: stored === undefined || stored.points !== points ? points : undefined,
      };
    }
  }

  /** Agencies whose stored scores differ from their sheet: refused without --replace. */
  private checkStoredAgencies(): void {
    const lang = this.ctx.lang;
    for (const state of this.states.values()) {
      if (state.mode !== "compare") continue;
      const verdict = comparedVerdict({
        agency: state.agency.code,
        year: this.year,
        stored: state.stored,
        rows: state.rows,
        firstLine: state.firstLine,
        difference: state.difference,
      });
      if (verdict === undefined) continue;
      // The numbers are written in the user's language here, the rest of the text by its code.
      const numbers = verdict.numbers;
      const params = numbers
        ? {
            ...verdict.params,
            stored:
              numbers.stored === undefined
                ? t("scores.notStored")
                : formatNumber(numbers.stored, lang),
            given: formatNumber(numbers.given, lang),
          }
        : verdict.params;
      this.addProblem(
        state.file,
        verdict.location?.line ?? 0,
        verdict.location?.column,
        problemText({ code: verdict.code, ...(params ? { params } : {}) }),
      );
    }
  }

  /* ------------------------------------------------------------ problems */

  /** Counts one more problem of `file`; whether it is still under the cap of those reported. */
  private countProblem(file: number): boolean {
    this.problemCount++;
    const entry = this.files[file];
    if (entry) entry.problems++;
    return this.problems.length < PROBLEM_CAP;
  }

  private addProblem(
    file: number,
    line: number,
    column: number | undefined,
    message: string | (() => string),
  ): void {
    if (!this.countProblem(file)) return;
    this.problems.push({
      file,
      line,
      column,
      message: typeof message === "string" ? message : message(),
    });
  }

  private addDuplicate(
    file: number,
    line: number,
    column: number,
    pair: number,
    state: AgencyState,
    slot: CriterionSlot,
  ): void {
    if (!this.countProblem(file)) return;
    this.problems.push({
      file,
      line,
      column,
      message: "",
      duplicate: { pair, agency: state.agency.code, criterion: slot.code },
    });
  }

  /** A problem of the reader (missing file, encoding, header, broken record), with its hint. */
  private addFileError(fileIndex: number, error: unknown): void {
    if (!(error instanceof TdktError)) throw error;
    for (const problem of [error, ...error.more]) {
      const location = problem.location;
      // In a batch only the last hint is printed: each problem carries its own.
      const hint = problem.hint ?? (problem === error ? undefined : error.hint);
      const field = location?.field ? ` (${location.field})` : "";
      const joined = hint === undefined ? "" : /^\p{Lu}/u.test(hint) ? `. ${hint}` : `; ${hint}`;
      this.addProblem(
        fileIndex,
        location?.line ?? 0,
        location?.column,
        `${problem.message}${field}${joined}`,
      );
    }
  }

  /**
   * Finds where each reported duplicate first occurred. Only a failing batch
   * with duplicates pays for this second reading; the check itself keeps one
   * bit per pair, not the line of every row.
   */
  private async locateDuplicates(): Promise<void> {
    const wanted = new Map<number, Problem[]>();
    for (const problem of this.problems) {
      if (problem.duplicate === undefined) continue;
      const list = wanted.get(problem.duplicate.pair) ?? [];
      list.push(problem);
      wanted.set(problem.duplicate.pair, list);
    }
    if (wanted.size === 0) return;
    const found = new Map<number, { file: number; line: number }>();
    for (const [fileIndex, entry] of this.files.entries()) {
      if (entry.status !== "read" || found.size === wanted.size) continue;
      const csv = entry.reopen
        ? await entry.reopen()
        : await openCsv(entry.path, { displayName: entry.displayName });
      try {
        const agencyAt = (entry.columns.agency ?? 0) - 1;
        const criterionAt = (entry.columns.criterion ?? 0) - 1;
        const fixed = agencyAt < 0 ? entry.agencies[0] : undefined;
        if (agencyAt < 0 && fixed === undefined) continue;
        const option = this.optionAgency;
        for await (const batch of csv.batches()) {
          for (const record of batch) {
            let index: number | undefined;
            if (fixed) index = fixed.index;
            else {
              const match = this.membersResolver.resolve(record.fields[agencyAt] as string);
              if (
                match.kind === "found" &&
                (option === undefined || (match.agency as AgencyRow).id === option.id)
              ) {
                index = this.memberIndex.get((match.agency as AgencyRow).id);
              }
            }
            const criterion = this.resolveCriterion.resolve(record.fields[criterionAt] as string);
            if (index === undefined || criterion.kind !== "found") continue;
            const pair = this.pairs.pair(index, criterion.slot.index);
            if (wanted.has(pair) && !found.has(pair)) {
              found.set(pair, { file: fileIndex, line: record.line });
            }
          }
          if (found.size === wanted.size) break;
        }
      } catch (error) {
        // The broken record that ended the first reading ends this one too (already reported).
        if (!(error instanceof TdktError)) throw error;
      } finally {
        await csv.close();
      }
    }
    for (const [pair, problems] of wanted) {
      for (const problem of problems) {
        const duplicate = problem.duplicate as NonNullable<Problem["duplicate"]>;
        problem.message = t("scores.duplicate", {
          agency: duplicate.agency,
          criterion: duplicate.criterion,
          first: this.placeOf(found.get(pair), problem.file),
        });
      }
    }
  }

  /** `line 12` in the same file, else `scores/STP.csv:12`. */
  private placeOf(place: { file: number; line: number } | undefined, from: number): string {
    if (place === undefined) return "?";
    const entry = this.files[place.file] as FileEntry;
    if (place.file === from && entry.sheet === undefined) {
      return t("scores.line", { line: place.line });
    }
    const location = errorLocation(entry.locate(place.line));
    return location?.line !== undefined
      ? `${location.file}:${location.line}`
      : (location?.file ?? "?");
  }

  private batchProblems(): TdktError {
    const problems = [...this.problems].sort(
      (a, b) => a.file - b.file || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
    );
    const errors = problems.map((problem) => {
      const entry = this.files[problem.file] as FileEntry;
      const location = errorLocation(
        entry.locate(problem.line, problem.line > 0 ? problem.column : undefined),
      );
      return new TdktError(problem.message, location ? { location } : {});
    });
    const dropped = this.problemCount - this.problems.length;
    if (dropped > 0) {
      errors.push(new TdktError(t("scores.more", { count: dropped, shown: this.problems.length })));
    }
    return batchError(errors, t("scores.fix.hint"));
  }

  /* ------------------------------------------------------------- outcome */

  private outcome(): ImportReport {
    const agencies: Array<{ state: AgencyState; status: AgencyStatus; file: string }> = [];
    const baseCount = this.criteria.filter((criterion) => criterion.kind === "base").length;
    let rows = 0;
    for (const entry of this.files) {
      rows += entry.rows;
      for (const state of entry.agencies) {
        agencies.push({ state, status: statusOf(state), file: entry.displayName });
        if ((state.mode === "add" || state.mode === "replace") && state.baseRows < baseCount) {
          this.warnMissingBase(state);
        }
      }
    }
    agencies.sort((a, b) => a.state.agency.order - b.state.agency.order);
    return {
      bloc: this.bloc.code,
      year: this.year,
      dryRun: this.options.dryRun,
      files: this.files.map((entry) => ({
        file: entry.displayName,
        status: entry.status,
        rows: entry.rows,
        agencies: entry.agencies.map((state) => ({
          code: state.agency.code,
          status: statusOf(state),
        })),
      })),
      agencies: agencies.map(({ state, status, file }) => ({
        code: state.agency.code,
        name: state.agency.name,
        status,
        rows: state.rows,
        file,
      })),
      rows,
      fileCount: new Set(this.files.map((entry) => entry.path)).size,
      warnings: this.warnings,
    };
  }

  private warnMissingBase(state: AgencyState): void {
    // Which base criteria are missing: the pair bits say which were given.
    // A group's points are its children's (criteria-tree.ts): only criteria without children are asked for.
    const groups = new Set(this.criteria.map((criterion) => criterion.parent ?? ""));
    const missing = this.resolveCriterion.slots
      .filter(
        (slot) =>
          slot.kind === "base" &&
          !groups.has(slot.code) &&
          !this.pairs.has(this.pairs.pair(state.index, slot.index)),
      )
      .map((slot) => slot.code);
    if (missing.length === 0) return;
    const list = missing.length > 5 ? `${missing.slice(0, 5).join(", ")}, …` : missing.join(", ");
    this.warnings.push(
      t("scores.import.missingBase", { agency: state.agency.code, count: missing.length, list }),
    );
  }
}

/** A note of a reader or a check (a warning: nothing refused), with its place. */
function noteText(note: {
  code: string;
  params?: Record<string, string | number>;
  location?: ProblemLocation;
}): string {
  const location = note.location ? errorLocation(note.location) : undefined;
  if (location === undefined) return problemText(note);
  return `${formatLocation(location)}: ${problemText(note)}`;
}

function pickHeader(csv: SheetRows): Pick<SheetRows, "displayName" | "header" | "headerLine"> {
  return { displayName: csv.displayName, header: csv.header, headerLine: csv.headerLine };
}

function numberProblem(
  problem: NumberProblem,
  text: string,
  which: "points" | "self" | "checked",
  slot: CriterionSlot | undefined,
  delimiter: CsvDelimiter,
): string {
  const column = t(`scores.column.${which}` as MessageKey);
  if (problem === "negative") {
    const positive = text.trim().replace(/^-\s*/, "");
    return slot?.kind === "penalty"
      ? t("scores.points.negativePenalty", { column, value: text, criterion: slot.code, positive })
      : t("scores.points.negative", { column, value: text });
  }
  if (problem === "decimal-comma") {
    return t("scores.points.decimalComma", {
      column,
      value: text,
      fixed: text.trim().replace(",", "."),
    });
  }
  if (problem === "ambiguous") {
    return `${column}: ${numberProblemText(problem, text).message}`;
  }
  return t("scores.points.invalid", {
    column,
    value: visibleText(text),
    example: delimiter === "," ? "9.5" : "9,5",
  });
}

/** Characters per record of a batch, delimiters and line end included (for the progress estimate). */
function averageLength(batch: readonly CsvRecord[]): number {
  let characters = 0;
  for (const record of batch) {
    for (const field of record.fields) characters += field.length + 1;
  }
  return characters / batch.length;
}
