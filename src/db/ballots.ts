/**
 * Ballots in the database: one `ballot` row per race of a paper ballot in a
 * round (entry 1 the first entry, entry 2 a second clerk's verification
 * entry), its marks in `ballot_choice`. Ballots carry no voter identity, ever:
 * nothing here links a ballot number to an agency that voted.
 */
import {
  type BallotMismatch,
  type BallotSheet,
  compareBallotNumbers,
  compareEntries,
} from "../core/ballot-races.js";
import type { BallotRound } from "../core/tally.js";
import type { BallotRace, Race } from "../core/types.js";
import { RACES } from "../core/types.js";
import type { Db } from "./connection.js";

export type Entry = 1 | 2;

interface MarkRow {
  round: number;
  race: Race;
  ballot: string;
  choice: string | null;
  mark: "tick" | "strike";
}

const MARKS_SQL = `SELECT b.round AS round, b.race AS race, b.ballot_no AS ballot, c.choice AS choice,
  b.mark AS mark
  FROM ballot b LEFT JOIN ballot_choice c ON c.ballot_id = b.id
  WHERE b.bloc_id = ? AND b.year = ? AND b.entry = ?`;

/** Groups rows (already in position order within a ballot) into rounds → races → ballots. */
function group(rows: readonly MarkRow[]): Map<number, BallotSheet> {
  const rounds = new Map<number, Map<Race, Map<string, string[]>>>();
  // Strike-out races (ballot.mark strike): their choices are the names struck.
  const struck = new Set<string>();
  for (const row of rows) {
    let races = rounds.get(row.round);
    if (!races) {
      races = new Map();
      rounds.set(row.round, races);
    }
    let ballots = races.get(row.race);
    if (!ballots) {
      ballots = new Map();
      races.set(row.race, ballots);
    }
    let choices = ballots.get(row.ballot);
    if (!choices) {
      choices = [];
      ballots.set(row.ballot, choices);
    }
    if (row.choice !== null) choices.push(row.choice);
    if (row.mark === "strike") struck.add(`${row.round}\u0000${row.race}\u0000${row.ballot}`);
  }
  const sheets = new Map<number, BallotSheet>();
  for (const round of [...rounds.keys()].sort((a, b) => a - b)) {
    const sheet: BallotSheet = {};
    const races = rounds.get(round);
    for (const race of RACES) {
      const ballots = races?.get(race);
      if (!ballots) continue;
      sheet[race] = [...ballots.keys()]
        .sort(compareBallotNumbers)
        .map(
          (ballot): BallotRace =>
            struck.has(`${round}\u0000${race}\u0000${ballot}`)
              ? { ballot, choices: ballots.get(ballot) ?? [], mark: "strike" }
              : { ballot, choices: ballots.get(ballot) ?? [] },
        );
    }
    sheets.set(round, sheet);
  }
  return sheets;
}

function entrySheets(db: Db, blocId: number, year: number, entry: Entry): Map<number, BallotSheet> {
  const rows = db
    .prepare(`${MARKS_SQL} ORDER BY b.id, c.position`)
    .all(blocId, year, entry) as MarkRow[];
  return group(rows);
}

/**
 * The year's ballots as the tally counts them (src/core/tally.ts): first
 * entries only, for each race its rounds in order, each round's ballots in
 * ballot-number order, each ballot's marks in the order written. A race with
 * no mark is an empty list (blank).
 */
export function loadBallots(
  db: Db,
  blocId: number,
  year: number,
): Partial<Record<Race, BallotRound[]>> {
  const result: Partial<Record<Race, BallotRound[]>> = {};
  for (const [round, sheet] of entrySheets(db, blocId, year, 1)) {
    for (const race of RACES) {
      const ballots = sheet[race];
      if (!ballots) continue;
      const rounds = result[race] ?? [];
      rounds.push({ round, ballots });
      result[race] = rounds;
    }
  }
  return result;
}

