import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import {
  formatHundredths,
  RULE_DEFINITIONS,
  raceSeats,
  racesOf,
  raceThreshold,
  resolveRules,
  ruleValue,
} from "../core/rules.js";
import type { Race } from "../core/types.js";
import { membersOf } from "../db/agencies.js";
import { ruleSettings } from "../db/rules.js";
import { type MessageKey, t } from "../i18n/index.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";

/**
 * `tdkt rules show [--year Y]`: every race of the regulation with its seats
 * resolved for that year's members, then every key with its value, where it
 * was set and what it means.
 */
export function run(ctx: Context, _args: string[], options: CommandOptions): void {
  const year = options.year === undefined ? undefined : parseYear(String(options.year));
  const { bloc, rows, races, members } = withBloc(ctx, "read", (db, bloc) => {
    const settings = ruleSettings(db, bloc.id, year);
    const rules = resolveRules(settings);
    const members = membersOf(db, bloc.id, year ?? 9999).length;
    const races = racesOf(rules).map((race: Race) => {
      const threshold = raceThreshold(rules, race);
      return {
        race,
        label: rules.labels[race] ?? null,
        seats: raceSeats(race, rules, members),
        seatsRule: ruleValue(rules, `seats.${race}`),
        threshold: {
          percent: threshold.percentHundredths / 100,
          base: threshold.base,
          strict: threshold.strict,
        },
      };
    });
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
    return { bloc, rows, races, members };
  });
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, year: year ?? null, members, races, rules: rows });
    return;
  }
  const where = (setFor: string | number | null) =>
    setFor === null
      ? t("rules.setFor.default")
      : setFor === "bloc"
        ? t("rules.setFor.bloc")
        : t("rules.setFor.year", { year: setFor });
  const bold = (text: string) => ctx.out.color.bold(text);
  const racesTitle =
    year === undefined
      ? t("rules.races.noYear", { members })
      : t("rules.races.title", { year, members });
  ctx.out.print(
    `${t("rules.title", { bloc: bloc.code, year: year ?? t("rules.allYears") })}\n\n` +
      `${racesTitle}\n` +
      renderTable(
        [t("rules.col.race"), t("rules.col.label"), t("rules.col.seats"), t("rules.col.threshold")],
        races.map((race) => [
          race.race,
          race.label ?? t(`rules.race.name.${race.race}` as MessageKey),
          race.seats === 0 ? `0 (${t("rules.notHeld")})` : `${race.seats} (${race.seatsRule})`,
          t("rules.threshold.text", {
            // The decimal comma in Vietnamese (66,67%), as every other number shown.
            percent: formatHundredths(Math.round(race.threshold.percent * 100)).replace(
              ".",
              ctx.lang === "vi" ? "," : ".",
            ),
            base: race.threshold.base,
            strict: String(race.threshold.strict),
          }),
        ]),
        { styleHeader: bold },
      ) +
      "\n\n" +
      renderTable(
        [
          t("rules.col.key"),
          t("rules.col.value"),
          t("rules.col.default"),
          t("rules.col.set"),
          t("rules.col.meaning"),
        ],
        rows
          .filter((row) => row.setFor !== null || !/^threshold\.[a-z]+\.|^label\./.test(row.key))
          .map((row) => [
            row.key,
            row.value,
            row.default,
            where(row.setFor),
            t(`rules.meaning.${row.key}` as MessageKey),
          ]),
        { styleHeader: bold },
      ),
  );
}
