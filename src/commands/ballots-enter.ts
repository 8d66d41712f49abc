/**
 * `tdkt ballots enter YEAR [--round N] [--verify]`: the counting board reads
 * the paper ballots aloud and a clerk types them, one line per race
 * (src/io/ballot-entry.ts). Each ballot is saved in its own transaction after
 * its last race, so a crash or Ctrl+C loses at most the ballot being typed.
 * `--verify` is the second clerk's entry of the same papers (entry 2); the
 * ballots whose two entries differ are shown, to be checked on paper.
 *
 * One clerk types an entry at a time: a live session holds a row in
 * entry_session, and a second clerk who runs the first entry again is sent to
 * `--verify` before typing anything.
 *
 * Over-marking is allowed, as on paper: the tally counts such a race invalid
 * (Party Decision 244-QĐ/TW Art. 32 voids only the spoiled entry). More
 * ballots than were issued are never accepted (domain.md, "Ballots").
 */
import { hostname } from "node:os";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import {
  entryRaces,
  LOCK_HEARTBEAT_MS,
  lockIsLive,
  type RunOffOffer,
  runOffOffer,
} from "../core/ballot-entry.js";
import { type BallotSheet, compareEntries, nextBallotNumber } from "../core/ballot-races.js";
import { resolveRules } from "../core/rules.js";
import { seatsByRace } from "../core/tally-rules.js";
import type { Agency, Race } from "../core/types.js";
import { RACES } from "../core/types.js";
import { membersOf } from "../db/agencies.js";
import {
  ballotNumbers,
  deleteBallot,
  type Entry,
  getBallot,
  replaceBallot,
  roundBallots,
  roundRaces,
  saveBallot,
} from "../db/ballots.js";
import type { BlocRow } from "../db/blocs.js";
import { type Db, translateSqliteError } from "../db/connection.js";
import {
  claimEntrySession,
  getEntrySession,
  releaseEntrySession,
  type SessionKey,
  touchEntrySession,
} from "../db/entry-sessions.js";
import { getMeeting } from "../db/meetings.js";
import { ruleSettings } from "../db/rules.js";
import { getTally } from "../db/tallies.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { type EntrySetup, type EntryStore, enterBallots } from "../io/ballot-entry.js";
import { type LineReader, lineReader } from "../io/line-reader.js";
import { parseRound, verificationLines } from "./ballots-import.js";
import { openForCommand, parseYear, selectBloc } from "./common.js";
import { guardYear } from "./record.js";

interface Target {
  blocId: number;
  year: number;
  round: number;
  entry: Entry;
}

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
    const target: Target = { blocId: bloc.id, year, round, entry };
    // Every write runs under the protection of a counted year; checked once
    // before the clerk types anything, so a refusal costs no typing.
    const command = { name: "ballots enter", args };
    const guard: Guard = (work) => guardYear(ctx, db, bloc, year, options, command, work);
    guard(() => undefined);
    const release = holdSession(db, target);
    const reader = lineReader();
    try {
      const setup = await prepare(ctx, db, reader, target);
      await enterBallots(
        setup,
        entryStore(db, target, setup.limit, guard, setup.mark),
        reader,
        (text) => ctx.out.info(text),
      );
      finish(ctx, db, bloc, target, setup.limit());
    } catch (error) {
      if (error instanceof TdktError && error.message === t("common.cancelled")) {
        throw new TdktError(
          t("ballots.enter.interrupted", {
            count: ballotNumbers(db, bloc.id, year, round, entry).length,
            issued: limitOf(db, target),
            round,
          }),
          { hint: t("ballots.enter.interrupted.hint", { year }) },
        );
      }
      throw error;
    } finally {
      reader.close();
      release();
    }
  } catch (error) {
    throw translateSqliteError(error, ctx.dbPath);
  } finally {
    db.close();
  }
}

/**
 * Takes the year's entry for this process, or refuses when another clerk's
 * session is alive; returns what ends it. The heartbeat keeps the row fresh
 * while the clerk types; a crashed session stops refreshing and is taken over.
 */
