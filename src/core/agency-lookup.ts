/**
 * Finding the agency a person meant. An agency is named by its code or its
 * full name (contract), compared in NFC and case-insensitively; accents are
 * ignored only when that still names exactly one agency, because "Toà án" and
 * "Tòa án" are the same words but two names folded alike may be two agencies.
 */
import { caseKey, closest, foldAccents, nfc } from "./text.js";
import type { Agency } from "./types.js";

export type AgencyMatch =
  | { kind: "found"; agency: Agency }
  | { kind: "unknown"; suggestion: Agency | undefined }
  | { kind: "ambiguous"; candidates: Agency[] };

export interface AgencyResolver {
  resolve(text: string): AgencyMatch;
}

export function agencyResolver(agencies: readonly Agency[]): AgencyResolver {
  const exact = new Map<string, Agency>();
  const folded = new Map<string, Agency[]>();
  const add = (key: string, agency: Agency) => {
    const list = folded.get(key) ?? [];
    if (!list.includes(agency)) list.push(agency);
    folded.set(key, list);
  };
  for (const agency of agencies) {
    exact.set(caseKey(agency.code), agency);
    exact.set(caseKey(agency.name), agency);
    if (agency.shortName) exact.set(caseKey(agency.shortName), agency);
    add(foldAccents(agency.code), agency);
    add(foldAccents(agency.name), agency);
  }
  const byCode = new Map(agencies.map((agency) => [agency.code, agency]));
  const cache = new Map<string, AgencyMatch>();
  return {
    resolve(text) {
      const cached = cache.get(text);
      if (cached) return cached;
      const match = resolveUncached(text);
      cache.set(text, match);
      return match;
    },
  };

  function resolveUncached(text: string): AgencyMatch {
    const wanted = nfc(text.trim());
    const direct = byCode.get(wanted) ?? exact.get(caseKey(wanted));
    if (direct) return { kind: "found", agency: direct };
    const loose = folded.get(foldAccents(wanted)) ?? [];
    if (loose.length === 1 && loose[0]) return { kind: "found", agency: loose[0] };
    if (loose.length > 1) return { kind: "ambiguous", candidates: loose };
    const names = new Map<string, Agency>();
    for (const agency of agencies) {
      names.set(agency.code, agency);
      names.set(agency.name, agency);
    }
    const near = closest(wanted, names.keys());
    return { kind: "unknown", suggestion: near === undefined ? undefined : names.get(near) };
  }
}
