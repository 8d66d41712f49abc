/**
 * `tdkt ballots print YEAR [--round N] [-o phieu.docx]`: the paper ballots,
 * one per page (io/minutes/ballot-paper.ts). Round 1 carries every race that
 * has seats under the year's rules; a later round only the races that the
 * last count left tied, with only the tied agencies and the seats still open.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { resolveRules } from "../core/rules.js";
import { seatsByRace } from "../core/tally-rules.js";
import { RACES } from "../core/types.js";
import { membersOf } from "../db/agencies.js";
import { getMeeting } from "../db/meetings.js";
import { ruleSettings } from "../db/rules.js";
import { getTally } from "../db/tallies.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import { type BallotPaperData, buildBallotPaper } from "../io/minutes/ballot-paper.js";
import { renderBlocks } from "../io/minutes/index.js";
import { parseRound } from "./ballots-import.js";
import { parseYear, withBloc } from "./common.js";

function parseCopies(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^[1-9]\d{0,3}$/.test(text)) {
    throw usageError(t("common.number.invalid", { option: "--copies", value: text }));
  }
  return Number(text);
}

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const round = parseRound(options.round);
  const copies = parseCopies(options.copies);
  const request = documentRequest(
    options,
    ["text", "docx"] as const,
    "text",
    t("documents.name.ballots"),
  );
  const data = withBloc(ctx, "read", (db, bloc): BallotPaperData => {
    const members = membersOf(db, bloc.id, year);
    if (members.length === 0) {
      throw new TdktError(t("ballots.noMembers", { year }), {
        hint: t("ballots.noMembers.hint", { year }),
      });
    }
    const names = new Map(members.map((member) => [member.code, member.name]));
    const present = getMeeting(db, bloc.id, year)?.present ?? members.length;
    const rules = resolveRules(ruleSettings(db, bloc.id, year));
    const report = getTally(db, bloc.id, year)?.report;
    let races: BallotPaperData["races"];
    if (round === 1) {
      const seats = seatsByRace(rules, members.length);
      races = RACES.filter(
        (race) =>
          seats[race] > 0 &&
          !(rules.leadersMode === "rotation" && (race === "head" || race === "deputy")),
      ).map((race) => ({
        race,
        seats: seats[race],
        ...(rules.labels[race] ? { label: rules.labels[race] } : {}),
        candidates: members.map(({ code, name }) => ({ code, name })),
      }));
      if (races.length === 0) throw new TdktError(t("documents.ballot.noRaces", { year }));
    } else {
      // The races of the stored count that round N − 1 left tied (races as the report has them).
      races = (report?.races ?? []).flatMap((race) => {
        const rounds = [...(race.previousRounds ?? []), race];
        const before = rounds.find((counted) => counted.round === round - 1);
        if (!before?.tie) return [];
        const tied = new Set(before.tie.agencies);
        return [
          {
            race: race.race,
            seats: before.tie.seatsOpen,
            ...(report?.labels?.[race.race] ? { label: report.labels[race.race] } : {}),
            candidates: members
              .filter((member) => tied.has(member.code))
              .map(({ code }) => ({ code, name: names.get(code) ?? code })),
          },
        ];
      });
      if (races.length === 0) {
        throw new TdktError(t("documents.ballot.noRunOff", { year, round }), {
          hint: t("documents.ballot.noRunOff.hint", { year }),
        });
      }
    }
    return {
      bloc: { code: bloc.code, name: bloc.name, parent: bloc.parent ?? null },
      year,
      next: report?.leaders.year ?? year + 1,
      round,
      races,
      copies: copies ?? (request.format === "docx" ? present : 1),
    };
  });
  const blocks = buildBallotPaper(data, ctx.lang);
  const content = await renderBlocks(blocks, request.format, {
    lang: ctx.lang,
    title: `${t("documents.ballot.title")} ${year}`,
    compact: true,
  });
  emitDocument(ctx, request, content, { year, round, copies: data.copies });
}
