/**
 * Reconciling a score sheet with what is stored (contract, "Every import is
 * all or nothing"; the import's safety rules): an agency without stored
 * scores gets the sheet's (new); with stored scores it keeps them unless
 * `--replace` (replaced), and a sheet with the same data changes nothing
 * (unchanged) while different data is refused (wrong). Pure: the stored side
 * comes in as data, the answer goes out as a mode or a problem (no text).
 */
import { type Problem, problem } from "./problem.js";

export type AgencyMode = "add" | "replace" | "compare";

/** What a sheet does to an agency that has `stored` scores for the year. */
export function agencyMode(stored: number, replace: boolean): AgencyMode {
  if (stored === 0) return "add";
  return replace ? "replace" : "compare";
}

/** One score as stored, or as a sheet gives it. */
export interface ScoreValues {
  points: number;
  selfPoints: number | null;
  checkedPoints: number | null;
  note: string | null;
  comment: string | null;
  explanation: string | null;
}

/** Whether a sheet's row is exactly what is stored (every value the sheet can give). */
export function sameScore(stored: ScoreValues | undefined, given: ScoreValues): boolean {
  return (
    stored !== undefined &&
    stored.points === given.points &&
    stored.selfPoints === given.selfPoints &&
    stored.checkedPoints === given.checkedPoints &&
    stored.note === given.note &&
    stored.comment === given.comment &&
    stored.explanation === given.explanation
  );
}

/** The first row of a sheet that differs from the stored scores of its agency. */
export interface StoredDifference {
  line: number;
  column: number;
  criterion: string;
  /** The stored counted points, undefined when the criterion has no stored score. */
  stored: number | undefined;
  /** The sheet's counted points when they are what differs; undefined when another value does. */
  given: number | undefined;
}

/**
 * The verdict on an agency compared with its stored scores: undefined when
 * the sheet holds exactly what is stored, else the problem refusing it (the
 * points as `numbers`; "not stored" as a code when the criterion has no score).
 */
export function comparedVerdict(input: {
  agency: string;
  year: number;
  stored: number;
  rows: number;
  firstLine: number;
  difference: StoredDifference | undefined;
}): Problem | undefined {
  const base = { agency: input.agency, count: input.stored, year: input.year };
  const { difference } = input;
  if (difference !== undefined) {
    const location = { line: difference.line, column: difference.column };
    if (difference.given === undefined) {
      return problem(
        "scores.differs.detail",
        { ...base, criterion: difference.criterion },
        location,
      );
    }
    const refused = problem(
      "scores.differs",
      { ...base, criterion: difference.criterion },
      location,
    );
    if (difference.stored === undefined) {
      return {
        ...refused,
        numbers: { given: difference.given },
        nested: { stored: { code: "scores.notStored" } },
      };
    }
    return { ...refused, numbers: { stored: difference.stored, given: difference.given } };
  }
  if (input.rows !== input.stored && input.rows > 0) {
    return problem(
      "scores.differs.count",
      { ...base, rows: input.rows },
      { line: input.firstLine },
    );
  }
  return undefined;
}
