/**
 * `tdkt tally`: counts a year's secret ballot and decides every race, the
 * awards and next year's leaders (domain.md, "Ballots" to "Head and deputy";
 * cli-contract.md, "tdkt tally YEAR --json"). Pure: plain data in, a report out.
 *
 * The order of work follows the conference: quorum first (below it nothing is
 * decided, though every race is still counted and shown), then the award
 * races in the regulation's order (each passing over the winners of the
 * earlier ones), the head and the deputy (which passes over the head).
 *
 * Pure: problems are thrown as `ProblemError` (a code and parameters), never
 * as text.
 */
import { type AwardsOutcome, tallyAwards } from "./awards.js";
import { type LeadersOutcome, tallyLeaders } from "./leaders.js";
import { ProblemError } from "./problem.js";
import { isAwardRace, type Rules, raceSeats, racesOf, ruleValue } from "./rules.js";
import type { BallotRound, RaceOutcome, Undecided } from "./tally-race.js";
import { ruleReason, SOURCES, warning } from "./tally-reasons.js";
import { quorumMet, quorumRequired } from "./tally-rules.js";
import type {
  Agency,
  AgencyTotal,
  Disqualification,
  Leaders,
  Race,
  RaceTally,
  TallyReport,
  Warning,
} from "./types.js";
import { RACES } from "./types.js";

export type { BallotRound } from "./tally-race.js";

export interface TallyInput {
  bloc: string;
  year: number;
  /** This year's member agencies; `order` is the rotation order. */
  members: Agency[];
  /** Ballots issued = member agencies present at the conference. */
  present: number;
  rules: Rules;
  /** From rankAgencies; agencies without a score sheet are absent. Penalty points come from here. */
  totals: AgencyTotal[];
  disqualified: Disqualification[];
  /** Every round imported for each race; an entry with no choices is a blank race. */
  ballots: Partial<Record<Race, BallotRound[]>>;
  /** This year's head and deputy (rotation mode starts from them); may be null. */
  currentLeaders: Leaders;
  /** Shortlists by race and round (`tdkt nominees`); absent = every member may be named. */
  shortlists?: Partial<Record<Race, ReadonlyMap<number, ReadonlySet<string>>>>;
}

/** Counts and decides the year. Throws TdktError (exit 1) on ballots that cannot be counted. */
export function tallyYear(input: TallyInput): TallyReport {
  const { rules, year } = input;
  const members = input.members.length;
  checkPresent(input.present, members);
  const ballots = checkedRounds(input.ballots, input.present);

  const required = quorumRequired(members, rules);
  const met = quorumMet(input.present, members, rules);
  const warnings: Warning[] = [];
  let undecided: Undecided | null = null;
  let leadersUndecided: LeadersUndecided = null;
  if (!met) {
    const params = {
      present: input.present,
      members,
      required,
      quorum: ruleValue(rules, "quorum"),
    };
    undecided = {
      candidate: ruleReason("tally.reason.quorum-not-met", rules, "quorum", SOURCES.quorum, params),
      race: ruleReason("tally.race.quorum-not-met", rules, "quorum", SOURCES.quorum, params),
    };
    leadersUndecided = {
      races: undecided,
      leaders: ruleReason("tally.leaders.quorum-not-met", rules, "quorum", SOURCES.quorum, params),
    };
    warnings.push(warning("tally.warning.quorum-not-met", params));
  }

  const awards: AwardsOutcome = tallyAwards(
    {
      year,
      members: input.members,
      present: input.present,
      rules,
      totals: input.totals,
      disqualified: input.disqualified,
      undecided,
      ...(input.shortlists ? { shortlists: input.shortlists } : {}),
    },
    ballots,
  );
  const firstAwardRace = rules.awardRaces[0];
  const firstAward = firstAwardRace === undefined ? undefined : awards.races[firstAwardRace];
  const leaders: LeadersOutcome = tallyLeaders(
    {
      year,
      members: input.members,
      present: input.present,
      rules,
      totals: input.totals,
      currentLeaders: input.currentLeaders,
      undecided: leadersUndecided,
      disqualified: input.disqualified.map((entry) => entry.agency),
      ...(firstAward ? { firstAward } : {}),
      ...(input.shortlists ? { shortlists: input.shortlists } : {}),
    },
    ballots,
  );

  const outcomes: Partial<Record<Race, RaceOutcome>> = { ...awards.races, ...leaders.races };
  const races: RaceTally[] = [];
  for (const race of racesOf(rules)) {
    const outcome = outcomes[race];
    if (!outcome) {
      // Only elected leaders need a ballot; a race of 0 seats is not held.
      const needsBallots = isAwardRace(rules, race) || rules.leadersMode === "vote";
      if (needsBallots && raceSeats(race, rules, members) > 0) {
        warnings.push(warning("tally.warning.no-ballots", { race }));
      }
      continue;
    }
    races.push(outcome.tally);
    for (const round of outcome.ignoredRounds) {
      warnings.push(warning("tally.warning.round-ignored", { race, round }));
    }
  }
  warnings.push(...awards.warnings, ...leaders.warnings);
  for (const race of RACES) {
    if (ballots[race] && !outcomes[race]) {
      warnings.push(warning("tally.warning.race-not-held", { race }));
    }
  }
  const governmentFlag = rules.awardRaces.includes("govflag")
    ? (awards.awards.govflag?.[0] ?? null)
    : undefined;

  return {
    bloc: input.bloc,
    year,
    members,
    present: input.present,
    quorum: { required, met },
    races,
    awards: awards.awards,
    ...(Object.keys(rules.labels).length > 0 ? { labels: { ...rules.labels } } : {}),
    ...(governmentFlag !== undefined ? { leadingUnit: governmentFlag } : {}),
    leaders: {
      year: year + 1,
      head: leaders.leaders.head,
      deputy: leaders.leaders.deputy,
      mode: rules.leadersMode,
      reason: leaders.leaders.reason,
    },
    warnings,
  };
}

