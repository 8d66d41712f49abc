/**
 * Problems (src/core/problem.ts) in the user's language, as the one error
 * type that the entry point prints.
 */
import type { Problem, ProblemLocation, Problems } from "../core/problem.js";
import { type ErrorLocation, TdktError } from "../errors.js";
import { hasMessage, t } from "../i18n/index.js";

/** The text of a problem's code; an unknown code is shown as itself (never thrown away). */
export function problemText(item: { code: string; params?: Problem["params"] }): string {
  return hasMessage(item.code) ? t(item.code, item.params ?? {}) : item.code;
}

/** `FILE:SHEET!CELL` for a workbook, `file:line:column` otherwise. */
export function errorLocation(location: ProblemLocation): ErrorLocation | undefined {
  if (location.file === undefined) return undefined;
  if (location.sheet !== undefined) {
    const cell = location.cell ? `!${location.cell}` : "";
    return { file: `${location.file}:${location.sheet}${cell}` };
  }
  return {
    file: location.file,
    ...(location.line !== undefined ? { line: location.line } : {}),
    ...(location.column !== undefined ? { column: location.column } : {}),
    ...(location.field !== undefined ? { field: location.field } : {}),
  };
}

export function problemError(item: Problem): TdktError {
  const location = item.location ? errorLocation(item.location) : undefined;
  return new TdktError(problemText(item), {
    exitCode: item.exitCode ?? 1,
    code: item.code,
    ...(location ? { location } : {}),
    ...(item.hint ? { hint: problemText(item.hint) } : {}),
  });
}

/**
 * Throws one error carrying every problem of the batch (the first carries the
 * rest); `hint` closes it, `more` says how many were past the cap.
 */
export function throwProblems(
  problems: Problems,
  hint?: string,
  more?: (count: number) => string,
): void {
  if (problems.size === 0) return;
  const [first, ...rest] = problems.list.map(problemError);
  if (!first) return;
  if (problems.droppedCount > 0 && more) rest.push(new TdktError(more(problems.droppedCount)));
  throw new TdktError(first.message, {
    exitCode: first.exitCode,
    code: first.code,
    ...(first.location ? { location: first.location } : {}),
    ...(hint ? { hint } : first.hint ? { hint: first.hint } : {}),
    more: rest,
  });
}
