import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { criteriaOf } from "../db/criteria.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { formatNumber } from "../io/numbers.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, args: string[], _options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const { bloc, criteria } = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    criteria: criteriaOf(db, bloc.id, year),
  }));
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      criteria: criteria.map(({ code, title, maxPoints, kind }) => ({
        code,
        title,
        maxPoints,
        kind,
      })),
    });
    return;
  }
  if (criteria.length === 0) {
    throw new TdktError(t("criteria.none", { year }), { hint: t("criteria.none.hint", { year }) });
  }
  ctx.out.print(
    `${t("criteria.list.title", { year, count: criteria.length })}\n\n${renderTable(
      [
        t("criteria.col.code"),
        t("criteria.col.title"),
        t("criteria.col.max"),
        t("criteria.col.kind"),
      ],
      criteria.map((c) => [
        c.code,
        c.title,
        formatNumber(c.maxPoints, ctx.lang),
        t(`criteria.kind.${c.kind}`),
      ]),
      { align: ["left", "left", "right"], styleHeader: (text) => ctx.out.color.bold(text) },
    )}`,
  );
}
