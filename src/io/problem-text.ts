/**
 * Problems (src/core/problem.ts) in the user's language, as the one error
 * type that the entry point prints.
 */
import type { Problem, ProblemLocation, Problems } from "../core/problem.js";
import { batchError, type ErrorLocation, formatLocation, TdktError } from "../errors.js";
import { getLang, hasMessage, t } from "../i18n/index.js";
import { formatNumber } from "./numbers.js";

/** The text of a problem's code; an unknown code is shown as itself (never thrown away). */
export function problemText(item: Pick<Problem, "code" | "params" | "nested" | "numbers">): string {
  if (!hasMessage(item.code)) return item.code;
  if (item.nested === undefined && item.numbers === undefined) return t(item.code, item.params);
  const params: Record<string, string | number> = { ...item.params };
  for (const [name, value] of Object.entries(item.numbers ?? {})) {
    params[name] = formatNumber(value, getLang());
  }
  for (const [name, value] of Object.entries(item.nested ?? {})) params[name] = problemText(value);
  return t(item.code, params);
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

/** A problem that a reader has already put into words: its text and its error's code as params. */
export const AS_READ = "problem.asRead";

export function problemError(item: Problem): TdktError {
  const location = item.location ? errorLocation(item.location) : undefined;
  return new TdktError(problemText(item), {
    exitCode: item.exitCode ?? 1,
    // A reader's problem keeps the code of the reader's error, for scripts.
    code: item.code === AS_READ ? String(item.params?.code ?? "data") : item.code,
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
  const errors = problems.list.map(problemError);
  if (problems.droppedCount > 0 && more) errors.push(new TdktError(more(problems.droppedCount)));
  throw batchError(errors, hint);
}

/** A problem as one line of text with its place first (`file:line:column: …`), for a warning. */
export function locatedText(item: Problem): string {
  const location = item.location ? errorLocation(item.location) : undefined;
  if (location === undefined) return problemText(item);
  return `${formatLocation(location)}: ${problemText(item)}`;
}
