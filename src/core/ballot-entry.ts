/**
 * Typing a paper ballot at the conference table, as pure rules: what a line
 * typed for one race means, which races and candidates a round offers, and
 * whether another entry session is still alive. Plain data in and out; the
 * prompts live in src/io/ballot-entry-screen.ts.
 *
 * A race is typed as the numbers (the order printed on the paper ballot, the
 * bloc's rotation order) or the codes of the marked agencies, separated by
 * spaces or commas: `3 7`, `STP TGSC`, `10` (agency 10, never agency 1 then
 * 0). An empty line is a blank race. There is no key that marks every agency:
 * each mark is typed.
 */
import { agencyResolver } from "./agency-lookup.js";
import type { Problem } from "./problem.js";
import { problem } from "./problem.js";
import { isAwardRace, type Rules, racesOf } from "./rules.js";
import type { Agency, Race, TallyReport } from "./types.js";
import { RACES } from "./types.js";

/**
 * The races of a first round's paper ballot. Under rotation next year's
 * leaders need no ballot (domain.md, "Leaders"). The one place that says which
 * races a ballot holds, so that a race added by a regulation is added here.
 */
export function entryRaces(rules: Rules, seats: Readonly<Record<Race, number>>): Race[] {
  // The regulation's races that are held this year (seats 0: not held); only
  // leaders that are voted for need a ballot (leaders.mode, cli-contract.md).
  return racesOf(rules).filter(
    (race) => seats[race] > 0 && (isAwardRace(rules, race) || rules.leadersMode === "vote"),
  );
}

export type RaceLine =
  | { kind: "marks"; codes: string[] }
  | { kind: "problems"; problems: Problem[] };

/**
 * Reads one typed race. `candidates` are in the order printed on the paper;
 * a number is a 1-based position in that list, anything else a code (or
 * short name) of one of them. Marks are kept in the order typed and as typed:
 * an over-marked race or one agency typed twice is stored so, and the tally
 * counts that race invalid (Party Decision 244-QĐ/TW Art. 32).
 */
export function readRaceLine(line: string, candidates: readonly Agency[]): RaceLine {
  const tokens = line
    .normalize("NFC")
    .split(/[\s,;]+/)
    .filter((token) => token !== "");
  const resolver = agencyResolver(candidates);
  const codes: string[] = [];
  const problems: Problem[] = [];
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      const index = Number(token);
      const agency = candidates[index - 1];
      if (agency && index >= 1) codes.push(agency.code);
      else problems.push(problem("entry.token.number", { value: token, count: candidates.length }));
      continue;
    }
    const match = resolver.resolve(token);
    if (match.kind === "found") codes.push(match.agency.code);
    else if (match.kind === "ambiguous") {
      problems.push(
        problem("entry.token.ambiguous", {
          value: token,
          codes: match.candidates.map((agency) => agency.code).join(", "),
        }),
      );
    } else {
      problems.push(
        match.suggestion
          ? problem("entry.token.unknownNear", { value: token, code: match.suggestion.code })
          : problem("entry.token.unknown", { value: token }),
      );
    }
  }
  return problems.length > 0 ? { kind: "problems", problems } : { kind: "marks", codes };
}

/** The line that types `codes` back (for correcting a stored ballot): their numbers on the paper. */
export function raceLineOf(codes: readonly string[], candidates: readonly Agency[]): string {
  return codes
    .map((code) => {
      const index = candidates.findIndex((agency) => agency.code === code);
      return index >= 0 ? String(index + 1) : code;
    })
    .join(" ");
}

/** A command typed instead of a race: `/xem 3`, `/sua 3`, `/xoa 3`, `/ds`, `/xong`, `<`, `/?`. */
export type EntryCommand =
  | { kind: "show" | "correct" | "delete"; ballot: string }
  | { kind: "list" | "done" | "back" | "help" }
  | { kind: "bad"; problem: Problem };

const COMMAND_NAMES: Record<string, "show" | "correct" | "delete" | "list" | "done" | "help"> = {
  xem: "show",
  show: "show",
  sua: "correct",
  sửa: "correct",
  fix: "correct",
  xoa: "delete",
  xóa: "delete",
  del: "delete",
  ds: "list",
  list: "list",
  xong: "done",
  done: "done",
  "?": "help",
};

/** The command of a line, or undefined when the line is a race. */
export function readCommand(line: string): EntryCommand | undefined {
  const text = line.normalize("NFC").trim();
  if (text === "<") return { kind: "back" };
  if (!text.startsWith("/")) return undefined;
  const [name = "", argument, ...rest] = text.slice(1).trim().split(/\s+/);
  const kind = COMMAND_NAMES[name.toLowerCase()];
  if (kind === undefined)
    return { kind: "bad", problem: problem("entry.command.unknown", { value: text }) };
  if (kind === "show" || kind === "correct" || kind === "delete") {
    if (argument === undefined || rest.length > 0) {
      return { kind: "bad", problem: problem("entry.command.needsBallot", { value: text }) };
    }
    return { kind, ballot: argument.replace(/^0+(?=\d)/, "") };
  }
  if (argument !== undefined) {
    return { kind: "bad", problem: problem("entry.command.unknown", { value: text }) };
  }
  return { kind };
}

export interface RunOffOffer {
  /** The races still open after the previous round, in ballot order. */
  races: Race[];
  /** For each open race, the agencies tied across the last seat (the run-off's only candidates). */
  tied: Partial<Record<Race, string[]>>;
}

/**
 * What a run-off round offers, from the stored tally: the races whose latest
 * round is the previous one and ended in a tie, each with its tied agencies
 * (domain.md: candidates still equal across the last seat leave it open for a
 * run-off among exactly those). Undefined when the tally does not reach the
 * previous round (it must be counted first).
 */
export function runOffOffer(report: TallyReport, previousRound: number): RunOffOffer | undefined {
  // A race's tally is its latest round, the earlier ones under previousRounds.
  const atRound = report.races.flatMap((race) =>
    [race, ...(race.previousRounds ?? [])].filter((entry) => entry.round === previousRound),
  );
  if (atRound.length === 0) return undefined;
  const races: Race[] = [];
  const tied: Partial<Record<Race, string[]>> = {};
  for (const race of RACES) {
    const tally = atRound.find((entry) => entry.race === race);
    if (!tally?.tie) continue;
    races.push(race);
    tied[race] = [...tally.tie.agencies];
  }
  return { races, tied };
}

export interface EntryLock {
  pid: number;
  host: string;
  heartbeatAt: number;
}

/** A session that has not said it is alive for this long is taken as crashed. */
export const LOCK_STALE_MS = 30_000;
/** How often a live session says it is alive. */
export const LOCK_HEARTBEAT_MS = 5_000;

/**
 * Whether another entry session is still typing ballots: its heartbeat is
 * recent and, on this machine, its process exists. A crashed session (killed,
 * power cut) therefore blocks no one for more than LOCK_STALE_MS, and on the
 * same machine not at all.
 */
export function lockIsLive(
  lock: EntryLock,
  now: number,
  host: string,
  processExists: (pid: number) => boolean,
): boolean {
  if (now - lock.heartbeatAt > LOCK_STALE_MS) return false;
  if (lock.host === host && !processExists(lock.pid)) return false;
  return true;
}
