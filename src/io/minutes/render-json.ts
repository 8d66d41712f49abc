/**
 * `tdkt minutes --format json`: the data the minutes are made from, as one
 * stable JSON document (2-space indent, trailing newline). Keys come in a
 * fixed order whatever order the caller built its objects in (known keys in
 * the order of the model, any others after them alphabetically), strings are
 * NFC, and nothing depends on the language.
 */
import { nfc } from "../../core/text.js";
import type { MinutesData } from "./model.js";

/** The order of known keys, across the model's objects (MinutesData, TallyReport and their parts). */
const KEY_ORDER = [
  "format",
  "version",
  "bloc",
  "code",
  "agency",
  "name",
  "shortName",
  "province",
  "order",
  "year",
  "meeting",
  "number",
  "date",
  "start",
  "end",
  "place",
  "chair",
  "secretary",
  "countingBoard",
  "members",
  "present",
  "absent",
  "quorum",
  "required",
  "met",
  "totals",
  "base",
  "bonus",
  "penalty",
  "total",
  "rank",
  "missingSheets",
  "currentLeaders",
  "tally",
  "races",
  "race",
  "round",
  "seats",
  "ballots",
  "issued",
  "returned",
  "valid",
  "invalid",
  "blank",
  "threshold",
  "baseCount",
  "minVotes",
  "percent",
  "strict",
  "candidates",
  "votes",
  "score",
  "eligible",
  "result",
  "reason",
  "elected",
  "tie",
  "agencies",
  "seatsOpen",
  "invalidCauses",
  "overMarked",
  "nonMember",
  "duplicate",
  "notInRunOff",
  "awards",
  "govflag",
  "flag",
  "certificate",
  "leaders",
  "head",
  "deputy",
  "mode",
  "warnings",
  "rule",
  "value",
  "source",
  "params",
  "disqualified",
];

const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? Number.POSITIVE_INFINITY;
  const rankB = RANK.get(b) ?? Number.POSITIVE_INFINITY;
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy with keys in the fixed order, strings in NFC and undefined members left out. */
export function canonical(value: unknown): unknown {
  if (typeof value === "string") return nfc(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value).sort(compareKeys);
    for (const key of keys) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      out[nfc(key)] = canonical(member);
    }
    return out;
  }
  return value;
}

/** Identifies the document, so that a reader can tell what it holds and which version. */
export const MINUTES_JSON_FORMAT = "tdkt-minutes";
export const MINUTES_JSON_VERSION = 1;

export function renderMinutesJson(data: MinutesData): string {
  const document = {
    format: MINUTES_JSON_FORMAT,
    version: MINUTES_JSON_VERSION,
    ...data,
  };
  return `${JSON.stringify(canonical(document), null, 2)}\n`;
}
