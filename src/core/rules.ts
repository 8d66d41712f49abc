/**
 * The bloc's regulation (quy chế hoạt động khối thi đua). The law fixes the
 * principles; each province's decision on blocs and each bloc's regulation fix
 * the numbers and the shape: which award races are held and in what order,
 * their names and seats, the threshold of each race and what it is measured
 * against, whether votes or scores decide first, how ballots are marked and
 * how next year's leaders are chosen (domain.md, "Rules"; the keys are fixed
 * by cli-contract.md, "Regulation keys"). Every value here is a default that
 * the secretary can change per bloc and year, and every decision names the
 * rule that made it.
 *
 * Values are read in English or in Vietnamese, with or without diacritics
 * (`thanhvien`, `luân phiên`, `gạch tên`); they are stored and written back in
 * their canonical English form.
 */
import type { AwardRace, Race, ThresholdBase } from "./types.js";
import { AWARD_RACES, RACES } from "./types.js";

export type DecisionOrder = "votes-first" | "score-first";
export type BallotMark = "tick" | "strike";
export type BlankRace = "valid" | "invalid";
export type LeadersMode = "vote" | "rotation" | "top-unit" | "appointed";

/**
 * The seats of a race: a fixed number, or a percentage (in hundredths of a
 * percent) of the members or of the members left after the earlier award
 * races, rounded down, at least `min`. 0 seats: the race is not held.
 */
export type SeatSpec =
  | { kind: "fixed"; count: number }
  | { kind: "percent"; hundredths: number; of: "members" | "remaining"; min: number };

export interface Threshold {
  /** In hundredths of a percent, so that the check stays in integers (5000 = 50%). */
  percentHundredths: number;
  base: ThresholdBase;
  /** true: more than the percent; false: at least the percent. */
  strict: boolean;
  /**
   * The share as an exact fraction where it was written as one (`2/3`: a
   * court's "at least two thirds", which no percentage with two decimals
   * states exactly); `percentHundredths` then only shows it.
   */
  fraction?: { numerator: number; denominator: number };
}

export interface Rules {
  /** Share of member agencies that must be present, as a fraction. */
  quorum: { numerator: number; denominator: number };
  /** The award races held, in the order they are decided (`races.awards`). */
  awardRaces: AwardRace[];
  /** The award's name as the province writes it (`label.RACE`); absent = the national name. */
  labels: Partial<Record<Race, string>>;
  seats: Record<Race, SeatSpec>;
  /** The bloc-wide threshold (`threshold.*`). */
  threshold: Threshold;
  /** Per-race overrides of the threshold (`threshold.RACE.*`). Use `raceThreshold`. */
  raceThresholds: Partial<Record<Race, Partial<Threshold>>>;
  order: DecisionOrder;
  ballot: { mark: BallotMark; blank: BlankRace };
  leadersMode: LeadersMode;
  /** A unit not eligible for awards this year may not lead the bloc next year. */
  leadersExcludeIneligible: boolean;
}

/** A rule key as `rules set` takes it (`seats.flag`, `threshold.certificate.base`, …). */
export type RuleKey = string;

/** What kind of value a key takes: names the help and explanation messages (`rules.kind.*`). */
export type RuleKind =
  | "quorum"
  | "races"
  | "label"
  | "seats"
  | "percent"
  | "base"
  | "strict"
  | "order"
  | "mark"
  | "blank"
  | "mode"
  | "exclude";

export interface RuleDefinition {
  key: RuleKey;
  kind: RuleKind;
  /** The race the key is about, for the per-race keys. */
  race?: Race;
  default: string;
  /** The values allowed, as people write them (for help and errors; the messages have them too). */
  allowed: string;
  /** Where the default comes from (shared/domain.md, "Rules"). */
  source: string;
  /** A change to the rules, or undefined when the value is not one this key takes. */
  parse(value: string): ((rules: Rules) => Rules) | undefined;
}

const BLOC_REGULATION = "quy chế hoạt động khối thi đua (bloc regulation)";

