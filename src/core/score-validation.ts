/**
 * Pure helpers for reading score sheets (`tdkt import`): the columns a sheet
 * may have, a fast path for the numbers in it, the lookup of criteria by code
 * and a compact "seen" set of (agency, criterion) pairs. Scoring rules are in
 * scoring.ts (domain.md, "Scoring"); this module only checks a sheet against
 * the year's scoring table.
 */
import { toMilli } from "./scoring.js";
import { caseKey, closest, headerKey, nfc } from "./text.js";
import type { Criterion, CriterionKind } from "./types.js";

/**
 * The columns of a score sheet (contract, "Input files"), matched by header
 * key (case, accents, spaces, `_` and `-` ignored). `agency` may be left out
 * when the file is named after an agency or `--agency` is given; at least one
 * of `points`, `self_points`, `checked_points` must be there.
 */
export const SCORE_COLUMNS = {
  agency: {
    aliases: ["agency", "mã đơn vị", "đơn vị", "tên đơn vị", "cơ quan", "mã cơ quan"],
    required: false,
  },
  criterion: { aliases: ["criterion", "tiêu chí", "mã tiêu chí"], required: true },
  points: { aliases: ["points", "điểm", "điểm số", "score"], required: false },
  self_points: {
    aliases: ["self_points", "self", "tự chấm", "điểm tự chấm"],
    required: false,
  },
  checked_points: {
    aliases: [
      "checked_points",
      "checked",
      "khối chấm",
      "điểm khối chấm",
      "chấm chéo",
      "điểm thẩm định",
      "thẩm định",
    ],
    required: false,
  },
  note: { aliases: ["note", "ghi chú"], required: false },
  /** The head's comment on the agency's self-score (kiểm tra chéo). */
  comment: { aliases: ["comment", "nhận xét", "ý kiến khối"], required: false },
  /** The agency's explanation of a difference. */
  explanation: { aliases: ["explanation", "giải trình", "ý kiến giải trình"], required: false },
  /** Copied from the scoring table into most sheets: known, read for nothing. */
  title: { aliases: ["title", "nội dung tiêu chí", "nội dung", "tên tiêu chí"], required: false },
  max_points: {
    aliases: ["max_points", "điểm chuẩn", "điểm tối đa", "thang điểm"],
    required: false,
  },
  order: { aliases: ["stt", "số thứ tự", "tt"], required: false },
} as const;

export type ScoreColumn = keyof typeof SCORE_COLUMNS;

/**
 * Sheets made in Excel often carry a code column and a name column side by
 * side: `Mã đơn vị` and `Tên đơn vị`, `Mã tiêu chí` and `Tiêu chí`. Either
 * alone names the agency or the criterion (an agency may be named by its full
 * name; `tiêu chí` is a contract alias of the code), so with both present the
 * code column wins and the other is left out (its cell blanked in the returned
 * header) instead of being refused as the same column twice.
 */
export function preferCodeColumns(header: readonly string[]): {
  header: string[];
  ignored: string[];
} {
  const pairs: Array<[code: string[], name: string[]]> = [
    [
      ["agency", "madonvi", "macoquan"],
      ["donvi", "tendonvi", "coquan"],
    ],
    [["criterion", "matieuchi"], ["tieuchi"]],
  ];
  const keys = header.map(headerKey);
  const out = [...header];
  const ignored: string[] = [];
  for (const [code, name] of pairs) {
    if (!keys.some((key) => code.includes(key))) continue;
    keys.forEach((key, i) => {
      if (name.includes(key)) {
        ignored.push(header[i] as string);
        out[i] = "";
      }
    });
  }
  return { header: out, ignored };
}

/** The columns of which a sheet needs at least one: where the points are. */
export const POINTS_COLUMNS: readonly ScoreColumn[] = ["points", "self_points", "checked_points"];

/** Powers of ten exactly representable as doubles. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The value of a plain non-negative decimal (`29`, `9.5`, and `9,5` when
 * `commaAllowed`), or NaN for anything else. It accepts exactly the simple
 * forms that io/csv.ts `readNumber` accepts, without a regular expression,
 * a trimmed copy or a string-to-number conversion, because it runs once per
 * row of files with millions of rows; NaN means "ask readNumber", which also
 * says what is wrong.
 *
 * The digits are read as one integer N with k of them after the separator,
 * and the value is N / 10^k: both are exact doubles (N < 2^53 with at most
 * 15 digits), so the one division rounds correctly and gives exactly what
 * `Number("9.5")` gives.
 */
