import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { verificationStatus } from "../db/ballots.js";
import { journalOf } from "../db/journal.js";
import { getTally } from "../db/tallies.js";
import { loadYear, type YearData } from "../db/year.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { renderMinutes } from "../io/minutes/index.js";
import type { DraftReason } from "../io/minutes/model.js";
import { isMinutesFormat, type MinutesData } from "../io/minutes/model.js";
import { escapeControls } from "../io/output.js";
import { displayNameOf } from "../io/read-table.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, sameAsCount } from "./tally.js";

/** The minutes' data from the stored year and the result the last tally announced. */
export function minutesData(data: YearData, tally: MinutesData["tally"]): MinutesData {
  const meeting = data.meeting;
  return {
    bloc: { code: data.bloc.code, name: data.bloc.name, province: data.bloc.province },
    year: data.year,
    meeting: meeting?.date
      ? {
          date: meeting.date,
          start: meeting.start,
          end: meeting.end,
          place: meeting.place,
          chair: meeting.chair,
          secretary: meeting.secretary,
          countingBoard: meeting.countingBoard,
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
export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const format = String(options.format ?? (ctx.json ? "json" : "text"));
  if (!isMinutesFormat(format)) {
    throw usageError(t("minutes.cmd.format", { format }), t("minutes.cmd.format.hint"));
  }
  const output = typeof options.output === "string" ? options.output : undefined;
  if (output && existsSync(output) && options.force !== true) {
    throw new TdktError(t("minutes.cmd.exists", { file: output }), {
      hint: t("minutes.cmd.exists.hint"),
    });
  }
  const { data, stale } = withBloc(ctx, "read", (db, bloc) => {
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
  });
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
  const rendered = renderMinutes(data, format, ctx.lang);
  const text = format === "json" ? rendered : escapeControls(rendered);
  if (output) {
    // Written next to the target and renamed, so that a crash never leaves half a file.
    const partial = `${output}.partial-${process.pid}`;
    try {
      writeFileSync(partial, text, "utf8");
      renameSync(partial, output);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new TdktError(
        t("minutes.cmd.writeFailed", { file: output, message: (error as Error).message }),
        { hint: t("minutes.cmd.writeFailed.hint") },
      );
    }
    ctx.out.info(t("minutes.cmd.written", { file: displayNameOf(output) }));
    // With --json, stdout still carries one document: what was written where.
    if (ctx.json) ctx.out.json({ year, format, file: output, bytes: Buffer.byteLength(text) });
  } else {
    process.stdout.write(text);
  }
  for (const line of missing) ctx.out.info(`tdkt: ${line}`);
}