/** The sources of each rule, as shared/domain.md cites them. */
export const RULE_SOURCES = {
  quorum: `${BLOC_REGULATION}; at least two thirds present (Hà Nội, Hướng dẫn 01/HD-HĐTĐKT 2021)`,
  races: `${BLOC_REGULATION}; the Government's flag for the unit that leads the bloc (Law 06/2022/QH15 Art. 25; Quảng Ninh QĐ 1174/QĐ-UBND 2017)`,
  label: `${BLOC_REGULATION}; the province's own name of the award`,
  seatsFlag: `${BLOC_REGULATION}; one flag by default, 2–3 common (Bắc Ninh Khối Nội chính 2022)`,
  seatsCertificate: `${BLOC_REGULATION}; at most 20% of the remaining members (Quảng Ninh QĐ 1174/QĐ-UBND 2017)`,
  seatsGovflag: `${BLOC_REGULATION}; one unit that leads the bloc (Quảng Ninh QĐ 1174/QĐ-UBND 2017)`,
  seatsLeaders: `${BLOC_REGULATION}; one head, one deputy`,
  threshold: `${BLOC_REGULATION}; more than half (Party rule 244-QĐ/TW Art. 32)`,
  raceThreshold: `${BLOC_REGULATION}; per race, e.g. at least 2/3 of members for the flag (courts, TT 04/2016/TT-TANDTC), at least 80% (procuracy, TT 01/2019/TT-VKSTC)`,
  base: `${BLOC_REGULATION}; members (Party rule 244-QĐ/TW, "more than half of those convened"), present, returned (Youth Union counting guide) or valid ballots (TT 01/2021/TT-BNV)`,
  order: `${BLOC_REGULATION}; votes first, or score first (Ninh Thuận; Trà Ôn 2022)`,
  mark: `${BLOC_REGULATION}; ticking, or striking out the names not chosen (gạch tên)`,
  blank: `${BLOC_REGULATION}; a blank race is valid with no votes unless the counting guide says otherwise`,
  leaders: `${BLOC_REGULATION}; elected (Hướng dẫn 1122/BTĐKT-VI 2011), rotated, the leading unit (Bắc Ninh 2022) or appointed`,
  exclude: `${BLOC_REGULATION}; a unit not eligible for awards may not lead the next year (procuracy)`,
} as const;

// ── reading values ──────────────────────────────────────────────────────────

/**
 * A value reduced for matching aliases: NFC, lower case, without diacritics
 * (đ → d), without spaces, hyphens or underscores. "Luân phiên" → "luanphien".
 */
export function aliasForm(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** Canonical value → the forms it may be written in (besides itself). */
const VALUE_ALIASES: Record<string, readonly string[]> = {
  members: ["thanhvien", "tongsothanhvien", "tongso"],
  present: ["comat", "socomat", "thanhviencomat"],
  returned: ["thuve", "phieuthuve", "sophieuthuve"],
  valid: ["hople", "phieuhople", "sophieuhople"],
  invalid: ["khonghople"],
  "votes-first": ["phieutruoc", "votes", "phieu"],
  "score-first": ["diemtruoc", "score", "diem"],
  tick: ["danhdau", "chon"],
  strike: ["gachten", "gach"],
  vote: ["bau", "bauphieu", "bophieu"],
  rotation: ["luanphien"],
  "top-unit": ["dandau", "donvidandau"],
  appointed: ["chidinh", "bonhiem", "giao"],
  govflag: ["cochinhphu", "cothiduachinhphu"],
  flag: ["co", "cothidua", "cotinh"],
  certificate: ["bangkhen", "bangkhentinh"],
  head: ["truongkhoi", "truong"],
  deputy: ["phokhoi", "pho"],
};

const ALIAS_TO_VALUE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [value, aliases] of Object.entries(VALUE_ALIASES)) {
    map.set(aliasForm(value), value);
    for (const alias of aliases) map.set(alias, value);
  }
  return map;
})();

/** The canonical value a word stands for, if it is one of `allowed`. */
export function canonicalValue<T extends string>(
  value: string,
  allowed: readonly T[],
): T | undefined {
  const canonical = ALIAS_TO_VALUE.get(aliasForm(value));
  return allowed.find((option) => option === canonical);
}

