/**
 * The reasons and warnings of the tally. Each decision names the setting that
 * made it (its key and value, as `tdkt rules set` takes it) and the legal
 * source of the rule, so that the minutes can say why, not only what.
 */
import type { tally } from "../i18n/catalog/tally.js";
import { type RuleKey, type Rules, ruleDefinition, ruleValue } from "./rules.js";
import type { Reason, Warning } from "./types.js";

/** A message key of the tally area: every reason and warning code is one. */
export type TallyKey = keyof typeof tally;

/** The legal sources cited by the tally (domain.md, "Sources to cite"). */
export const SOURCES = {
  /** Only the spoiled entry of a ballot is void; counting is on valid ballots. */
  ballots: "Party Decision 244-QĐ/TW Art. 32",
  quorum: ruleSource("quorum"),
  threshold: ruleSource("threshold.percent"),
  /** Votes, then total score, then fewer penalty points; never lots. */
  choosing: "quy chế hoạt động khối thi đua (bloc regulation): votes, total score, penalty points",
  seats: "quy chế hoạt động khối thi đua (bloc regulation)",
  /** One achievement, one award (principles of the law). */
  oneAward:
    "Law on Emulation and Commendation 06/2022/QH15, principles (one achievement, one award)",
  /** Who is not commended: discipline, investigation, inspection, complaint being verified. */
  notCommended: "Decree 98/2023/NĐ-CP Art. 4 (partly replaced by Decree 152/2025/NĐ-CP)",
  /** The Emulation Flag goes to the leader of a bloc. */
  flagToLeader: "Circular 08/2017/TT-BNV Art. 8",
  leaders: ruleSource("leaders.mode"),
} as const;

function ruleSource(key: RuleKey): string {
  return ruleDefinition(key)?.source ?? "";
}

export type Params = Record<string, string | number>;

/** A reason decided by a setting: its key and current value are named. */
export function ruleReason(
  code: TallyKey,
  rules: Rules,
  rule: RuleKey,
  source: string,
  params: Params = {},
): Reason {
  return { code, rule, value: ruleValue(rules, rule), source, params };
}

/** A reason that no setting decides (the law, or a fact the secretary recorded). */
export function lawReason(code: TallyKey, source: string, params: Params = {}): Reason {
  return { code, source, params };
}

export function warning(code: TallyKey, params: Params = {}): Warning {
  return { code, params };
}

/** A list of codes as one message parameter. */
export function joinCodes(codes: readonly string[]): string {
  return codes.join(", ");
}

/** A number, or a dash where there is none (an agency without a score sheet). */
export function orDash<T extends string | number>(value: T | null | undefined): T | "—" {
  return value ?? "—";
}
