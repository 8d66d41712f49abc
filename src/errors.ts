/**
 * The one error type of tdkt. It carries the exit status of the contract
 * (1: bad input data or a state that forbids the action; 2: usage error) and,
 * where there is one, the place in a user's file. Only the entry point prints
 * it and sets the status.
 */
export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
  /** A named field or column where a column number says little (`points`). */
  field?: string;
}

export type ExitCode = 1 | 2;

/**
 * The stable code of an error, as `--json` prints it (`{"error": {"code"}}`,
 * cli-contract.md): a message key of the catalogue where the error comes from
 * one, else `usage` (exit 2) or `data` (exit 1). Scripts may rely on it.
 */
export function defaultErrorCode(exitCode: ExitCode): string {
  return exitCode === 2 ? "usage" : "data";
}

export class TdktError extends Error {
  readonly exitCode: ExitCode;
  /** Stable, for scripts (see defaultErrorCode). */
  readonly code: string;
  readonly location: ErrorLocation | undefined;
  /** What the user can do about it, on its own line. */
  readonly hint: string | undefined;
  /** More problems of the same batch, printed one a line after the first. */
  readonly more: readonly TdktError[];

  constructor(
    message: string,
    options: {
      exitCode?: ExitCode;
      code?: string;
      location?: ErrorLocation;
      hint?: string;
      more?: readonly TdktError[];
    } = {},
  ) {
    super(message);
    this.name = "TdktError";
    this.exitCode = options.exitCode ?? 1;
    this.code = options.code ?? defaultErrorCode(this.exitCode);
    this.location = options.location;
    this.hint = options.hint;
    this.more = options.more ?? [];
  }
}

/** A usage error: unknown command or option, missing or malformed argument (exit 2). */
export function usageError(message: string, hint?: string): TdktError {
  return new TdktError(message, { exitCode: 2, ...(hint ? { hint } : {}) });
}

/** Bad input data or a state that forbids the action (exit 1). */
export function dataError(message: string, location?: ErrorLocation, hint?: string): TdktError {
  return new TdktError(message, {
    exitCode: 1,
    ...(location ? { location } : {}),
    ...(hint ? { hint } : {}),
  });
}

/** `file:line:column` (or `file:line`, or `file`) as compilers and editors print it. */
export function formatLocation(location: ErrorLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  if (location.field !== undefined) text += ` (${location.field})`;
  return text;
}

/** Several problems found in one batch, reported together (the first carries the others). */
export function batchError(problems: readonly TdktError[], hint?: string): TdktError {
  const [first, ...rest] = problems;
  if (!first) throw new Error("batchError needs at least one problem");
  return new TdktError(first.message, {
    exitCode: first.exitCode,
    code: first.code,
    ...(first.location ? { location: first.location } : {}),
    ...(hint ? { hint } : first.hint ? { hint: first.hint } : {}),
    more: rest,
  });
}
