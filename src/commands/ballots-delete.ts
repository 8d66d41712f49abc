/**
 * `tdkt ballots delete YEAR BALLOT [--round N] [--verify]`: removes one paper
 * ballot (every race on it) from a round's first entry, or its second entry
 * with --verify, as when it was typed under a wrong number.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { normalizeBallotNumber } from "../core/ballot-races.js";
import { deleteBallot, type Entry } from "../db/ballots.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { parseRound } from "./ballots-import.js";
import { parseYear } from "./common.js";
import { writeYear } from "./record.js";

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const ballot = normalizeBallotNumber(args[1] ?? "");
  if (ballot === undefined) throw usageError(t("ballots.ballot.invalid", { value: args[1] ?? "" }));
  const round = parseRound(options.round);
  const entry: Entry = options.verify === true ? 2 : 1;
  const command = { name: "ballots delete", args };
  const bloc = writeYear(ctx, options, year, command, (db, bloc) => {
    const removed = deleteBallot(db, { blocId: bloc.id, year, round, entry }, ballot);
    if (removed === 0) {
      throw new TdktError(t("show.notFound", { ballot, round, year }), {
        hint: t("show.notFound.hint", { year, round }),
      });
    }
    return bloc;
  });
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, year, round, entry, deleted: ballot });
    return;
  }
  ctx.out.print(t("delete.done", { ballot, round, entry, year }));
}
