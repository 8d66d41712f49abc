/**
 * The head's check (kiểm tra chéo): where the points the bloc's head checked
 * differ from the agency's self-score, criterion by criterion, with the
 * head's comment and the agency's explanation (domain.md, "The year of a
 * bloc"). The checked score is the one that counts (domain.md, "Scoring").
 */
import { toMilli } from "./scoring.js";

export interface CheckedScore {
  agency: string;
  criterion: string;
  self: number | null;
  checked: number | null;
  comment: string | null;
  explanation: string | null;
}

export interface ScoreDifference extends CheckedScore {
  self: number;
  checked: number;
  /** checked − self. */
  change: number;
}

/**
 * Every criterion where both a self and a checked score exist and differ, in
 * the order given (agencies, then the table's order), compared in thousandths.
 */
export function scoreDifferences(scores: readonly CheckedScore[]): ScoreDifference[] {
  const out: ScoreDifference[] = [];
  for (const score of scores) {
    if (score.self === null || score.checked === null) continue;
    const change = toMilli(score.checked) - toMilli(score.self);
    if (change === 0) continue;
    out.push({ ...score, self: score.self, checked: score.checked, change: change / 1000 });
  }
  return out;
}
