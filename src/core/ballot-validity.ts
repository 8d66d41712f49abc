/**
 * Counting one round of one race: which entries are valid, invalid or blank,
 * and the votes of each agency.
 *
 * Party Decision 244-QĐ/TW Art. 32 voids only the spoiled entry: a race marked
 * wrongly on a ballot is invalid, the other races of the same ballot still
 * count. So validity is judged per race, never per paper.
 */
import { nfc } from "./text.js";
import type { BallotCounts, BallotRace } from "./types.js";

export type InvalidCause =
  | "overMarked"
  | "nonMember"
  | "duplicate"
  | "notInRunOff"
  | "blank"
  | "notNominated";

export type InvalidCauses = Record<InvalidCause, number>;

export type EntryVerdict =
  | { kind: "blank" }
  | { kind: "valid"; choices: string[] }
  | { kind: "invalid"; cause: InvalidCause };

export interface EntryLimits {
  /** The most agencies one entry may name: the race's seats, or the seats still open in a run-off. */
  seats: number;
  /** Codes of the member agencies (NFC). */
  members: ReadonlySet<string>;
  /** In a run-off: the only agencies that may be named; null in a first round. */
  runOff: ReadonlySet<string> | null;
  /** The race's shortlist for the round (`tdkt nominees`); null or absent: every member. */
  shortlist?: ReadonlySet<string> | null;
  /** `ballot.blank invalid`: a blank race is an invalid one (some counting guides). */
  blankInvalid?: boolean;
}

/**
 * The names printed on the ballot for a race: the run-off's, else the
 * shortlist, else every member. A strike-out ballot's votes are the names
 * left on it.
 */
export function printedNames(limits: EntryLimits): string[] {
  const names = limits.runOff ?? limits.shortlist ?? limits.members;
  return [...names].sort();
}

/**
 * A strike-out entry (gạch tên) as the ticks it stands for: the printed names
 * not struck out, in printed order; or the verdict when the striking itself is
 * wrong (a name struck that is not a member, not printed, or struck twice).
 */
export function strikeToTicks(
  struck: readonly string[],
  limits: EntryLimits,
): { ticks: string[] } | { invalid: InvalidCause } {
  const marks = struck.map((name) => nfc(name.trim())).filter((name) => name !== "");
  if (marks.some((name) => !limits.members.has(name))) return { invalid: "nonMember" };
  if (new Set(marks).size !== marks.length) return { invalid: "duplicate" };
  const printed = printedNames(limits);
  const printedSet = new Set(printed);
  if (marks.some((name) => !printedSet.has(name))) {
    return { invalid: limits.runOff ? "notInRunOff" : "notNominated" };
  }
  const gone = new Set(marks);
  return { ticks: printed.filter((name) => !gone.has(name)) };
}

export function noInvalidCauses(): InvalidCauses {
  return {
    overMarked: 0,
    nonMember: 0,
    duplicate: 0,
    notInRunOff: 0,
    blank: 0,
    notNominated: 0,
  };
}

/**
 * The verdict on one race of one ballot. An empty race is blank: valid, with
 * no votes. When an entry is wrong in several ways one cause is counted, the
 * first of: over-marked, non-member, duplicate, not in the run-off.
 */
export function judgeEntry(
  choices: readonly string[],
  limits: EntryLimits,
  mark: "tick" | "strike" = "tick",
): EntryVerdict {
  let written: readonly string[] = choices;
  if (mark === "strike") {
    const converted = strikeToTicks(choices, limits);
    if ("invalid" in converted) return { kind: "invalid", cause: converted.invalid };
    written = converted.ticks;
  }
  const marks = written.map((choice) => nfc(choice.trim())).filter((choice) => choice !== "");
  if (marks.length === 0) {
    return limits.blankInvalid ? { kind: "invalid", cause: "blank" } : { kind: "blank" };
  }
  if (marks.length > limits.seats) return { kind: "invalid", cause: "overMarked" };
  if (marks.some((mark) => !limits.members.has(mark))) {
    return { kind: "invalid", cause: "nonMember" };
  }
  if (new Set(marks).size !== marks.length) return { kind: "invalid", cause: "duplicate" };
  const runOff = limits.runOff;
  if (runOff && marks.some((mark) => !runOff.has(mark))) {
    return { kind: "invalid", cause: "notInRunOff" };
  }
  // A vote off the shortlist makes that race of the ballot invalid.
  const shortlist = limits.shortlist;
  if (shortlist && marks.some((mark) => !shortlist.has(mark))) {
    return { kind: "invalid", cause: "notNominated" };
  }
  return { kind: "valid", choices: marks };
}

export interface RoundCount {
  ballots: BallotCounts;
  invalidCauses: InvalidCauses;
  /** Votes per agency code, only agencies with at least one vote. */
  votes: Map<string, number>;
}

/**
 * Counts the entries of one race in one round. `issued` is the number of
 * agencies present; the caller has checked that no more were returned.
 */
export function countRound(
  entries: readonly BallotRace[],
  issued: number,
  limits: EntryLimits,
): RoundCount {
  const invalidCauses = noInvalidCauses();
  const votes = new Map<string, number>();
  let valid = 0;
  let invalid = 0;
  let blank = 0;
  for (const entry of entries) {
    const verdict = judgeEntry(entry.choices, limits, entry.mark);
    switch (verdict.kind) {
      case "blank":
        valid += 1;
        blank += 1;
        break;
      case "invalid":
        invalid += 1;
        invalidCauses[verdict.cause] += 1;
        break;
      case "valid":
        valid += 1;
        for (const choice of verdict.choices) votes.set(choice, (votes.get(choice) ?? 0) + 1);
        break;
    }
  }
  return {
    ballots: { returned: entries.length, valid, invalid, blank, issued },
    invalidCauses,
    votes,
  };
}
