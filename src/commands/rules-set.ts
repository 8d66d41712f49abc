import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { RULE_DEFINITIONS, ruleDefinition } from "../core/rules.js";
import { nfc } from "../core/text.js";
import { ALL_YEARS, setRule, setRuleFrom } from "../db/rules.js";
import { usageError } from "../errors.js";
import { type MessageKey, t } from "../i18n/index.js";
import { ruleCommand, ruleScope, writeYear } from "./record.js";

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
  const { year, from } = ruleScope(ctx, options);
  const command = ruleCommand("rules set", args, { year, from });
  const bloc = writeYear(ctx, options, year ?? from ?? ALL_YEARS, command, (db, bloc) => {
    if (year !== undefined) setRule(db, bloc.id, year, definition.key, value);
    else setRuleFrom(db, bloc.id, from ?? ALL_YEARS, definition.key, value);
    return bloc;
  });
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      key: definition.key,
      value,
      year: year ?? null,
      from: from === undefined || from === ALL_YEARS ? null : from,
    });
  } else {
    ctx.out.print(
      t("rules.set.done", {
        key: definition.key,
        value,
        scope:
          year !== undefined
            ? t("rules.setFor.year", { year })
            : from === ALL_YEARS || from === undefined
              ? t("rules.setFor.bloc")
              : t("record.rules.from", { year: from }),
      }),
    );
  }
}
