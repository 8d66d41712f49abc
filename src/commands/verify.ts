import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import type { TallyReport } from "../core/types.js";
import { getTally } from "../db/tallies.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { stableJson } from "../io/output.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, inputsHash, sha256 } from "./tally.js";

interface Check {
  check: "report-hash" | "inputs" | "decisions";
  ok: boolean;
  details: string[];
}

/** The decisions of a report, as lines that can be compared and shown. */
function decisions(report: TallyReport): string[] {
  return [
    ...report.races.map(
      (race) =>
        `${race.race} (${race.round}): ${race.elected.join(", ") || "—"}${
          race.tie ? ` / tie ${race.tie.agencies.join(", ")}` : ""
        }`,
    ),
    ...Object.entries(report.awards).map(
      ([race, codes]) => `${race}: ${(codes ?? []).join(", ") || "—"}`,
    ),
    `leaders ${report.leaders.year}: ${report.leaders.head ?? "—"} / ${report.leaders.deputy ?? "—"}`,
  ];
}

/**
 * `tdkt verify YEAR`: recomputes every decision from the stored ballots and
 * scores and compares with what the last tally reported, so that a later edit
 * of the database (of the ballots, the scores, the rules, or the stored result
 * itself) is detected. Exit 1 when anything differs.
 */
export function run(ctx: Context, args: string[], _options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const { checks, talliedAt } = withBloc(ctx, "read", (db, bloc) => {
    const stored = getTally(db, bloc.id, year);
    if (!stored) {
      throw new TdktError(t("verify.none", { year }), { hint: t("verify.none.hint", { year }) });
    }
    const { input, report } = computeTally(db, bloc, year);
    const before = decisions(stored.report);
    const now = decisions(report);
    const checks: Check[] = [
      {
        check: "report-hash",
        ok: sha256(stored.reportJson) === stored.reportHash,
        details: [],
      },
      { check: "inputs", ok: inputsHash(input) === stored.inputsHash, details: [] },
      {
        check: "decisions",
        ok: stableJson(report) === stored.reportJson,
        details: now
          .map((line, index) => (line === before[index] ? "" : `${before[index] ?? "—"} → ${line}`))
          .filter(Boolean),
      },
    ];
    const last = checks[2];
    if (last && !last.ok && last.details.length === 0) last.details.push(t("verify.countsDiffer"));
    return { checks, talliedAt: stored.talliedAt };
  });

  const ok = checks.every((check) => check.ok);
  if (ctx.json) {
    ctx.out.json({ year, ok, talliedAt, checks });
  } else {
    for (const check of checks) {
      const mark = check.ok ? ctx.out.color.green("✓") : ctx.out.color.red("✗");
      ctx.out.print(
        `${mark} ${t(check.ok ? `verify.${check.check}.ok` : `verify.${check.check}.bad`)}`,
      );
      for (const detail of check.details) ctx.out.print(`    ${detail}`);
    }
  }
  if (!ok) {
    throw new TdktError(t("verify.failed", { year, talliedAt }), {
      hint: t("verify.failed.hint", { year }),
    });
  }
  if (!ctx.json) ctx.out.info(t("verify.ok", { year, talliedAt }));
}
