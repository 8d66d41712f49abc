/**
 * Reading ballots as people write them: race names in English or Vietnamese,
 * ballot numbers, the long form (`ballot,race,choice`, one mark a row) and the
 * matrix form (one race, one row a ballot, a column an agency) of
 * cli-contract.md "ballots import". Pure: rows in, ballots and problems out.
 *
 * A ballot is a number on a paper slip and nothing else: no column of a file
 * is ever read as the identity of a voter (secret ballot).
 *
 * Validity is not judged here. An over-marked race, or one naming the same
 * agency twice, is kept as marked, because the tally counts it invalid and
 * says so in the vote-count record (Party Decision 244-QĐ/TW Art. 32 voids
 * only the spoiled entry). What is refused here is what the file cannot mean:
 * an unknown race, a name that is no member, one number on two paper ballots.
 */

import { type AgencyResolver, agencyResolver } from "./agency-lookup.js";
import type { ProblemParams } from "./problem.js";
import { closest, compareVietnamese, headerKey, nfc } from "./text.js";
import type { Agency, BallotRace, Race } from "./types.js";
import { RACES } from "./types.js";

/** Each race of one round (or one entry of it), ballots in ballot-number order. */
export type BallotSheet = Partial<Record<Race, BallotRace[]>>;

/**
 * One problem of a file, where it is: a message code and its parameters (the
 * core renders no text); the caller turns these into `file:line:col` errors
 * with `problemText` (src/io/problem-text.ts).
 */
export interface BallotProblem {
  line?: number;
  column?: number;
  code: string;
  params?: ProblemParams;
}

/** A problem's code and parameters, spread into a BallotProblem. */
function said(code: string, params?: ProblemParams): { code: string; params?: ProblemParams } {
  return params ? { code, params } : { code };
}

/* ------------------------------------------------------------------ races */

/** Names of each race as people write them, compared by headerKey (case, accents, spaces, `_`, `-`). */
const RACE_NAMES: Record<Race, readonly string[]> = {
  govflag: [
    "govflag",
    "government flag",
    "co-thi-dua-chinh-phu",
    "cờ chính phủ",
    "cờ thi đua chính phủ",
    "cờ thi đua của chính phủ",
  ],
  flag: ["flag", "emulation flag", "co-thi-dua", "cờ", "cờ thi đua", "cờ thi đua của ubnd tỉnh"],
  certificate: [
    "certificate",
    "certificate of merit",
    "bang-khen",
    "bằng khen",
    "bằng khen của chủ tịch ubnd tỉnh",
  ],
  head: ["head", "truong-khoi", "trưởng khối", "trưởng cụm"],
  deputy: ["deputy", "pho-khoi", "phó khối", "phó cụm"],
};

const RACE_BY_KEY = new Map<string, Race>();
for (const race of RACES) {
  for (const name of RACE_NAMES[race]) RACE_BY_KEY.set(headerKey(name), race);
}

/** The race a person named: `flag`, `Cờ thi đua`, `co-thi-dua`, `BANG KHEN`…; undefined if none. */
export function parseRace(text: string): Race | undefined {
  return RACE_BY_KEY.get(headerKey(text));
}

/** The accepted names of the races, as the contract writes them, for messages. */
export function raceNamesList(): string {
  return "flag|certificate|head|deputy, co-thi-dua|bang-khen|truong-khoi|pho-khoi";
}

/** The race name closest to a misspelt one (`flg` → `flag`), for "did you mean". */
export function suggestRace(text: string): string | undefined {
  const names = new Map<string, string>();
  for (const race of RACES) {
    for (const name of RACE_NAMES[race]) names.set(headerKey(name), name);
  }
  const near = closest(headerKey(text), names.keys());
  return near === undefined ? undefined : names.get(near);
}

/* ---------------------------------------------------------- ballot numbers */

const MAX_BALLOT_LENGTH = 20;

/**
 * A ballot number as stored: trimmed, NFC; a number written with leading
 * zeros (`007`) is the same ballot as `7`. Undefined when empty or unusable.
 */
