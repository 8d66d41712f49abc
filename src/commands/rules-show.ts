import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { RULE_DEFINITIONS, resolveRules, ruleValue } from "../core/rules.js";
import { ruleSettings } from "../db/rules.js";
import { t } from "../i18n/index.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, _args: string[], options: CommandOptions): void {
  const year = options.year === undefined ? undefined : parseYear(String(options.year));
  const { bloc, rows } = withBloc(ctx, "read", (db, bloc) => {
    const settings = ruleSettings(db, bloc.id, year);
    const rules = resolveRules(settings);
    const rows = RULE_DEFINITIONS.map((definition) => {
      const setting = settings.filter((s) => s.key === definition.key).at(-1);
      return {
        key: definition.key,
        value: ruleValue(rules, definition.key),
        default: definition.default,
        setFor: setting === undefined ? null : setting.year === 0 ? "bloc" : setting.year,
        allowed: definition.allowed,
        source: definition.source,
      };
    });
    return { bloc, rows };
  });
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, year: year ?? null, rules: rows });
    return;
  }
  const where = (setFor: string | number | null) =>
    setFor === null
      ? t("rules.setFor.default")
      : setFor === "bloc"
        ? t("rules.setFor.bloc")
        : t("rules.setFor.year", { year: setFor });
  ctx.out.print(
    `${t("rules.title", { bloc: bloc.code, year: year ?? t("rules.allYears") })}\n\n` +
      renderTable(
        [t("rules.col.key"), t("rules.col.value"), t("rules.col.default"), t("rules.col.set")],
        rows.map((row) => [row.key, row.value, row.default, where(row.setFor)]),
        { styleHeader: (text) => ctx.out.color.bold(text) },
      ),
  );
}
