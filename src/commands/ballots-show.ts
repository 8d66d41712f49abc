/**
 * `tdkt ballots show YEAR BALLOT [--round N]`: one paper ballot as entered,
 * race by race with the agencies' names; both entries when a second clerk
 * has typed it, so a mismatch can be read against the paper.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { normalizeBallotNumber } from "../core/ballot-races.js";
import { RACES } from "../core/types.js";
import { membersOf } from "../db/agencies.js";
import { type BallotMarks, getBallot } from "../db/ballots.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { parseRound } from "./ballots-import.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const ballot = normalizeBallotNumber(args[1] ?? "");
  if (ballot === undefined) throw usageError(t("ballots.ballot.invalid", { value: args[1] ?? "" }));
  const round = parseRound(options.round);
  const { bloc, first, second, names } = withBloc(ctx, "read", (db, bloc) => {
    const target = { blocId: bloc.id, year, round };
    return {
      bloc,
      first: getBallot(db, { ...target, entry: 1 }, ballot),
      second: getBallot(db, { ...target, entry: 2 }, ballot),
      names: new Map(membersOf(db, bloc.id, year).map((m) => [m.code, m.name])),
    };
  });
  if (!first && !second) {
    throw new TdktError(t("show.notFound", { ballot, round, year }), {
      hint: t("show.notFound.hint", { year, round }),
    });
  }
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      round,
      ballot,
      first: first ?? null,
      second: second ?? null,
    });
    return;
  }
  const lines = [t("show.title", { ballot, round, year })];
  const block = (marks: BallotMarks | undefined) => {
    if (!marks) {
      lines.push(`  ${t("show.notEntered")}`);
      return;
    }
    for (const race of RACES) {
      const codes = marks[race];
      if (codes === undefined) continue;
      const text =
        codes.length === 0
          ? t("ballots.blank")
          : codes.map((code) => `${names.get(code) ?? code} (${code})`).join("; ");
      lines.push(`  ${t("ballots.raceName", { race })}: ${text}`);
    }
  };
  if (second) lines.push(t("show.entry", { entry: 1 }));
  block(first);
  if (second) {
    lines.push(t("show.entry", { entry: 2 }));
    block(second);
  }
  ctx.out.print(lines.join("\n"));
}
