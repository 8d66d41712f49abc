import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { agencyResolver } from "../core/agency-lookup.js";
import { meetingProblem } from "../core/meeting-sanity.js";
import { personLine } from "../core/person.js";
import { membersOf } from "../db/agencies.js";
import { ballotsReturned } from "../db/ballot-counts.js";
import { getMeeting, type Meeting, saveMeeting } from "../db/meetings.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { formatUserDate, parseUserDate } from "../io/dates.js";
import { optionalText, parseYear, withBloc } from "./common.js";
import { writeYear } from "./record.js";

const FIELDS = [
  "date",
  "start",
  "end",
  "place",
  "chair",
  "chairTitle",
  "secretary",
  "secretaryTitle",
  "present",
  "absent",
  "countingBoard",
  "countingBoardTitles",
  "number",
] as const;

/** YYYY-MM-DD from dd/mm/yyyy or YYYY-MM-DD (io/dates.ts). */
export function parseDate(text: string): string {
  const date = parseUserDate(text);
  if (date === undefined) {
    throw usageError(t("meeting.date.invalid", { value: text }), t("meeting.date.hint"));
  }
  return date;
}

export function parseTime(text: string, option: string): string {
  const match = /^(\d{1,2})[:hg](\d{2})$/.exec(text.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    throw usageError(t("meeting.time.invalid", { option, value: text }), t("meeting.time.hint"));
  }
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const given = FIELDS.filter((field) => options[field] !== undefined);
  if (given.length === 0) {
    show(ctx, year);
    return;
  }
  const date = options.date === undefined ? undefined : parseDate(String(options.date));
  const start =
    options.start === undefined ? undefined : parseTime(String(options.start), "--start");
  const end = options.end === undefined ? undefined : parseTime(String(options.end), "--end");
  let present: number | undefined;
  if (options.present !== undefined) {
    const text = String(options.present).trim();
    present = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(present)) {
      throw usageError(t("common.number.invalid", { option: "--present", value: text }));
    }
  }

  const saved = writeYear(ctx, options, year, { name: "meeting", args }, (db, bloc) => {
    const members = membersOf(db, bloc.id, year);
    if (members.length === 0) {
      throw new TdktError(t("meeting.noMembers", { year }), { hint: t("agencies.none.hint") });
    }
    const previous: Meeting = getMeeting(db, bloc.id, year) ?? {
      date: null,
      start: null,
      end: null,
      place: null,
      chair: null,
      secretary: null,
      countingBoard: [],
      number: null,
      present: null,
      absent: [],
    };
    const problem = meetingProblem(year, {
      date,
      start: start ?? previous.start,
      end: end ?? previous.end,
    });
    if (problem) {
      // The date as the user writes it (dd/mm/yyyy in Vietnamese), not as it is stored.
      const params =
        problem.code === "record.meeting.dateOutside"
          ? { ...problem.params, date: formatUserDate(problem.params.date, ctx.lang) }
          : problem.params;
      throw new TdktError(t(problem.code, params), {
        hint: t(`${problem.code}.hint`, { year, next: year + 1 }),
      });
    }
    let absent = previous.absent;
    if (options.absent !== undefined) {
      const resolver = agencyResolver(members);
      absent = [];
      for (const item of String(options.absent)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const match = resolver.resolve(item);
        if (match.kind !== "found") {
          throw new TdktError(t("meeting.absent.unknown", { value: item, year }), {
            hint:
              match.kind === "unknown" && match.suggestion
                ? t("meeting.didYouMean", { code: match.suggestion.code })
                : t("meeting.absent.hint"),
          });
        }
        if (!absent.includes(match.agency.code)) absent.push(match.agency.code);
      }
    }
    let presentCount =
      present ?? (options.absent !== undefined ? members.length - absent.length : previous.present);
    if (presentCount !== null && presentCount > members.length) {
      throw new TdktError(
        t("meeting.present.tooMany", { present: presentCount, members: members.length }),
      );
    }
    if (present !== undefined && absent.length > 0 && present !== members.length - absent.length) {
      throw usageError(
        t("meeting.present.mismatch", { present, members: members.length, absent: absent.length }),
      );
    }
    if (presentCount === members.length) presentCount = null;
    const issued = presentCount ?? members.length;
    const returned = ballotsReturned(db, bloc.id, year);
    if (returned > issued) {
      throw new TdktError(t("meeting.present.belowReturned", { issued, returned }), {
        hint: t("meeting.present.belowReturned.hint"),
      });
    }
    const meeting: Meeting = {
      date: date ?? previous.date,
      start: start ?? previous.start,
      end: end ?? previous.end,
      place: options.place === undefined ? previous.place : optionalText(options.place),
      chair: options.chair === undefined ? previous.chair : optionalText(options.chair),
      chairTitle:
        options.chairTitle === undefined
          ? (previous.chairTitle ?? null)
          : optionalText(options.chairTitle),
      secretary:
        options.secretary === undefined ? previous.secretary : optionalText(options.secretary),
      secretaryTitle:
        options.secretaryTitle === undefined
          ? (previous.secretaryTitle ?? null)
          : optionalText(options.secretaryTitle),
      // One title per member of the board, in the same order, separated by ";" like the names.
      countingBoardTitles:
        options.countingBoardTitles === undefined
          ? (previous.countingBoardTitles ?? [])
          : String(options.countingBoardTitles)
              .split(";")
              .map((title) => optionalText(title)),
      countingBoard:
        options.countingBoard === undefined
          ? previous.countingBoard
          : String(options.countingBoard)
              .split(";")
              .map((name) => optionalText(name))
              .filter((name): name is string => name !== null),
      number: options.number === undefined ? previous.number : optionalText(options.number),
      present: presentCount,
      absent,
    };
    const titles = meeting.countingBoardTitles ?? [];
    if (titles.length > meeting.countingBoard.length) {
      throw usageError(
        t("meeting.boardTitles.tooMany", {
          titles: titles.length,
          names: meeting.countingBoard.length,
        }),
        t("meeting.boardTitles.tooMany.hint"),
      );
    }
    saveMeeting(db, bloc.id, year, meeting);
    return { bloc, meeting, members: members.length };
  });
  if (ctx.json) {
    ctx.out.json(meetingJson(saved.bloc.code, year, saved.meeting, saved.members));
  } else {
    ctx.out.print(t("meeting.saved", { year }));
    ctx.out.print(describe(saved.meeting, saved.members, ctx.lang));
  }
}

