/**
 * `tdkt scores YEAR --detail [AGENCY]`, `--diff` and `--approve`: the head's
 * check of the year's scores (domain.md, "The year of a bloc": the head
 * checks each agency's self-scores, the agency may explain, the conference
 * approves the table before it votes).
 */
import type { Context } from "../context.js";
import { scoreTree, treeSums } from "../core/criteria-tree.js";
import { scoreDifferences } from "../core/score-check.js";
import { fromMilli } from "../core/scoring.js";
import type { Agency } from "../core/types.js";
import { type AgencyRow, membersOf } from "../db/agencies.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { type CriterionRow, criteriaOf } from "../db/criteria.js";
import {
  approveScores,
  type ScoreDetail,
  scoreApprovalOf,
  scoreDetailsOf,
  scoresFingerprint,
} from "../db/score-check.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { formatNumber } from "../io/numbers.js";
import { renderTable } from "../io/table.js";
import { withBloc } from "./common.js";
import { writeYear } from "./record.js";
import { resolveMember } from "./resolve-member.js";

/** The view of the head's check the options ask for, if any (`--approve`, `--diff`, `--detail`). */
export function checkView(
  options: Record<string, unknown>,
): ((ctx: Context, year: number) => void) | undefined {
  if (options.approve === true) return (ctx, year) => runApprove(ctx, year, options);
  if (options.diff === true) return runDiff;
  const detail = options.detail;
  if (detail === undefined) return undefined;
  return (ctx, year) => runDetail(ctx, year, typeof detail === "string" ? detail : undefined);
}

interface YearScores {
  bloc: BlocRow;
  members: AgencyRow[];
  criteria: CriterionRow[];
  details: ScoreDetail[];
}

function load(db: Db, bloc: BlocRow, year: number): YearScores {
  const members = membersOf(db, bloc.id, year);
  if (members.length === 0) {
    throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
  }
  const criteria = criteriaOf(db, bloc.id, year);
  if (criteria.length === 0) {
    throw new TdktError(t("criteria.none", { year }), { hint: t("criteria.none.hint", { year }) });
  }
  const order = new Map(members.map((member) => [member.code, member.order]));
  const details = scoreDetailsOf(db, bloc.id, year).sort(
    (a, b) => (order.get(a.agency) ?? 0) - (order.get(b.agency) ?? 0),
  );
  return { bloc, members, criteria, details };
}

/** `--diff`: every criterion where self and checked differ, by agency, with both comments. */
export function runDiff(ctx: Context, year: number): void {
  const { members, details } = withBloc(ctx, "read", (db, bloc) => load(db, bloc, year));
  const differences = scoreDifferences(details);
  if (ctx.json) {
    ctx.out.json({
      year,
      differences: differences.map(
        ({ agency, criterion, self, checked, change, comment, explanation }) => ({
          agency,
          criterion,
          self,
          checked,
          change,
          comment,
          explanation,
        }),
      ),
    });
    return;
  }
  const number = (value: number) => formatNumber(value, ctx.lang);
  const lines = [t("check.diff.title", { year }), ""];
  if (differences.length === 0) {
    lines.push(t("check.diff.none"));
    ctx.out.print(lines.join("\n"));
    return;
  }
  for (const member of members) {
    const own = differences.filter((difference) => difference.agency === member.code);
    if (own.length === 0) continue;
    lines.push(`${member.code} – ${member.name}`);
    lines.push(
      renderTable(
        [
          t("check.col.criterion"),
          t("check.col.self"),
          t("check.col.checked"),
          t("check.col.change"),
          t("check.col.comment"),
          t("check.col.explanation"),
        ],
        own.map((difference) => [
          difference.criterion,
          number(difference.self),
          number(difference.checked),
          `${difference.change > 0 ? "+" : "−"}${number(Math.abs(difference.change))}`,
          difference.comment ?? "",
          difference.explanation ?? "",
        ]),
        { align: ["left", "right", "right", "right", "left", "left"] },
      ),
      "",
    );
  }
  lines.push(t("check.diff.summary", { count: differences.length }));
  ctx.out.print(lines.join("\n"));
}

