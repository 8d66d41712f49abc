/**
 * `tdkt ballots enter YEAR [--round N] [--verify]`: the counting board reads
 * the paper ballots aloud and the secretary types them, one at a time. Each
 * ballot is saved in its own transaction as soon as it is reviewed, so a crash
 * or Ctrl+C loses at most the ballot being typed. `--verify` is the second
 * clerk's entry of the same papers (entry 2); the ballots whose two entries
 * differ are reported, to be checked on paper before the tally.
 *
 * Over-marking is allowed, as on paper: the tally counts such a race invalid
 * (Party Decision 244-QĐ/TW Art. 32 voids only the spoiled entry). More
 * ballots than were issued are never accepted (domain.md, "Ballots").
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { type BallotSheet, compareEntries, nextBallotNumber } from "../core/ballot-races.js";
import { isAwardRace, racesOf, resolveRules } from "../core/rules.js";
import { seatsByRace } from "../core/tally-rules.js";
import type { Race } from "../core/types.js";
import { RACES } from "../core/types.js";
import { type AgencyRow, membersOf } from "../db/agencies.js";
import {
  ballotNumbers,
  deleteBallot,
  type Entry,
  roundBallots,
  roundRaces,
  saveBallot,
} from "../db/ballots.js";
import type { BlocRow } from "../db/blocs.js";
import { type Db, translateSqliteError } from "../db/connection.js";
import { getMeeting } from "../db/meetings.js";
import { ruleSettings } from "../db/rules.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { type Prompter, prompter } from "../io/prompts.js";
import { parseRound, verificationLines } from "./ballots-import.js";
import { openForCommand, parseYear, selectBloc } from "./common.js";

interface Session {
  ctx: Context;
  db: Db;
  bloc: BlocRow;
  year: number;
  round: number;
  entry: Entry;
  members: AgencyRow[];
  races: Race[];
  seats: Record<Race, number>;
  /** `ballot.mark`: tick (the names chosen are typed) or strike (the names struck out are). */
  mark: "tick" | "strike";
  /** The most paper ballots this entry may hold: those issued, or (verifying) those of entry 1. */
  limit: number;
  /** Entry 2 follows the ballot numbers of entry 1, in order. */
  firstNumbers: string[];
  ask: Prompter;
}

type Marks = Partial<Record<Race, string[]>>;

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const round = parseRound(options.round);
  const entry: Entry = options.verify === true ? 2 : 1;
  if (!ctx.canPrompt) {
    throw usageError(t("ballots.enter.noTty"), t("ballots.enter.noTty.hint", { year }));
  }
  const db = openForCommand(ctx, "write");
  try {
    const bloc = selectBloc(ctx, db);
    const session = await prepare(ctx, db, bloc, year, round, entry);
    try {
      await enterLoop(session);
    } catch (error) {
      if (error instanceof TdktError && error.message === t("common.cancelled")) {
        const count = storedNumbers(session).length;
        throw new TdktError(
          t("ballots.enter.interrupted", { count, issued: session.limit, round }),
          {
            hint: t("ballots.enter.interrupted.hint", { year }),
          },
        );
      }
      throw error;
    }
    finish(session);
  } catch (error) {
    throw translateSqliteError(error, ctx.dbPath);
  } finally {
    db.close();
  }
}

