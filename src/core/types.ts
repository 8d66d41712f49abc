/**
 * Plain data shared by the core, the database adapter and the renderers.
 * Agencies are named by their code everywhere (NFC); names are for people.
 */

export type Race = "flag" | "certificate" | "head" | "deputy";
/** The order of races on a ballot, in the tally and in the minutes (contract). */
export const RACES: readonly Race[] = ["flag", "certificate", "head", "deputy"];

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

export type ThresholdBase = "members" | "present" | "valid";

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
  invalidCauses: { overMarked: number; nonMember: number; duplicate: number; notInRunOff: number };
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
  awards: { flag: string[]; certificate: string[] };
  leaders: {
    year: number;
    head: string | null;
    deputy: string | null;
    mode: "vote" | "rotation";
    reason: Reason;
  };
  warnings: Warning[];
}
