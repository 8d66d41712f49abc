import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { allAgencies } from "../db/agencies.js";
import { leadersOf } from "../db/leaders.js";
import { t } from "../i18n/index.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, args: string[], _options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const { bloc, leaders, names } = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    leaders: leadersOf(db, bloc.id, year),
    names: new Map(allAgencies(db, bloc.id).map((a) => [a.code, a.name])),
  }));
  const named = (code: string | null) =>
    code === null ? null : { code, name: names.get(code) ?? code };
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      head: named(leaders.head),
      deputy: named(leaders.deputy),
      source: leaders.source,
    });
    return;
  }
  const describe = (code: string | null) =>
    code === null ? t("leaders.unknown") : `${names.get(code) ?? code} (${code})`;
  ctx.out.print(
    [
      t("leaders.title", { year, bloc: bloc.name }),
      `  ${t("leaders.head")}: ${describe(leaders.head)}`,
      `  ${t("leaders.deputy")}: ${describe(leaders.deputy)}`,
      `  ${t(`leaders.source.${leaders.source}`, { previous: year - 1 })}`,
    ].join("\n"),
  );
  if (leaders.source === "none") ctx.out.info(t("leaders.none.hint", { year }));
}
