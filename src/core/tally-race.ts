/**
 * Deciding one race over its rounds (domain.md, "Choosing winners in a race"):
 * keep the eligible candidates that pass the threshold, order them by votes,
 * then total score, then fewer penalty points, and fill the seats in order.
 * Candidates still equal across the last seat leave it open for a run-off
 * among exactly them; lots are never drawn and nothing hidden decides.
 */
import { countRound, type EntryLimits } from "./ballot-validity.js";
import {
  type DecisionOrder,
  type RuleKey,
  type Rules,
  raceThreshold,
  ruleDefinition,
  thresholdKey,
} from "./rules.js";
import { toMilli } from "./scoring.js";
import { joinCodes, lawReason, orDash, type Params, ruleReason, SOURCES } from "./tally-reasons.js";
import {
  minVotes,
  passesThreshold,
  percentOf,
  raceSeats,
  thresholdBaseCount,
} from "./tally-rules.js";
import { compareVietnamese, nfc } from "./text.js";
import type {
  Agency,
  AgencyTotal,
  BallotRace,
  CandidateResult,
  CandidateTally,
  Race,
  RaceTally,
  Reason,
} from "./types.js";

/** Every round imported for one race; `ballots` holds each ballot's entry for that race. */
export interface BallotRound {
  round: number;
  ballots: BallotRace[];
}

/** One candidate as the choosing order sees it. */
export interface Contender {
  agency: string;
  name: string;
  votes: number;
  /** Total score of the year; null when the agency sent no score sheet (ranks lowest). */
  score: number | null;
  penalty: number;
}

export type Tie = NonNullable<RaceTally["tie"]>;

/** Why an agency cannot win this race, though its votes are counted and shown. */
export interface Exclusion {
  result: "ineligible" | "already-awarded";
  reason: Reason;
}

/** A race that decides nothing (quorum not met, leaders by rotation): the reasons it shows. */
export interface Undecided {
  candidate: Reason;
  race: Reason;
}

export interface RaceSetup {
  race: Race;
  members: readonly Agency[];
  /** Agencies present = ballots issued. */
  present: number;
  rules: Rules;
  totals: ReadonlyMap<string, AgencyTotal>;
  excluded?: ReadonlyMap<string, Exclusion>;
  undecided?: Undecided | null;
  /** The shortlist of each round (`tdkt nominees`), by round number; absent = every member. */
  shortlists?: ReadonlyMap<number, ReadonlySet<string>>;
}

export interface RaceOutcome {
  /** The latest counted round, with the earlier ones in `previousRounds`. */
  tally: RaceTally;
  /** Everyone elected in the race over all rounds. */
  elected: string[];
  /** The tie of the latest round, if its seats stay open. */
  tie: Tie | null;
  /** Rounds imported after every seat was filled: not counted. */
  ignoredRounds: number[];
}

function scoreKey(score: number | null): number {
  return score === null ? Number.NEGATIVE_INFINITY : toMilli(score);
}

/**
 * The choosing order: more votes, then higher total score (no score sheet
 * lowest), then fewer penalty points. 0 means a true tie that only a run-off
 * can break.
 */
export function compareContenders(
  a: Contender,
  b: Contender,
  order: DecisionOrder = "votes-first",
): number {
  const scoreA = scoreKey(a.score);
  const scoreB = scoreKey(b.score);
  if (order === "score-first") {
    // Score first (Ninh Thuận; Trà Ôn 2022): total score, then votes; equal
    // on both goes to a run-off.
    if (scoreA !== scoreB) return scoreB > scoreA ? 1 : -1;
    return b.votes - a.votes;
  }
  if (a.votes !== b.votes) return b.votes - a.votes;
  if (scoreA !== scoreB) return scoreB > scoreA ? 1 : -1;
  return toMilli(a.penalty) - toMilli(b.penalty);
}

/**
 * The display order: the choosing order, then the name in Vietnamese collation,
 * then the code, so that it never depends on the order of the ballots.
 */
export function compareForDisplay(
  a: Contender,
  b: Contender,
  order: DecisionOrder = "votes-first",
): number {
  return (
    compareContenders(a, b, order) ||
    compareVietnamese(a.name, b.name) ||
    compareVietnamese(a.agency, b.agency) ||
    (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0)
  );
}

/**
 * Fills `seats` from the qualified contenders in choosing order. A group of
 * equal contenders that does not fit in the seats left stays out: those seats
 * are open and the group is the tie (never drawn by lot).
 */
export function fillSeats(
  qualified: readonly Contender[],
  seats: number,
  order: DecisionOrder = "votes-first",
): { elected: string[]; tie: Tie | null } {
  const ordered = [...qualified].sort((a, b) => compareForDisplay(a, b, order));
  const elected: string[] = [];
  let start = 0;
  while (start < ordered.length && elected.length < seats) {
    const first = ordered[start] as Contender;
    let end = start + 1;
    while (
      end < ordered.length &&
      compareContenders(first, ordered[end] as Contender, order) === 0
    ) {
      end += 1;
    }
    const group = ordered.slice(start, end);
    const open = seats - elected.length;
    if (group.length > open) {
      return {
        elected,
        tie: { agencies: group.map((c) => c.agency), votes: first.votes, seatsOpen: open },
      };
    }
    elected.push(...group.map((c) => c.agency));
    start = end;
  }
  return { elected, tie: null };
}

