/**
 * The report of `tdkt import`: what each file brought, what happened to each
 * agency's scores, the warnings (stderr), and the time taken (stderr only, so
 * that stdout is the same from run to run). JSON shape as the contract fixes it.
 */
import type { Context } from "../context.js";
import type { Problem } from "../core/problem.js";
import type { AgencyClaim } from "../core/score-sheet-check.js";
import { t } from "../i18n/index.js";
import { formatNumber } from "./numbers.js";
import { locatedText } from "./problem-text.js";

export type AgencyStatus = "added" | "replaced" | "unchanged";

export interface ImportReport {
  bloc: string;
  year: number;
  dryRun: boolean;
  /** Each table read (a CSV file, a sheet of a workbook), in the order given. */
  files: Array<{
    file: string;
    status: "read" | "unchanged" | "failed";
    rows: number;
    agencies: Array<{ code: string; status: AgencyStatus }>;
  }>;
  /** Each agency met, in rotation order. */
  agencies: Array<{ code: string; name: string; status: AgencyStatus; rows: number; file: string }>;
  rows: number;
  /** Files given (a workbook of several sheets is one file). */
  fileCount: number;
  warnings: string[];
}

/**
 * The report of a batch from its tables and the agencies each brought (in
 * the order met): agencies listed in rotation order, warnings in the order
 * found, then the base criteria each added agency left out.
 */
export function importReport(input: {
  bloc: string;
  year: number;
  dryRun: boolean;
  tables: ReadonlyArray<{
    file: string;
    path: string;
    status: ImportReport["files"][number]["status"];
    rows: number;
    claims: readonly AgencyClaim[];
  }>;
  notes: readonly Problem[];
  missingBase: (claim: AgencyClaim) => Problem | undefined;
}): ImportReport {
  const statusOf = (claim: AgencyClaim): AgencyStatus =>
    claim.mode === "add" ? "added" : claim.mode === "replace" ? "replaced" : "unchanged";
  const agencies: Array<{ claim: AgencyClaim; file: string }> = [];
  const notes = [...input.notes];
  for (const table of input.tables) {
    for (const claim of table.claims) {
      agencies.push({ claim, file: table.file });
      const missing = input.missingBase(claim);
      if (missing) notes.push(missing);
    }
  }
  agencies.sort((a, b) => a.claim.agency.order - b.claim.agency.order);
  return {
    bloc: input.bloc,
    year: input.year,
    dryRun: input.dryRun,
    files: input.tables.map((table) => ({
      file: table.file,
      status: table.status,
      rows: table.rows,
      agencies: table.claims.map((claim) => ({ code: claim.agency.code, status: statusOf(claim) })),
    })),
    agencies: agencies.map(({ claim, file }) => ({
      code: claim.agency.code,
      name: claim.agency.name,
      status: statusOf(claim),
      rows: claim.rows,
      file,
    })),
    rows: input.tables.reduce((sum, table) => sum + table.rows, 0),
    fileCount: new Set(input.tables.map((table) => table.path)).size,
    warnings: notes.map(locatedText),
  };
}

export function formatCount(count: number, lang: "vi" | "en"): string {
  return count.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
}

function agencyList(agencies: ReadonlyArray<{ code: string }>): string {
  const codes = agencies.map((agency) => agency.code);
  return codes.length <= 5
    ? codes.join(", ")
    : t("scores.import.manyAgencies", { count: codes.length });
}

export function reportImport(ctx: Context, outcome: ImportReport, elapsedMs: number): void {
  const counts = { added: 0, replaced: 0, unchanged: 0 };
  for (const agency of outcome.agencies) counts[agency.status]++;
  const changed = counts.added + counts.replaced > 0;
  for (const warning of outcome.warnings) ctx.out.info(warning);
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc,
      year: outcome.year,
      dryRun: outcome.dryRun,
      changed: changed && !outcome.dryRun,
      files: outcome.files.map((entry) => ({
        file: entry.file,
        status: entry.status === "unchanged" ? "unchanged" : "read",
        rows: entry.rows,
        agencies: entry.agencies.map((agency) => agency.code),
      })),
      agencies: outcome.agencies.map(({ code, name, status, rows, file }) => ({
        agency: code,
        name,
        status,
        rows,
        file,
      })),
      summary: {
        files: outcome.fileCount,
        rows: outcome.rows,
        agencies: outcome.agencies.length,
        ...counts,
      },
    });
  } else {
    const lines: string[] = [
      outcome.dryRun
        ? t("scores.import.dryRunTitle", { year: outcome.year, bloc: outcome.bloc })
        : t("scores.import.title", { year: outcome.year, bloc: outcome.bloc }),
    ];
    for (const entry of outcome.files) {
      if (entry.status === "unchanged") {
        lines.push(
          `  ${t("scores.import.fileUnchanged", { file: entry.file, agencies: agencyList(entry.agencies) })}`,
        );
        continue;
      }
      const byStatus = new Map<AgencyStatus, Array<{ code: string }>>();
      for (const agency of entry.agencies) {
        byStatus.set(agency.status, [...(byStatus.get(agency.status) ?? []), agency]);
      }
      const parts = (["added", "replaced", "unchanged"] as const)
        .filter((status) => byStatus.has(status))
        .map((status) => [status, byStatus.get(status) ?? []] as const)
        .map(([status, states]) => `${t(`scores.status.${status}`)}: ${agencyList(states)}`);
      lines.push(
        `  ${t("scores.import.file", {
          file: entry.file,
          rows: formatCount(entry.rows, ctx.lang),
          agencies: parts.join("; "),
        })}`,
      );
    }
    const summary = {
      files: outcome.fileCount,
      rows: formatCount(outcome.rows, ctx.lang),
      agencies: outcome.agencies.length,
      ...counts,
    };
    lines.push(
      outcome.dryRun
        ? t("scores.import.wouldSummary", summary)
        : t("scores.import.summary", summary),
    );
    if (!changed) lines.push(t("scores.import.nothingChanged"));
    ctx.out.print(lines.join("\n"));
  }
  // The time goes to stderr only: stdout stays the same from run to run.
  const seconds = elapsedMs / 1000;
  const read = outcome.files.reduce(
    (sum, entry) => sum + (entry.status === "read" ? entry.rows : 0),
    0,
  );
  ctx.out.info(
    read > 0 && seconds > 0
      ? t("scores.import.time", {
          seconds: formatNumber(seconds, ctx.lang, 2),
          rate: formatCount(Math.round(read / seconds), ctx.lang),
        })
      : t("scores.import.timeOnly", { seconds: formatNumber(seconds, ctx.lang, 2) }),
  );
}
