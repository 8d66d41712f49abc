import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { membersOf } from "../db/agencies.js";
import { removeDisqualification, setDisqualification } from "../db/disqualifications.js";
import { getTally } from "../db/tallies.js";
import { usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { optionalText, parseYear } from "./common.js";
import { writeYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

/**
 * Marks an agency not eligible for any award that year: under discipline,
 * investigation or inspection, or with a complaint or denunciation being
 * verified (Decree 98/2023/NĐ-CP Art. 4). Its votes are still counted and
 * shown; the minutes say why it was passed over.
 */
export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const remove = options.remove === true;
  const reason = optionalText(options.reason);
  if (!remove && reason === null) {
    throw usageError(t("disqualify.reason.missing"), t("disqualify.reason.hint"));
  }
  const outcome = writeYear(ctx, options, year, { name: "disqualify", args }, (db, bloc) => {
    const agency = resolveMember(
      membersOf(db, bloc.id, year),
      args[1] ?? "",
      year,
      t("cli.arg.agency"),
    );
    let changed = true;
    if (remove) changed = removeDisqualification(db, bloc.id, year, agency.id);
    else setDisqualification(db, bloc.id, year, agency.id, reason ?? "");
    return { bloc, agency, changed, tallied: getTally(db, bloc.id, year) !== undefined };
  });
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc.code,
      year,
      agency: outcome.agency.code,
      disqualified: !remove,
      reason: remove ? null : reason,
      changed: outcome.changed,
    });
    return;
  }
  const params = {
    code: outcome.agency.code,
    name: outcome.agency.name,
    year,
    reason: reason ?? "",
  };
  if (remove) {
    ctx.out.print(t(outcome.changed ? "disqualify.removed" : "disqualify.notMarked", params));
  } else ctx.out.print(t("disqualify.done", params));
  if (outcome.tallied && outcome.changed) ctx.out.info(t("disqualify.retally", { year }));
}
