import { agencyResolver } from "../core/agency-lookup.js";
import type { AgencyRow } from "../db/agencies.js";
import { TdktError, usageError } from "../errors.js";
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
  if (match.kind === "ambiguous") {
    throw usageError(
      t("agency.ambiguous", { option, value: text }),
      t("agency.candidates", { codes: match.candidates.map((a) => a.code).join(", ") }),
    );
  }
  throw usageError(
    t("agency.unknown", { option, value: text, year }),
    match.suggestion
      ? t("agency.didYouMean", { code: match.suggestion.code, name: match.suggestion.name })
      : t("agency.listHint", { year }),
  );
}
