/**
 * The check of agencies' score sheets, row by row, whatever file they came
 * from (CSV or a sheet of a workbook): the agency and the criterion resolved,
 * the numbers read and held under the criterion's maximum, the same criterion
 * twice found, and each agency's stored scores reconciled (score-reconcile.ts:
 * new, replaced, unchanged or refused). Problems are codes with parameters and
 * places (problem.ts), collected under a cap; nothing here renders text or
 * touches the database: stored scores come in through `stored`, and the
 * moment an agency's scores are to be added or replaced is handed out through
 * `onClaim`, which gives back the id of its import.
 *
 * The row check runs once per row of files with millions of rows: it keeps
 * one bit per (member, criterion) pair, caches the last agency and expects the
 * next criterion of the table, and returns one reused object for a valid row.
 */
import { type AgencyResolver, agencyResolver } from "./agency-lookup.js";
import { readNumberCell, visibleText, withoutFormatChars } from "./number-cell.js";
import { type Problem, type ProblemLocation, type ProblemParams, Problems } from "./problem.js";
import {
  type AgencyMode,
  agencyMode,
  comparedVerdict,
  type ScoreValues,
  type StoredDifference,
  sameScore,
} from "./score-reconcile.js";
import { isTotalRow, TotalCheck } from "./score-sheet-totals.js";
import {
  agencyFromFileName,
  type CriterionResolver,
  type CriterionSlot,
  criterionResolver,
  fastNumber,
  PairSet,
} from "./score-validation.js";
import { countedPoints, toMilli } from "./scoring.js";
import type { Agency, Criterion } from "./types.js";

/** Cell value meaning "empty cell" (points are never negative). */
const EMPTY = -1;
/** Cell value meaning "not a valid number" (a problem was recorded). */
const BAD = -2;

export interface MemberAgency extends Agency {
  id: number;
}

export interface TableCriterion extends Criterion {
  id: number;
}

/** An agency met in this batch, and what the batch does with its stored scores. */
export interface AgencyClaim {
  agency: MemberAgency;
  /** Position among the members: the agency's part of a pair index. */
  index: number;
  /** `kept`: its file was imported before, unchanged, and is not read again. */
  mode: AgencyMode | "kept";
  /** The table its scores come from. */
  table: number;
  /** Scores stored before this command. */
  stored: number;
  rows: number;
  baseRows: number;
  /** The import log entry its rows are written under (0 when nothing is written). */
  importId: number;
  /** The first row that differs from what is stored (compare mode). */
  difference: StoredDifference | undefined;
  /** The line where the agency was first met in its table. */
  firstLine: number;
  /** The last table for which "also in another file" was reported. */
  conflictReported: number;
}

/** A table being checked: its place in the batch and how its places are written. */
export interface CheckedTable {
  index: number;
  /** `file` or `file:sheet`, as named in messages. */
  name: string;
  /** A sheet of a workbook (its places are cells, not lines). */
  workbook: boolean;
  locate(line: number, column?: number): ProblemLocation;
}

/** 0-based positions of the columns a table has (-1: absent). */
export interface ScoreColumns {
  agency: number;
  criterion: number;
  points: number;
  self: number;
  checked: number;
  note: number;
  comment: number;
  explanation: number;
}

/** A valid row, ready to be written (one object, reused from row to row). */
export interface CheckedRow extends ScoreValues {
  claim: AgencyClaim;
  criterionId: number;
  /** Whether the row is to be written: its agency's scores are added or replaced, and nothing is wrong so far. */
  write: boolean;
}

export interface ScoreSheetCheckInput {
  year: number;
  members: readonly MemberAgency[];
  /** Every agency of the bloc, members or not, to say "not a member this year". */
  everyone: readonly Agency[];
  criteria: readonly TableCriterion[];
  /** `--agency`: every row must be this agency's. */
  only: MemberAgency | undefined;
  replace: boolean;
  /** Scores stored per agency id before this command. */
  storedCounts: ReadonlyMap<number, number>;
  stored(agencyId: number, criterionId: number): ScoreValues | undefined;
  /** An agency whose scores are added or replaced, met for the first time: the id of its import. */
  onClaim(claim: AgencyClaim): number;
  /** Problems reported in full; the rest are counted. */
  cap?: number;
}

