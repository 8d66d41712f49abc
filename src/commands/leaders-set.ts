import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { membersOf } from "../db/agencies.js";
import { leadersOf, setLeaders, setLeadersReference } from "../db/leaders.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { optionalText, parseYear } from "./common.js";
import { writeYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  if (options.head === undefined && options.deputy === undefined) {
    throw usageError(
      t("common.noValue", { options: "--head CODE, --deputy CODE" }),
      t("leaders.set.hint"),
    );
  }
  const command = { name: "leaders set", args, leaders: true };
  const outcome = writeYear(ctx, options, year, command, (db, bloc) => {
    const members = membersOf(db, bloc.id, year);
    const current = leadersOf(db, bloc.id, year);
    const head =
      options.head === undefined
        ? members.find((m) => m.code === current.head)
        : resolveMember(members, String(options.head), year, "--head");
    const deputy =
      options.deputy === undefined
        ? members.find((m) => m.code === current.deputy)
        : resolveMember(members, String(options.deputy), year, "--deputy");
    // The head and the deputy must be different agencies (domain.md, "Head and deputy").
    if (head && deputy && head.id === deputy.id) {
      throw new TdktError(t("leaders.same", { code: head.code }), { hint: t("leaders.same.hint") });
    }
    setLeaders(db, bloc.id, year, head?.id ?? null, deputy?.id ?? null);
    // leaders.mode appointed: the decision that appointed them (`--reference`).
    const reference = optionalText(options.reference);
    if (reference !== null) setLeadersReference(db, bloc.id, year, reference);
    return { bloc, head: head ?? null, deputy: deputy ?? null, reference };
  });
  const named = (a: { code: string; name: string } | null) =>
    a ? { code: a.code, name: a.name } : null;
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc.code,
      year,
      head: named(outcome.head),
      deputy: named(outcome.deputy),
      source: "set",
      ...(outcome.reference !== null ? { reference: outcome.reference } : {}),
    });
  } else {
    ctx.out.print(
      t("leaders.set.done", {
        year,
        head: outcome.head ? `${outcome.head.name} (${outcome.head.code})` : t("leaders.unknown"),
        deputy: outcome.deputy
          ? `${outcome.deputy.name} (${outcome.deputy.code})`
          : t("leaders.unknown"),
      }),
    );
  }
}
