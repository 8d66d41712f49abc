/**
 * The bloc's rules. The law fixes the principles; each province's bloc
 * regulation (quy chế hoạt động khối thi đua) fixes the numbers, so every
 * number here is a default that the secretary can change per bloc and year
 * (`tdkt rules set`), and every decision names the rule that made it.
 */
import type { ThresholdBase } from "./types.js";

export interface Rules {
  /** Share of member agencies that must be present, as a fraction. */
  quorum: { numerator: number; denominator: number };
  threshold: {
    /** In hundredths of a percent, so that the check stays in integers (5000 = 50%). */
    percentHundredths: number;
    base: ThresholdBase;
    /** true: more than the percent; false: at least the percent. */
    strict: boolean;
  };
  seats: {
    flag: number;
    /** "auto" = max(1, floor(members / 5)). */
    certificate: number | "auto";
    head: number;
    deputy: number;
  };
  leadersMode: "vote" | "rotation";
}

export type RuleKey =
  | "quorum"
  | "threshold.percent"
  | "threshold.base"
  | "threshold.strict"
  | "seats.flag"
  | "seats.certificate"
  | "seats.head"
  | "seats.deputy"
  | "leaders.mode";

export interface RuleDefinition {
  key: RuleKey;
  default: string;
  /** The values allowed, as people write them (for help and errors). */
  allowed: string;
  /** Where the default comes from. */
  source: string;
  parse(value: string): ((rules: Rules) => Rules) | undefined;
}

function positiveInteger(value: string): number | undefined {
  return /^[1-9]\d{0,3}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function withSeats(seat: keyof Rules["seats"], value: string) {
  const seats = positiveInteger(value);
  if (seats === undefined) return undefined;
  return (rules: Rules): Rules => ({ ...rules, seats: { ...rules.seats, [seat]: seats } });
}

const BLOC_REGULATION = "quy chế hoạt động khối thi đua (bloc regulation)";

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    key: "quorum",
    default: "2/3",
    allowed: "a fraction n/d between 0 and 1 (2/3), or a percent (66.67%)",
    source: `${BLOC_REGULATION}; at least two thirds of the members present`,
    parse(value) {
      const fraction = parseFraction(value);
      if (!fraction) return undefined;
      return (rules) => ({ ...rules, quorum: fraction });
    },
  },
  {
    key: "threshold.percent",
    default: "50",
    allowed: "a number from 0 to 100, at most two decimals (50, 66.67)",
    source:
      "Party rule 244-QĐ/TW Art. 32 (more than half); State Audit council rule; bloc regulation",
    parse(value) {
      const match = /^(\d{1,3})(?:[.,](\d{1,2}))?%?$/.exec(value.trim());
      if (!match) return undefined;
      const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
      if (hundredths > 10000) return undefined;
      return (rules) => ({
        ...rules,
        threshold: { ...rules.threshold, percentHundredths: hundredths },
      });
    },
  },
  {
    key: "threshold.base",
    default: "members",
    allowed: "members | present | valid",
    source: 'Party rule 244-QĐ/TW ("more than half of those convened"); bloc regulation',
    parse(value) {
      const base = value.trim();
      if (base !== "members" && base !== "present" && base !== "valid") return undefined;
      return (rules) => ({ ...rules, threshold: { ...rules.threshold, base } });
    },
  },
  {
    key: "threshold.strict",
    default: "true",
    allowed: "true | false",
    source: "more than (true) or at least (false) the percent; bloc regulation",
    parse(value) {
      const strict = parseBoolean(value);
      if (strict === undefined) return undefined;
      return (rules) => ({ ...rules, threshold: { ...rules.threshold, strict } });
    },
  },
  {
    key: "seats.flag",
    default: "1",
    allowed: "a whole number from 1",
    source:
      "one Emulation Flag proposal per bloc (Circular 08/2017/TT-BNV Art. 8); bloc regulation",
    parse: (value) => withSeats("flag", value),
  },
  {
    key: "seats.certificate",
    default: "auto",
    allowed: "auto (= max(1, floor(members / 5))) | a whole number from 1",
    source: BLOC_REGULATION,
    parse(value) {
      if (value.trim() === "auto") {
        return (rules) => ({ ...rules, seats: { ...rules.seats, certificate: "auto" } });
      }
      return withSeats("certificate", value);
    },
  },
  {
    key: "seats.head",
    default: "1",
    allowed: "a whole number from 1",
    source: BLOC_REGULATION,
    parse: (value) => withSeats("head", value),
  },
  {
    key: "seats.deputy",
    default: "1",
    allowed: "a whole number from 1",
    source: BLOC_REGULATION,
    parse: (value) => withSeats("deputy", value),
  },
  {
    key: "leaders.mode",
    default: "vote",
    allowed: "vote | rotation",
    source: 'provincial notice of 2018 ("bầu Trưởng khối, Phó khối"); bloc regulation',
    parse(value) {
      const mode = value.trim();
      if (mode !== "vote" && mode !== "rotation") return undefined;
      return (rules) => ({ ...rules, leadersMode: mode });
    },
  },
];

