/**
 * Readers of command-line values shared by the command table (checked before
 * a command's module is loaded) and the commands.
 */
import { usageError } from "../errors.js";
import { t } from "../i18n/index.js";

/** A four-digit year in a plausible range (exit 2 otherwise). */
export function parseYear(text: string): number {
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(year >= 1945 && year <= 2999)) {
    throw usageError(t("common.year.invalid", { value: text }), t("common.year.hint"));
  }
  return year;
}
