/**
 * `tdkt scores YEAR -o FILE.xlsx|FILE.csv` (or `--format xlsx|csv`): the score
 * table as a file the office keeps (io/scores-workbook.ts).
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { rankAgencies } from "../core/scoring.js";
import { membersOf } from "../db/agencies.js";
import { criteriaOf } from "../db/criteria.js";
import { currentApproval } from "../db/score-check.js";
import { scoreDetailsOf } from "../db/score-detail.js";
import { scoreEntriesOf } from "../db/scores.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import {
  renderScoresCsv,
  renderScoresXlsx,
  type ScoreCell,
  type ScoreTable,
} from "../io/scores-workbook.js";
import { withBloc } from "./common.js";

/** True when the command asks for a file rather than the table on the terminal. */
export function wantsScoresFile(options: CommandOptions): boolean {
  return options.output !== undefined || options.format !== undefined;
}

export async function exportScores(
  ctx: Context,
  year: number,
  options: CommandOptions,
): Promise<void> {
  const request = documentRequest(
    options,
    ["xlsx", "csv"] as const,
    "csv",
    t("documents.name.scores"),
  );
  const table = withBloc(ctx, "read", (db, bloc): ScoreTable => {
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
    const approved = currentApproval(db, bloc.id, year);
    const cells = new Map<string, Map<string, ScoreCell>>();
    for (const detail of scoreDetailsOf(db, bloc.id, year)) {
      const agency = cells.get(detail.agency) ?? new Map<string, ScoreCell>();
      agency.set(detail.criterion, {
        points: detail.points,
        self: detail.self,
        checked: detail.checked,
      });
      cells.set(detail.agency, agency);
    }
    return {
      year,
      bloc: { code: bloc.code, name: bloc.name },
      members: members.map(({ code, name }) => ({ code, name })),
      criteria,
      ranking: rankAgencies(members, criteria, scoreEntriesOf(db, bloc.id, year)),
      cells,
      ...(approved ? { approved } : {}),
    };
  });
  const content =
    request.format === "xlsx"
      ? await renderScoresXlsx(table, ctx.lang)
      : renderScoresCsv(table, ctx.lang);
  emitDocument(ctx, request, content, { year });
}
