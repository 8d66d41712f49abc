/**
 * The protection of a counted year (contract, "A year's record"): a command
 * that would change what a stored count was made from is refused, unless it
 * is given a reason (`--amend`), and then the change is written to the
 * year's journal with what it was before and after.
 *
 * The check compares the year as the count saw it before and after the
 * command's own writes, inside the command's transaction: a command that
 * changes nothing (the same file imported again) passes; a refusal rolls
 * everything back.
 */

import { canonicalJson } from "../core/fingerprint.js";
import { resolveRules } from "../core/rules.js";
import { seatsByRace } from "../core/tally-rules.js";
import { diffSnapshots, flatten, onlyRunOffBallots, type Snapshot } from "../core/year-record.js";
import { TdktError } from "../errors.js";
import { getLang, t } from "../i18n/index.js";
import { formatUserDate } from "../io/dates.js";
import type { BlocRow } from "./blocs.js";
import type { Db } from "./connection.js";
import { appendJournal, type YearChange } from "./journal.js";
import { ruleSettings } from "./rules.js";
import { getTally, type StoredTally, talliedYears } from "./tallies.js";
import { loadYear, tallyInput } from "./year.js";

/** Everything a count of `year` is made from, and what its minutes print. */
export function yearSnapshot(db: Db, bloc: BlocRow, year: number): Snapshot {
  const data = loadYear(db, bloc, year);
  const input = tallyInput(db, data);
  return flatten({
    members: input.members,
    present: input.present,
    rules: input.rules,
    scores: input.totals,
    criteria: data.criteria,
    disqualified: input.disqualified,
    ballots: input.ballots,
    leaders: input.currentLeaders,
    // Shortlists (tdkt nominees) as plain lists: a vote off one is invalid.
    ...(input.shortlists ? { shortlists: JSON.parse(canonicalJson(input.shortlists)) } : {}),
    meeting: data.meeting ?? null,
    // The minutes say when the conference approved the score table.
    scoresApproved: data.scoresApproved,
  });
}

export interface RecordChange {
  /** The command as typed, file names without their folders (for the journal). */
  command: string;
  /** The reason given with --amend, or null. */
  reason: string | null;
  at: string;
  /** The change may reach later years (members, rules from a year onward). */
  spreads?: boolean;
  /** The change may set the year's leaders, which the count of the year before may have elected. */
  leaders?: boolean;
}

interface Watched {
  year: number;
  /** The count that protects the year. */
  count: StoredTally;
  /** The count of the year before, when only the leaders it elected are protected. */
  leadersOnly: boolean;
  before: Snapshot;
}

/**
 * Runs `work` (the command's writes) and refuses, with everything rolled
 * back by the caller's transaction, when it changed a counted year without
 * a reason; with a reason, appends a journal entry per year it changed.
 * Also protects the leaders of `year` when the count of the year before
 * elected them (with `change.leaders`).
 */
export function protectCountedYear<T>(
  db: Db,
  bloc: BlocRow,
  year: number,
  change: RecordChange,
  work: () => T,
): T {
  const watch = watchCountedYear(db, bloc, year, change);
  const result = work();
  watch.check();
  return result;
}

/**
 * The two halves of protectCountedYear, for a command whose writes are not
 * one synchronous call: watch before the writes, check before the commit.
 */
export function watchCountedYear(
  db: Db,
  bloc: BlocRow,
  year: number,
  change: RecordChange,
): { check(): void } {
  const watched: Watched[] = [];
  const years = change.spreads
    ? talliedYears(db, bloc.id).filter((y) => y >= year)
    : [year].filter((y) => getTally(db, bloc.id, y) !== undefined);
  for (const y of years) {
    const count = getTally(db, bloc.id, y);
    if (count) {
      watched.push({ year: y, count, leadersOnly: false, before: yearSnapshot(db, bloc, y) });
    }
  }
  if (change.leaders && !years.includes(year)) {
    const previous = getTally(db, bloc.id, year - 1);
    if (previous && previous.report.leaders.year === year) {
      watched.push({
        year,
        count: previous,
        leadersOnly: true,
        before: yearSnapshot(db, bloc, year),
      });
    }
  }
  return {
    check() {
      for (const item of watched) checkOne(db, bloc, item, change);
    },
  };
}