/** A duplicate whose first occurrence is named once the batch has been read. */
interface Duplicate {
  problem: Problem;
  pair: number;
  table: number;
}

export class ScoreSheetCheck {
  readonly problems: Problems;
  /**
   * Warnings, in the order met: nothing refused (a total row that differs);
   * the caller adds its own (the reader's notes, columns not used).
   */
  readonly notes: Problem[] = [];
  readonly claims = new Map<number, AgencyClaim>();
  /** Problems counted per table. */
  readonly tableProblems: number[] = [];
  private readonly order = new WeakMap<Problem, [number, number, number]>();
  private readonly duplicates: Duplicate[] = [];
  private readonly criteria: CriterionResolver;
  private readonly membersResolver: AgencyResolver;
  private readonly everyone: AgencyResolver;
  private readonly memberIndex = new Map<number, number>();
  private readonly pairs: PairSet;
  private readonly tables: CheckedTable[] = [];
  private readonly baseCount: number;

  /* The table being read. */
  private table: CheckedTable | undefined;
  private columns: ScoreColumns | undefined;
  private commaDecimal = false;
  private fixed: AgencyClaim | undefined;
  private lastText: string | undefined;
  private lastClaim: AgencyClaim | undefined;
  private lastSlot: CriterionSlot | undefined;
  private totals: TotalCheck | undefined;
  private readonly row: CheckedRow = {
    claim: undefined as unknown as AgencyClaim,
    criterionId: 0,
    points: 0,
    selfPoints: null,
    checkedPoints: null,
    note: null,
    comment: null,
    explanation: null,
    write: false,
  };

  constructor(private readonly input: ScoreSheetCheckInput) {
    this.problems = new Problems(input.cap ?? 50);
    this.criteria = criterionResolver(input.criteria);
    this.membersResolver = agencyResolver(input.members);
    this.everyone = agencyResolver(input.everyone);
    input.members.forEach((member, index) => {
      this.memberIndex.set(member.id, index);
    });
    this.pairs = new PairSet(input.criteria.length, input.members.length);
    this.baseCount = input.criteria.filter((criterion) => criterion.kind === "base").length;
  }

  /* ------------------------------------------------------------ problems */

  /** Records a problem of `table` at `line` (0: the table as a whole) and `column` (1-based). */
  report(
    table: CheckedTable,
    line: number,
    column: number | undefined,
    code: string,
    params?: ProblemParams,
    extra?: Pick<Problem, "nested" | "numbers">,
  ): Problem | undefined {
    this.tableProblems[table.index] = (this.tableProblems[table.index] ?? 0) + 1;
    if (this.problems.full) {
      this.problems.add({ code });
      return undefined;
    }
    const item: Problem = {
      code,
      ...(params ? { params } : {}),
      ...extra,
      location: table.locate(line, line > 0 ? column : undefined),
    };
    this.problems.add(item);
    this.order.set(item, [table.index, line, column ?? 0]);
    return item;
  }

  /** The problems kept, by table, line and column. */
  sortedProblems(): Problems {
    const key = (item: Problem) => this.order.get(item) ?? [0, 0, 0];
    this.problems.list.sort((a, b) => {
      const [fa, la, ca] = key(a);
      const [fb, lb, cb] = key(b);
      return fa - fb || la - lb || ca - cb;
    });
    return this.problems;
  }

  /** Registers a table of the batch (its problems are counted from now on). */
  addTable(table: CheckedTable): void {
    this.tables[table.index] = table;
    this.tableProblems[table.index] ??= 0;
  }

  /* ------------------------------------------------------------ agencies */

