import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { resolveRules } from "../core/rules.js";
import { ruleSettings } from "../db/rules.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { writeRegulationYaml } from "../io/regulation-yaml.js";
import { parseYear, withBloc } from "./common.js";

/**
 * `tdkt rules export [--year YEAR] [-o FILE.yaml]`: the rules in force as a
 * commented YAML file that `tdkt rules import` reads back.
 */
export async function run(ctx: Context, _args: string[], options: CommandOptions): Promise<void> {
  const year = options.year === undefined ? undefined : parseYear(String(options.year));
  const output = typeof options.output === "string" ? options.output : undefined;
  if (output && existsSync(output) && options.force !== true) {
    throw new TdktError(t("minutes.cmd.exists", { file: output }), {
      hint: t("minutes.cmd.exists.hint"),
    });
  }
  const { bloc, rules } = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    rules: resolveRules(ruleSettings(db, bloc.id, year)),
  }));
  const header = t("rules.export.header", {
    bloc: `${bloc.code} – ${bloc.name}`,
    from: year === undefined ? "" : ` --year ${year}`,
  });
  const text = await writeRegulationYaml(rules, header);
  if (!output) {
    ctx.out.print(text.replace(/\n$/, ""));
    return;
  }
  const partial = `${output}.partial-${process.pid}`;
  try {
    writeFileSync(partial, text, "utf8");
    renameSync(partial, output);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new TdktError(
      t("minutes.cmd.writeFailed", { file: output, message: (error as Error).message }),
      { hint: t("minutes.cmd.writeFailed.hint") },
    );
  }
  ctx.out.print(t("rules.export.done", { file: output }));
}