function checkOne(db: Db, bloc: BlocRow, item: Watched, change: RecordChange): void {
  let changes = diffSnapshots(item.before, yearSnapshot(db, bloc, item.year));
  if (item.leadersOnly) {
    // Only what the count decided is its record: a seat it left open (a tie,
    // or leaders appointed from above, leaders.mode appointed) is filled freely.
    const decided = item.count.report.leaders;
    changes = changes.filter(
      (c) =>
        (c.what === "leaders.head" && decided.head !== null) ||
        (c.what === "leaders.deputy" && decided.deputy !== null),
    );
  }
  if (changes.length === 0) return;
  if (!item.leadersOnly && onlyRunOffBallots(changes, item.count.report)) return;
  const countYear = item.leadersOnly ? item.year - 1 : item.year;
  if (change.reason === null) {
    throw new TdktError(
      t(item.leadersOnly ? "record.refused.leaders" : "record.refused", {
        year: item.year,
        countYear,
        count: item.count.count,
        date: formatUserDate(item.count.talliedAt.slice(0, 10), getLang()),
        changes: describe(changes),
      }),
      { hint: t("record.refused.hint", { year: item.year }) },
    );
  }
  appendJournal(db, bloc.id, {
    year: item.year,
    // 0: the year itself has no count; its leaders came from the year before's.
    count: item.leadersOnly ? 0 : item.count.count,
    at: change.at,
    command: change.command,
    reason: change.reason,
    changes: changes as YearChange[],
  });
}

/** The first changes, for a message ("members.STP.name: Sở Tư pháp → …"). */
export function describe(changes: readonly YearChange[], limit = 3): string {
  const shown = changes
    .slice(0, limit)
    .map((c) => `${c.what}: ${c.before ?? "—"} → ${c.after ?? "—"}`);
  if (changes.length > limit) shown.push(t("record.more", { count: changes.length - limit }));
  return shown.join("; ");
}

/**
 * The years the bloc has: from its first members to the last year with any
 * data. A writing command for a year outside it (by more than the next year)
 * is most often a mistyped year.
 */
export function yearSpan(db: Db, blocId: number): { first: number; last: number } | undefined {
  const row = db
    .prepare(
      `SELECT MIN(from_year) AS first, MAX(from_year) AS last FROM membership WHERE bloc_id = ?`,
    )
    .get(blocId) as { first: number | null; last: number | null };
  if (row.first === null || row.last === null) return undefined;
  const data = db
    .prepare(
      `SELECT MAX(y) AS last FROM (
         SELECT MAX(year) AS y FROM tally_count WHERE bloc_id = @bloc
         UNION ALL SELECT MAX(year) FROM criterion WHERE bloc_id = @bloc
         UNION ALL SELECT MAX(year) FROM ballot WHERE bloc_id = @bloc
         UNION ALL SELECT MAX(year) FROM meeting WHERE bloc_id = @bloc
         UNION ALL SELECT MAX(year) FROM leaders WHERE bloc_id = @bloc
         UNION ALL SELECT MAX(year) FROM disqualification WHERE bloc_id = @bloc)`,
    )
    .get({ bloc: blocId }) as { last: number | null };
  return { first: row.first, last: Math.max(row.last, data.last ?? row.last) };
}

/**
 * The races whose number of seats a change of members from `before` to
 * `after` agencies changes in `year` (a share of the members, such as the
 * certificate's one in five): a ballot printed for the old number would be
 * counted invalid under the new one.
 */
export function seatChanges(
  db: Db,
  blocId: number,
  year: number,
  before: number,
  after: number,
): Array<{ race: string; from: number; to: number }> {
  if (before === 0 || before === after) return [];
  const rules = resolveRules(ruleSettings(db, blocId, year));
  const old = seatsByRace(rules, before);
  const now = seatsByRace(rules, after);
  return (Object.keys(now) as Array<keyof typeof now>)
    .filter((race) => old[race] !== now[race])
    .map((race) => ({ race, from: old[race], to: now[race] }));
}