async function prepare(
  ctx: Context,
  db: Db,
  bloc: BlocRow,
  year: number,
  round: number,
  entry: Entry,
): Promise<Session> {
  const members = membersOf(db, bloc.id, year);
  if (members.length === 0) {
    throw new TdktError(t("ballots.noMembers", { year }), {
      hint: t("ballots.noMembers.hint", { year }),
    });
  }
  const rules = resolveRules(ruleSettings(db, bloc.id, year));
  const seats = seatsByRace(rules, members.length);
  const issued = getMeeting(db, bloc.id, year)?.present ?? members.length;
  const ask = await prompter();
  const firstNumbers = ballotNumbers(db, bloc.id, year, round, 1);
  let races: Race[];
  if (entry === 2) {
    // The second clerk types the same papers: the races and ballots of the first entry.
    races = roundRaces(db, bloc.id, year, round, 1);
    if (races.length === 0) {
      throw new TdktError(t("ballots.verify.nothing", { round, races: "—" }), {
        hint: t("ballots.verify.nothing.hint"),
      });
    }
  } else {
    races = roundRaces(db, bloc.id, year, round, 1);
    if (races.length === 0 && round === 1) {
      // The regulation's races that are held; only elected leaders need a ballot.
      races = racesOf(rules).filter(
        (race) => seats[race] > 0 && (isAwardRace(rules, race) || rules.leadersMode === "vote"),
      );
    } else if (races.length === 0) {
      const previous = roundRaces(db, bloc.id, year, round - 1, 1);
      if (previous.length === 0) {
        throw new TdktError(
          t("ballots.roundGap", { round, previous: round - 1, races: "—", year }),
          { hint: t("ballots.roundGap.hint") },
        );
      }
      races = await ask.checkbox<Race>({
        message: t("ballots.enter.chooseRaces", { round }),
        choices: previous.map((race) => ({ name: t("ballots.raceName", { race }), value: race })),
        validate: (selected) => (selected.length > 0 ? true : t("ballots.enter.chooseRaces.none")),
      });
      races = RACES.filter((race) => races.includes(race));
      if (races.length === 0) throw new TdktError(t("ballots.enter.chooseRaces.none"));
    }
  }
  const limit = entry === 2 ? firstNumbers.length : issued;
  ctx.out.info(
    t(entry === 2 ? "ballots.enter.startVerify" : "ballots.enter.start", {
      year,
      round,
      issued: limit,
      races: races.map((race) => t("ballots.raceName", { race })).join(", "),
    }),
  );
  return {
    ctx,
    db,
    bloc,
    year,
    round,
    entry,
    members,
    races,
    seats,
    mark: rules.ballot.mark,
    limit,
    firstNumbers,
    ask,
  };
}

function target(session: Session) {
  return {
    blocId: session.bloc.id,
    year: session.year,
    round: session.round,
    entry: session.entry,
  };
}

function storedNumbers(session: Session): string[] {
  return ballotNumbers(session.db, session.bloc.id, session.year, session.round, session.entry);
}

/** The number of the next paper ballot, or undefined when no more may be entered. */
function nextNumber(session: Session, stored: readonly string[]): string | undefined {
  if (stored.length >= session.limit) return undefined;
  if (session.entry === 2) return session.firstNumbers.find((number) => !stored.includes(number));
  return nextBallotNumber(stored);
}

async function enterLoop(session: Session): Promise<void> {
  const { ask, ctx } = session;
  for (;;) {
    const stored = storedNumbers(session);
    const next = nextNumber(session, stored);
    const last = stored[stored.length - 1];
    ctx.out.info(
      t("ballots.enter.count", {
        count: stored.length,
        issued: session.limit,
        round: session.round,
      }),
    );
    if (next === undefined) ctx.out.info(t("ballots.enter.full", { issued: session.limit }));
    const choices: Array<{ name: string; value: "next" | "undo" | "finish" }> = [];
    if (next !== undefined) {
      choices.push({ name: t("ballots.enter.menu.next", { ballot: next }), value: "next" });
    }
    if (last !== undefined) {
      choices.push({ name: t("ballots.enter.menu.undo", { ballot: last }), value: "undo" });
    }
    choices.push({ name: t("ballots.enter.menu.finish"), value: "finish" });
    const action = await ask.select({
      message: t("ballots.enter.menu"),
      choices,
      default: next === undefined ? "finish" : "next",
    });
    if (action === "finish") return;
    if (action === "undo" && last !== undefined) {
      const sure = await ask.confirm({
        message: t("ballots.enter.undo.confirm", { ballot: last }),
        default: true,
      });
      if (sure) {
        session.db.transaction(() => deleteBallot(session.db, target(session), last)).immediate();
        ctx.out.info(t("ballots.enter.undone", { ballot: last }));
      }
      continue;
    }
    if (action === "next" && next !== undefined) await enterOne(session, next);
  }
}

