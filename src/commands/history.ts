import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { compareVietnamese } from "../core/text.js";
import type { TallyReport } from "../core/types.js";
import { decisionLines } from "../core/year-record.js";
import { allAgencies } from "../db/agencies.js";
import { journalOf } from "../db/journal.js";
import { leadersOf } from "../db/leaders.js";
import { countsOf, getTally, talliedYears } from "../db/tallies.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { formatLocalTime } from "../io/dates.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";

interface YearRow {
  year: number;
  head: string | null;
  deputy: string | null;
  flag: string[];
  certificate: string[];
  next: { year: number; head: string | null; deputy: string | null };
}

interface AgencyCount {
  agency: string;
  name: string;
  head: number;
  deputy: number;
  flag: number;
  certificate: number;
}

/**
 * `tdkt history`: per tallied year the head and deputy, the flag and
 * certificate proposals and who was chosen to lead next; then how many times
 * each agency has led or been honoured, so that a secretary can see whether
 * the rotation is fair.
 */
export function run(ctx: Context, args: string[], options: CommandOptions): void {
  if (args[0] !== undefined) {
    yearHistory(ctx, parseYear(args[0]), options);
    return;
  }
  const { bloc, years, counts, following } = withBloc(ctx, "read", (db, bloc) => {
    const years: YearRow[] = talliedYears(db, bloc.id).map((year) => {
      const report = getTally(db, bloc.id, year)?.report;
      const leaders = leadersOf(db, bloc.id, year);
      return {
        year,
        head: leaders.head,
        deputy: leaders.deputy,
        flag: report?.awards.flag ?? [],
        certificate: report?.awards.certificate ?? [],
        next: {
          year: year + 1,
          head: report?.leaders.head ?? null,
          deputy: report?.leaders.deputy ?? null,
        },
      };
    });
    const counts = new Map<string, AgencyCount>(
      allAgencies(db, bloc.id).map((a) => [
        a.code,
        { agency: a.code, name: a.name, head: 0, deputy: 0, flag: 0, certificate: 0 },
      ]),
    );
    const bump = (code: string | null, field: "head" | "deputy" | "flag" | "certificate") => {
      const count = code === null ? undefined : counts.get(code);
      if (count) count[field]++;
    };
    for (const row of years) {
      bump(row.head, "head");
      bump(row.deputy, "deputy");
      for (const code of row.flag) bump(code, "flag");
      for (const code of row.certificate) bump(code, "certificate");
    }
    // The leaders of the year after the last count as they stand: a `leaders set --amend` after
    // the count replaces the count's choice, and `tdkt leaders` shows the same.
    const last = years.at(-1);
    const following = last
      ? { year: last.year + 1, ...leadersOf(db, bloc.id, last.year + 1) }
      : null;
    return { bloc, years, counts: [...counts.values()], following };
  });
  const ranked = counts.sort(
    (a, b) =>
      b.flag + b.certificate - (a.flag + a.certificate) ||
      b.head + b.deputy - (a.head + a.deputy) ||
      compareVietnamese(a.name, b.name),
  );
  if (ctx.json) {
    ctx.out.json({ bloc: bloc.code, years, agencies: ranked });
    return;
  }
  if (years.length === 0) {
    throw new TdktError(t("history.none", { bloc: bloc.code }), { hint: t("history.none.hint") });
  }
  const list = (codes: readonly string[]) => (codes.length > 0 ? codes.join(", ") : "—");
  const bold = (text: string) => ctx.out.color.bold(text);
  ctx.out.print(
    [
      bold(t("history.title", { bloc: bloc.name })),
      "",
      renderTable(
        [
          t("history.col.year"),
          t("leaders.head"),
          t("leaders.deputy"),
          t("history.col.flag"),
          t("history.col.certificate"),
        ],
        years.map((y) => [
          String(y.year),
          y.head ?? "—",
          y.deputy ?? "—",
          list(y.flag),
          list(y.certificate),
        ]),
        { styleHeader: bold },
      ),
      "",
      t(following?.source === "set" ? "history.next.set" : "history.next", {
        year: following?.year ?? "",
        head: following?.head ?? "—",
        deputy: following?.deputy ?? "—",
      }),
      "",
      bold(t("history.counts")),
      renderTable(
        [
          t("history.col.agency"),
          t("leaders.head"),
          t("leaders.deputy"),
          t("history.col.flag"),
          t("history.col.certificate"),
        ],
        ranked.map((c) => [
          `${c.name} (${c.agency})`,
          String(c.head),
          String(c.deputy),
          String(c.flag),
          String(c.certificate),
        ]),
        { align: ["left", "right", "right", "right", "right"], styleHeader: bold },
      ),
    ].join("\n"),
  );
}

