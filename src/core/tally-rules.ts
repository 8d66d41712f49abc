/**
 * The numbers of the vote: quorum, threshold and seats. Every check is done in
 * integers so that "exactly half" is never decided by a rounding error.
 */
import type { Rules } from "./rules.js";
import type { ThresholdBase } from "./types.js";

/**
 * Agencies that must be present: ceil(members × n / d). Default 2/3 of the
 * member agencies (bloc regulation; domain.md "Quorum and threshold").
 */
export function quorumRequired(members: number, rules: Rules): number {
  const { numerator, denominator } = rules.quorum;
  return Math.ceil((members * numerator) / denominator);
}

/** present × d ≥ members × n, in integers. Below quorum nothing is decided. */
export function quorumMet(present: number, members: number, rules: Rules): boolean {
  const { numerator, denominator } = rules.quorum;
  return present * denominator >= members * numerator;
}

/**
 * The count that percentages are measured against (setting `threshold.base`):
 * all member agencies (default; Party rule 244-QĐ/TW, "more than half of those
 * convened"), those present, the ballots returned (Youth Union counting
 * guide), or the valid ballots of the race in that round (TT 01/2021/TT-BNV).
 */
export function thresholdBaseCount(
  base: ThresholdBase,
  counts: { members: number; present: number; returned: number; valid: number },
): number {
  switch (base) {
    case "members":
      return counts.members;
    case "present":
      return counts.present;
    case "returned":
      return counts.returned;
    case "valid":
      return counts.valid;
  }
}

/**
 * Whether `votes` pass the threshold: strict (default) votes × 10000 >
 * percentHundredths × base, else ≥. Nobody is elected without a vote, even
 * where a threshold of 0% or an empty base would let zero pass.
 */
export function passesThreshold(
  votes: number,
  baseCount: number,
  threshold: Rules["threshold"],
): boolean {
  if (votes < 1) return false;
  const { numerator, denominator } = share(threshold);
  const needed = numerator * baseCount;
  return threshold.strict ? votes * denominator > needed : votes * denominator >= needed;
}

/** The fewest votes that pass the threshold (may exceed the base: then nobody can pass). */
export function minVotes(baseCount: number, threshold: Rules["threshold"]): number {
  const { numerator, denominator } = share(threshold);
  const needed = numerator * baseCount;
  const votes = threshold.strict
    ? Math.floor(needed / denominator) + 1
    : Math.ceil(needed / denominator);
  return Math.max(1, votes);
}

/** The threshold's share as a fraction: exact where written as one (2/3), else hundredths of a percent. */
function share(threshold: Rules["threshold"]): { numerator: number; denominator: number } {
  return threshold.fraction ?? { numerator: threshold.percentHundredths, denominator: 10000 };
}

/** votes / baseCount × 100, rounded to two decimals; 0 when the base is empty. */
export function percentOf(votes: number, baseCount: number): number {
  if (baseCount === 0) return 0;
  return Math.round((votes * 10000) / baseCount) / 100;
}

/** Seats of a race now depend on the regulation's races: see core/rules.ts. */
export { raceSeats, seatsByRace } from "./rules.js";
