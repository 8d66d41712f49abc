/**
 * Reasons and warnings are data: their params name agencies by code, so that
 * scripts reading the JSON get codes. People read names: these are the params
 * that hold an agency code, or a list of them joined by ", ", and get the
 * agency's name in what is printed. (`agency` and `top` are left as codes: the
 * messages that use them print the name beside them already.)
 */
import type { Params } from "../i18n/index.js";

const AGENCY_PARAMS = [
  "agencies",
  "elected",
  "head",
  "deputy",
  "previousHead",
  "previousDeputy",
  "other",
];

export function namedParams(params: Params, names: ReadonlyMap<string, string>): Params {
  const named: Params = { ...params };
  for (const key of AGENCY_PARAMS) {
    const value = params[key];
    if (typeof value !== "string") continue;
    named[key] = value
      .split(", ")
      .map((code) => names.get(code) ?? code)
      .join(", ");
  }
  return named;
}