/** One round's ballots of one entry, per race. */
export function roundBallots(
  db: Db,
  blocId: number,
  year: number,
  round: number,
  entry: Entry = 1,
): BallotSheet {
  const rows = db
    .prepare(`${MARKS_SQL} AND b.round = ? ORDER BY b.id, c.position`)
    .all(blocId, year, entry, round) as MarkRow[];
  return group(rows).get(round) ?? {};
}

/** The distinct ballot numbers of a round and entry, in ballot-number order. */
export function ballotNumbers(
  db: Db,
  blocId: number,
  year: number,
  round: number,
  entry: Entry = 1,
): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT ballot_no AS ballot FROM ballot
       WHERE bloc_id = ? AND year = ? AND round = ? AND entry = ?`,
    )
    .all(blocId, year, round, entry) as Array<{ ballot: string }>;
  return rows.map((row) => row.ballot).sort(compareBallotNumbers);
}

/** The races that hold ballots in a round and entry, in ballot order. */
export function roundRaces(
  db: Db,
  blocId: number,
  year: number,
  round: number,
  entry: Entry = 1,
): Race[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT race FROM ballot WHERE bloc_id = ? AND year = ? AND round = ? AND entry = ?`,
    )
    .all(blocId, year, round, entry) as Array<{ race: Race }>;
  const present = new Set(rows.map((row) => row.race));
  return RACES.filter((race) => present.has(race));
}

