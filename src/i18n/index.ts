/**
 * The one message catalogue of tdkt: Vietnamese by default, English with
 * `--lang en` or `TDKT_LANG=en`. Each area keeps its messages in its own file
 * under `catalog/`; they are merged here.
 */
import { ballotEntry } from "./catalog/ballot-entry.js";
import { ballots } from "./catalog/ballots.js";
import { commandLine } from "./catalog/command-line.js";
import { common } from "./catalog/common.js";
import { csv } from "./catalog/csv.js";
import { documents } from "./catalog/documents.js";
import { minutes } from "./catalog/minutes.js";
import { record } from "./catalog/record.js";
import { regulation } from "./catalog/regulation.js";
import { reliability } from "./catalog/reliability.js";
import { scoreCheck } from "./catalog/score-check.js";
import { scores } from "./catalog/scores.js";
import { setup } from "./catalog/setup.js";
import { sheets } from "./catalog/sheets.js";
import { tally } from "./catalog/tally.js";
import type { Catalog, Lang, Params } from "./types.js";

export type { Lang, Params } from "./types.js";

const catalog = {
  ...common,
  ...setup,
  ...scores,
  ...ballots,
  ...ballotEntry,
  ...tally,
  ...minutes,
  ...reliability,
  ...csv,
  ...commandLine,
  ...documents,
  ...record,
  ...regulation,
  ...sheets,
  ...scoreCheck,
} satisfies Catalog;

export type MessageKey = keyof typeof catalog;

let current: Lang = "vi";

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function isLang(value: string): value is Lang {
  return value === "vi" || value === "en";
}

/** The message `key` in the current language (or `lang`), its `{placeholders}` filled. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = current): string {
  const entry: { vi: unknown; en: unknown } = catalog[key];
  const text = entry[lang] as string | ((p: Params) => string);
  if (typeof text === "function") return text(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a key exists (for codes that come as data, such as reasons and warnings). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}