  /**
   * The sheets of a workbook read without `--sheet`: every sheet named after a
   * member agency when there are such sheets (one sheet per agency), else the
   * first. The others are named in a note, once, though the workbook may be
   * opened again to locate a duplicate.
   */
  sheetsToRead(file: string, names: readonly string[]): string[] {
    const named = names.filter((name) => this.membersResolver.resolve(name).kind === "found");
    if (named.length === 0) return names.slice(0, 1);
    const others = names.filter((name) => !named.includes(name)).join(", ");
    const said = this.notes.some(
      (note) => note.code === "sheet.sheetsIgnored" && note.params?.file === file,
    );
    if (others !== "" && !said) {
      this.notes.push({ code: "sheet.sheetsIgnored", params: { file, sheets: others } });
    }
    return named;
  }

  /**
   * The agency of a table without an agency column: `--agency`, else the
   * sheet's name, else the file's name; undefined after reporting why not.
   */
  agencyOfTable(
    table: CheckedTable,
    path: string,
    sheet: string | undefined,
    headerLine: number,
  ): MemberAgency | undefined {
    if (this.input.only !== undefined) return this.input.only;
    const bySheet = sheet === undefined ? undefined : this.membersResolver.resolve(sheet);
    if (bySheet?.kind === "found") return bySheet.agency as MemberAgency;
    const name = agencyFromFileName(path);
    const match = this.membersResolver.resolve(name);
    if (match.kind === "found") return match.agency as MemberAgency;
    const suggestion = match.kind === "unknown" ? match.suggestion?.code : undefined;
    this.report(
      table,
      headerLine,
      undefined,
      "scores.agency.noSource",
      { name, year: this.input.year, suggestion: "" },
      suggestion
        ? { nested: { suggestion: { code: "scores.suggest", params: { code: suggestion } } } }
        : {},
    );
    return undefined;
  }

  /**
   * The agency's claim in this batch, made the first time it is met: its
   * stored scores decide whether they are added, replaced (--replace) or
   * compared with the sheet. An agency's scores come from one table.
   */
  claim(
    agency: MemberAgency,
    table: CheckedTable,
    line: number,
    column?: number,
  ): AgencyClaim | undefined {
    const existing = this.claims.get(agency.id);
    if (existing !== undefined) {
      if (existing.table === table.index) return existing;
      if (existing.conflictReported !== table.index) {
        existing.conflictReported = table.index;
        this.reportOtherFile(table, line, column, agency, existing);
      }
      return undefined;
    }
    const stored = this.input.storedCounts.get(agency.id) ?? 0;
    const mode = agencyMode(stored, this.input.replace);
    const claim = this.newClaim(agency, table, mode, stored, line);
    if (mode !== "compare") claim.importId = this.input.onClaim(claim);
    return claim;
  }

  /**
   * A file imported before, unchanged (`imported`: the agencies whose latest
   * import is this content, with the rows each brought): when each is a member
   * still holding its scores (and the `--agency` given), it is not read again
   * and its agencies are kept as they are, in rotation order. False when the
   * file must be read.
   */
  keepUnchanged(
    table: CheckedTable,
    imported: ReadonlyArray<{ code: string; rows: number }>,
  ): AgencyClaim[] | undefined {
    const kept: Array<{ agency: MemberAgency; rows: number }> = [];
    for (const { code, rows } of imported) {
      const agency = this.input.members.find((member) => member.code === code);
      if (agency === undefined || !this.input.storedCounts.has(agency.id)) return undefined;
      if (this.input.only !== undefined && agency.id !== this.input.only.id) return undefined;
      kept.push({ agency, rows });
    }
    const claims: AgencyClaim[] = [];
    for (const { agency, rows } of kept.sort((a, b) => a.agency.order - b.agency.order)) {
      const existing = this.claims.get(agency.id);
      if (existing !== undefined) {
        this.reportOtherFile(table, 0, undefined, agency, existing);
        continue;
      }
      const claim = this.newClaim(agency, table, "kept", rows, 0);
      claim.rows = rows;
      claims.push(claim);
    }
    return claims;
  }

