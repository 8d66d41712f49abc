/**
 * The ballot entry screen of `tdkt ballots enter`: one line per race, typed
 * as the numbers or codes of the marked agencies (src/core/ballot-entry.ts),
 * the names shown back at once, the ballot saved after its last race. Short
 * commands show, correct or delete any ballot by its number. It reads lines
 * through a LineReader and stores through an EntryStore, so it knows neither
 * the terminal nor the database.
 */
import { type EntryCommand, raceLineOf, readCommand, readRaceLine } from "../core/ballot-entry.js";
import type { Agency, Race } from "../core/types.js";
import { t } from "../i18n/index.js";
import type { LineReader } from "./line-reader.js";
import { problemText } from "./problem-text.js";
import { padTo } from "./table.js";

export type BallotMarks = Partial<Record<Race, string[]>>;

export interface EntryStore {
  /** The ballot numbers stored for this round and entry, in order. */
  numbers(): string[];
  get(ballot: string): BallotMarks | undefined;
  /** Stores a new ballot; throws when its number is taken or the ballots issued are all in. */
  save(ballot: string, marks: BallotMarks): void;
  /** Puts a corrected ballot in place of the stored one. */
  replace(ballot: string, marks: BallotMarks): void;
  /** Deletes a ballot; false when there was none. */
  remove(ballot: string): boolean;
  /** For the second entry: lines telling how this ballot differs from the first entry (none if alike). */
  differences(ballot: string): string[];
}

export interface EntrySetup {
  year: number;
  round: number;
  entry: 1 | 2;
  races: Race[];
  seats: Record<Race, number>;
  /** `ballot.mark`: tick (the names chosen are typed) or strike (the names struck out are typed). */
  mark: "tick" | "strike";
  /** Each race's candidates in the order printed on the paper (rotation order; a run-off: the tied). */
  candidates: Record<Race, Agency[]>;
  /** The number of the next paper ballot, or undefined when no more may be entered. */
  nextNumber(stored: readonly string[]): string | undefined;
  /** The most paper ballots this entry may hold (read afresh: a first entry may still be growing). */
  limit(): number;
}

type Say = (text: string) => void;

type Outcome = { kind: "saved" } | { kind: "done" } | { kind: "command"; command: EntryCommand };

/** Runs the screen until `/xong` or the end of input. */
export async function enterBallots(
  setup: EntrySetup,
  store: EntryStore,
  reader: LineReader,
  say: Say,
): Promise<void> {
  say(candidateList(setup));
  say(t("entry.keys"));
  for (;;) {
    const stored = store.numbers();
    const next = setup.nextNumber(stored);
    let outcome: Outcome;
    if (next === undefined) {
      say(t("entry.full", { issued: setup.limit() }));
      const line = await reader.read(t("entry.prompt.command"));
      if (line === null) return;
      const command = readCommand(line);
      if (command === undefined) {
        if (line.trim() !== "") say(t("entry.full.commandsOnly"));
        continue;
      }
      outcome = { kind: "command", command };
    } else {
      outcome = await typeBallot(setup, store, reader, say, next, undefined);
    }
    if (outcome.kind === "done") return;
    if (outcome.kind === "command") {
      const finished = await runCommand(setup, store, reader, say, outcome.command);
      if (finished) return;
    }
  }
}

/**
 * Types one ballot, race by race; `before` holds the stored marks when it is a
 * correction (each race's line then stands typed, to keep with Enter).
 */
async function typeBallot(
  setup: EntrySetup,
  store: EntryStore,
  reader: LineReader,
  say: Say,
  ballot: string,
  before: BallotMarks | undefined,
): Promise<Outcome> {
  const marks: BallotMarks = {};
  let index = 0;
  while (index < setup.races.length) {
    const race = setup.races[index] as Race;
    const candidates = setup.candidates[race];
    const prompt = t(
      setup.mark === "strike"
        ? before
          ? "entry.prompt.correctStrike"
          : "entry.prompt.strike"
        : before
          ? "entry.prompt.correct"
          : "entry.prompt.race",
      {
        ballot,
        race: t("ballots.raceName", { race }),
        seats: setup.seats[race],
      },
    );
    const prefill =
      marks[race] !== undefined
        ? raceLineOf(marks[race], candidates)
        : before?.[race] !== undefined
          ? raceLineOf(before[race], candidates)
          : undefined;
    const line = await reader.read(prompt, prefill);
    if (line === null) {
      if (index > 0) say(t("entry.unsaved", { ballot }));
      return { kind: "done" };
    }
    const command = readCommand(line);
    if (command !== undefined) {
      if (command.kind === "back") {
        if (index > 0) index -= 1;
        else say(t("entry.back.first"));
        continue;
      }
      if (command.kind === "help") {
        say(t("entry.keys"));
        continue;
      }
      if (command.kind === "bad") {
        say(`  ${problemText(command.problem)}`);
        continue;
      }
      // Other commands leave the ballot being typed: only before its first race is typed,
      // so that nothing typed is lost without a word.
      if (index > 0 || before !== undefined) {
        if (command.kind === "done") {
          say(t("entry.unsaved", { ballot }));
          return { kind: "done" };
        }
        say(t("entry.finishFirst", { ballot }));
        continue;
      }
      return { kind: "command", command };
    }
    const read = readRaceLine(line, candidates);
    if (read.kind === "problems") {
      for (const item of read.problems) say(`  ${problemText(item)}`);
      continue;
    }
    marks[race] = read.codes;
    say(`  → ${marksText(read.codes, candidates)}`);
    // Struck out (gạch tên): the names left are the votes (domain.md, "Ballots").
    const votes =
      setup.mark === "strike" ? candidates.length - new Set(read.codes).size : read.codes.length;
    if (votes > setup.seats[race]) {
      say(`  ${t("entry.overMarked", { count: votes, seats: setup.seats[race] })}`);
    } else if (new Set(read.codes).size !== read.codes.length) {
      say(`  ${t("entry.duplicate")}`);
    }
    index += 1;
  }
  if (before) {
    store.replace(ballot, marks);
    say(t("entry.corrected", { ballot }));
  } else {
    store.save(ballot, marks);
    say(t("entry.saved", { ballot, count: store.numbers().length, issued: setup.limit() }));
  }
  if (setup.entry === 2) for (const line of store.differences(ballot)) say(`  ${line}`);
  return { kind: "saved" };
}

