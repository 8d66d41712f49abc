import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { decisionChanges } from "../core/year-record.js";
import { type JournalEntry, journalOf } from "../db/journal.js";
import { getTally } from "../db/tallies.js";
import { TdktError } from "../errors.js";
import { type Lang, t } from "../i18n/index.js";
import { formatLocalTime, formatUserDate } from "../io/dates.js";
import { escapeControls } from "../io/output.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, sameAsCount, sha256 } from "./tally.js";

interface Check {
  check: "report-hash" | "inputs" | "decisions";
  ok: boolean;
  details: string[];
}

/**
 * `tdkt verify YEAR`: recomputes every decision from the stored ballots and
 * scores and compares with the latest count, so that a later edit of the
 * database (of the ballots, the scores, the rules, or the stored result
 * itself) is detected; the comparison sees only the fields that the count's
 * release knew. Reports the journal of amendments made after that count.
 * Exit 1 when anything differs.
 */
export function run(ctx: Context, args: string[], _options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const { checks, talliedAt, count, provisional, journal } = withBloc(ctx, "read", (db, bloc) => {
    const stored = getTally(db, bloc.id, year);
    if (!stored) {
      throw new TdktError(t("verify.none", { year }), { hint: t("verify.none.hint", { year }) });
    }
    const { input, report } = computeTally(db, bloc, year);
    const same = sameAsCount(stored, input, report);
    const checks: Check[] = [
      {
        check: "report-hash",
        ok: sha256(stored.reportJson) === stored.reportHash,
        details: [],
      },
      { check: "inputs", ok: same.inputs, details: [] },
      {
        check: "decisions",
        ok: same.report,
        details: decisionChanges(stored.report, report).map(
          (c) => `${c.what}: ${c.before ?? "—"} → ${c.after ?? "—"}`,
        ),
      },
    ];
    const last = checks[2];
    if (last && !last.ok && last.details.length === 0) last.details.push(t("verify.countsDiffer"));
    const journal = journalOf(db, bloc.id, year).filter((entry) => entry.count === stored.count);
    return {
      checks,
      talliedAt: stored.talliedAt,
      count: stored.count,
      provisional: stored.provisional,
      journal,
    };
  });

  const ok = checks.every((check) => check.ok);
  if (ctx.json) {
    ctx.out.json({ year, ok, count, provisional, talliedAt, checks, journal });
  } else {
    ctx.out.print(
      t("record.verify.count", {
        count,
        year,
        provisional: provisional ? t("record.history.provisional") : "",
      }),
    );
    for (const check of checks) {
      const mark = check.ok ? ctx.out.color.green("✓") : ctx.out.color.red("✗");
      ctx.out.print(
        `${mark} ${t(check.ok ? `verify.${check.check}.ok` : `verify.${check.check}.bad`)}`,
      );
      for (const detail of check.details) ctx.out.print(`    ${escapeControls(detail)}`);
    }
    if (journal.length > 0) {
      ctx.out.print(
        escapeControls(
          t("record.verify.journal", { count, year, entries: summary(journal, ctx.lang) }),
        ),
      );
    }
  }
  if (!ok) {
    throw new TdktError(
      t("verify.failed", { year, talliedAt: formatLocalTime(talliedAt, ctx.lang) }),
      {
        hint: t("verify.failed.hint", { year }),
      },
    );
  }
  if (!ctx.json)
    ctx.out.info(t("verify.ok", { year, talliedAt: formatLocalTime(talliedAt, ctx.lang) }));
}

function summary(journal: readonly JournalEntry[], lang: Lang): string {
  return journal
    .map((entry) => `${formatUserDate(entry.at.slice(0, 10), lang)} ${entry.reason}`)
    .join("; ");
}
