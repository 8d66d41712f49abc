import { readFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { DEFAULT_RULES, ruleDefinition, ruleValue } from "../core/rules.js";
import { ALL_YEARS, setRule, setRuleFrom } from "../db/rules.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { throwProblems } from "../io/problem-text.js";
import { readRegulationYaml } from "../io/regulation-yaml.js";
import { ruleCommand, ruleScope, writeYear } from "./record.js";

/**
 * `tdkt rules import FILE.yaml [--year YEAR]`: sets every rule of a regulation
 * file, all or nothing, through the same storage as `tdkt rules set`. Values
 * are stored in their canonical English form, whatever alias the file used.
 */
export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const file = args[0] ?? "";
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new TdktError(t("rules.import.read", { file }), { hint: t("rules.import.hint") });
  }
  const { settings, problems } = await readRegulationYaml(text, file);
  throwProblems(problems, t("rules.import.hint"));
  const stored = settings.map(({ key, value }) => {
    const apply = ruleDefinition(key)?.parse(value);
    return { key, value: apply ? ruleValue(apply(DEFAULT_RULES), key) : value };
  });
  // The same storage as `rules set`: one year, or from a year onward, never backwards.
  const { year, from } = ruleScope(ctx, options);
  const command = ruleCommand("rules import", args, { year, from });
  const bloc = writeYear(ctx, options, year ?? from ?? ALL_YEARS, command, (db, bloc) => {
    for (const { key, value } of stored) {
      if (year !== undefined) setRule(db, bloc.id, year, key, value);
      else setRuleFrom(db, bloc.id, from ?? ALL_YEARS, key, value);
    }
    return bloc;
  });
  const fromYear = from === undefined || from === ALL_YEARS ? null : from;
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, file, year: year ?? null, from: fromYear, rules: stored });
    return;
  }
  ctx.out.print(
    t("rules.import.done", {
      count: stored.length,
      file,
      scope:
        year !== undefined
          ? t("rules.setFor.year", { year })
          : fromYear === null
            ? t("rules.setFor.bloc")
            : t("record.rules.from", { year: fromYear }),
    }),
  );
}
