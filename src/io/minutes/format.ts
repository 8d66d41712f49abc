/**
 * Numbers, percentages, dates and lists as the minutes print them. Written by
 * hand rather than through Intl so that the output is the same on every
 * Node version and ICU build (byte-identical output for the same data).
 * Vietnamese uses a decimal comma and a dot between thousands; English the
 * reverse.
 */
import type { Lang } from "../../i18n/index.js";
import { decimalsOf, formatNumber } from "../numbers.js";

export { decimalsOf, formatNumber };

/** A percentage with two decimals, as the domain requires ("90,00%" / "90.00%"). */
export function formatPercent(percent: number, lang: Lang): string {
  return `${formatNumber(percent, lang, 2)}%`;
}

/** A threshold percentage with as few decimals as it needs ("50%", "66,67%"). */
export function formatRate(percent: number, lang: Lang): string {
  return `${formatNumber(percent, lang, Math.min(decimalsOf(percent), 2))}%`;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * The parts of a YYYY-MM-DD date with leading zeros kept: Decree 30/2020/NĐ-CP
 * (appendix I) writes days under 10 and months 1 and 2 with a leading zero.
 */
export function dateParts(date: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
  if (!match) return undefined;
  const [, year = "", month = "", day = ""] = match;
  return { day: day.padStart(2, "0"), month: month.padStart(2, "0"), year };
}

/** dd/mm/yyyy (20/12/2019, 05/02/2020); a date in another form is printed as it was written. */
export function formatDate(date: string): string {
  const parts = dateParts(date);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : date;
}

export interface TimeParts {
  hour: string;
  minute: string;
}

/** The parts of an HH:MM time, the hour with a leading zero (08 giờ 00). */
export function timeParts(time: string): TimeParts | undefined {
  const match = /^(\d{1,2})[:hg.](\d{2})$/.exec(time.trim());
  if (!match) return undefined;
  const [, hour = "", minute = ""] = match;
  return { hour: hour.padStart(2, "0"), minute };
}

/** "A, B và C" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join("");
  const last = names[names.length - 1];
  const conjunction = lang === "vi" ? "và" : "and";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${last}`;
}