export const DEFAULT_RULES: Rules = {
  quorum: { numerator: 2, denominator: 3 },
  threshold: { percentHundredths: 5000, base: "members", strict: true },
  seats: { flag: 1, certificate: "auto", head: 1, deputy: 1 },
  leadersMode: "vote",
};

export function ruleDefinition(key: string): RuleDefinition | undefined {
  return RULE_DEFINITIONS.find((definition) => definition.key === key);
}

/**
 * The rules in force: the defaults, then each stored setting in order (the
 * bloc-wide ones before the year's own). Stored values were validated when set.
 */
export function resolveRules(settings: ReadonlyArray<{ key: string; value: string }>): Rules {
  let rules = DEFAULT_RULES;
  for (const { key, value } of settings) {
    const apply = ruleDefinition(key)?.parse(value);
    if (apply) rules = apply(rules);
  }
  return rules;
}

/** The value of one key in a set of rules, written as `rules set` takes it. */
export function ruleValue(rules: Rules, key: RuleKey): string {
  switch (key) {
    case "quorum":
      return `${rules.quorum.numerator}/${rules.quorum.denominator}`;
    case "threshold.percent":
      return formatHundredths(rules.threshold.percentHundredths);
    case "threshold.base":
      return rules.threshold.base;
    case "threshold.strict":
      return String(rules.threshold.strict);
    case "seats.flag":
      return String(rules.seats.flag);
    case "seats.certificate":
      return String(rules.seats.certificate);
    case "seats.head":
      return String(rules.seats.head);
    case "seats.deputy":
      return String(rules.seats.deputy);
    case "leaders.mode":
      return rules.leadersMode;
  }
}

/** Seats of the certificate race for a bloc of `members` agencies. */
export function certificateSeats(rules: Rules, members: number): number {
  return rules.seats.certificate === "auto"
    ? Math.max(1, Math.floor(members / 5))
    : rules.seats.certificate;
}

export function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

function parseFraction(value: string): { numerator: number; denominator: number } | undefined {
  const text = value.trim();
  const fraction = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(text);
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    if (denominator === 0 || numerator > denominator) return undefined;
    return { numerator, denominator };
  }
  const percent = /^(\d{1,3})(?:[.,](\d{1,2}))?%$/.exec(text);
  if (percent) {
    const hundredths = Number(percent[1]) * 100 + Number((percent[2] ?? "").padEnd(2, "0"));
    if (hundredths > 10000) return undefined;
    const divisor = gcd(hundredths, 10000);
    return { numerator: hundredths / divisor, denominator: 10000 / divisor };
  }
  return undefined;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function parseBoolean(value: string): boolean | undefined {
  const text = value.trim().toLowerCase();
  if (["true", "yes", "1", "on", "có"].includes(text)) return true;
  if (["false", "no", "0", "off", "không"].includes(text)) return false;
  return undefined;
}