  /**
   * The header of a table: a points column is needed; columns not used are a
   * note. False when the table cannot be read.
   */
  checkHeader(
    table: CheckedTable,
    columns: ScoreColumns,
    header: {
      cells: readonly string[];
      line: number;
      unused: readonly string[];
      pointsNames: string;
    },
  ): boolean {
    if (columns.points < 0 && columns.self < 0 && columns.checked < 0) {
      this.report(table, header.line, undefined, "scores.pointsColumn.missing", {
        names: header.pointsNames,
        header: header.cells.join(", "),
      });
      return false;
    }
    if (header.unused.length > 0) {
      this.notes.push({
        code: "scores.columns.ignored",
        params: { file: table.name, columns: header.unused.join(", ") },
      });
    }
    return true;
  }

  private newClaim(
    agency: MemberAgency,
    table: CheckedTable,
    mode: AgencyClaim["mode"],
    stored: number,
    line: number,
  ): AgencyClaim {
    const claim: AgencyClaim = {
      agency,
      index: this.memberIndex.get(agency.id) as number,
      mode,
      table: table.index,
      stored,
      rows: 0,
      baseRows: 0,
      importId: 0,
      difference: undefined,
      firstLine: line,
      conflictReported: -1,
    };
    this.claims.set(agency.id, claim);
    return claim;
  }

  private reportOtherFile(
    table: CheckedTable,
    line: number,
    column: number | undefined,
    agency: MemberAgency,
    existing: AgencyClaim,
  ): void {
    const other = this.tables[existing.table]?.name ?? "?";
    this.report(table, line, column, "scores.agency.otherFile", { code: agency.code, file: other });
  }

  /** The agency a cell names, claimed for this table; undefined after reporting a problem. */
  private agencyCell(
    text: string,
    table: CheckedTable,
    line: number,
    column: number,
  ): AgencyClaim | undefined {
    if (text === "") {
      this.report(table, line, column, "scores.agency.missing");
      return undefined;
    }
    const year = this.input.year;
    // Invisible format characters copied along with a code are not part of it.
    const cleaned = withoutFormatChars(text);
    const match = this.membersResolver.resolve(cleaned);
    if (match.kind === "ambiguous") {
      this.report(table, line, column, "scores.agency.ambiguous", {
        value: cleaned,
        codes: match.candidates.map((agency) => agency.code).join(", "),
      });
      return undefined;
    }
    if (match.kind === "unknown") {
      const other = this.everyone.resolve(cleaned);
      if (other.kind === "found") {
        this.report(table, line, column, "scores.agency.notMember", {
          code: other.agency.code,
          name: other.agency.name,
          year,
        });
      } else {
        const suggestion = match.suggestion?.code;
        this.report(
          table,
          line,
          column,
          "scores.agency.unknown",
          { value: visibleText(text), year, suggestion: "" },
          suggestion
            ? { nested: { suggestion: { code: "scores.suggest", params: { code: suggestion } } } }
            : {},
        );
      }
      return undefined;
    }
    const agency = match.agency as MemberAgency;
    const only = this.input.only;
    if (only !== undefined && agency.id !== only.id) {
      this.report(table, line, column, "scores.agency.notOption", {
        code: agency.code,
        option: only.code,
      });
      return undefined;
    }
    return this.claim(agency, table, line, column);
  }

  /* ---------------------------------------------------------------- rows */

  /**
   * Starts the rows of a table: its columns, its decimal mark, and the agency
   * of a table without an agency column (claimed at the line after the header).
   */
  beginTable(
    table: CheckedTable,
    columns: ScoreColumns,
    commaDecimal: boolean,
    fixed: MemberAgency | undefined,
    headerLine: number,
  ): void {
    this.table = table;
    this.columns = columns;
    this.commaDecimal = commaDecimal;
    this.fixed = fixed ? this.claim(fixed, table, headerLine + 1) : undefined;
    this.lastText = undefined;
    this.lastClaim = undefined;
    this.lastSlot = undefined;
    this.totals = new TotalCheck([columns.points, columns.self, columns.checked], commaDecimal);
  }

