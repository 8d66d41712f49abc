import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { getTally } from "../db/tallies.js";
import { loadYear, type YearData } from "../db/year.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { renderMinutes } from "../io/minutes/index.js";
import { isMinutesFormat, type MinutesData } from "../io/minutes/model.js";
import { displayNameOf } from "../io/read-table.js";
import { parseYear, withBloc } from "./common.js";
import { computeTally, inputsHash } from "./tally.js";

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
    ...(data.scoresApproved ? { scoresApproved: data.scoresApproved } : {}),
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
  const text = renderMinutes(data, format, ctx.lang);
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
