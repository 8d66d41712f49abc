import { readFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { DEFAULT_RULES, ruleDefinition, ruleValue } from "../core/rules.js";
import { ALL_YEARS, setRule } from "../db/rules.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { throwProblems } from "../io/problem-text.js";
import { readRegulationYaml } from "../io/regulation-yaml.js";
import { parseYear, withBloc } from "./common.js";

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
  const yearOption = options.year ?? options.from;
  const year = yearOption === undefined ? ALL_YEARS : parseYear(String(yearOption));
  const stored = settings.map(({ key, value }) => {
    const apply = ruleDefinition(key)?.parse(value);
    return { key, value: apply ? ruleValue(apply(DEFAULT_RULES), key) : value };
  });
  const bloc = withBloc(ctx, "write", (db, bloc) => {
    for (const { key, value } of stored) setRule(db, bloc.id, year, key, value);
    return bloc;
  });
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, file, year: year || null, rules: stored });
    return;
  }
  ctx.out.print(
    t("rules.import.done", {
      count: stored.length,
      file,
      scope: year === ALL_YEARS ? t("rules.setFor.bloc") : t("rules.setFor.year", { year }),
    }),
  );
}