  /** Checks one row; the row to write, or undefined (a problem, a total row, or a row not to write). */
  checkRow(fields: readonly string[], line: number): CheckedRow | undefined {
    const table = this.table as CheckedTable;
    const at = this.columns as ScoreColumns;
    const criterionText = fields[at.criterion] as string;
    const slots = this.criteria.slots;
    // Sheets list the criteria in the table's order: the next one is
    // checked first, by a string comparison instead of a hash lookup.
    let slot = this.lastSlot === undefined ? undefined : slots[this.lastSlot.index + 1];
    if (slot !== undefined && criterionText === slot.code) {
      this.lastSlot = slot;
    } else {
      const match =
        criterionText === "" ? undefined : this.criteria.resolve(withoutFormatChars(criterionText));
      if (match?.kind === "found") {
        slot = match.slot;
        this.lastSlot = slot;
      } else if (isTotalRow(fields)) {
        this.checkTotal(fields, table, line);
        return undefined;
      } else {
        slot = undefined;
        const year = this.input.year;
        if (match === undefined) {
          this.report(table, line, at.criterion + 1, "scores.criterion.missing", { year });
        } else {
          this.report(
            table,
            line,
            at.criterion + 1,
            "scores.criterion.unknown",
            { value: visibleText(criterionText), year, suggestion: "" },
            match.suggestion
              ? {
                  nested: {
                    suggestion: { code: "scores.suggest", params: { code: match.suggestion } },
                  },
                }
              : {},
          );
        }
      }
    }

    let claim: AgencyClaim | undefined;
    if (at.agency < 0) {
      claim = this.fixed;
    } else {
      const text = fields[at.agency] as string;
      if (text === this.lastText) {
        claim = this.lastClaim;
      } else {
        claim = this.agencyCell(text, table, line, at.agency + 1);
        // Only a found agency is cached: a problem is reported on every row it occurs.
        this.lastText = claim === undefined ? undefined : text;
        this.lastClaim = claim;
      }
    }

    const points = at.points < 0 ? EMPTY : this.cell(fields, at.points, slot, line, "points");
    const self = at.self < 0 ? EMPTY : this.cell(fields, at.self, slot, line, "self");
    const checked = at.checked < 0 ? EMPTY : this.cell(fields, at.checked, slot, line, "checked");
    // The checked score counts where there is one (domain.md, "Scoring"); the
    // score as given is the `points` column, else the self score.
    const given = points >= 0 ? points : self >= 0 ? self : null;
    const counted = countedPoints(given, checked >= 0 ? checked : null) ?? EMPTY;
    const bad = points === BAD || self === BAD || checked === BAD;
    if (counted === EMPTY && !bad) {
      const column = [at.points, at.self, at.checked].find((index) => index >= 0) ?? 0;
      this.report(table, line, column + 1, "scores.points.empty");
    }
    (this.totals as TotalCheck).add(points, self, checked);
    if (claim === undefined || slot === undefined) return undefined;
    const pair = this.pairs.pair(claim.index, slot.index);
    if (!this.pairs.add(pair)) {
      this.reportDuplicate(table, line, at.criterion + 1, pair, claim, slot);
      return undefined;
    }
    if (counted < 0 || bad) return undefined;
    claim.rows++;
    if (slot.kind === "base") claim.baseRows++;
    const row = this.row;
    row.claim = claim;
    row.criterionId = (this.input.criteria[slot.index] as TableCriterion).id;
    row.points = counted;
    row.selfPoints = self >= 0 ? self : null;
    row.checkedPoints = checked >= 0 ? checked : null;
    row.note = at.note < 0 ? null : (fields[at.note] as string) || null;
    row.comment = at.comment < 0 ? null : (fields[at.comment] as string) || null;
    row.explanation = at.explanation < 0 ? null : (fields[at.explanation] as string) || null;
    if (claim.mode === "compare") {
      if (claim.difference === undefined) this.compare(claim, slot, row, line, at.criterion + 1);
      row.write = false;
    } else {
      row.write = this.problems.size === 0;
    }
    return row;
  }