/** `--approve`: the table as it stands is the approved one, with the date. */
export function runApprove(ctx: Context, year: number, options: Record<string, unknown>): void {
  // The minutes of a counted year say the table was approved: approving it
  // afterwards is an amendment of that record (contract, "A year's record").
  const command = { name: "scores", args: [String(year), "--approve"] };
  const outcome = writeYear(ctx, options, year, command, (db, bloc) => {
    const { details } = load(db, bloc, year);
    if (details.length === 0) {
      throw new TdktError(t("check.approve.noScores", { year }), {
        hint: t("scores.none.hint", { year }),
      });
    }
    const hash = scoresFingerprint(db, bloc.id, year);
    const previous = scoreApprovalOf(db, bloc.id, year);
    if (previous?.scoresHash === hash) {
      return { date: previous.approvedAt.slice(0, 10), changed: false, again: false };
    }
    const approvedAt = ctx.now();
    approveScores(db, bloc.id, year, { approvedAt, scoresHash: hash });
    return { date: approvedAt.slice(0, 10), changed: true, again: previous !== undefined };
  });
  if (ctx.json) {
    ctx.out.json({ year, approved: outcome.date, changed: outcome.changed });
    return;
  }
  const [y, m, d] = outcome.date.split("-");
  const date = `${d}/${m}/${y}`;
  ctx.out.print(
    outcome.changed
      ? t(outcome.again ? "check.approve.again" : "check.approve.done", { year, date })
      : t("check.approve.unchanged", { year, date }),
  );
}

/** `--detail [AGENCY]`: per criterion, with groups and their subtotals, for one agency or all. */
export function runDetail(ctx: Context, year: number, agency: string | undefined): void {
  const data = withBloc(ctx, "read", (db, bloc) => load(db, bloc, year));
  const chosen: Agency[] =
    agency === undefined
      ? data.members.filter((member) => data.details.some((d) => d.agency === member.code))
      : [resolveMember(data.members, agency, year, "--detail")];
  const number = (value: number | null) => (value === null ? "" : formatNumber(value, ctx.lang));
  const reports = chosen.map((member) => {
    const own = data.details.filter((detail) => detail.agency === member.code);
    const byCode = new Map(own.map((detail) => [detail.criterion, detail]));
    const nodes = scoreTree(data.criteria, new Map(own.map((d) => [d.criterion, d.points])));
    const sums = treeSums(nodes);
    return {
      agency: member.code,
      name: member.name,
      rows: nodes.map((node) => {
        const detail = byCode.get(node.code);
        return {
          criterion: node.code,
          title: node.title,
          depth: node.depth,
          group: node.group,
          kind: node.kind,
          max: node.maxPoints,
          self: node.group ? null : (detail?.self ?? null),
          checked: node.group ? null : (detail?.checked ?? null),
          counted: node.milli === null ? null : fromMilli(node.milli),
          uncapped: node.uncappedMilli === null ? null : fromMilli(node.uncappedMilli),
        };
      }),
      base: fromMilli(sums.base),
      bonus: fromMilli(sums.bonus),
      penalty: fromMilli(sums.penalty),
      total: fromMilli(sums.base + sums.bonus - sums.penalty),
    };
  });
  if (ctx.json) {
    ctx.out.json({ year, agencies: reports });
    return;
  }
  const lines = [t("check.detail.title", { year }), ""];
  if (reports.length === 0) lines.push(t("scores.none", { year }));
  for (const report of reports) {
    lines.push(`${report.agency} – ${report.name}`);
    lines.push(
      renderTable(
        [
          t("check.col.criterion"),
          t("check.col.title"),
          t("check.col.max"),
          t("check.col.self"),
          t("check.col.checked"),
          t("check.col.counted"),
        ],
        report.rows.map((row) => {
          const indent = "  ".repeat(row.depth);
          const title = row.title.length > 48 ? `${row.title.slice(0, 47)}…` : row.title;
          // A group shows its subtotal, and the sum before its cap when the cap took points off.
          const counted =
            row.group && row.uncapped !== null && row.uncapped !== row.counted
              ? `${number(row.counted)} (${number(row.uncapped)})`
              : number(row.counted);
          return [
            `${indent}${row.criterion}`,
            row.group ? ctx.out.color.bold(title) : title,
            number(row.max),
            number(row.self),
            number(row.checked),
            row.group ? ctx.out.color.bold(counted) : counted,
          ];
        }),
        {
          align: ["left", "left", "right", "right", "right", "right"],
          styleHeader: (text) => ctx.out.color.bold(text),
        },
      ),
      t("check.detail.total", {
        base: number(report.base),
        bonus: number(report.bonus),
        penalty: number(report.penalty),
        total: number(report.total),
      }),
      "",
    );
  }
  lines.push(t("check.detail.rule"));
  ctx.out.print(lines.join("\n"));
}
