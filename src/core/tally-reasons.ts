/**
 * The reasons and warnings of the tally. Each decision names the setting that
 * made it (its key and value, as `tdkt rules set` takes it) and the legal
 * source of the rule, so that the minutes can say why, not only what.
 */
import type { regulation } from "../i18n/catalog/regulation.js";
import type { tally } from "../i18n/catalog/tally.js";
import { RULE_SOURCES, type RuleKey, type Rules, ruleValue } from "./rules.js";
import type { Reason, Warning } from "./types.js";

/** A message key of the tally area: every reason and warning code is one. */
export type TallyKey = keyof typeof tally | keyof typeof regulation;

const BLOC_REGULATION = "quy chế hoạt động khối thi đua (bloc regulation)";

/** The rule-made sources cited by the tally (domain.md, "Rules"). */
export const SOURCES = {
  /** Only the spoiled entry of a ballot is void; counting is on valid ballots. */
  ballots: "Party Decision 244-QĐ/TW Art. 32",
  quorum: RULE_SOURCES.quorum,
  threshold: RULE_SOURCES.threshold,
  /** Votes, then total score, then fewer penalty points; never lots. */
  choosing: `${BLOC_REGULATION}: votes, total score, penalty points; never lots`,
  order: RULE_SOURCES.order,
  seats: BLOC_REGULATION,
  leaders: RULE_SOURCES.leaders,
  exclude: RULE_SOURCES.exclude,
} as const;

/**
 * The law in force for the year under review (domain.md, "Legal sources by
 * the year under review"): up to the 2023 review the 2003 law (amended 2005,
 * 2013) and Decree 91/2017/NĐ-CP; the 2024 review Law 06/2022/QH15 and Decree
 * 98/2023/NĐ-CP; from the 2025 review Law 06/2022/QH15 and Decree
 * 152/2025/NĐ-CP.
 */
export function lawInForce(year: number): {
  law: string;
  decree: string;
  /** The numbers alone, for messages that name them in the user's language. */
  lawNumber: string;
  decreeNumber: string;
} {
  if (year <= 2023) {
    return {
      law: "Law on Emulation and Commendation 2003 (amended 2005, 2013)",
      decree: "Decree 91/2017/NĐ-CP",
      lawNumber: "2003",
      decreeNumber: "91/2017/NĐ-CP",
    };
  }
  const decreeNumber = year === 2024 ? "98/2023/NĐ-CP" : "152/2025/NĐ-CP";
  return {
    law: "Law 06/2022/QH15",
    decree: `Decree ${decreeNumber}`,
    lawNumber: "06/2022/QH15",
    decreeNumber,
  };
}

/** The legal sources of the award rules for the year under review. */
export function awardSources(year: number): {
  oneAward: string;
  notCommended: string;
  flagToLeader: string;
} {
  const { law, decree } = lawInForce(year);
  return {
    oneAward: `${law} (one achievement, one award)`,
    notCommended: `${decree} (not commended: discipline, investigation, inspection, complaint being verified)`,
    flagToLeader: `${BLOC_REGULATION}; ${decree} (the flag for the unit that leads the bloc)`,
  };
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
