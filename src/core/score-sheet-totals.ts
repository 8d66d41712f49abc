/**
 * The rows of a score sheet that are not scores: the header below any title
 * rows, and the total row at its foot ("Tổng cộng", as every office writes
 * it), whose figures are checked against the rows above it.
 */
import { fastNumber, SCORE_COLUMNS } from "./score-validation.js";
import { toMilli } from "./scoring.js";
import { headerKey } from "./text.js";

/** Labels of the total row at the foot of a sheet (header keys: case, accents and spaces ignored). */
const TOTAL_LABELS = new Set(["tongcong", "tong", "cong", "tongdiem", "total"]);

/** A row labelled as the total ("Tổng cộng") in any of its text cells. */
export function isTotalRow(fields: readonly string[]): boolean {
  for (const field of fields) {
    if (field !== "" && field.length <= 20 && TOTAL_LABELS.has(headerKey(field))) return true;
  }
  return false;
}

/** Whether a row of a sheet is its header: one of its cells names the criterion column. */
export function isScoreHeader(cells: readonly string[]): boolean {
  const names = new Set(
    ["criterion", ...SCORE_COLUMNS.criterion.aliases].map((name) => headerKey(name)),
  );
  return cells.some((cell) => names.has(headerKey(cell)));
}

/**
 * The sums of the points columns since the last total row, in thousandths (as
 * scores are compared), so that a total row can be checked against them.
 */
export class TotalCheck {
  private readonly sums = [0, 0, 0];

  constructor(
    private readonly columns: readonly number[],
    private readonly commaAllowed: boolean,
  ) {}

  add(points: number, self: number, checked: number): void {
    if (points >= 0) this.sums[0] = (this.sums[0] as number) + toMilli(points);
    if (self >= 0) this.sums[1] = (this.sums[1] as number) + toMilli(self);
    if (checked >= 0) this.sums[2] = (this.sums[2] as number) + toMilli(checked);
  }

  /** The columns whose total differs from the rows above; the sums start again. */
  check(fields: readonly string[]): Array<{ index: number; given: number; computed: number }> {
    const found: Array<{ index: number; given: number; computed: number }> = [];
    this.columns.forEach((index, k) => {
      if (index < 0) return;
      const given = fastNumber(fields[index] ?? "", this.commaAllowed);
      const computed = this.sums[k] as number;
      if (!Number.isNaN(given) && toMilli(given) !== computed) {
        found.push({ index, given, computed: computed / 1000 });
      }
    });
    this.sums.fill(0);
    return found;
  }
}
