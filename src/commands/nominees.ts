import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { membersOf } from "../db/agencies.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { nomineesOf, setNominees } from "../db/nominees.js";
import { t } from "../i18n/index.js";
import { parseRaceOption, parseRound } from "./ballots-import.js";
import { parseYear, withBloc } from "./common.js";
import { writeYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

/**
 * `tdkt nominees YEAR RACE [CODE…] [--round N]`: the shortlist the bloc's
 * leaders present for a race and round. A ballot naming an agency off it is
 * invalid in that race (domain.md, "Ballots"). Without codes, shows it;
 * `--clear` removes it (every member may be named again).
 */
export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const [yearText = "", raceText = "", ...names] = args;
  const year = parseYear(yearText);
  const race = parseRaceOption(raceText);
  const round = parseRound(options.round);
  const clear = options.clear === true;
  const listed = (db: Db, bloc: BlocRow) => ({
    bloc,
    codes: race === undefined ? [] : [...(nomineesOf(db, bloc.id, year)[race]?.get(round) ?? [])],
  });
  const changing = race !== undefined && (names.length > 0 || clear);
  // A shortlist is part of what a count is made from: a counted year needs --amend.
  const result = changing
    ? writeYear(ctx, options, year, { name: "nominees", args }, (db, bloc) => {
        const members = membersOf(db, bloc.id, year);
        const chosen = names.map((name) => resolveMember(members, name, year, t("cli.arg.code")));
        const ids = [...new Set(chosen.map((agency) => agency.id))];
        setNominees(db, bloc.id, year, race, round, ids);
        return listed(db, bloc);
      })
    : withBloc(ctx, "read", listed);
  if (ctx.json) {
    ctx.out.json({ bloc: result.bloc.code, year, race, round, nominees: result.codes });
    return;
  }
  ctx.out.print(
    result.codes.length === 0
      ? t("nominees.none", { year, race: race ?? "", round })
      : t("nominees.list", { year, race: race ?? "", round, codes: result.codes.join(", ") }),
  );
}
