/**
 * One problem type for the whole program: the core, the readers of users'
 * files and the errors all speak of a problem as a code with parameters and,
 * where there is one, a place. The core never renders text (it has no message
 * catalogue); `src/io/problem-text.ts` turns problems into the user's language.
 *
 * `code` is a message key of the catalogue; `params` fill it. A parameter
 * whose value is itself a code to translate (a race, a rule value, the name of
 * a column) is passed as `{ code, params }` under `nested`; a quantity to be
 * written in the reader's number format (points: `9,5` in Vietnamese) under
 * `numbers`.
 */

/** Where a problem is: a file and line/column (CSV), or a sheet and cell (Excel), or a field. */
export interface ProblemLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Excel: the sheet's name and the cell (`C14`), printed `FILE:SHEET!CELL`. */
  sheet?: string;
  cell?: string;
  /** A named field or column where a column number says little (`points`). */
  field?: string;
}

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: string;
  params?: ProblemParams;
  /** Parameters that are codes of their own, rendered in the same language. */
  nested?: Record<string, { code: string; params?: ProblemParams }>;
  /** Parameters that are quantities, written in the language's number format. */
  numbers?: Record<string, number>;
  location?: ProblemLocation;
  /** What the user can do, as a code of its own. */
  hint?: { code: string; params?: ProblemParams };
  /** 1: bad data or a state that forbids the action (default); 2: usage. */
  exitCode?: 1 | 2;
}

export function problem(code: string, params?: ProblemParams, location?: ProblemLocation): Problem {
  return {
    code,
    ...(params ? { params } : {}),
    ...(location ? { location } : {}),
  };
}

/**
 * Collects the problems of a whole batch so that all are reported at once, up
 * to a cap (a file with 10,000 bad rows should not print 10,000 lines); what is
 * past the cap is only counted. Nothing is written when any problem exists.
 */
export class Problems {
  readonly list: Problem[] = [];
  private dropped = 0;

  constructor(readonly cap = 50) {}

  add(item: Problem): void {
    if (this.list.length >= this.cap) {
      this.dropped++;
      return;
    }
    this.list.push(item);
  }

  /** Problems found, including those past the cap. */
  get size(): number {
    return this.list.length + this.dropped;
  }

  get full(): boolean {
    return this.list.length >= this.cap;
  }

  /** How many were counted but not kept. */
  get droppedCount(): number {
    return this.dropped;
  }
}

/**
 * A problem that stops a pure computation (ballots that cannot be counted).
 * The core throws it; the command turns it into the user's language with
 * `problemError` (src/io/problem-text.ts).
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = "ProblemError";
  }
}
