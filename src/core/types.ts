/**
 * Plain data shared by the core, the database adapter and the renderers.
 * Agencies are named by their code everywhere (NFC); names are for people.
 */

/** The award races a regulation may hold (`races.awards`), in their usual order. */
export type AwardRace = "govflag" | "flag" | "certificate";
export const AWARD_RACES: readonly AwardRace[] = ["govflag", "flag", "certificate"];
/** The leader races, always after the award races. */
export type LeaderRace = "head" | "deputy";
export type Race = AwardRace | LeaderRace;
/**
 * Every race tdkt knows, in the usual order (ballot files, storage). The races
 * a year holds, and their order, come from the regulation: `racesOf(rules)`.
 */
export const RACES: readonly Race[] = ["govflag", "flag", "certificate", "head", "deputy"];

export interface Agency {
  code: string;
  name: string;
  shortName: string | null;
  /** Position in the bloc's rotation order, 1-based. */
  order: number;
}

export type CriterionKind = "base" | "bonus" | "penalty";

export interface Criterion {
  code: string;
  title: string;
  maxPoints: number;
  kind: CriterionKind;
  /** The code of the group it belongs to (criteria tree); null or absent at the top level. */
  parent?: string | null;
}

/** One agency's counted points on one criterion (the checked score where there is one). */
export interface ScoreEntry {
  agency: string;
  criterion: string;
  points: number;
}

/** One agency's totals for a year (contract: `tdkt scores --json`). */
export interface AgencyTotal {
  agency: string;
  name: string;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  /** Equal totals share a rank (1, 1, 3). */
  rank: number;
}

/** One race of one paper ballot, as marked: the codes written, in order, possibly none (blank). */
export interface BallotRace {
  ballot: string;
  choices: string[];
  /**
   * How the race was marked: "tick" (default: `choices` are the names chosen)
   * or "strike" (`choices` are the names struck out; the names left on the
   * printed list are the votes).
   */
  mark?: "tick" | "strike";
}

export interface Disqualification {
  agency: string;
  reason: string;
}

export interface Leaders {
  head: string | null;
  deputy: string | null;
}

/**
 * Why a result is what it is: the rule that decided it (a setting key and its
 * value, where a setting decided it) and the legal source of that rule. `code`
 * names the message that renders it; `params` fill that message.
 */
export interface Reason {
  code: string;
  rule?: string;
  value?: string;
  source?: string;
  params?: Record<string, string | number>;
}

export type CandidateResult =
  | "elected"
  | "not-elected"
  | "below-threshold"
  | "tie"
  | "ineligible"
  | "already-awarded";

export interface CandidateTally {
  agency: string;
  name: string;
  votes: number;
  /** votes / baseCount × 100, rounded to two decimals. */
  percent: number;
  /** The agency's total score for the year, null when it sent no score sheet. */
  score: number | null;
  eligible: boolean;
  result: CandidateResult;
  reason: Reason;
}

export interface BallotCounts {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  blank: number;
}

export type ThresholdBase = "members" | "present" | "returned" | "valid";

export interface RaceTally {
  race: Race;
  round: number;
  seats: number;
  ballots: BallotCounts;
  threshold: {
    base: ThresholdBase;
    baseCount: number;
    minVotes: number;
    percent: number;
    strict: boolean;
  };
  candidates: CandidateTally[];
  elected: string[];
  tie: null | { agencies: string[]; votes: number; seatsOpen: number };
  /** Why ballots of this race were invalid, counted by cause. */
  invalidCauses: {
    overMarked: number;
    nonMember: number;
    duplicate: number;
    notInRunOff: number;
    /** A blank race where the regulation counts it invalid (`ballot.blank invalid`). */
    blank?: number;
    /** A name off the race's shortlist (`tdkt nominees`). */
    notNominated?: number;
  };
  /** Why the race stands as it does after this round: decided, tie, seats open, nothing decided. */
  reason?: Reason;
  /** The earlier rounds of this race, oldest first; the race itself is its latest round. */
  previousRounds?: RaceTally[];
}

export interface Warning {
  code: string;
  params: Record<string, string | number>;
}

export interface TallyReport {
  bloc: string;
  year: number;
  members: number;
  present: number;
  quorum: { required: number; met: boolean };
  races: RaceTally[];
  /** A key per award race of the regulation, in its order: the decided winners. */
  awards: Partial<Record<AwardRace, string[]>>;
  /** The award's name per race where the regulation names it (`label.RACE`). */
  labels?: Partial<Record<Race, string>>;
  /** The unit that leads the bloc: the Government-flag winner, when that race is held and decided. */
  leadingUnit?: string | null;
  leaders: {
    year: number;
    head: string | null;
    deputy: string | null;
    mode: "vote" | "rotation" | "top-unit" | "appointed";
    reason: Reason;
  };
  warnings: Warning[];
  /**
   * The number of the stored count of the year (1, 2, …) and whether second
   * entries of ballots were incomplete. Set on output (`tally --json`), never
   * in the stored report, which they describe.
   */
  count?: number;
  provisional?: boolean;
}
