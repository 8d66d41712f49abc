import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { verificationStatus } from "../db/ballots.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { journalOf } from "../db/journal.js";
import { getTally } from "../db/tallies.js";
import { loadYear, type YearData } from "../db/year.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import { renderMinutes, renderMinutesDocx } from "../io/minutes/index.js";
import type { DraftReason, MinutesData } from "../io/minutes/model.js";
import { escapeControls } from "../io/output.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, sameAsCount } from "./tally.js";

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
    ...(data.scoresApproved ? { scoresApproved: data.scoresApproved } : {}),
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
  const { data, stale } = withBloc(ctx, "read", (db, bloc) => yearDocument(db, bloc, year));
  const missing: string[] = [];
  if (data.members.length === 0) missing.push(t("minutes.cmd.missing.members", { year }));
  if (!data.meeting) missing.push(t("minutes.cmd.missing.meeting", { year }));
  if (!data.tally) missing.push(t("minutes.cmd.missing.tally", { year }));
  if (stale) missing.push(t("minutes.cmd.stale", { year }));
  // What the document shows as "(chưa ghi)": the commands that record it, here and not in it.
  const fields = (["start", "end", "place", "chair", "secretary"] as const).filter(
    (field) => data.meeting !== null && !data.meeting[field],
  );
  if (fields.length > 0) {
    const options = fields.map((field) => `--${field} …`).join(" ");
    missing.push(t("record.minutes.meetingIncomplete", { year, options }));
  }
  if (data.members.length > 0 && data.totals.length === 0) {
    missing.push(t("record.minutes.noScores", { year }));
  }
  for (const reason of data.draft?.reasons ?? []) {
    if (reason === "open-race" || reason === "unverified") {
      missing.push(t(`record.draft.${reason}`, { year }));
    }
  }
  // JSON escapes control characters itself; text and Markdown must not carry
  // a user's escape sequence to a terminal or a printer.
  const content =
    request.format === "docx"
      ? await renderMinutesDocx(data, ctx.lang)
      : request.format === "json"
        ? renderMinutes(data, request.format, ctx.lang)
        : escapeControls(renderMinutes(data, request.format, ctx.lang));
  emitDocument(ctx, request, content, { year });
  for (const line of missing) ctx.out.info(`tdkt: ${line}`);
}

/**
 * The data of a year's documents (minutes, vote-count record, proposal) with
 * the draft mark: final or draft, never a mix (contract, "Documents"). `stale`:
 * the stored data changed after the latest count.
 */
export function yearDocument(
  db: Db,
  bloc: BlocRow,
  year: number,
): { data: MinutesData; stale: boolean } {
  const year_ = loadYear(db, bloc, year);
  const stored = getTally(db, bloc.id, year);
  let stale = false;
  if (stored) {
    try {
      const now = computeTally(db, bloc, year);
      stale =
        !sameAsCount(stored, now.input, now.report).inputs ||
        journalOf(db, bloc.id, year).some((entry) => entry.count === stored.count);
    } catch {
      stale = true;
    }
  }
  // Final or draft, never a mix (contract, "Documents").
  const reasons: DraftReason[] = [];
  if (!year_.meeting?.date) reasons.push("no-meeting");
  if (!stored) reasons.push("no-count");
  if (stored?.report.races.some((race) => race.tie !== null)) reasons.push("open-race");
  const verification = verificationStatus(db, bloc.id, year).state;
  if (verification === "partial" || verification === "mismatch") reasons.push("unverified");
  if (stale) reasons.push("changed");
  const data = minutesData(year_, stored?.report ?? null);
  if (reasons.length > 0) data.draft = { reasons };
  return { data, stale };
}
