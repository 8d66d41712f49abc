/**
 * `tdkt scores YEAR`: the ranking by total score (domain.md, "Scoring": total
 * = base + bonus − penalty, each base score at most its criterion's maximum;
 * equal totals share a rank), and the members that have sent no sheet yet.
 * The JSON shape is fixed by the contract; `missing` is an addition.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { rankAgencies } from "../core/scoring.js";
import { membersOf } from "../db/agencies.js";
import { criteriaOf } from "../db/criteria.js";
import { scoreEntriesOf } from "../db/scores.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { formatNumber } from "../io/numbers.js";
import { renderTable } from "../io/table.js";
import { parseYear, withBloc } from "./common.js";
import { checkView } from "./scores-check.js";
import { exportScores, wantsScoresFile } from "./scores-export.js";

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  if (wantsScoresFile(options)) return exportScores(ctx, year, options);
  // The head's check (scores-check.ts).
  const check = checkView(options);
  if (check !== undefined) {
    check(ctx, year);
    return;
  }
  const { bloc, ranking, missing } = withBloc(ctx, "read", (db, bloc) => {
    const members = membersOf(db, bloc.id, year);
    if (members.length === 0) {
      throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
    }
    const criteria = criteriaOf(db, bloc.id, year);
    if (criteria.length === 0) {
      throw new TdktError(t("criteria.none", { year }), {
        hint: t("criteria.none.hint", { year }),
      });
    }
    const ranking = rankAgencies(members, criteria, scoreEntriesOf(db, bloc.id, year));
    const sent = new Set(ranking.map((total) => total.agency));
    return { bloc, ranking, missing: members.filter((member) => !sent.has(member.code)) };
  });

  if (ctx.json) {
    ctx.out.json({
      year,
      agencies: ranking.map(({ agency, name, base, bonus, penalty, total, rank }) => ({
        agency,
        name,
        base,
        bonus,
        penalty,
        total,
        rank,
      })),
      missing: missing.map((member) => member.code),
    });
    return;
  }
  const lines = [t("scores.title", { year, bloc: bloc.name }), ""];
  if (ranking.length === 0) {
    lines.push(t("scores.none", { year }), t("scores.none.hint", { year }));
  } else {
    const number = (value: number) => formatNumber(value, ctx.lang);
    lines.push(
      renderTable(
        [
          t("scores.col.rank"),
          t("scores.col.code"),
          t("scores.col.name"),
          t("scores.col.base"),
          t("scores.col.bonus"),
          t("scores.col.penalty"),
          t("scores.col.total"),
        ],
        ranking.map((row) => [
          String(row.rank),
          row.agency,
          row.name,
          number(row.base),
          number(row.bonus),
          number(row.penalty),
          number(row.total),
        ]),
        {
          align: ["right", "left", "left", "right", "right", "right", "right"],
          styleHeader: (text) => ctx.out.color.bold(text),
        },
      ),
      "",
      t("scores.rule"),
    );
  }
  if (missing.length > 0) {
    lines.push(
      "",
      t("scores.missing", {
        count: missing.length,
        list: missing.map((member) => `${member.code} (${member.name})`).join(", "),
      }),
    );
  }
  ctx.out.print(lines.join("\n"));
}