/** A race code from its code or a Vietnamese alias (`co-thi-dua-chinh-phu` → `govflag`). */
export function raceFromText(value: string): Race | undefined {
  return canonicalValue(value, RACES);
}

function parseBoolean(value: string): boolean | undefined {
  const text = aliasForm(value);
  if (["true", "yes", "1", "on", "co", "dung"].includes(text)) return true;
  if (["false", "no", "0", "off", "khong", "sai"].includes(text)) return false;
  return undefined;
}

function parseHundredths(text: string): number | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return hundredths > 10000 ? undefined : hundredths;
}

function parsePercent(value: string): number | undefined {
  return parseHundredths(value.trim().replace(/%$/, ""));
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
  if (!text.endsWith("%")) return undefined;
  const hundredths = parsePercent(text);
  if (hundredths === undefined) return undefined;
  const divisor = gcd(hundredths, 10000) || 1;
  return { numerator: hundredths / divisor, denominator: 10000 / divisor };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Seats as the regulation writes them: `N`, `P%`, `P% remaining`, optionally
 * `, min M` (Vietnamese: `20% còn lại, tối thiểu 1`). `auto`, the old default
 * max(1, floor(members / 5)), is read as `20%, min 1`, which is the same.
 */
export function parseSeats(value: string): SeatSpec | undefined {
  const text = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  if (text === "auto") return { kind: "percent", hundredths: 2000, of: "members", min: 1 };
  if (/^\d{1,4}$/.test(text)) return { kind: "fixed", count: Number(text) };
  const match =
    /^(\d{1,3}(?:[.,]\d{1,2})?) ?%(?: ?(remaining|con lai|conlai|so con lai))?(?: ?[,;]? ?(?:min|toi thieu|it nhat) ?(\d{1,4}))?$/.exec(
      text,
    );
  if (!match) return undefined;
  const hundredths = parseHundredths(match[1] as string);
  if (hundredths === undefined) return undefined;
  return {
    kind: "percent",
    hundredths,
    of: match[2] ? "remaining" : "members",
    min: match[3] ? Number(match[3]) : 0,
  };
}

export function formatSeats(spec: SeatSpec): string {
  if (spec.kind === "fixed") return String(spec.count);
  const base = `${formatHundredths(spec.hundredths)}%${spec.of === "remaining" ? " remaining" : ""}`;
  return spec.min > 0 ? `${base}, min ${spec.min}` : base;
}

export function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

// ── the keys ────────────────────────────────────────────────────────────────

const BASES: readonly ThresholdBase[] = ["members", "present", "returned", "valid"];
const ORDERS: readonly DecisionOrder[] = ["votes-first", "score-first"];
const MARKS: readonly BallotMark[] = ["tick", "strike"];
const BLANKS: readonly BlankRace[] = ["valid", "invalid"];
const MODES: readonly LeadersMode[] = ["vote", "rotation", "top-unit", "appointed"];

function withThreshold(race: Race | undefined, change: Partial<Threshold>) {
  return (rules: Rules): Rules =>
    race === undefined
      ? { ...rules, threshold: { ...rules.threshold, ...change } }
      : {
          ...rules,
          raceThresholds: {
            ...rules.raceThresholds,
            [race]: { ...rules.raceThresholds[race], ...change },
          },
        };
}

function thresholdDefinitions(race?: Race): RuleDefinition[] {
  const prefix = race === undefined ? "threshold" : `threshold.${race}`;
  const extra = race === undefined ? {} : { race };
  return [
    {
      key: `${prefix}.percent`,
      kind: "percent",
      ...extra,
      default: "50",
      allowed: "a number from 0 to 100, at most two decimals (50, 66.67), or a fraction (2/3)",
      source: race === undefined ? RULE_SOURCES.threshold : RULE_SOURCES.raceThreshold,
      parse(value) {
        if (value.includes("/")) {
          const fraction = parseFraction(value);
          if (!fraction) return undefined;
          const percentHundredths = Math.round((fraction.numerator * 10000) / fraction.denominator);
          return withThreshold(race, { percentHundredths, fraction });
        }
        const percentHundredths = parsePercent(value);
        return percentHundredths === undefined
          ? undefined
          : withThreshold(race, { percentHundredths, fraction: undefined });
      },
    },
    {
      key: `${prefix}.base`,
      kind: "base",
      ...extra,
      default: "members",
      allowed: "members | present | returned | valid",
      source: RULE_SOURCES.base,
      parse(value) {
        const base = canonicalValue(value, BASES);
        return base === undefined ? undefined : withThreshold(race, { base });
      },
    },
    {
      key: `${prefix}.strict`,
      kind: "strict",
      ...extra,
      default: "true",
      allowed: "true (more than) | false (at least)",
      source: RULE_SOURCES.threshold,
      parse(value) {
        const strict = parseBoolean(value);
        return strict === undefined ? undefined : withThreshold(race, { strict });
      },
    },
  ];
}

const SEAT_SOURCES: Record<Race, string> = {
  govflag: RULE_SOURCES.seatsGovflag,
  flag: RULE_SOURCES.seatsFlag,
  certificate: RULE_SOURCES.seatsCertificate,
  head: RULE_SOURCES.seatsLeaders,
  deputy: RULE_SOURCES.seatsLeaders,
};

export const DEFAULT_RULES: Rules = {
  quorum: { numerator: 2, denominator: 3 },
  awardRaces: ["flag", "certificate"],
  labels: {},
  seats: {
    govflag: { kind: "fixed", count: 1 },
    flag: { kind: "fixed", count: 1 },
    // domain.md, "Races and seats": 20% of the remaining members, at least 1.
    certificate: { kind: "percent", hundredths: 2000, of: "remaining", min: 1 },
    head: { kind: "fixed", count: 1 },
    deputy: { kind: "fixed", count: 1 },
  },
  threshold: { percentHundredths: 5000, base: "members", strict: true },
  raceThresholds: {},
  order: "votes-first",
  ballot: { mark: "tick", blank: "valid" },
  leadersMode: "vote",
  leadersExcludeIneligible: false,
};

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    key: "quorum",
    kind: "quorum",
    default: "2/3",
    allowed: "a fraction n/d between 0 and 1 (2/3), or a percent (66.67%)",
    source: RULE_SOURCES.quorum,
    parse(value) {
      const fraction = parseFraction(value);
      return fraction ? (rules) => ({ ...rules, quorum: fraction }) : undefined;
    },
  },
  {
    key: "races.awards",
    kind: "races",
    default: "flag,certificate",
    allowed: "award races in order, from govflag, flag, certificate (govflag,flag,certificate)",
    source: RULE_SOURCES.races,
    parse(value) {
      const races = parseAwardRaces(value);
      return races ? (rules) => ({ ...rules, awardRaces: races }) : undefined;
    },
  },
  ...RACES.map(
    (race): RuleDefinition => ({
      key: `label.${race}`,
      kind: "label",
      race,
      default: "",
      allowed: "the award's name as the province writes it",
      source: RULE_SOURCES.label,
      parse(value) {
        const label = value.normalize("NFC").trim();
        if (label.length > 200 || /[\r\n]/.test(label)) return undefined;
        return (rules) => {
          const labels = { ...rules.labels };
          if (label === "") delete labels[race];
          else labels[race] = label;
          return { ...rules, labels };
        };
      },
    }),
  ),
  ...RACES.map(
    (race): RuleDefinition => ({
      key: `seats.${race}`,
      kind: "seats",
      race,
      default: formatSeats(DEFAULT_RULES.seats[race]),
      allowed: "N | P% | P% remaining, optionally followed by , min M (0 = not held)",
      source: SEAT_SOURCES[race],
      parse(value) {
        const spec = parseSeats(value);
        return spec
          ? (rules) => ({ ...rules, seats: { ...rules.seats, [race]: spec } })
          : undefined;
      },
    }),
  ),
  ...thresholdDefinitions(),
  ...RACES.flatMap((race) => thresholdDefinitions(race)),
  {
    key: "order",
    kind: "order",
    default: "votes-first",
    allowed: "votes-first | score-first",
    source: RULE_SOURCES.order,
    parse(value) {
      const order = canonicalValue(value, ORDERS);
      return order ? (rules) => ({ ...rules, order }) : undefined;
    },
  },
  {
    key: "ballot.mark",
    kind: "mark",
    default: "tick",
    allowed: "tick | strike",
    source: RULE_SOURCES.mark,
    parse(value) {
      const mark = canonicalValue(value, MARKS);
      return mark ? (rules) => ({ ...rules, ballot: { ...rules.ballot, mark } }) : undefined;
    },
  },
  {
    key: "ballot.blank",
    kind: "blank",
    default: "valid",
    allowed: "valid | invalid",
    source: RULE_SOURCES.blank,
    parse(value) {
      const blank = canonicalValue(value, BLANKS);
      return blank ? (rules) => ({ ...rules, ballot: { ...rules.ballot, blank } }) : undefined;
    },
  },
  {
    key: "leaders.mode",
    kind: "mode",
    default: "vote",
    allowed: "vote | rotation | top-unit | appointed",
    source: RULE_SOURCES.leaders,
    parse(value) {
      const mode = canonicalValue(value, MODES);
      return mode ? (rules) => ({ ...rules, leadersMode: mode }) : undefined;
    },
  },
  {
    key: "leaders.exclude-ineligible",
    kind: "exclude",
    default: "false",
    allowed: "true | false",
    source: RULE_SOURCES.exclude,
    parse(value) {
      const exclude = parseBoolean(value);
      return exclude === undefined
        ? undefined
        : (rules) => ({ ...rules, leadersExcludeIneligible: exclude });
    },
  },
];