function holdSession(db: Db, target: Target): () => void {
  const key: SessionKey = { blocId: target.blocId, year: target.year, entry: target.entry };
  const owner = { pid: process.pid, host: hostname() };
  db.transaction(() => {
    const current = getEntrySession(db, key);
    const ours = current?.pid === owner.pid && current.host === owner.host;
    if (current && !ours && lockIsLive(current, Date.now(), owner.host, processExists)) {
      throw new TdktError(
        t("entry.busy", {
          entry: target.entry,
          year: target.year,
          round: current.round,
          host: current.host,
          pid: current.pid,
        }),
        {
          hint:
            target.entry === 1
              ? t("entry.busy.hint", { year: target.year })
              : t("entry.busy.verify.hint"),
        },
      );
    }
    claimEntrySession(db, key, { ...owner, round: target.round, heartbeatAt: Date.now() });
  }).immediate();
  const timer = setInterval(() => {
    try {
      touchEntrySession(db, key, owner, Date.now());
    } catch {
      // A busy database skips one beat; the next one comes well before the row is stale.
    }
  }, LOCK_HEARTBEAT_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    try {
      releaseEntrySession(db, key, owner);
    } catch {
      // Left behind, the row goes stale and blocks no one.
    }
  };
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function limitOf(db: Db, target: Target): number {
  if (target.entry === 2) {
    return ballotNumbers(db, target.blocId, target.year, target.round, 1).length;
  }
  const members = membersOf(db, target.blocId, target.year).length;
  return getMeeting(db, target.blocId, target.year)?.present ?? members;
}

async function prepare(
  ctx: Context,
  db: Db,
  reader: LineReader,
  target: Target,
): Promise<EntrySetup> {
  const { blocId, year, round, entry } = target;
  const members = membersOf(db, blocId, year);
  if (members.length === 0) {
    throw new TdktError(t("ballots.noMembers", { year }), {
      hint: t("ballots.noMembers.hint", { year }),
    });
  }
  const rules = resolveRules(ruleSettings(db, blocId, year));
  const seats = seatsByRace(rules, members.length);
  const stored = roundRaces(db, blocId, year, round, 1);
  let races: Race[];
  let offer: RunOffOffer | undefined;
  if (round > 1) {
    const report = getTally(db, blocId, year)?.report;
    offer = report ? runOffOffer(report, round - 1) : undefined;
  }
  if (entry === 2) {
    // The second clerk types the same papers: the races and ballots of the first entry.
    races = stored;
    if (races.length === 0) {
      throw new TdktError(t("ballots.verify.nothing", { round, races: "—" }), {
        hint: t("ballots.verify.nothing.hint"),
      });
    }
  } else if (stored.length > 0) {
    races = stored;
  } else if (round === 1) {
    races = entryRaces(rules, seats);
  } else {
    if (roundRaces(db, blocId, year, round - 1, 1).length === 0) {
      throw new TdktError(t("ballots.roundGap", { round, previous: round - 1, races: "—", year }), {
        hint: t("ballots.roundGap.hint"),
      });
    }
    if (!offer) {
      throw new TdktError(t("entry.runoff.noTally", { round, previous: round - 1 }), {
        hint: t("entry.runoff.noTally.hint", { year, round }),
      });
    }
    if (offer.races.length === 0) {
      throw new TdktError(t("entry.runoff.noTie", { round, previous: round - 1 }));
    }
    races = await chooseRunOffRaces(ctx, reader, round, offer, members);
  }
  // A run-off's paper lists only the agencies tied across the last seat, in rotation order.
  const candidates = {} as Record<Race, Agency[]>;
  for (const race of RACES) {
    const tied = offer?.tied[race];
    candidates[race] = tied ? members.filter((member) => tied.includes(member.code)) : members;
  }
  const limit = () => limitOf(db, target);
  ctx.out.info(
    t(entry === 2 ? "ballots.enter.startVerify" : "ballots.enter.start", {
      year,
      round,
      issued: limit(),
      races: races.join(", "),
    }),
  );
  if (entry === 2) {
    const comparison = compareEntries(
      roundBallots(db, blocId, year, round, 1),
      roundBallots(db, blocId, year, round, 2),
    );
    const open = comparison.mismatched.length + comparison.extra.length;
    if (open > 0) {
      // A restarted second entry starts from what is still to be settled.
      ctx.out.info(t("entry.verify.open", { count: open }));
      for (const line of verificationLines({ ...comparison, unverified: [] }).slice(0, open)) {
        ctx.out.info(`  ${line}`);
      }
    }
  }
  return {
    year,
    round,
    entry,
    races,
    seats,
    mark: rules.ballot.mark,
    candidates,
    limit,
    nextNumber: (numbers) => {
      if (entry === 2) {
        const first = ballotNumbers(db, blocId, year, round, 1);
        return first.find((number) => !numbers.includes(number));
      }
      return numbers.length >= limit() ? undefined : nextBallotNumber(numbers);
    },
  };
}

/** The races of a run-off: those still tied, all proposed; the clerk keeps them with Enter. */
async function chooseRunOffRaces(
  ctx: Context,
  reader: LineReader,
  round: number,
  offer: RunOffOffer,
  members: readonly Agency[],
): Promise<Race[]> {
  for (const race of offer.races) {
    const tied = offer.tied[race] ?? [];
    ctx.out.info(
      t("entry.runoff.open", {
        round,
        race: t("ballots.raceName", { race }),
        agencies: members
          .filter((member) => tied.includes(member.code))
          .map((member) => member.code)
          .join(", "),
      }),
    );
  }
  if (offer.races.length === 1) return [...offer.races];
  const list = offer.races
    .map((race, index) => `${index + 1} ${t("ballots.raceName", { race })}`)
    .join(", ");
  for (;;) {
    const line = await reader.read(t("entry.runoff.choose", { list }));
    if (line === null) throw new TdktError(t("common.cancelled"));
    if (line.trim() === "") return [...offer.races];
    const picked = line
      .trim()
      .split(/[\s,]+/)
      .map((token) => (/^\d+$/.test(token) ? offer.races[Number(token) - 1] : undefined));
    if (picked.every((race) => race !== undefined)) {
      return offer.races.filter((race) => picked.includes(race));
    }
    ctx.out.info(`  ${t("entry.runoff.bad", { list })}`);
  }
}

type Guard = <T>(work: () => T) => T;

function entryStore(
  db: Db,
  target: Target,
  limit: () => number,
  guard: Guard,
  mark: "tick" | "strike",
): EntryStore {
  const numbers = () => ballotNumbers(db, target.blocId, target.year, target.round, target.entry);
  return {
    numbers,
    get: (ballot) => getBallot(db, target, ballot),
    save: (ballot, marks) =>
      db
        .transaction(() => {
          // Checked again inside the transaction: another terminal may have entered ballots.
          const stored = numbers();
          if (stored.includes(ballot) || stored.length >= limit()) {
            throw new TdktError(t("ballots.enter.taken", { ballot, issued: limit() }));
          }
          guard(() => saveBallot(db, target, ballot, marks, mark));
        })
        .immediate(),
    replace: (ballot, marks) =>
      db.transaction(() => guard(() => replaceBallot(db, target, ballot, marks, mark))).immediate(),
    remove: (ballot) =>
      db.transaction(() => guard(() => deleteBallot(db, target, ballot))).immediate() > 0,
    differences: (ballot) => {
      const first = pick(roundBallots(db, target.blocId, target.year, target.round, 1), ballot);
      const second = pick(roundBallots(db, target.blocId, target.year, target.round, 2), ballot);
      const comparison = compareEntries(first, second);
      if (comparison.mismatched.length === 0) return [];
      return [
        ...verificationLines(comparison).slice(0, 1),
        t("ballots.enter.differs.hint", { ballot }),
      ];
    },
  };
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

function finish(ctx: Context, db: Db, bloc: BlocRow, target: Target, limit: number): void {
  const { year, round, entry } = target;
  const count = ballotNumbers(db, bloc.id, year, round, entry).length;
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
      limit,
      ...(comparison ? { verification: comparison } : {}),
    });
    return;
  }
  ctx.out.print(
    t(entry === 2 ? "ballots.enter.summaryVerify" : "ballots.enter.summary", {
      count,
      issued: limit,
      round,
      year,
    }),
  );
  if (comparison) for (const line of verificationLines(comparison)) ctx.out.print(line);
}
