/**
 * How a writing command keeps a counted year a record (contract, "A year's
 * record"): one call instead of `withBloc(ctx, "write", …)` checks that the
 * year is one the bloc has (a mistyped year is refused with "did you mean"),
 * and refuses a change to a counted year unless `--amend "REASON"` is given,
 * journaling it when it is.
 */
import { basename } from "node:path";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { closest } from "../core/text.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { ALL_YEARS } from "../db/rules.js";
import { talliedYears } from "../db/tallies.js";
import { protectCountedYear, watchCountedYear, yearSpan } from "../db/year-record.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { parseYear, withBloc } from "./common.js";

export interface YearCommand {
  /** The command's words and operands as typed ("agencies import", ["2025", "file.csv"]). */
  name: string;
  args: readonly string[];
  /** The change reaches later years too (members, rules from a year onward). */
  spreads?: boolean;
  /** The command sets the year's leaders. */
  leaders?: boolean;
  /** The command may name a year before the bloc's first (members of an earlier year). */
  earlierYears?: boolean;
}

/** The reason given with --amend, or null; an empty reason is a usage error. */
export function amendReason(options: CommandOptions): string | null {
  if (options.amend === undefined) return null;
  const reason = typeof options.amend === "string" ? options.amend.trim().normalize("NFC") : "";
  if (reason === "") throw usageError(t("record.amend.empty"), t("record.amend.empty.hint"));
  return reason;
}

/** The command line for the journal: file names without their folders. */
export function journalCommand(command: YearCommand): string {
  const words = command.args.map((arg) => (/[\\/]/.test(arg) ? basename(arg) : arg));
  return ["tdkt", command.name, ...words].join(" ");
}

/** Refuses a year the bloc cannot mean: before its first year, or past the year after its last. */
export function checkYearInSpan(db: Db, bloc: BlocRow, year: number, command: YearCommand): void {
  const span = yearSpan(db, bloc.id);
  if (!span) return;
  const low = command.earlierYears ? Math.min(span.first, year) : span.first;
  const high = span.last + 1;
  if (year >= low && year <= high) return;
  const candidates: string[] = [];
  for (let y = span.first; y <= high; y++) candidates.push(String(y));
  const guess = closest(String(year), candidates) ?? String(year < low ? span.first : span.last);
  throw new TdktError(
    t("record.year.outside", { year, first: span.first, last: span.last, bloc: bloc.code }),
    { hint: t("record.year.didYouMean", { year: guess }) },
  );
}

/**
 * `withBloc(ctx, "write", work)` for a command that writes into `year`: the
 * one place where the span of years and the protection of a counted year are
 * checked.
 */
export function writeYear<T>(
  ctx: Context,
  options: CommandOptions,
  year: number,
  command: YearCommand,
  work: (db: Db, bloc: BlocRow) => T,
): T {
  amendReason(options);
  return withBloc(ctx, "write", (db, bloc) =>
    guardYear(ctx, db, bloc, year, options, command, () => work(db, bloc)),
  );
}

/**
 * The same check for a command that runs its own transaction: call it inside
 * the transaction, around the writes.
 */
/** The record change of a command, for the journal. */
function recordChange(ctx: Context, options: CommandOptions, command: YearCommand) {
  return {
    command: journalCommand(command),
    reason: amendReason(options),
    at: ctx.now(),
    spreads: command.spreads,
    leaders: command.leaders,
  };
}

/** Watch before asynchronous writes; call `check()` before the commit. */
export function watchYear(
  ctx: Context,
  db: Db,
  bloc: BlocRow,
  year: number,
  options: CommandOptions,
  command: YearCommand,
): { check(): void } {
  checkYearInSpan(db, bloc, year, command);
  return watchCountedYear(db, bloc, year, recordChange(ctx, options, command));
}

export function guardYear<T>(
  ctx: Context,
  db: Db,
  bloc: BlocRow,
  year: number,
  options: CommandOptions,
  command: YearCommand,
  work: () => T,
): T {
  checkYearInSpan(db, bloc, year, command);
  return protectCountedYear(db, bloc, year, recordChange(ctx, options, command), work);
}

/**
 * Where a rule setting applies (contract, "Regulation keys"): `--year Y` for
 * that year only; `--from Y` from that year onward; by default from the year
 * after the last counted one, never backwards, so that no count changes under
 * a new rule. `from` is ALL_YEARS when the bloc has no count yet.
 */
export function ruleScope(
  ctx: Context,
  options: CommandOptions,
): { year: number | undefined; from: number | undefined } {
  if (options.year !== undefined && options.from !== undefined) {
    throw usageError(t("rules.set.yearAndFrom"), t("rules.set.yearAndFrom.hint"));
  }
  const year = options.year === undefined ? undefined : parseYear(String(options.year));
  if (year !== undefined) return { year, from: undefined };
  if (options.from !== undefined) return { year, from: parseYear(String(options.from)) };
  const from = withBloc(ctx, "read", (db, bloc) => {
    const last = talliedYears(db, bloc.id).at(-1);
    return last === undefined ? ALL_YEARS : last + 1;
  });
  return { year, from };
}

/** A rule command as the journal records it, with the scope it applied to. */
export function ruleCommand(
  name: string,
  args: readonly string[],
  scope: { year: number | undefined; from: number | undefined },
): YearCommand {
  const { year, from } = scope;
  return {
    name,
    args: [
      ...args,
      ...(year === undefined ? [] : ["--year", String(year)]),
      ...(from === undefined || from === ALL_YEARS ? [] : ["--from", String(from)]),
    ],
    spreads: from !== undefined,
    earlierYears: from === ALL_YEARS,
  };
}