const DEFINITIONS_BY_KEY = new Map(RULE_DEFINITIONS.map((d) => [d.key, d]));

/** Key segment aliases (Vietnamese, without diacritics) → the English segment. */
const KEY_SEGMENT_ALIASES: Record<string, string> = {
  tucso: "quorum",
  cuocbau: "races",
  khenthuong: "awards",
  danhhieu: "awards",
  ten: "label",
  tengoi: "label",
  sosuat: "seats",
  chitieu: "seats",
  nguong: "threshold",
  tyle: "percent",
  phantram: "percent",
  coso: "base",
  nghiemngat: "strict",
  vuot: "strict",
  thutu: "order",
  thutuxet: "order",
  phieu: "ballot",
  cachdanh: "mark",
  danhdau: "mark",
  phieutrang: "blank",
  trang: "blank",
  lanhdao: "leaders",
  cachchon: "mode",
  hinhthuc: "mode",
  loaitru: "exclude-ineligible",
  loaitrukhongdudieukien: "exclude-ineligible",
};

/**
 * The key a person wrote, in English or with Vietnamese segments
 * (`so-suat.bang-khen` → `seats.certificate`), or undefined.
 */
export function canonicalKey(key: string): RuleKey | undefined {
  const trimmed = key.trim();
  if (DEFINITIONS_BY_KEY.has(trimmed)) return trimmed;
  const segments = trimmed.split(".").map((segment) => {
    const form = aliasForm(segment);
    if (KEY_SEGMENT_ALIASES[form]) return KEY_SEGMENT_ALIASES[form] as string;
    const race = raceFromText(segment);
    if (race) return race;
    return segment.trim().toLowerCase();
  });
  const joined = segments.join(".");
  return DEFINITIONS_BY_KEY.has(joined) ? joined : undefined;
}