export function normalizeBallotNumber(text: string): string | undefined {
  const value = nfc(text.trim());
  if (value === "" || value.length > MAX_BALLOT_LENGTH) return undefined;
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  return /^\d+$/.test(value) ? value.replace(/^0+(?=\d)/, "") : value;
}

/** Ballot numbers in the order people count them: 1, 2, 10, then other labels by the collator. */
export function compareBallotNumbers(a: string, b: string): number {
  const aNumber = /^\d+$/.test(a);
  const bNumber = /^\d+$/.test(b);
  if (aNumber && bNumber) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  if (aNumber !== bNumber) return aNumber ? -1 : 1;
  return compareVietnamese(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The number after the highest numeric one (1 when there is none): ballots are numbered in sequence. */
export function nextBallotNumber(existing: Iterable<string>): string {
  let highest = 0n;
  for (const number of existing) {
    if (/^\d+$/.test(number)) {
      const value = BigInt(number);
      if (value > highest) highest = value;
    }
  }
  return String(highest + 1n);
}

/* ------------------------------------------------------------------ headers */

/** Header names of the ballot files (contract, "Input files"); matched by headerKey. */
export const BALLOT_COLUMNS = {
  ballot: {
    aliases: ["ballot", "ballot_no", "phiếu", "số phiếu", "phiếu số", "số tt phiếu"],
    required: true,
  },
  race: { aliases: ["race", "nội dung", "nội dung bầu"], required: true },
  choice: { aliases: ["choice", "lựa chọn", "chọn"], required: true },
} as const;

export type BallotColumn = keyof typeof BALLOT_COLUMNS;

function columnKeys(column: BallotColumn): Set<string> {
  const spec = BALLOT_COLUMNS[column];
  return new Set([column, ...spec.aliases].map(headerKey));
}

/**
 * The form of a ballot file, from its header: the long form has a race or a
 * choice column; otherwise it is the matrix form (a ballot column, then one
 * column per agency).
 */
export function detectForm(header: readonly string[]): "long" | "matrix" {
  const race = columnKeys("race");
  const choice = columnKeys("choice");
  return header.some((cell) => race.has(headerKey(cell)) || choice.has(headerKey(cell)))
    ? "long"
    : "matrix";
}

/* ---------------------------------------------------------------- agencies */

function resolveChoice(
  resolver: AgencyResolver,
  text: string,
  keepNonMembers: boolean,
): { agency: string } | { problem: { code: string; params?: ProblemParams } } {
  const match = resolver.resolve(text);
  if (match.kind === "found") return { agency: match.agency.code };
  // A paper ballot that really names a non-member is kept as written: the tally
  // then counts that race of the ballot invalid, and only that race (Party rule
  // 244-QĐ/TW Art. 32). Without the option it is taken for a typing mistake.
  if (match.kind === "unknown" && keepNonMembers) return { agency: nfc(text.trim()) };
  if (match.kind === "ambiguous") {
    return {
      problem: said("ballots.choice.ambiguous", {
        value: text,
        codes: match.candidates.map((agency) => agency.code).join(", "),
      }),
    };
  }
  return {
    problem: match.suggestion
      ? said("ballots.choice.unknownNear", {
          value: text,
          code: match.suggestion.code,
          name: match.suggestion.name,
        })
      : said("ballots.choice.unknown", { value: text }),
  };
}

/* --------------------------------------------------------------- long form */

export interface LongRow {
  line: number;
  ballot: string;
  race: string;
  choice: string;
}

export interface LongFormOptions {
  members: readonly Agency[];
  /** Keep only this race (`--race`); rows of other races are counted as skipped. */
  only?: Race | undefined;
  /** Store a choice that names no member as written (`--keep-non-members`) instead of refusing it. */
  keepNonMembers?: boolean;
  /** 1-based columns of ballot, race and choice, for error locations. */
  columns: Record<BallotColumn, number>;
}

export interface ReadResult {
  /** Ballots of each race of the file, in ballot-number order; choices in the file's order. */
  sheet: BallotSheet;
  problems: BallotProblem[];
  /** Rows left out by `only`. */
  skipped: number;
}

interface RaceMarks {
  firstLine: number;
  lastIndex: number;
  blankLine: number | undefined;
  markLine: number | undefined;
  choices: string[];
}

/**
 * Reads the long form. Every ballot number of the file has every race of the
 * file: a race it has no row for is blank. The rows of one race of one ballot
 * must stand together (rows of its other races may sit between them): when
 * another ballot's row comes between, the number was written on two papers.
 */
export function readLongForm(rows: readonly LongRow[], options: LongFormOptions): ReadResult {
  const resolver = agencyResolver(options.members);
  const problems: BallotProblem[] = [];
  const ballots = new Map<string, Map<Race, RaceMarks>>();
  const races = new Set<Race>();
  let skipped = 0;
  // Index of the first row of the current run of rows of one ballot.
  let runStart = 0;
  let previousBallot: string | undefined;

  rows.forEach((row, index) => {
    const at = (column: BallotColumn) => ({ line: row.line, column: options.columns[column] });
    const ballot = normalizeBallotNumber(row.ballot);
    if (ballot !== previousBallot || ballot === undefined) runStart = index;
    previousBallot = ballot;
    if (ballot === undefined) {
      problems.push({
        ...at("ballot"),
        ...(row.ballot.trim() === ""
          ? said("ballots.ballot.missing")
          : said("ballots.ballot.invalid", { value: row.ballot })),
      });
    }
    let race: Race | undefined;
    if (row.race.trim() === "") {
      problems.push({ ...at("race"), ...said("ballots.race.missing") });
    } else {
      race = parseRace(row.race);
      if (race === undefined) {
        const near = suggestRace(row.race);
        problems.push({
          ...at("race"),
          ...(near
            ? said("ballots.race.unknownNear", { value: row.race, near })
            : said("ballots.race.unknown", { value: row.race, names: raceNamesList() })),
        });
      }
    }
    let code: string | undefined;
    const choice = row.choice.trim();
    if (choice !== "") {
      const resolved = resolveChoice(resolver, choice, options.keepNonMembers === true);
      if ("agency" in resolved) code = resolved.agency;
      else problems.push({ ...at("choice"), ...resolved.problem });
    }
    if (ballot === undefined) return;
    let byRace = ballots.get(ballot);
    if (!byRace) {
      byRace = new Map();
      ballots.set(ballot, byRace);
    }
    if (race === undefined) return;
    if (options.only !== undefined && race !== options.only) {
      skipped += 1;
      return;
    }
    races.add(race);
    const marks = byRace.get(race);
    if (marks && marks.lastIndex < runStart) {
      problems.push({
        ...at("ballot"),
        ...said("ballots.ballot.reused", { ballot, race, first: marks.firstLine }),
      });
      return;
    }
    const entry: RaceMarks = marks ?? {
      firstLine: row.line,
      lastIndex: index,
      blankLine: undefined,
      markLine: undefined,
      choices: [],
    };
    entry.lastIndex = index;
    if (choice === "") entry.blankLine ??= row.line;
    else {
      entry.markLine ??= row.line;
      if (code !== undefined) entry.choices.push(code);
    }
    if (choice === "" ? entry.markLine !== undefined : entry.blankLine !== undefined) {
      problems.push({
        ...at("choice"),
        ...said("ballots.ballot.blankAndMarked", {
          ballot,
          race,
          blank: entry.blankLine ?? row.line,
          marked: entry.markLine ?? row.line,
        }),
      });
    }
    byRace.set(race, entry);
  });

  if (options.only !== undefined && !races.has(options.only) && rows.length > 0) {
    problems.push({ ...said("ballots.race.absent", { race: options.only }) });
  }
  const sheet: BallotSheet = {};
  const numbers = [...ballots.keys()].sort(compareBallotNumbers);
  for (const race of RACES) {
    if (!races.has(race)) continue;
    sheet[race] = numbers.map((ballot) => ({
      ballot,
      choices: [...(ballots.get(ballot)?.get(race)?.choices ?? [])],
    }));
  }
  return { sheet, problems, skipped };
}

/* ------------------------------------------------------------- matrix form */

export interface MatrixInput {
  header: readonly string[];
  headerLine: number;
  rows: ReadonlyArray<{ line: number; fields: readonly string[] }>;
}

const MARKS = new Set(["x", "X", "1"]);

/**
 * Reads the matrix form of one race: a ballot column, then one column per
 * agency (code or full name); a cell `x`, `X` or `1` is a mark, an empty cell
 * none, a row without a mark a blank race. One number on two rows is two
 * papers with one number: refused.
 */
export function readMatrixForm(
  input: MatrixInput,
  race: Race,
  members: readonly Agency[],
  keepNonMembers = false,
): ReadResult {
  const problems: BallotProblem[] = [];
  const ballotKeys = columnKeys("ballot");
  const ballotColumn = input.header.findIndex((cell) => ballotKeys.has(headerKey(cell)));
  if (ballotColumn < 0) {
    problems.push({
      line: input.headerLine,
      ...said("ballots.matrix.noBallotColumn", { header: input.header.join(", ") }),
    });
    return { sheet: {}, problems, skipped: 0 };
  }
  const resolver = agencyResolver(members);
  // The agency of each column; undefined for the ballot column and unnamed columns.
  const agencyAt: Array<string | undefined> = [];
  const columnOf = new Map<string, number>();
  input.header.forEach((cell, index) => {
    if (index === ballotColumn || cell.trim() === "") {
      agencyAt.push(undefined);
      return;
    }
    const resolved = resolveChoice(resolver, cell, keepNonMembers);
    if ("problem" in resolved) {
      problems.push({ line: input.headerLine, column: index + 1, ...resolved.problem });
      agencyAt.push(undefined);
      return;
    }
    const first = columnOf.get(resolved.agency);
    if (first !== undefined) {
      problems.push({
        line: input.headerLine,
        column: index + 1,
        ...said("ballots.matrix.columnTwice", { code: resolved.agency, first: first + 1 }),
      });
      agencyAt.push(undefined);
      return;
    }
    columnOf.set(resolved.agency, index);
    agencyAt.push(resolved.agency);
  });

  const ballots = new Map<string, string[]>();
  const lineOf = new Map<string, number>();
  for (const row of input.rows) {
    const raw = row.fields[ballotColumn] ?? "";
    const ballot = normalizeBallotNumber(raw);
    if (ballot === undefined) {
      problems.push({
        line: row.line,
        column: ballotColumn + 1,
        ...(raw.trim() === ""
          ? said("ballots.ballot.missing")
          : said("ballots.ballot.invalid", { value: raw })),
      });
    }
    const choices: string[] = [];
    row.fields.forEach((field, index) => {
      if (index === ballotColumn) return;
      const cell = field.trim();
      if (cell === "") return;
      if (!MARKS.has(cell)) {
        problems.push({
          line: row.line,
          column: index + 1,
          ...said("ballots.matrix.badMark", { value: cell }),
        });
        return;
      }
      const code = agencyAt[index];
      if (code !== undefined) choices.push(code);
      else if ((input.header[index] ?? "").trim() === "") {
        problems.push({
          line: row.line,
          column: index + 1,
          ...said("ballots.matrix.markWithoutAgency"),
        });
      }
    });
    if (ballot === undefined) continue;
    const first = lineOf.get(ballot);
    if (first !== undefined) {
      problems.push({
        line: row.line,
        column: ballotColumn + 1,
        ...said("ballots.ballot.rowTwice", { ballot, first }),
      });
      continue;
    }
    lineOf.set(ballot, row.line);
    ballots.set(ballot, choices);
  }
  const numbers = [...ballots.keys()].sort(compareBallotNumbers);
  const sheet: BallotSheet =
    numbers.length === 0
      ? {}
      : { [race]: numbers.map((ballot) => ({ ballot, choices: ballots.get(ballot) ?? [] })) };
  return { sheet, problems, skipped: 0 };
}

/* ------------------------------------------------------------- comparisons */

/** The marks of a race as a sorted list: on paper the order of the marks means nothing. */
function markKey(choices: readonly string[]): string {
  return JSON.stringify([...choices].sort());
}

/** Whether two lists of one race's ballots hold the same papers with the same marks. */
export function sameBallots(a: readonly BallotRace[], b: readonly BallotRace[]): boolean {
  if (a.length !== b.length) return false;
  const byBallot = new Map(a.map((entry) => [entry.ballot, markKey(entry.choices)]));
  return b.every((entry) => byBallot.get(entry.ballot) === markKey(entry.choices));
}

export interface RaceDifference {
  race: Race;
  /** The marks of the first entry; null when the first entry has no such race for that ballot. */
  first: string[] | null;
  second: string[] | null;
}

export interface BallotMismatch {
  ballot: string;
  races: RaceDifference[];
}

export interface EntryComparison {
  /** Ballots entered both times whose marks differ in at least one race. */
  mismatched: BallotMismatch[];
  /** Ballots of the first entry not yet entered a second time. */
  unverified: string[];
  /** Ballots of the second entry that the first does not have. */
  extra: string[];
}

/**
 * Double entry: the same paper ballots typed by two clerks. A ballot whose two
 * entries differ in any race must be looked at on paper before the tally.
 */
export function compareEntries(first: BallotSheet, second: BallotSheet): EntryComparison {
  const numbers = (sheet: BallotSheet) => {
    const set = new Set<string>();
    for (const race of RACES) for (const entry of sheet[race] ?? []) set.add(entry.ballot);
    return set;
  };
  const marks = (sheet: BallotSheet, race: Race, ballot: string) =>
    sheet[race]?.find((entry) => entry.ballot === ballot)?.choices ?? null;
  const firstNumbers = numbers(first);
  const secondNumbers = numbers(second);
  const mismatched: BallotMismatch[] = [];
  const unverified: string[] = [];
  for (const ballot of [...firstNumbers].sort(compareBallotNumbers)) {
    if (!secondNumbers.has(ballot)) {
      unverified.push(ballot);
      continue;
    }
    const races: RaceDifference[] = [];
    for (const race of RACES) {
      const a = marks(first, race, ballot);
      const b = marks(second, race, ballot);
      if (a === null && b === null) continue;
      if (a === null || b === null || markKey(a) !== markKey(b)) {
        races.push({ race, first: a && [...a], second: b && [...b] });
      }
    }
    if (races.length > 0) mismatched.push({ ballot, races });
  }
  const extra = [...secondNumbers]
    .filter((ballot) => !firstNumbers.has(ballot))
    .sort(compareBallotNumbers);
  return { mismatched, unverified, extra };
}

/* ------------------------------------------------------------------- notes */

export interface MarkingNote {
  race: Race;
  ballot: string;
  kind: "over-marked" | "duplicate";
  count: number;
  seats: number;
}

/**
 * Races that the tally will count invalid (more names than seats, one name
 * twice): stored as marked, but worth telling the person who imports them.
 */
export function markingNotes(sheet: BallotSheet, seats: Record<Race, number>): MarkingNote[] {
  const notes: MarkingNote[] = [];
  for (const race of RACES) {
    for (const entry of sheet[race] ?? []) {
      const count = entry.choices.length;
      if (count > seats[race]) {
        notes.push({ race, ballot: entry.ballot, kind: "over-marked", count, seats: seats[race] });
      } else if (new Set(entry.choices).size !== count) {
        notes.push({ race, ballot: entry.ballot, kind: "duplicate", count, seats: seats[race] });
      }
    }
  }
  return notes;
}

/** The races that hold ballots in a sheet, in ballot order. */
export function sheetRaces(sheet: BallotSheet): Race[] {
  return RACES.filter((race) => (sheet[race]?.length ?? 0) > 0);
}

/**
 * The sheet with every race marked as the paper was (`ballot.mark`): under
 * `strike` the names read are those struck out, and the tally counts the
 * names left (domain.md, "Ballots": gạch tên).
 */
export function withMark(sheet: BallotSheet, mark: "tick" | "strike"): BallotSheet {
  if (mark === "tick") return sheet;
  const marked: BallotSheet = {};
  for (const [race, entries] of Object.entries(sheet) as Array<[Race, BallotRace[]]>) {
    marked[race] = entries.map((entry) => ({ ...entry, mark: "strike" }));
  }
  return marked;
}