/** Types one paper ballot, shows it for review, and saves it (or not). */
async function enterOne(session: Session, ballot: string): Promise<void> {
  const { ask, ctx } = session;
  let marks: Marks = {};
  for (;;) {
    marks = await typeMarks(session, ballot, marks);
    ctx.out.info(reviewText(session, ballot, marks));
    const decision = await ask.select({
      message: t("ballots.enter.review"),
      choices: [
        { name: t("ballots.enter.review.save"), value: "save" as const },
        { name: t("ballots.enter.review.redo"), value: "redo" as const },
        { name: t("ballots.enter.review.discard"), value: "discard" as const },
      ],
      default: "save",
    });
    if (decision === "discard") {
      ctx.out.info(t("ballots.enter.discarded", { ballot }));
      return;
    }
    if (decision === "save") break;
  }
  session.db
    .transaction(() => {
      // Checked again inside the transaction: another terminal may have entered ballots meanwhile.
      const stored = storedNumbers(session);
      if (stored.includes(ballot) || stored.length >= session.limit) {
        throw new TdktError(t("ballots.enter.taken", { ballot, issued: session.limit }));
      }
      saveBallot(session.db, target(session), ballot, marks, session.mark);
    })
    .immediate();
  ctx.out.info(t("ballots.enter.saved", { ballot }));
  if (session.entry === 2) {
    const first = pick(
      roundBallots(session.db, session.bloc.id, session.year, session.round, 1),
      ballot,
    );
    const second = pick(
      roundBallots(session.db, session.bloc.id, session.year, session.round, 2),
      ballot,
    );
    const comparison = compareEntries(first, second);
    if (comparison.mismatched.length > 0) {
      for (const line of verificationLines(comparison).slice(0, 1)) ctx.out.info(line);
      ctx.out.info(t("ballots.enter.differs.hint", { ballot }));
    }
  }
}

/** One ballot of a sheet, as a sheet of its own. */
function pick(sheet: BallotSheet, ballot: string): BallotSheet {
  const result: BallotSheet = {};
  for (const race of RACES) {
    const found = sheet[race]?.find((entry) => entry.ballot === ballot);
    if (found) result[race] = [found];
  }
  return result;
}

async function typeMarks(session: Session, ballot: string, previous: Marks): Promise<Marks> {
  const marks: Marks = {};
  for (const race of session.races) {
    const before = new Set(previous[race] ?? []);
    const chosen = await session.ask.checkbox<string>({
      message: t(session.mark === "strike" ? "ballots.enter.race.strike" : "ballots.enter.race", {
        ballot,
        race,
        seats: session.seats[race],
      }),
      choices: session.members.map((member) => ({
        name: `${member.code} – ${member.name}`,
        value: member.code,
        short: member.code,
        ...(before.has(member.code) ? { checked: true } : {}),
      })),
      pageSize: Math.min(session.members.length, 20),
    });
    marks[race] = [...chosen];
  }
  return marks;
}

function reviewText(session: Session, ballot: string, marks: Marks): string {
  const lines = [t("ballots.enter.review.title", { ballot })];
  for (const race of session.races) {
    const choices = marks[race] ?? [];
    const names = choices.length === 0 ? t("ballots.blank") : choices.join(", ");
    lines.push(`  ${t("ballots.raceName", { race })}: ${names}`);
    // Struck names are not votes: the names left are (the tally judges them).
    if (session.mark === "tick" && choices.length > session.seats[race]) {
      lines.push(
        `    ${t("ballots.enter.review.overMarked", { count: choices.length, seats: session.seats[race] })}`,
      );
    }
  }
  return lines.join("\n");
}

function finish(session: Session): void {
  const { ctx, db, bloc, year, round, entry } = session;
  const count = storedNumbers(session).length;
  const comparison =
    entry === 2
      ? compareEntries(
          roundBallots(db, bloc.id, year, round, 1),
          roundBallots(db, bloc.id, year, round, 2),
        )
      : undefined;
  if (ctx.json) {
    ctx.out.json({
      bloc: bloc.code,
      year,
      round,
      entry,
      ballots: count,
      limit: session.limit,
      ...(comparison ? { verification: comparison } : {}),
    });
    return;
  }
  ctx.out.print(
    t(entry === 2 ? "ballots.enter.summaryVerify" : "ballots.enter.summary", {
      count,
      issued: session.limit,
      round,
      year,
    }),
  );
  if (comparison) for (const line of verificationLines(comparison)) ctx.out.print(line);
}