function meetingJson(bloc: string, year: number, meeting: Meeting, members: number) {
  return { bloc, year, ...meeting, present: meeting.present ?? members, members };
}

function describe(meeting: Meeting, members: number, lang: Context["lang"]): string {
  const dash = "—";
  const lines: Array<[string, string]> = [
    [t("meeting.field.date"), meeting.date ? formatUserDate(meeting.date, lang) : dash],
    [t("meeting.field.time"), `${meeting.start ?? dash} – ${meeting.end ?? dash}`],
    [t("meeting.field.place"), meeting.place ?? dash],
    [
      t("meeting.field.chair"),
      meeting.chair ? personLine(meeting.chair, meeting.chairTitle ?? null) : dash,
    ],
    [
      t("meeting.field.secretary"),
      meeting.secretary ? personLine(meeting.secretary, meeting.secretaryTitle ?? null) : dash,
    ],
    [t("meeting.field.present"), `${meeting.present ?? members}/${members}`],
    [t("meeting.field.absent"), meeting.absent.length > 0 ? meeting.absent.join(", ") : dash],
    [
      t("meeting.field.countingBoard"),
      meeting.countingBoard.length > 0
        ? meeting.countingBoard
            .map((name, index) => personLine(name, meeting.countingBoardTitles?.[index] ?? null))
            .join("; ")
        : dash,
    ],
    [t("meeting.field.number"), meeting.number ?? dash],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  return lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join("\n");
}

function show(ctx: Context, year: number): void {
  const found = withBloc(ctx, "read", (db, bloc) => ({
    bloc,
    meeting: getMeeting(db, bloc.id, year),
    members: membersOf(db, bloc.id, year).length,
  }));
  if (!found.meeting) {
    throw new TdktError(t("meeting.none", { year }), { hint: t("meeting.none.hint", { year }) });
  }
  if (ctx.json) ctx.out.json(meetingJson(found.bloc.code, year, found.meeting, found.members));
  else
    ctx.out.print(
      `${t("meeting.title", { year })}\n${describe(found.meeting, found.members, ctx.lang)}`,
    );
}