/**
 * `tdkt history YEAR`: every count of the year (lần kiểm phiếu 1, 2, …) with
 * its decisions, and the journal of amendments (contract, "A year's record").
 */
function yearHistory(ctx: Context, year: number, _options: CommandOptions): void {
  const { bloc, counts, journal } = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    counts: countsOf(db, bloc.id, year),
    journal: journalOf(db, bloc.id, year),
  }));
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      counts: counts.map((c) => ({
        count: c.count,
        talliedAt: c.talliedAt,
        provisional: c.provisional,
        amendReason: c.amendReason,
        tdktVersion: c.tdktVersion,
        reportHash: c.reportHash,
        decisions: decisionLines(c.report),
      })),
      journal,
    });
    return;
  }
  if (counts.length === 0 && journal.length === 0) {
    throw new TdktError(t("record.history.none", { year }), {
      hint: t("record.history.none.hint", { year }),
    });
  }
  const bold = (text: string) => ctx.out.color.bold(text);
  const lines: string[] = [bold(t("record.history.title", { year })), ""];
  // A year with a journal but no count of its own (leaders elected the year before).
  if (counts.length === 0) lines.push(t("leaders.source.none"));
  for (const c of counts) {
    lines.push(
      t("record.history.count", {
        count: c.count,
        at: formatLocalTime(c.talliedAt, ctx.lang),
        provisional: c.provisional ? t("record.history.provisional") : "",
        version: c.tdktVersion ? t("record.history.version", { version: c.tdktVersion }) : "",
      }),
    );
    if (c.amendReason) lines.push(`   ${t("record.history.amend", { reason: c.amendReason })}`);
    for (const line of decisionText(c.report)) lines.push(`   ${line}`);
  }
  lines.push("", bold(t("record.history.journal")));
  if (journal.length === 0) lines.push(t("record.history.journal.none"));
  for (const entry of journal) {
    lines.push(
      entry.count === 0
        ? t("record.history.entryLeaders", {
            at: formatLocalTime(entry.at, ctx.lang),
            command: entry.command,
          })
        : t("record.history.entry", {
            at: formatLocalTime(entry.at, ctx.lang),
            count: entry.count,
            command: entry.command,
          }),
    );
    lines.push(`   ${t("record.history.reason", { reason: entry.reason })}`);
    for (const change of entry.changes) {
      lines.push(`   ${change.what}: ${change.before ?? "—"} → ${change.after ?? "—"}`);
    }
  }
  ctx.out.print(lines.join("\n"));
}

/**
 * A count's decisions for people, in the user's language: each race by its
 * name and round, then next year's leaders. (The JSON keeps the coded lines
 * of decisionLines, which `verify` compares.)
 */
function decisionText(report: TallyReport): string[] {
  return [
    ...report.races.map((race) => {
      const title = t("minutes.race.firstRound", {
        title: report.labels?.[race.race] ?? t(`minutes.raceShort.${race.race}`),
        round: race.round,
      });
      const tie = race.tie ? `; ${t("minutes.result.tie")}: ${race.tie.agencies.join(", ")}` : "";
      return `${title}: ${race.elected.join(", ") || "—"}${tie}`;
    }),
    t("history.next", {
      year: report.leaders.year,
      head: report.leaders.head ?? "—",
      deputy: report.leaders.deputy ?? "—",
    }),
  ];
}
