/**
 * Numbers as tdkt prints them, written by hand rather than through Intl so
 * that the output is the same on every Node version and ICU build
 * (byte-identical output for the same data). Vietnamese uses a decimal comma
 * and a dot between thousands; English the reverse.
 */
import type { Lang } from "../i18n/index.js";

/** Decimal places needed to print `value` exactly, at most 3 (scores are kept in thousandths). */
export function decimalsOf(value: number): number {
  for (let places = 0; places < 3; places++) {
    const scaled = value * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return places;
  }
  return 3;
}

/** `value` with exactly `places` decimals (default: as many as it needs, at most 3). */
export function formatNumber(value: number, lang: Lang, places = decimalsOf(value)): string {
  const fixed = Math.abs(value).toFixed(places);
  const [whole = "0", fraction] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const point = lang === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // A negative zero or a value that rounds to zero prints without a sign.
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : point + fraction);
}
