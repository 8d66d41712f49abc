/**
 * Dates as people in Vietnam write them (dd/mm/yyyy, Decree 30/2020/NĐ-CP,
 * Appendix I) and as the database keeps them (YYYY-MM-DD). One reader of a
 * date the user types, one printer for human output; JSON keeps YYYY-MM-DD.
 */
import type { Lang } from "../i18n/types.js";

/** YYYY-MM-DD from `18/12/2026`, `18-12-2026`, `18.12.2026` or `2026-12-18`; undefined if not a real date. */
export function parseUserDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : local
      ? [local[3], local[2], local[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const text10 = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${text10}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text10) return undefined;
  return text10;
}

/** A stored YYYY-MM-DD date for people: dd/mm/yyyy in Vietnamese, as stored in English. */
export function formatUserDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || lang === "en") return date;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** A stored instant (ISO, UTC) in the machine's local time: `18/12/2026 14:05` (vi), `2026-12-18 14:05` (en). */
export function formatLocalTime(instant: string, lang: Lang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${formatUserDate(day, lang)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