type LeadersUndecided = Parameters<typeof tallyLeaders>[0]["undecided"];

/** Agencies present cannot exceed the members. */
function checkPresent(present: number, members: number): void {
  if (!Number.isInteger(present) || present < 0 || present > members) {
    throw new ProblemError({
      code: "tally.error.present",
      params: { present, members },
      hint: { code: "tally.error.present.hint" },
    });
  }
}

/**
 * The rounds that count, per race, oldest first: rounds without a ballot are
 * left out; round numbers must run 1, 2, 3… without a gap; a ballot appears at
 * most once in a round; and no more ballots are returned than were issued.
 */
export function checkedRounds(
  ballots: Partial<Record<Race, readonly BallotRound[]>>,
  issued: number,
): Partial<Record<Race, BallotRound[]>> {
  const checked: Partial<Record<Race, BallotRound[]>> = {};
  for (const race of RACES) {
    const rounds = (ballots[race] ?? [])
      .filter((round) => round.ballots.length > 0)
      .sort((a, b) => a.round - b.round);
    for (const [index, round] of rounds.entries()) {
      if (!Number.isInteger(round.round) || round.round < 1) {
        throw new ProblemError({
          code: "tally.error.round-number",
          params: { race, round: round.round },
        });
      }
      if (round.round !== index + 1) {
        const missing = round.round === index ? round.round : index + 1;
        throw new ProblemError({
          code: round.round === index ? "tally.error.round-twice" : "tally.error.round-missing",
          params: { race, round: missing, next: round.round },
          hint: { code: "tally.error.round.hint", params: { race, round: missing } },
        });
      }
      const hint = {
        code: "tally.error.over-returned.hint",
        params: { race, round: round.round },
      };
      if (round.ballots.length > issued) {
        throw new ProblemError({
          code: "tally.error.over-returned",
          params: { race, round: round.round, returned: round.ballots.length, issued },
          hint,
        });
      }
      const seen = new Set<string>();
      for (const entry of round.ballots) {
        if (seen.has(entry.ballot)) {
          throw new ProblemError({
            code: "tally.error.ballot-twice",
            params: { race, round: round.round, ballot: entry.ballot },
            hint,
          });
        }
        seen.add(entry.ballot);
      }
    }
    if (rounds.length > 0) checked[race] = rounds;
  }
  return checked;
}
