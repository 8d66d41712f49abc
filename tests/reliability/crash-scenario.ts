/**
 * One import, killed at several moments: each time the database must be
 * exactly as before the command (or, for a kill after the COMMIT, exactly as
 * after it), pass `PRAGMA integrity_check`, and take the same import again.
 */
import { copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type KillResult,
  killWhen,
  type Observation,
  profile,
  type Watch,
} from "./crash-harness.js";
import { integrity, type Run, type Snapshot, snapshot, snapshots, tdktAsync } from "./helpers.js";
import { tdktHere } from "./in-process.js";

/** Columns that hold the time of a run, blanked to compare two runs of one import. */
export const TIME_COLUMNS = ["imported_at", "tallied_at", "created_at"];

export interface CrashScenario {
  name: string;
  /** A database ready for the import, closed (no -wal left). Each attempt works on a copy. */
  base: string;
  /** The file whose reading is watched. */
  csv: string;
  /** The command's arguments after `--db FILE`. */
  args: string[];
}

/** What a kill at that moment must leave: the state before, after, or either (the COMMIT). */
export type Expected = "before" | "after" | "either";

export type Predicate = (now: Observation, sawWriting: boolean) => boolean;

export interface Moment {
  name: string;
  expected: Expected;
  /**
   * The moment may pass unseen: a blind moment (a run can be faster than the
   * profiled one), or a window shorter than one look (a small COMMIT).
   */
  mayMiss?: boolean;
  /**
   * From a profile of a full run: a maker of the predicate that picks the
   * moment (a fresh one for each attempt, as it may keep state), or undefined
   * when this import has no such moment.
   */
  pick(run: Profile): (() => Predicate) | undefined;
}

export interface Profile {
  result: KillResult;
  /** The file whose reading is watched (its real path). */
  csv: string;
  csvSize: number;
  /** How many times the file was read from its start (hashed, then parsed…). */
  passes: number;
  /** Whether the last reading happened while the write lock was held. */
  readsWhileWriting: boolean;
  /** Whether the write lock was held after the last reading, before the COMMIT was written. */
  writesAfterReading: boolean;
  /** The -wal size when the write lock was released (the COMMIT written), or -1. */
  walAtCommit: number;
}

/**
 * The name of the last moment the process announced as `name` (`csv-50-2`
 * for `csv-50`: src/test-moments.ts) about the watched file where `test`
 * held, in the profiled run.
 */
function lastMoment(
  p: Profile,
  name: string,
  test: (seen: Observation) => boolean,
): string | undefined {
  const found = p.result.moments.filter(
    (seen) => seen.moment?.startsWith(`${name}-`) && seen.about === p.csv && test(seen),
  );
  return found[found.length - 1]?.moment;
}

/** Kill when the process waits at the announced moment `name`: a moment that cannot pass unseen. */
function atMoment(name: string | undefined): (() => Predicate) | undefined {
  return name === undefined ? undefined : () => (now) => now.moment === name;
}

const WAL_HEADER = 32;

/**
 * Every run of a scenario announces its moments (each tenth of a file read,
 * the file read and closed, the database about to close: src/test-moments.ts)
 * and waits at each until the harness has seen it, so a kill at such a moment
 * lands on any machine, however loaded. It also pauses after each chunk of
 * the file it reads (src/io/csv.ts), which spreads the blind moments (a
 * fraction of the run's duration) over the reading.
 */
const PAUSED = { TDKT_TEST_READ_PAUSE_MS: "25" };

/** Starts one run of the import, its announced moments in a folder of their own. */
function start(
  scenario: CrashScenario,
  db: string,
  csv: string,
): ReturnType<typeof tdktAsync> & { watch: Watch; cleanup(): void } {
  const moments = mkdtempSync(join(tmpdir(), "tdkt-moments-"));
  const run = tdktAsync(["--db", db, ...scenario.args], {
    env: { ...PAUSED, TDKT_TEST_MOMENTS: moments },
  });
  return {
    ...run,
    watch: { db, csv, moments },
    cleanup: () => rmSync(moments, { recursive: true, force: true }),
  };
}

/**
 * Counts the readings of the file: a new one begins when the offset goes
 * back (another descriptor reads it from the start) or the file is opened
 * again after being closed.
 */