export function fastNumber(text: string, commaAllowed: boolean): number {
  const n = text.length;
  if (n === 0 || n > 15) return Number.NaN;
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  if (i === 0) return Number.NaN;
  if (i === n) return value;
  const separator = text.charCodeAt(i);
  if (separator !== 46 && !(separator === 44 && commaAllowed)) return Number.NaN;
  const fraction = ++i;
  if (fraction === n) return Number.NaN;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value / (POW10[n - fraction] as number);
}

/** A criterion of the year's table as the importer needs it. */
export interface CriterionSlot {
  /** Position in the table, 0-based: the criterion's part of a pair index. */
  index: number;
  code: string;
  kind: CriterionKind;
  maxPoints: number;
  /** The maximum in thousandths of a point, the unit totals are summed in (scoring.ts). */
  maxMilli: number;
}

export type CriterionMatch =
  | { kind: "found"; slot: CriterionSlot }
  | { kind: "unknown"; suggestion: string | undefined };

export interface CriterionResolver {
  readonly slots: readonly CriterionSlot[];
  resolve(text: string): CriterionMatch;
}

/**
 * Finds a criterion by its code: exactly (NFC), else ignoring case when that
 * names one criterion. An unknown code gets the nearest code as a suggestion
 * (`TC1O` → `TC10`). Answers are cached by the text as written, so a sheet of
 * a million rows costs one map lookup a row.
 */
export function criterionResolver(criteria: readonly Criterion[]): CriterionResolver {
  const slots = criteria.map(
    (criterion, index): CriterionSlot => ({
      index,
      code: criterion.code,
      kind: criterion.kind,
      maxPoints: criterion.maxPoints,
      maxMilli: toMilli(criterion.maxPoints),
    }),
  );
  const exact = new Map(slots.map((slot) => [slot.code, slot]));
  const loose = new Map<string, CriterionSlot | null>();
  for (const slot of slots) {
    const key = caseKey(slot.code);
    loose.set(key, loose.has(key) ? null : slot);
  }
  const cache = new Map<string, CriterionMatch>();
  return {
    slots,
    resolve(text) {
      const cached = cache.get(text);
      if (cached) return cached;
      const wanted = nfc(text.trim());
      const slot = exact.get(wanted) ?? loose.get(caseKey(wanted)) ?? undefined;
      const match: CriterionMatch = slot
        ? { kind: "found", slot }
        : {
            kind: "unknown",
            suggestion: closest(
              wanted,
              slots.map((s) => s.code),
            ),
          };
      cache.set(text, match);
      return match;
    },
  };
}

/**
 * A set of (agency, criterion) pairs as one bit each: flat in the size of
 * the file (members × criteria bits, 125 KB for 2,000 × 500), however many
 * rows are read.
 */
export class PairSet {
  private readonly bits: Uint8Array;

  constructor(
    readonly criteriaCount: number,
    agencyCount: number,
  ) {
    this.bits = new Uint8Array(Math.ceil((criteriaCount * agencyCount) / 8));
  }

  pair(agencyIndex: number, criterionIndex: number): number {
    return agencyIndex * this.criteriaCount + criterionIndex;
  }

  has(pair: number): boolean {
    return ((this.bits[pair >>> 3] as number) & (1 << (pair & 7))) !== 0;
  }

  /** Adds the pair; false when it was there already. */
  add(pair: number): boolean {
    const byte = pair >>> 3;
    const mask = 1 << (pair & 7);
    const old = this.bits[byte] as number;
    if ((old & mask) !== 0) return false;
    this.bits[byte] = old | mask;
    return true;
  }
}

/**
 * The agency a sheet's file name names: the name without its extension, NFC
 * (file systems may hand out decomposed names: `BĐBP.csv` from macOS).
 */
export function agencyFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return nfc((dot > 0 ? base.slice(0, dot) : base).trim());
}
