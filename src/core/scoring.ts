/**
 * Scoring (domain.md, "Scoring"): total = base points (each at most its
 * criterion's maximum) + bonus − penalty; rank by total, highest first; equal
 * totals share a rank. Where both a self score and a checked score exist, the
 * checked score counts.
 *
 * Sums are kept in thousandths of a point as integers so that 0.1 + 0.2 is 0.3
 * and equal totals really compare equal.
 */
import { hasGroups, scoreTree, treeSums } from "./criteria-tree.js";
import { compareVietnamese } from "./text.js";
import type { Agency, AgencyTotal, Criterion, ScoreEntry } from "./types.js";

const SCALE = 1000;

export function toMilli(points: number): number {
  return Math.round(points * SCALE);
}

export function fromMilli(milli: number): number {
  return milli / SCALE;
}

/** The points that count: the bloc-checked score where there is one, else the self score. */
export function countedPoints(self: number | null, checked: number | null): number | null {
  return checked ?? self;
}

/**
 * Totals and ranks for the agencies that sent a score sheet. Agencies without
 * any entry are left out (the caller lists them as "chưa nộp"). Order: total
 * descending, then name in Vietnamese collation, then code, for a stable display.
 */
export function rankAgencies(
  agencies: readonly Agency[],
  criteria: readonly Criterion[],
  entries: readonly ScoreEntry[],
): AgencyTotal[] {
  const kindOf = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  const sums = hasGroups(criteria)
    ? treeSumsByAgency(criteria, entries)
    : new Map<string, { base: number; bonus: number; penalty: number }>();
  const grouped = sums.size > 0;
  for (const entry of grouped ? [] : entries) {
    const criterion = kindOf.get(entry.criterion);
    if (!criterion) continue;
    let sum = sums.get(entry.agency);
    if (!sum) {
      sum = { base: 0, bonus: 0, penalty: 0 };
      sums.set(entry.agency, sum);
    }
    // A base score above its criterion's maximum counts only up to the maximum.
    const points = Math.min(toMilli(entry.points), toMilli(criterion.maxPoints));
    sum[criterion.kind] += points;
  }
  const totals = agencies
    .filter((agency) => sums.has(agency.code))
    .map((agency) => {
      const sum = sums.get(agency.code) ?? { base: 0, bonus: 0, penalty: 0 };
      return { agency, sum, total: sum.base + sum.bonus - sum.penalty };
    })
    .sort(
      (a, b) =>
        b.total - a.total ||
        compareVietnamese(a.agency.name, b.agency.name) ||
        compareVietnamese(a.agency.code, b.agency.code),
    );
  let rank = 0;
  let previous: number | undefined;
  return totals.map(({ agency, sum, total }, index) => {
    if (total !== previous) rank = index + 1;
    previous = total;
    return {
      agency: agency.code,
      name: agency.name,
      base: fromMilli(sum.base),
      bonus: fromMilli(sum.bonus),
      penalty: fromMilli(sum.penalty),
      total: fromMilli(total),
      rank,
    };
  });
}

/** The sums of each agency over a criteria tree: every group capped at its maximum (criteria-tree.ts). */
function treeSumsByAgency(
  criteria: readonly Criterion[],
  entries: readonly ScoreEntry[],
): Map<string, { base: number; bonus: number; penalty: number }> {
  const byAgency = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const points = byAgency.get(entry.agency) ?? new Map<string, number>();
    points.set(entry.criterion, entry.points);
    byAgency.set(entry.agency, points);
  }
  const sums = new Map<string, { base: number; bonus: number; penalty: number }>();
  for (const [agency, points] of byAgency) sums.set(agency, treeSums(scoreTree(criteria, points)));
  return sums;
}
