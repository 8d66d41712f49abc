import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { membershipYear, membersOf } from "../db/agencies.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, _args: string[], options: CommandOptions): void {
  const wanted = options.year === undefined ? undefined : parseYear(String(options.year));
  const { bloc, year, fromYear, members } = withBloc(ctx, "read", (db, bloc) => {
    const latest = db
      .prepare("SELECT MAX(from_year) AS y FROM membership WHERE bloc_id = ?")
      .get(bloc.id) as { y: number | null };
    const year = wanted ?? latest.y ?? undefined;
    if (year === undefined) {
      throw new TdktError(t("agencies.none", { bloc: bloc.code }), {
        hint: t("agencies.none.hint"),
      });
    }
    return {
      bloc,
      year,
      fromYear: membershipYear(db, bloc.id, year),
      members: membersOf(db, bloc.id, year),
    };
  });
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      fromYear: fromYear ?? null,
      agencies: members.map(({ code, name, shortName, order }) => ({
        code,
        name,
        shortName,
        order,
      })),
    });
    return;
  }
  if (members.length === 0) {
    throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
  }
  ctx.out.print(
    `${t("agencies.list.title", { bloc: bloc.name, year, count: members.length })}\n\n${renderTable(
      [
        t("agencies.col.order"),
        t("agencies.col.code"),
        t("agencies.col.name"),
        t("agencies.col.short"),
      ],
      members.map((m) => [String(m.order), m.code, m.name, m.shortName ?? ""]),
      { align: ["right"], styleHeader: (text) => ctx.out.color.bold(text) },
    )}`,
  );
}
