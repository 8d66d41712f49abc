/**
 * `tdkt ballots list YEAR [--round N] [--verify]`: the paper ballots entered
 * for a round, one line each with its marks by race, so that what was typed
 * can be read back against the papers.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { RACES } from "../core/types.js";
import { type Entry, listBallots, roundRaces } from "../db/ballots.js";
import { t } from "../i18n/index.js";
import { renderTable } from "../io/table.js";
import { parseRound } from "./ballots-import.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const round = parseRound(options.round);
  const entry: Entry = options.verify === true ? 2 : 1;
  const { bloc, races, ballots } = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    races: roundRaces(db, bloc.id, year, round, entry),
    ballots: listBallots(db, bloc.id, year, round, entry),
  }));
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      round,
      entry,
      races,
      ballots: ballots.map(({ ballot, races: marks }) => ({
        ballot,
        races: Object.fromEntries(RACES.filter((r) => marks[r]).map((r) => [r, marks[r]])),
      })),
    });
    return;
  }
  if (ballots.length === 0) {
    ctx.out.print(t("list.none", { year, round, entry }));
    return;
  }
  ctx.out.print(
    renderTable(
      [t("list.ballot"), ...races.map((race) => t("ballots.raceName", { race }))],
      ballots.map(({ ballot, races: marks }) => [
        ballot,
        ...races.map((race) => {
          const codes = marks[race];
          if (codes === undefined) return "";
          return codes.length === 0 ? t("ballots.blank") : codes.join(" ");
        }),
      ]),
      { align: ["right"], styleHeader: (text) => ctx.out.color.bold(text) },
    ),
  );
}