function passCounter(): (position: number) => { pass: number; closedAfter: boolean } {
  let pass = 0;
  let previous = -1;
  let closedAfter = false;
  return (position) => {
    if (position >= 0 && (previous < 0 || position < previous)) {
      pass++;
      closedAfter = false;
    }
    if (position < 0 && previous >= 0) closedAfter = true;
    previous = position;
    return { pass, closedAfter };
  };
}

/**
 * Kill once `fraction` of the file (a multiple of a tenth) has been read in
 * its last reading inside the write transaction (the parse): the process
 * announces each tenth and waits to be seen there.
 */
export function parsedFraction(fraction: number): Moment {
  const percent = Math.round(fraction * 10) * 10;
  return {
    name: `inside the write transaction, ${percent}% of the file parsed`,
    expected: "before",
    pick: (p) => atMoment(lastMoment(p, `csv-${percent}`, (seen) => seen.writing)),
  };
}

/**
 * Kill once `fraction` of a full run's duration has passed: a blind moment,
 * which may land before, inside or after the transaction (so either state).
 */
export function afterFraction(fraction: number): Moment {
  return {
    name: `at ${Math.round(fraction * 100)}% of the run's duration`,
    expected: "either",
    mayMiss: true,
    pick: (p) => {
      const last = p.result.trace[p.result.trace.length - 1];
      const duration = last?.[0] ?? 0;
      return () => (now) => now.elapsed >= duration * fraction;
    },
  };
}

export const MOMENTS: readonly Moment[] = [
  {
    name: "while reading the file, before the write transaction",
    expected: "before",
    pick: (p) => {
      const first = p.result.moments.find(
        (seen) => seen.moment?.startsWith("csv-50-") && seen.about === p.csv && !seen.writing,
      );
      return atMoment(first?.moment);
    },
  },
  {
    name: "as the write transaction begins",
    expected: "before",
    pick: () => () => (now) => now.writing,
  },
  parsedFraction(0.5),
  {
    name: "inside the write transaction, the file read, before the COMMIT",
    expected: "before",
    pick: (p) =>
      atMoment(lastMoment(p, "csv-end", (seen) => seen.writing && seen.wal <= WAL_HEADER)),
  },
  {
    // The COMMIT's frames (and any page the cache spilled) go to the WAL before
    // the commit frame, which is the last: under half the final size, the
    // transaction cannot have committed.
    name: "during the COMMIT, under half of its frames written to the WAL",
    expected: "before",
    mayMiss: true,
    pick: (p) =>
      p.walAtCommit > WAL_HEADER
        ? () => (now) => now.writing && now.wal > WAL_HEADER && now.wal <= p.walAtCommit / 2
        : undefined,
  },
  {
    name: "at the end of the COMMIT, 90% of its frames written to the WAL",
    expected: "either",
    pick: (p) =>
      p.walAtCommit > WAL_HEADER
        ? () => (now) => now.writing && now.wal >= p.walAtCommit * 0.9
        : undefined,
  },
  {
    name: "after the COMMIT, while checkpointing at close",
    expected: "after",
    pick: (p) =>
      p.walAtCommit > WAL_HEADER
        ? () => (now, sawWriting) => sawWriting && !now.writing && now.wal > WAL_HEADER
        : undefined,
  },
];

export interface MomentOutcome {
  moment: string;
  expected: Expected;
  mayMiss?: boolean;
  /** undefined: this import has no such moment. */
  attempts?: number;
  killed?: boolean;
  /** Where the kill landed. */
  at?: Observation;
  state?: "before" | "after" | "other";
  integrity?: string;
  /** The same import run again after the kill. */
  rerun?: Run;
  rerunState?: "after" | "other";
  rerunIntegrity?: string;
}

export interface ScenarioOutcome {
  name: string;
  profile: Profile;
  before: Snapshot;
  after: Snapshot;
  moments: MomentOutcome[];
}

function fresh(base: string, target: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(target + suffix, { force: true });
  copyFileSync(base, target);
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync(base + suffix)) throw new Error(`${base} is not closed: ${base}${suffix}`);
  }
}

