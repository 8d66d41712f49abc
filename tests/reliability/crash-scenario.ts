/**
 * One import, killed at several moments: each time the database must be
 * exactly as before the command (or, for a kill after the COMMIT, exactly as
 * after it), pass `PRAGMA integrity_check`, and take the same import again.
 */
import { copyFileSync, existsSync, realpathSync, rmSync, statSync } from "node:fs";
import { type KillResult, killWhen, type Observation, profile } from "./crash-harness.js";
import { integrity, type Run, type Snapshot, snapshot, tdkt, tdktAsync } from "./helpers.js";

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

export interface Moment {
  name: string;
  expected: Expected;
  /** From a profile of a full run: the predicate that picks the moment, or undefined when this import has no such moment. */
  pick(run: Profile): ((now: Observation, sawWriting: boolean) => boolean) | undefined;
}

export interface Profile {
  result: KillResult;
  csvSize: number;
  /** The -wal size when the write lock was released (the COMMIT written), or -1. */
  walAtCommit: number;
  /** Whether the file was still being read while the write lock was held. */
  readsWhileWriting: boolean;
  /** Whether the -wal grew while the write lock was held, before the COMMIT (the page cache spilled). */
  spills: boolean;
}

const WAL_HEADER = 32;

export const MOMENTS: readonly Moment[] = [
  {
    name: "while reading the file, before the write transaction",
    expected: "before",
    pick: (p) => {
      const half = p.csvSize / 2;
      const seen = p.result.trace.some(([, position, , writing]) => !writing && position >= half);
      return seen ? (now) => !now.writing && now.csvPosition >= half : undefined;
    },
  },
  {
    name: "as the write transaction begins",
    expected: "before",
    pick: () => (now) => now.writing,
  },
  {
    name: "inside the write transaction, half of the file read",
    expected: "before",
    pick: (p) =>
      p.readsWhileWriting
        ? (now) => now.writing && now.csvPosition >= p.csvSize / 2
        : undefined,
  },
  {
    name: "inside the write transaction, pages spilled to the WAL",
    expected: "before",
    pick: (p) =>
      p.spills
        ? (now) => now.writing && now.wal > WAL_HEADER && now.wal <= p.walAtCommit / 2
        : undefined,
  },
  {
    name: "during the COMMIT (the last frames going to the WAL)",
    expected: "either",
    pick: (p) =>
      p.walAtCommit > WAL_HEADER
        ? (now) => now.writing && now.wal >= p.walAtCommit * 0.9
        : undefined,
  },
  {
    name: "after the COMMIT, while checkpointing at close",
    expected: "after",
    pick: (p) =>
      p.walAtCommit > WAL_HEADER
        ? (now, sawWriting) => sawWriting && !now.writing && now.wal > WAL_HEADER
        : undefined,
  },
];

export interface MomentOutcome {
  moment: string;
  expected: Expected;
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

function summarise(result: KillResult, csvSize: number): Profile {
  let walAtCommit = -1;
  let readsWhileWriting = false;
  let spills = false;
  let previous: KillResult["trace"][number] | undefined;
  for (const entry of result.trace) {
    const [, position, wal, writing] = entry;
    if (writing && position > 0 && position < csvSize) readsWhileWriting = true;
    if (previous?.[3] && !writing) walAtCommit = Math.max(walAtCommit, previous[2], wal);
    previous = entry;
  }
  // Spilled: the WAL held frames while writing, well before it reached its size at the COMMIT.
  spills = result.trace.some(
    ([, , wal, writing]) => writing && wal > WAL_HEADER && wal <= walAtCommit / 2,
  );
  return { result, csvSize, walAtCommit, readsWhileWriting, spills };
}

/**
 * Profiles one full run of the import, then kills it at each applicable moment
 * (on a fresh copy each time), checks what was left, and imports again.
 */
export async function runCrashScenario(
  scenario: CrashScenario,
  work: string,
  moments: readonly Moment[] = MOMENTS,
  attempts = 3,
): Promise<ScenarioOutcome> {
  const db = work;
  const csv = realpathSync(scenario.csv);
  fresh(scenario.base, db);
  const before = snapshot(db);
  const csvSize = statSync(csv).size;

  const first = tdktAsync(["--db", db, ...scenario.args]);
  const profiled = summarise(profile(first.child, { db, csv }), csvSize);
  const clean = await first.done;
  if (clean.status !== 0) {
    throw new Error(`${scenario.name}: the uninterrupted import failed: ${clean.stderr}`);
  }
  const after = snapshot(db, TIME_COLUMNS);

  const outcomes: MomentOutcome[] = [];
  for (const moment of moments) {
    const when = moment.pick(profiled);
    if (!when) {
      outcomes.push({ moment: moment.name, expected: moment.expected });
      continue;
    }
    const outcome: MomentOutcome = { moment: moment.name, expected: moment.expected };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      fresh(scenario.base, db);
      const started = tdktAsync(["--db", db, ...scenario.args]);
      const result = killWhen(started.child, { db, csv }, when);
      await started.done;
      outcome.attempts = attempt;
      outcome.killed = result.killed;
      outcome.at = result.at;
      if (result.killed) break;
    }
    if (outcome.killed) {
      outcome.integrity = integrity(db);
      const left = snapshot(db);
      const leftTimeless = snapshot(db, TIME_COLUMNS);
      outcome.state =
        left.digest === before.digest
          ? "before"
          : leftTimeless.digest === after.digest
            ? "after"
            : "other";
      outcome.rerun = tdkt(["--db", db, ...scenario.args]);
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
      problems.push(`${where}: the import ended before the moment came (${m.attempts} attempts)`);
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
    if (m.rerunIntegrity !== "ok") problems.push(`${where}: after the import again: ${m.rerunIntegrity}`);
  }
  return problems;
}