/** What differed between two contenders with equal votes: the score, else the penalty. */
function tieBreak(winner: Contender, loser: Contender): "score" | "penalty" {
  return scoreKey(winner.score) !== scoreKey(loser.score) ? "score" : "penalty";
}

function tieBreakParams(self: Contender, other: Contender): Params {
  return {
    votes: self.votes,
    score: orDash(self.score),
    penalty: self.penalty,
    other: other.agency,
    otherScore: orDash(other.score),
    otherPenalty: other.penalty,
  };
}

/** Counts every round of a race and decides it; the latest counted round is the result. */
export function tallyRace(setup: RaceSetup, rounds: readonly BallotRound[]): RaceOutcome {
  const { race, rules, members, present, totals } = setup;
  const excluded = setup.excluded ?? new Map<string, Exclusion>();
  const undecided = setup.undecided ?? null;
  const seats = raceSeats(race, rules, members.length);
  const threshold = raceThreshold(rules, race);
  const percentKey: RuleKey = thresholdKey(rules, race, "percentHundredths");
  // The source of the threshold that applies: the race's own rule, or the bloc-wide one.
  const thresholdSource = ruleDefinition(percentKey)?.source ?? SOURCES.threshold;
  const order = rules.order;
  const memberCodes = new Set(members.map((agency) => nfc(agency.code)));
  const byCode = new Map(members.map((agency) => [nfc(agency.code), agency]));
  const ordered = [...rounds].sort((a, b) => a.round - b.round);

  const records: RaceTally[] = [];
  const ignoredRounds: number[] = [];
  let elected: string[] = [];
  let tie: Tie | null = null;
  // Who may be named in the next round: null in a first round; the tied
  // agencies after a tie; else the same field, less those elected.
  let runOff: Set<string> | null = null;

  for (const [index, round] of ordered.entries()) {
    const open = seats - elected.length;
    if (index > 0 && !undecided && open <= 0) {
      ignoredRounds.push(round.round);
      continue;
    }
    const previousTie = tie;
    const limits: EntryLimits = {
      seats: undecided ? seats : open,
      members: memberCodes,
      runOff: undecided ? null : runOff,
      shortlist: setup.shortlists?.get(round.round) ?? null,
      blankInvalid: rules.ballot.blank === "invalid",
    };
    const counted = countRound(round.ballots, present, limits);
    const baseCount = thresholdBaseCount(threshold.base, {
      members: members.length,
      present,
      returned: counted.ballots.returned,
      valid: counted.ballots.valid,
    });
    const needed = minVotes(baseCount, threshold);
    const thresholdParams: Params = {
      base: threshold.base,
      baseCount,
      minVotes: needed,
      threshold: threshold.percentHundredths / 100,
      strict: String(threshold.strict),
    };

    // Every member with a vote; in a run-off also the tied agencies without one.
    const shown = new Set(counted.votes.keys());
    if (!undecided && previousTie) for (const agency of previousTie.agencies) shown.add(agency);
    const contenders: Contender[] = [...shown].map((agency) => {
      const total = totals.get(agency);
      return {
        agency,
        name: byCode.get(agency)?.name ?? agency,
        votes: counted.votes.get(agency) ?? 0,
        score: total ? total.total : null,
        penalty: total ? total.penalty : 0,
      };
    });
    contenders.sort((a, b) => compareForDisplay(a, b, order));

    const results = new Map<string, { result: CandidateResult; reason: Reason }>();
    let roundElected: string[] = [];
    tie = null;
    if (undecided) {
      for (const contender of contenders) {
        const exclusion = excluded.get(contender.agency);
        results.set(
          contender.agency,
          exclusion
            ? { result: exclusion.result, reason: exclusion.reason }
            : { result: "not-elected", reason: undecided.candidate },
        );
      }
    } else {
      const qualified = contenders.filter(
        (c) => !excluded.has(c.agency) && passesThreshold(c.votes, baseCount, threshold),
      );
      const filled = fillSeats(qualified, open, order);
      roundElected = filled.elected;
      tie = filled.tie;
      const won = contenders.filter((c) => roundElected.includes(c.agency));
      const tied = new Set(tie?.agencies ?? []);
      const lost = qualified.filter((c) => !roundElected.includes(c.agency));
      for (const contender of contenders) {
        const exclusion = excluded.get(contender.agency);
        const percent = percentOf(contender.votes, baseCount);
        if (exclusion) {
          results.set(contender.agency, { result: exclusion.result, reason: exclusion.reason });
        } else if (!passesThreshold(contender.votes, baseCount, threshold)) {
          results.set(contender.agency, {
            result: "below-threshold",
            reason: ruleReason("tally.reason.below-threshold", rules, percentKey, thresholdSource, {
              ...thresholdParams,
              votes: contender.votes,
              percent,
            }),
          });
        } else if (roundElected.includes(contender.agency)) {
          // Elected over an equal vote count: say what broke it.
          const beaten =
            order === "score-first"
              ? undefined
              : lost.find((other) => other.votes === contender.votes);
          results.set(contender.agency, {
            result: "elected",
            reason: beaten
              ? lawReason(
                  tieBreak(contender, beaten) === "score"
                    ? "tally.reason.elected-on-score"
                    : "tally.reason.elected-on-penalty",
                  SOURCES.choosing,
                  tieBreakParams(contender, beaten),
                )
              : order === "score-first"
                ? ruleReason("tally.reason.elected-score-first", rules, "order", SOURCES.order, {
                    ...thresholdParams,
                    votes: contender.votes,
                    percent,
                    score: orDash(contender.score),
                  })
                : ruleReason("tally.reason.elected", rules, percentKey, thresholdSource, {
                    ...thresholdParams,
                    votes: contender.votes,
                    percent,
                  }),
          });
        } else if (tied.has(contender.agency) && tie) {
          results.set(contender.agency, {
            result: "tie",
            reason: lawReason("tally.reason.tie", SOURCES.choosing, {
              agencies: joinCodes(tie.agencies),
              votes: tie.votes,
              seatsOpen: tie.seatsOpen,
            }),
          });
        } else {
          const winner =
            order === "score-first"
              ? undefined
              : [...won].reverse().find((other) => other.votes === contender.votes);
          results.set(contender.agency, {
            result: "not-elected",
            reason: winner
              ? lawReason(
                  tieBreak(winner, contender) === "score"
                    ? "tally.reason.lost-on-score"
                    : "tally.reason.lost-on-penalty",
                  SOURCES.choosing,
                  tieBreakParams(contender, winner),
                )
              : order === "score-first"
                ? ruleReason("tally.reason.lost-score-first", rules, "order", SOURCES.order, {
                    seats,
                    votes: contender.votes,
                    score: orDash(contender.score),
                  })
                : ruleReason("tally.reason.seats-filled", rules, `seats.${race}`, SOURCES.seats, {
                    seats,
                    votes: contender.votes,
                  }),
          });
        }
      }
    }

    elected = [...elected, ...roundElected];
    const candidates: CandidateTally[] = contenders.map((contender) => {
      const decided = results.get(contender.agency) as { result: CandidateResult; reason: Reason };
      return {
        agency: contender.agency,
        name: contender.name,
        votes: contender.votes,
        percent: percentOf(contender.votes, baseCount),
        score: contender.score,
        eligible: !excluded.has(contender.agency),
        result: decided.result,
        reason: decided.reason,
      };
    });
    records.push({
      race,
      round: round.round,
      seats,
      ballots: counted.ballots,
      threshold: {
        base: threshold.base,
        baseCount,
        minVotes: needed,
        percent: threshold.percentHundredths / 100,
        strict: threshold.strict,
      },
      candidates,
      elected,
      tie,
      invalidCauses: counted.invalidCauses,
      reason: raceReason(race, rules, seats, elected, tie, needed, undecided, percentKey),
    });

    if (tie) {
      runOff = new Set(tie.agencies);
    } else {
      const field: Iterable<string> = runOff ?? memberCodes;
      runOff = new Set([...field].filter((agency) => !elected.includes(agency)));
    }
  }

  const latest = records.at(-1);
  if (!latest) throw new Error(`tallyRace: no round to count for ${race}`);
  return {
    tally: { ...latest, previousRounds: records.slice(0, -1) },
    elected,
    tie: latest.tie,
    ignoredRounds,
  };
}

function raceReason(
  race: Race,
  rules: Rules,
  seats: number,
  elected: readonly string[],
  tie: Tie | null,
  needed: number,
  undecided: Undecided | null,
  percentKey: RuleKey,
): Reason {
  if (undecided) return undecided.race;
  if (tie) {
    return lawReason("tally.race.tie", SOURCES.choosing, {
      agencies: joinCodes(tie.agencies),
      votes: tie.votes,
      seatsOpen: tie.seatsOpen,
    });
  }
  if (elected.length < seats) {
    return ruleReason(
      "tally.race.seats-open",
      rules,
      percentKey,
      ruleDefinition(percentKey)?.source ?? SOURCES.threshold,
      {
        seats,
        seatsOpen: seats - elected.length,
        minVotes: needed,
        elected: joinCodes(elected),
      },
    );
  }
  return ruleReason("tally.race.decided", rules, `seats.${race}`, SOURCES.seats, {
    seats,
    elected: joinCodes(elected),
  });
}