function summarise(result: KillResult, csv: string, csvSize: number): Profile {
  let walAtCommit = -1;
  let previous: KillResult["trace"][number] | undefined;
  const count = passCounter();
  const passes: Array<{ pass: number; closedAfter: boolean }> = [];
  for (const entry of result.trace) {
    const [, position, wal, writing] = entry;
    passes.push(count(position));
    if (previous?.[3] && !writing) walAtCommit = Math.max(walAtCommit, previous[2], wal);
    previous = entry;
  }
  // The -wal as the database is about to close (an announced moment, always
  // seen) holds every frame of the last COMMIT: a poll may miss a short COMMIT.
  for (const seen of result.moments) {
    if (seen.moment?.startsWith("db-close-")) walAtCommit = Math.max(walAtCommit, seen.wal);
  }
  const last = passes.reduce((max, p) => Math.max(max, p.pass), 0);
  const inLast = (i: number) => passes[i]?.pass === last;
  const readsWhileWriting = result.trace.some(
    ([, position, , writing], i) => writing && inLast(i) && position >= 0 && position < csvSize,
  );
  const writesAfterReading = result.trace.some(
    ([, , wal, writing], i) =>
      writing && inLast(i) && passes[i]?.closedAfter === true && wal <= WAL_HEADER,
  );
  return {
    result,
    csv,
    csvSize,
    passes: last,
    readsWhileWriting,
    writesAfterReading,
    walAtCommit,
  };
}

/**
 * Profiles one full run of the import, then kills it at each applicable moment
 * (on a fresh copy each time), checks what was left, and imports again.
 */
export async function runCrashScenario(
  scenario: CrashScenario,
  work: string,
  moments: readonly Moment[] = MOMENTS,
  attempts = 5,
): Promise<ScenarioOutcome> {
  const db = work;
  const csv = realpathSync(scenario.csv);
  fresh(scenario.base, db);
  const before = snapshot(db);
  const csvSize = statSync(csv).size;

  const first = start(scenario, db, csv);
  const profiled = summarise(profile(first.child, first.watch), csv, csvSize);
  const clean = await first.done;
  first.cleanup();
  if (clean.status !== 0) {
    throw new Error(`${scenario.name}: the uninterrupted import failed: ${clean.stderr}`);
  }
  const after = snapshot(db, TIME_COLUMNS);

  const outcomes: MomentOutcome[] = [];
  for (const moment of moments) {
    const make = moment.pick(profiled);
    if (!make) {
      outcomes.push({ moment: moment.name, expected: moment.expected });
      continue;
    }
    const outcome: MomentOutcome = {
      moment: moment.name,
      expected: moment.expected,
      ...(moment.mayMiss ? { mayMiss: true } : {}),
    };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      fresh(scenario.base, db);
      const started = start(scenario, db, csv);
      const result = killWhen(started.child, started.watch, make());
      await started.done;
      started.cleanup();
      outcome.attempts = attempt;
      outcome.killed = result.killed;
      outcome.at = result.at;
      if (result.killed) break;
    }
    if (outcome.killed) {
      outcome.integrity = integrity(db);
      const { exact: left, ignoring: leftTimeless } = snapshots(db, TIME_COLUMNS);
      outcome.state =
        left.digest === before.digest
          ? "before"
          : leftTimeless.digest === after.digest
            ? "after"
            : "other";
      outcome.rerun = await tdktHere(["--db", db, ...scenario.args]);
      outcome.rerunState = snapshot(db, TIME_COLUMNS).digest === after.digest ? "after" : "other";
      outcome.rerunIntegrity = integrity(db);
    }
    outcomes.push(outcome);
  }
  return { name: scenario.name, profile: profiled, before, after, moments: outcomes };
}

/** Every way an outcome breaks the promise, in words (empty when it holds). */
export function outcomeProblems(outcome: ScenarioOutcome): string[] {
  const problems: string[] = [];
  for (const m of outcome.moments) {
    if (m.attempts === undefined) continue;
    const where = `${outcome.name}, ${m.moment}`;
    if (!m.killed) {
      if (!m.mayMiss) {
        problems.push(`${where}: the import ended before the moment came (${m.attempts} attempts)`);
      }
      continue;
    }
    if (m.integrity !== "ok") problems.push(`${where}: integrity_check: ${m.integrity}`);
    const allowed = m.expected === "either" ? ["before", "after"] : [m.expected];
    if (!allowed.includes(m.state ?? "")) {
      problems.push(`${where}: the database is "${m.state}", expected ${allowed.join(" or ")}`);
    }
    if (m.rerun?.status !== 0) {
      problems.push(`${where}: the import again failed (${m.rerun?.status}): ${m.rerun?.stderr}`);
    }
    if (m.rerunState !== "after") problems.push(`${where}: the import again left another state`);
    if (m.rerunIntegrity !== "ok")
      problems.push(`${where}: after the import again: ${m.rerunIntegrity}`);
  }
  return problems;
}