/** Runs a command; true when the session ends. */
async function runCommand(
  setup: EntrySetup,
  store: EntryStore,
  reader: LineReader,
  say: Say,
  command: EntryCommand,
): Promise<boolean> {
  switch (command.kind) {
    case "done":
      return true;
    case "help":
      say(t("entry.keys"));
      return false;
    case "back":
      say(t("entry.back.first"));
      return false;
    case "bad":
      say(`  ${problemText(command.problem)}`);
      return false;
    case "list": {
      const numbers = store.numbers();
      if (numbers.length === 0) say(t("entry.list.none"));
      for (const ballot of numbers) say(ballotLine(setup, ballot, store.get(ballot) ?? {}));
      return false;
    }
    case "show": {
      const marks = store.get(command.ballot);
      if (!marks) say(t("entry.notFound", { ballot: command.ballot }));
      else say(ballotBlock(setup, command.ballot, marks));
      return false;
    }
    case "delete": {
      if (!store.get(command.ballot)) {
        say(t("entry.notFound", { ballot: command.ballot }));
        return false;
      }
      say(ballotBlock(setup, command.ballot, store.get(command.ballot) ?? {}));
      const answer = await reader.read(t("entry.delete.confirm", { ballot: command.ballot }));
      if (answer !== null && /^(c|có|co|y|yes)$/i.test(answer.trim())) {
        store.remove(command.ballot);
        say(t("entry.deleted", { ballot: command.ballot }));
      } else say(t("entry.delete.kept", { ballot: command.ballot }));
      return false;
    }
    case "correct": {
      const marks = store.get(command.ballot);
      if (!marks) {
        say(t("entry.notFound", { ballot: command.ballot }));
        return false;
      }
      say(t("entry.correct.start", { ballot: command.ballot }));
      const outcome = await typeBallot(setup, store, reader, say, command.ballot, marks);
      return outcome.kind === "done";
    }
  }
}

/** The numbered list of the paper ballot, printed once at the start (per race when they differ). */
export function candidateList(setup: EntrySetup): string {
  const lists = new Map<string, { races: Race[]; candidates: Agency[] }>();
  for (const race of setup.races) {
    const candidates = setup.candidates[race];
    const key = candidates.map((agency) => agency.code).join("\u0000");
    const found = lists.get(key);
    if (found) found.races.push(race);
    else lists.set(key, { races: [race], candidates });
  }
  const lines: string[] = [];
  for (const { races, candidates } of lists.values()) {
    lines.push(
      t("entry.list.title", {
        races: races.map((race) => t("ballots.raceName", { race })).join(", "),
      }),
    );
    const width = String(candidates.length).length;
    const codeWidth = Math.max(...candidates.map((agency) => agency.code.length));
    for (const [index, agency] of candidates.entries()) {
      lines.push(
        `  ${padTo(String(index + 1), width, "right")}  ${padTo(agency.code, codeWidth)}  ${agency.name}`,
      );
    }
  }
  return lines.join("\n");
}

function marksText(codes: readonly string[], candidates: readonly Agency[]): string {
  if (codes.length === 0) return t("ballots.blank");
  return codes
    .map((code) => {
      const agency = candidates.find((candidate) => candidate.code === code);
      return agency ? `${agency.name} (${code})` : code;
    })
    .join("; ");
}

function ballotLine(setup: EntrySetup, ballot: string, marks: BallotMarks): string {
  const races = setup.races
    .filter((race) => marks[race] !== undefined)
    .map((race) => {
      const codes = marks[race] ?? [];
      return `${t("ballots.raceName", { race })}: ${codes.length === 0 ? t("ballots.blank") : codes.join(", ")}`;
    });
  return `  ${t("entry.ballotLabel", { ballot })}  ${races.join(" · ")}`;
}

function ballotBlock(setup: EntrySetup, ballot: string, marks: BallotMarks): string {
  const lines = [t("entry.ballotLabel", { ballot })];
  for (const race of setup.races) {
    const codes = marks[race];
    if (codes === undefined) continue;
    lines.push(`  ${t("ballots.raceName", { race })}: ${marksText(codes, setup.candidates[race])}`);
  }
  return lines.join("\n");
}
