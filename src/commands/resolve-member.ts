import { agencyResolver } from "../core/agency-lookup.js";
import type { AgencyRow } from "../db/agencies.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";

/** The member agency a person named on the command line (by code or name), or a clear error. */
export function resolveMember(
  members: readonly AgencyRow[],
  text: string,
  year: number,
  option: string,
): AgencyRow {
  if (members.length === 0) {
    throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
  }
  const match = agencyResolver(members).resolve(text);
  if (match.kind === "found") return match.agency as AgencyRow;
  // The option is there and well formed; the agency it names is not in the data:
  // bad input (exit 1), not a usage error.
  if (match.kind === "ambiguous") {
    throw new TdktError(t("agency.ambiguous", { option, value: text }), {
      hint: t("agency.candidates", { codes: match.candidates.map((a) => a.code).join(", ") }),
    });
  }
  throw new TdktError(t("agency.unknown", { option, value: text, year }), {
    hint: match.suggestion
      ? t("agency.didYouMean", { code: match.suggestion.code, name: match.suggestion.name })
      : t("agency.listHint", { year }),
  });
}