  /** A number cell: its value, EMPTY, or BAD (the problem reported). */
  private cell(
    fields: readonly string[],
    index: number,
    slot: CriterionSlot | undefined,
    line: number,
    which: "points" | "self" | "checked",
  ): number {
    const text = fields[index] as string;
    if (text === "") return EMPTY;
    let value = fastNumber(text, true);
    // `1.234` where the decimal mark is the comma: ambiguous, said by readNumberCell.
    if (
      Number.isNaN(value) ||
      (this.commaDecimal && text.length >= 5 && text.charCodeAt(text.length - 4) === 46)
    ) {
      const result = readNumberCell(text, this.commaDecimal);
      if (!result.ok) {
        if (result.problem === "empty") return EMPTY;
        this.reportNumber(result.problem, text, index, line, which, slot);
        return BAD;
      }
      value = result.value;
    }
    if (slot !== undefined && toMilli(value) > slot.maxMilli) {
      this.report(
        this.table as CheckedTable,
        line,
        index + 1,
        "scores.points.overMax",
        { value: text, criterion: slot.code },
        {
          nested: { column: { code: `scores.column.${which}` } },
          numbers: { max: slot.maxPoints },
        },
      );
      return BAD;
    }
    return value;
  }

  private reportNumber(
    problem: "negative" | "decimal-comma" | "ambiguous" | "invalid",
    text: string,
    index: number,
    line: number,
    which: "points" | "self" | "checked",
    slot: CriterionSlot | undefined,
  ): void {
    const table = this.table as CheckedTable;
    const nested = { column: { code: `scores.column.${which}` } };
    let code: string;
    let params: ProblemParams;
    if (problem === "negative") {
      const positive = text.trim().replace(/^-\s*/, "");
      code = slot?.kind === "penalty" ? "scores.points.negativePenalty" : "scores.points.negative";
      params =
        slot?.kind === "penalty"
          ? { value: text, criterion: slot.code, positive }
          : { value: text };
    } else if (problem === "decimal-comma") {
      code = "scores.points.decimalComma";
      params = { value: text, fixed: text.trim().replace(",", ".") };
    } else if (problem === "ambiguous") {
      const value = text.trim();
      code = "scores.points.ambiguous";
      params = { value: visibleText(value), point: value, thousands: value.replace(/\./g, "") };
    } else {
      code = "scores.points.invalid";
      params = { value: visibleText(text), example: this.commaDecimal ? "9,5" : "9.5" };
    }
    this.report(table, line, index + 1, code, params, { nested });
  }

  /** "Tổng cộng" at the foot of the table, as every office writes it: checked, not stored. */
  private checkTotal(fields: readonly string[], table: CheckedTable, line: number): void {
    const at = this.columns as ScoreColumns;
    for (const found of (this.totals as TotalCheck).check(fields)) {
      const which =
        found.index === at.points ? "points" : found.index === at.self ? "self" : "checked";
      this.notes.push({
        code: "sheet.total.differs",
        nested: { column: { code: `scores.column.${which}` } },
        numbers: { given: found.given, computed: found.computed },
        location: table.locate(line, found.index + 1),
      });
    }
  }

  private reportDuplicate(
    table: CheckedTable,
    line: number,
    column: number,
    pair: number,
    claim: AgencyClaim,
    slot: CriterionSlot,
  ): void {
    const item = this.report(table, line, column, "scores.duplicate", {
      agency: claim.agency.code,
      criterion: slot.code,
      first: "?",
    });
    if (item) this.duplicates.push({ problem: item, pair, table: table.index });
  }

  /* ------------------------------------------------------ duplicates */

  /** The pairs whose first occurrence is still to be named (empty: no second reading needed). */
  get pendingDuplicates(): number {
    return this.duplicates.length;
  }

