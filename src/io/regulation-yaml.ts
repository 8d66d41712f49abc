/**
 * The regulation as a YAML file (`tdkt rules export` / `tdkt rules import`):
 * the keys of cli-contract.md, "Regulation keys", flat (`seats.flag: 2`) or
 * nested (`seats: { flag: 2 }`), in English or with Vietnamese segments and
 * values. Comments are for people: export writes what each key means and
 * allows; import ignores them. The `yaml` package is loaded only here, by the
 * two commands that need it.
 */
import { type Problem, Problems } from "../core/problem.js";
import {
  RULE_DEFINITIONS,
  type RuleKey,
  type Rules,
  ruleDefinition,
  ruleValue,
} from "../core/rules.js";
import { nfc } from "../core/text.js";
import { type MessageKey, t } from "../i18n/index.js";

export interface RegulationSetting {
  key: RuleKey;
  value: string;
}

/**
 * Reads a regulation file: every key known and every value allowed, or every
 * problem with its line and column (nothing is taken from a file with one).
 */
export async function readRegulationYaml(
  text: string,
  file: string,
): Promise<{ settings: RegulationSetting[]; problems: Problems }> {
  const { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair } = await import("yaml");
  const problems = new Problems();
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, uniqueKeys: false });
  const at = (offset: number | undefined) => {
    const position = lineCounter.linePos(offset ?? 0);
    return { file, line: position.line, column: position.col };
  };
  for (const error of document.errors) {
    problems.add({
      code: "rules.import.yaml",
      params: { detail: error.message.split("\n")[0] ?? "" },
      location: at(error.pos[0]),
    });
  }
  const settings: RegulationSetting[] = [];
  if (problems.size > 0) return { settings, problems };
  const root = document.contents;
  if (root === null || root === undefined) return { settings, problems };
  if (!isMap(root)) {
    problems.add({ code: "rules.import.notMapping", location: at(root.range?.[0]) });
    return { settings, problems };
  }
  const seen = new Map<string, number>();
  const walk = (map: typeof root, prefix: string): void => {
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const path = prefix === "" ? name : `${prefix}.${name}`;
      const value = pair.value;
      const where = at(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
      if (isMap(value)) {
        walk(value, path);
        continue;
      }
      const definition = ruleDefinition(nfc(path));
      if (!definition) {
        problems.add({ code: "rules.import.key", params: { key: path }, location: where });
        continue;
      }
      let text: string;
      if (isSeq(value)) {
        text = value.items.map((item) => (isScalar(item) ? String(item.value) : "")).join(",");
      } else if (isScalar(value)) {
        text = value.value === null ? "" : String(value.value);
      } else {
        text = "";
      }
      text = nfc(text.trim());
      const valueWhere = at(value && "range" in value ? value.range?.[0] : undefined);
      if (!definition.parse(text)) {
        problems.add({
          code: "rules.import.value",
          params: {
            key: definition.key,
            value: text,
            allowed: t(`rules.allowed.${definition.key}` as MessageKey),
          },
          location: valueWhere,
        });
        continue;
      }
      if (seen.has(definition.key)) {
        problems.add({
          code: "rules.import.twice",
          params: { key: definition.key },
          location: where,
        });
        continue;
      }
      seen.set(definition.key, where.line);
      settings.push({ key: definition.key, value: text });
    }
  };
  walk(root, "");
  return { settings, problems };
}

/** The keys worth writing: every one, less the per-race thresholds equal to the bloc's. */
function exportedKeys(rules: Rules): RuleKey[] {
  return RULE_DEFINITIONS.filter((definition) => {
    if (definition.kind === "label") return true;
    if (!definition.race || !definition.key.startsWith("threshold.")) return true;
    return rules.raceThresholds[definition.race] !== undefined;
  }).map((definition) => definition.key);
}

/** Writes the rules as a commented YAML file, in the user's language. */
export async function writeRegulationYaml(rules: Rules, header: string): Promise<string> {
  const { Document, Scalar } = await import("yaml");
  const document = new Document({});
  document.commentBefore = header
    .split("\n")
    .map((line) => ` ${line}`)
    .join("\n");
  for (const key of exportedKeys(rules)) {
    const value = ruleValue(rules, key);
    // Numbers and true/false unquoted, as a person would write them.
    const plain = /^\d{1,4}(\.\d{1,2})?$/.test(value)
      ? Number(value)
      : value === "true" || value === "false"
        ? value === "true"
        : value;
    const scalar = new Scalar(plain);
    const pair = document.createPair(key, scalar);
    const keyNode = pair.key as InstanceType<typeof Scalar>;
    keyNode.commentBefore = ` ${t(`rules.meaning.${key}` as MessageKey)}\n ${t(
      `rules.allowed.${key}` as MessageKey,
    )}`;
    (document.contents as { items: unknown[] }).items.push(pair);
  }
  return document.toString({ lineWidth: 0 });
}

export type { Problem };