export function ruleDefinition(key: string): RuleDefinition | undefined {
  const canonical = canonicalKey(key);
  return canonical === undefined ? undefined : DEFINITIONS_BY_KEY.get(canonical);
}

function parseAwardRaces(value: string): AwardRace[] | undefined {
  const parts = value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return undefined;
  const races: AwardRace[] = [];
  for (const part of parts) {
    const race = canonicalValue(part, AWARD_RACES);
    if (!race || races.includes(race)) return undefined;
    races.push(race);
  }
  return races;
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

/** The threshold of one race: its own settings over the bloc-wide ones. */
export function raceThreshold(rules: Rules, race: Race): Threshold {
  const merged: Threshold = { ...rules.threshold, ...rules.raceThresholds[race] };
  if (merged.fraction === undefined) delete merged.fraction;
  return merged;
}

/** The key that decided a race's threshold field: the race's own, else the bloc-wide one. */
export function thresholdKey(rules: Rules, race: Race, field: keyof Threshold): RuleKey {
  const name = field === "percentHundredths" ? "percent" : field;
  return rules.raceThresholds[race]?.[field] !== undefined
    ? `threshold.${race}.${name}`
    : `threshold.${name}`;
}

/** The value of one key in a set of rules, written as `rules set` takes it. */
export function ruleValue(rules: Rules, key: RuleKey): string {
  const definition = ruleDefinition(key);
  if (!definition) return "";
  const race = definition.race;
  switch (definition.kind) {
    case "quorum":
      return `${rules.quorum.numerator}/${rules.quorum.denominator}`;
    case "races":
      return rules.awardRaces.join(",");
    case "label":
      return race ? (rules.labels[race] ?? "") : "";
    case "seats":
      return race ? formatSeats(rules.seats[race]) : "";
    case "percent": {
      const threshold = race ? raceThreshold(rules, race) : rules.threshold;
      return threshold.fraction
        ? `${threshold.fraction.numerator}/${threshold.fraction.denominator}`
        : formatHundredths(threshold.percentHundredths);
    }
    case "base":
      return (race ? raceThreshold(rules, race) : rules.threshold).base;
    case "strict":
      return String((race ? raceThreshold(rules, race) : rules.threshold).strict);
    case "order":
      return rules.order;
    case "mark":
      return rules.ballot.mark;
    case "blank":
      return rules.ballot.blank;
    case "mode":
      return rules.leadersMode;
    case "exclude":
      return String(rules.leadersExcludeIneligible);
  }
}

// ── races of a year ─────────────────────────────────────────────────────────

/** The races of the regulation, in order: the award races, then head and deputy. */
export function racesOf(rules: Rules): Race[] {
  return [...rules.awardRaces, "head", "deputy"];
}

/** Whether `race` is an award race that this regulation holds. */
export function isAwardRace(rules: Rules, race: Race): race is AwardRace {
  return (rules.awardRaces as readonly Race[]).includes(race);
}

/**
 * Seats of one race for a bloc of `members` agencies: rounded down, at least
 * `min`, never more than there are members to choose. "Remaining" counts the
 * members left after the seats of the earlier award races of the regulation
 * (Quảng Ninh QĐ 1174/QĐ-UBND 2017: certificates at most 20% of the remaining
 * members), so that the number is known before the count and printed by
 * `rules show`. An award race the regulation does not hold has 0 seats.
 */
export function raceSeats(race: Race, rules: Rules, members: number): number {
  if (AWARD_RACES.includes(race as AwardRace) && !isAwardRace(rules, race)) return 0;
  const spec = rules.seats[race];
  if (spec.kind === "fixed") return Math.min(spec.count, members);
  let base = members;
  if (spec.of === "remaining" && isAwardRace(rules, race)) {
    for (const earlier of rules.awardRaces) {
      if (earlier === race) break;
      base -= raceSeats(earlier, rules, members);
    }
    base = Math.max(0, base);
  }
  const seats = Math.max(Math.floor((base * spec.hundredths) / 10000), spec.min);
  return Math.min(seats, Math.max(base, 0));
}

/** The seats of every race of the regulation (0 for award races not held). */
export function seatsByRace(rules: Rules, members: number): Record<Race, number> {
  const seats = {} as Record<Race, number>;
  for (const race of RACES) seats[race] = raceSeats(race, rules, members);
  return seats;
}

/** Seats of the certificate race (kept for callers of the old shape). */
export function certificateSeats(rules: Rules, members: number): number {
  return raceSeats("certificate", rules, members);
}