  /**
   * The pair of a row read again (to find where a duplicate first occurred),
   * or undefined when the row names no member or no criterion.
   */
  pairOfRow(
    fields: readonly string[],
    columns: Pick<ScoreColumns, "agency" | "criterion">,
    fixed: AgencyClaim | undefined,
  ): number | undefined {
    let index: number | undefined;
    if (fixed) index = fixed.index;
    else {
      const match = this.membersResolver.resolve(fields[columns.agency] as string);
      const only = this.input.only;
      if (
        match.kind === "found" &&
        (only === undefined || (match.agency as MemberAgency).id === only.id)
      ) {
        index = this.memberIndex.get((match.agency as MemberAgency).id);
      }
    }
    const criterion = this.criteria.resolve(fields[columns.criterion] as string);
    if (index === undefined || criterion.kind !== "found") return undefined;
    return this.pairs.pair(index, criterion.slot.index);
  }

  /** The pairs of the duplicates reported. */
  duplicatePairs(): Set<number> {
    return new Set(this.duplicates.map((duplicate) => duplicate.pair));
  }

  /**
   * Names where each duplicate first occurred: `line 12` in the same CSV
   * file, else the place (`scores/STP.csv:12`, `SYT.xlsx:Điểm!C14`) as given.
   */
  nameFirstOccurrences(
    found: ReadonlyMap<number, { table: number; line: number }>,
    place: (table: number, line: number) => string,
  ): void {
    for (const duplicate of this.duplicates) {
      const first = found.get(duplicate.pair);
      if (first === undefined) continue;
      const params = duplicate.problem.params as ProblemParams;
      if (first.table === duplicate.table && !(this.tables[first.table]?.workbook ?? false)) {
        duplicate.problem.nested = { first: { code: "scores.line", params: { line: first.line } } };
      } else {
        params.first = place(first.table, first.line);
      }
    }
  }

  /* --------------------------------------------------------- reconcile */

  private compare(
    claim: AgencyClaim,
    slot: CriterionSlot,
    row: CheckedRow,
    line: number,
    column: number,
  ): void {
    const stored = this.input.stored(claim.agency.id, row.criterionId);
    if (!sameScore(stored, row)) {
      claim.difference = {
        line,
        column,
        criterion: slot.code,
        stored: stored?.points,
        given: stored === undefined || stored.points !== row.points ? row.points : undefined,
      };
    }
  }

  /** Agencies whose stored scores differ from their sheet: refused without --replace. */
  reconcile(): void {
    for (const claim of this.claims.values()) {
      if (claim.mode !== "compare") continue;
      const verdict = comparedVerdict({
        agency: claim.agency.code,
        year: this.input.year,
        stored: claim.stored,
        rows: claim.rows,
        firstLine: claim.firstLine,
        difference: claim.difference,
      });
      if (verdict === undefined) continue;
      const table = this.tables[claim.table] as CheckedTable;
      this.report(
        table,
        verdict.location?.line ?? 0,
        verdict.location?.column,
        verdict.code,
        verdict.params,
        {
          ...(verdict.nested ? { nested: verdict.nested } : {}),
          ...(verdict.numbers ? { numbers: verdict.numbers } : {}),
        },
      );
    }
  }

  /**
   * A warning for an agency added or replaced without every base criterion
   * (the pair bits say which were given). A group's points are its children's
   * (criteria-tree.ts): only criteria without children are asked for.
   */
  missingBase(claim: AgencyClaim): Problem | undefined {
    if (claim.mode !== "add" && claim.mode !== "replace") return undefined;
    if (claim.baseRows >= this.baseCount) return undefined;
    const groups = new Set(this.input.criteria.map((criterion) => criterion.parent ?? ""));
    const missing = this.criteria.slots
      .filter(
        (slot) =>
          slot.kind === "base" &&
          !groups.has(slot.code) &&
          !this.pairs.has(this.pairs.pair(claim.index, slot.index)),
      )
      .map((slot) => slot.code);
    if (missing.length === 0) return undefined;
    const list = missing.length > 5 ? `${missing.slice(0, 5).join(", ")}, …` : missing.join(", ");
    return {
      code: "scores.import.missingBase",
      params: { agency: claim.agency.code, count: missing.length, list },
    };
  }
}