function insertRace(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry; importId: number | null },
  race: Race,
  entry: BallotRace,
): void {
  const ballot = db
    .prepare(
      `INSERT INTO ballot (bloc_id, year, round, race, ballot_no, entry, import_id, mark)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      target.blocId,
      target.year,
      target.round,
      race,
      entry.ballot,
      target.entry,
      target.importId,
      entry.mark ?? "tick",
    ) as { id: number };
  const choice = db.prepare(
    "INSERT INTO ballot_choice (ballot_id, position, choice) VALUES (?, ?, ?)",
  );
  entry.choices.forEach((code, index) => {
    choice.run(ballot.id, index + 1, code);
  });
}

/**
 * Puts the sheet's races in place for a round and entry: each race named in
 * the sheet loses its stored ballots and gets the sheet's; other races stay.
 * The caller runs this inside its transaction.
 */
export function replaceRaces(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry; importId: number | null },
  sheet: BallotSheet,
): void {
  const remove = db.prepare(
    "DELETE FROM ballot WHERE bloc_id = ? AND year = ? AND round = ? AND entry = ? AND race = ?",
  );
  for (const race of RACES) {
    const ballots = sheet[race];
    if (!ballots) continue;
    remove.run(target.blocId, target.year, target.round, target.entry, race);
    for (const entry of ballots) insertRace(db, target, race, entry);
  }
}

/** Stores one paper ballot (every race on it), as typed at `tdkt ballots enter`. */
export function saveBallot(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry },
  ballot: string,
  races: Partial<Record<Race, readonly string[]>>,
  mark: "tick" | "strike" = "tick",
): void {
  for (const race of RACES) {
    const choices = races[race];
    if (!choices) continue;
    insertRace(db, { ...target, importId: null }, race, {
      ballot,
      choices: [...choices],
      ...(mark === "strike" ? { mark } : {}),
    });
  }
}

/** Removes one paper ballot (every race of it) from a round and entry; returns the rows removed. */
export function deleteBallot(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry },
  ballot: string,
): number {
  return db
    .prepare(
      `DELETE FROM ballot
       WHERE bloc_id = ? AND year = ? AND round = ? AND entry = ? AND ballot_no = ?`,
    )
    .run(target.blocId, target.year, target.round, target.entry, ballot).changes;
}

/* ------------------------------------------------------------ verification */

export interface RoundVerification {
  round: number;
  /** Paper ballots of the first entry. */
  first: number;
  /** Paper ballots of the second (verification) entry. */
  second: number;
  mismatched: BallotMismatch[];
  /** First-entry ballots not entered a second time. */
  unverified: string[];
  /** Second-entry ballots the first entry does not have. */
  extra: string[];
}

export interface VerificationStatus {
  /**
   * `none`: no second entry at all (double entry not used); `verified`: every
   * ballot of every round entered twice alike; `partial`: some ballots not yet
   * entered twice; `mismatch`: some ballots entered twice differ (or a second
   * entry has a ballot the first has not).
   */
  state: "none" | "verified" | "partial" | "mismatch";
  rounds: RoundVerification[];
  mismatched: number;
  unverified: number;
}

/**
 * Whether the year's ballots were entered twice alike (`tdkt ballots enter
 * --verify`, `tdkt ballots import --verify`). The tally warns on `partial`
 * and `mismatch`.
 */
export function verificationStatus(db: Db, blocId: number, year: number): VerificationStatus {
  const first = entrySheets(db, blocId, year, 1);
  const second = entrySheets(db, blocId, year, 2);
  const rounds: RoundVerification[] = [];
  const numbers = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => a - b);
  const count = (sheet: BallotSheet | undefined) => {
    const set = new Set<string>();
    for (const race of RACES) for (const entry of sheet?.[race] ?? []) set.add(entry.ballot);
    return set.size;
  };
  for (const round of numbers) {
    const a = first.get(round) ?? {};
    const b = second.get(round) ?? {};
    const comparison = compareEntries(a, b);
    rounds.push({ round, first: count(a), second: count(b), ...comparison });
  }
  const mismatched = rounds.reduce((sum, r) => sum + r.mismatched.length + r.extra.length, 0);
  const unverified = rounds.reduce((sum, r) => sum + r.unverified.length, 0);
  const state: VerificationStatus["state"] =
    second.size === 0
      ? "none"
      : mismatched > 0
        ? "mismatch"
        : unverified > 0
          ? "partial"
          : "verified";
  return { state, rounds, mismatched, unverified };
}

/* ------------------------------------------------------------ one ballot */

/** The marks of one paper ballot, race by race. */
export type BallotMarks = Partial<Record<Race, string[]>>;

export interface StoredBallot {
  ballot: string;
  races: BallotMarks;
}

/**
 * The paper ballots of a round and entry, in ballot-number order, each with
 * its races (marks in the order written), for `tdkt ballots list`.
 */
export function listBallots(
  db: Db,
  blocId: number,
  year: number,
  round: number,
  entry: Entry = 1,
): StoredBallot[] {
  const sheet = roundBallots(db, blocId, year, round, entry);
  const byNumber = new Map<string, BallotMarks>();
  for (const race of RACES) {
    for (const paper of sheet[race] ?? []) {
      const races = byNumber.get(paper.ballot) ?? {};
      races[race] = [...paper.choices];
      byNumber.set(paper.ballot, races);
    }
  }
  return [...byNumber.keys()]
    .sort(compareBallotNumbers)
    .map((ballot) => ({ ballot, races: byNumber.get(ballot) ?? {} }));
}

/** One paper ballot of a round and entry; undefined when it was not entered. */
export function getBallot(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry },
  ballot: string,
): BallotMarks | undefined {
  const rows = db
    .prepare(
      `SELECT b.race AS race, c.choice AS choice
       FROM ballot b LEFT JOIN ballot_choice c ON c.ballot_id = b.id
       WHERE b.bloc_id = ? AND b.year = ? AND b.round = ? AND b.entry = ? AND b.ballot_no = ?
       ORDER BY b.id, c.position`,
    )
    .all(target.blocId, target.year, target.round, target.entry, ballot) as Array<{
    race: Race;
    choice: string | null;
  }>;
  if (rows.length === 0) return undefined;
  const marks: BallotMarks = {};
  for (const row of rows) {
    const list = marks[row.race] ?? [];
    if (row.choice !== null) list.push(row.choice);
    marks[row.race] = list;
  }
  return marks;
}

/**
 * Puts one paper ballot in place of what is stored under its number (a
 * correction typed at `tdkt ballots enter`). The caller runs this inside its
 * transaction.
 */
export function replaceBallot(
  db: Db,
  target: { blocId: number; year: number; round: number; entry: Entry },
  ballot: string,
  races: Partial<Record<Race, readonly string[]>>,
  mark: "tick" | "strike" = "tick",
): void {
  deleteBallot(db, target, ballot);
  saveBallot(db, target, ballot, races, mark);
}
