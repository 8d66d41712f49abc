import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { RULE_DEFINITIONS, ruleDefinition } from "../core/rules.js";
import { nfc } from "../core/text.js";
import { ALL_YEARS, setRule } from "../db/rules.js";
import { usageError } from "../errors.js";
import { type MessageKey, t } from "../i18n/index.js";
import { parseYear, withBloc } from "./common.js";

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const [key = "", rawValue = ""] = args;
  const definition = ruleDefinition(key.trim());
  if (!definition) {
    throw usageError(
      t("rules.key.unknown", { key }),
      t("rules.key.allowed", { keys: RULE_DEFINITIONS.map((d) => d.key).join(", ") }),
    );
  }
  const value = nfc(rawValue.trim());
  if (!definition.parse(value)) {
    throw usageError(
      t("rules.value.invalid", { key: definition.key, value: rawValue }),
      t("rules.value.allowed", { allowed: t(`rules.allowed.${definition.key}` as MessageKey) }),
    );
  }
  const year = options.year === undefined ? ALL_YEARS : parseYear(String(options.year));
  const bloc = withBloc(ctx, "write", (db, bloc) => {
    setRule(db, bloc.id, year, definition.key, value);
    return bloc;
  });
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, key: definition.key, value, year: year || null });
  } else {
    ctx.out.print(
      t("rules.set.done", {
        key: definition.key,
        value,
        scope: year === ALL_YEARS ? t("rules.setFor.bloc") : t("rules.setFor.year", { year }),
      }),
    );
  }
}
