import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { getTally } from "../db/tallies.js";
import { loadYear, type YearData } from "../db/year.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import { renderMinutes, renderMinutesDocx } from "../io/minutes/index.js";
import type { MinutesData } from "../io/minutes/model.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, inputsHash } from "./tally.js";

/** The minutes' data from the stored year and the result the last tally announced. */
export function minutesData(data: YearData, tally: MinutesData["tally"]): MinutesData {
  const meeting = data.meeting;
  return {
    bloc: {
      code: data.bloc.code,
      name: data.bloc.name,
      province: data.bloc.province,
      parent: data.bloc.parent ?? null,
    },
    year: data.year,
    meeting: meeting?.date
      ? {
          date: meeting.date,
          start: meeting.start,
          end: meeting.end,
          place: meeting.place,
          chair: meeting.chair,
          chairTitle: meeting.chairTitle ?? null,
          secretary: meeting.secretary,
          secretaryTitle: meeting.secretaryTitle ?? null,
          countingBoard: meeting.countingBoard,
          countingBoardTitles: meeting.countingBoardTitles ?? [],
          number: meeting.number,
          present: meeting.present ?? data.members.length,
          absent: meeting.absent,
        }
      : null,
    members: data.members.map(({ code, name, shortName, order }) => ({
      code,
      name,
      shortName,
      order,
    })),
    totals: data.totals,
    missingSheets: data.missingSheets,
    currentLeaders: { head: data.leaders.head, deputy: data.leaders.deputy },
    tally,
    disqualified: data.disqualified,
  };
}

/**
 * `tdkt minutes YEAR`: the conference minutes (Decree 30/2020/NĐ-CP, template
 * 1.9) from the stored year and the result of its last tally. What is missing
 * is named in the document and, with the command that records it, on stderr.
 */
export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const request = documentRequest(
    options,
    ["text", "md", "json", "docx"] as const,
    ctx.json && options.output === undefined ? "json" : "text",
    t("documents.name.minutes"),
  );
  const { data, stale } = withBloc(ctx, "read", (db, bloc) => {
    const year_ = loadYear(db, bloc, year);
    const stored = getTally(db, bloc.id, year);
    let stale = false;
    if (stored) {
      try {
        stale = inputsHash(computeTally(db, bloc, year).input) !== stored.inputsHash;
      } catch {
        stale = true;
      }
    }
    return { data: minutesData(year_, stored?.report ?? null), stale };
  });
  const missing: string[] = [];
  if (data.members.length === 0) missing.push(t("minutes.cmd.missing.members", { year }));
  if (!data.meeting) missing.push(t("minutes.cmd.missing.meeting", { year }));
  if (!data.tally) missing.push(t("minutes.cmd.missing.tally", { year }));
  if (stale) missing.push(t("minutes.cmd.stale", { year }));
  const content =
    request.format === "docx"
      ? await renderMinutesDocx(data, ctx.lang)
      : renderMinutes(data, request.format, ctx.lang);
  emitDocument(ctx, request, content, { year });
  for (const line of missing) ctx.out.info(`tdkt: ${line}`);
}
