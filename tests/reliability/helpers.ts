/**
 * Shared by the reliability tests and the heavy fault runs: spawning the built
 * binary (also as another user, since permissions do not bind root), a full
 * dump of a database to compare before and after, and generated fixtures.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { runTdkt } from "../e2e/helpers.js";
import { tdktHere } from "./in-process.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "tdkt.js");
export const SEED = join(ROOT, "fixtures", "2019-noi-chinh");

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Run as an unprivileged user (when the tests run as root), so that file modes bind. */
  unprivileged?: boolean;
}

/** Root ignores file modes: read-only and unreadable files are tested as `nobody` then. */
export const IS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Whether the permission cases can run: as another user than root, always;
 * as root, when `nobody` can reach node and the repository (not, say, under a
 * private home folder).
 */
export const CAN_RUN_UNPRIVILEGED =
  !IS_ROOT ||
  spawnSync(process.execPath, [BIN, "--version"], { ...NOBODY, cwd: tmpdir(), encoding: "utf8" })
    .status === 0;

function childEnv(extra: RunOptions["env"] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of ["TDKT_DB", "TDKT_LANG", "FORCE_COLOR", "TDKT_DEBUG", "TDKT_BUSY_TIMEOUT"]) {
    delete env[key];
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function identity(options: RunOptions): { uid?: number; gid?: number } {
  return options.unprivileged && IS_ROOT ? NOBODY : {};
}

/**
 * `tdkt ARGS` to the end: in this process (the compiled program's `main`, see
 * tests/e2e/helpers.ts) unless the run needs a process of its own (another
 * user, another working folder).
 */
export function tdkt(args: readonly string[], options: RunOptions = {}): Run {
  if (!(options.unprivileged && IS_ROOT) && options.cwd === undefined) {
    const run = runTdkt(args, { env: childEnv(options.env) });
    return { ...run, signal: null };
  }
  return tdktSpawned(args, options);
}

/** Runs `node bin/tdkt.js ARGS` in a new process, to the end. */
export function tdktSpawned(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    encoding: "utf8",
    input: "",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...identity(options),
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Starts `node bin/tdkt.js ARGS`; `done` settles when it exits (or is killed). */
export function tdktAsync(
  args: readonly string[],
  options: RunOptions = {},
): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", "pipe", "pipe"],
    ...identity(options),
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (text: string) => {
    stdout += text;
  });
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs many commands, at most `parallel` at a time, results in the order given. */
export async function tdktAll(
  runs: ReadonlyArray<{ args: readonly string[]; options?: RunOptions }>,
  parallel = 3,
): Promise<Run[]> {
  const results: Run[] = new Array(runs.length);
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const index = next++;
      const run = runs[index];
      if (run) results[index] = await tdktAsync(run.args, run.options).done;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, runs.length) }, worker));
  return results;
}

/** A fresh folder under the system's temporary folder; `cleanup` removes it. */
export function tempDir(prefix = "tdkt-rel-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Traversable by the unprivileged user of the permission tests.
  chmodSync(dir, 0o755);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What the contract asks of a failure a user can cause: exit 1, every stderr
 * line begins `tdkt: `, at least the problem and a line saying what to do, no
 * stack trace, no internal error, nothing on stdout.
 */
export function failureProblems(run: Run): string[] {
  const problems: string[] = [];
  if (run.status !== 1) problems.push(`exit status ${run.status} (signal ${run.signal}), not 1`);
  if (run.stdout !== "") problems.push(`stdout not empty: ${run.stdout.slice(0, 200)}`);
  const lines = run.stderr.split("\n").filter((line) => line !== "");
  if (lines.length < 2) problems.push(`fewer than two stderr lines: ${run.stderr}`);
  for (const line of lines) {
    if (!line.startsWith("tdkt: ")) problems.push(`stderr line without "tdkt: ": ${line}`);
    if (/^\s+at /.test(line) || /\.(?:js|ts):\d+:\d+\)?$/.test(line)) {
      problems.push(`stack trace line: ${line}`);
    }
  }
  if (/internal error|lỗi nội bộ/i.test(run.stderr)) problems.push(`internal error: ${run.stderr}`);
  return problems;
}

/* ------------------------------------------------------------------ dumps */

export interface Snapshot {
  /** SHA-256 of every table's every row (and the schema and user_version). */
  digest: string;
  /** Rows per table, to make a failed comparison readable. */
  rows: Record<string, number>;
}

/**
 * A full dump of the database, read-only: the schema, `user_version`, then
 * every row of every table in a fixed order. Columns named in `ignore` (the
 * times recorded in logs) are blanked, to compare two runs of one import.
 */
export function snapshot(path: string, ignore: readonly string[] = []): Snapshot {
  return snapshots(path, ignore).ignoring;
}

/** The exact dump and the one with `ignore` blanked, in one reading. */
export function snapshots(
  path: string,
  ignore: readonly string[],
): { exact: Snapshot; ignoring: Snapshot } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const exact = createHash("sha256");
    const ignoring = createHash("sha256");
    const both = (text: string) => {
      exact.update(text);
      ignoring.update(text);
    };
    both(`user_version=${db.pragma("user_version", { simple: true })}\n`);
    const objects = db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
      .all() as Array<{ type: string; name: string; sql: string | null }>;
    both(JSON.stringify(objects));
    const rows: Record<string, number> = {};
    for (const { type, name } of objects) {
      if (type !== "table" || name.startsWith("sqlite_")) continue;
      const columns = (db.pragma(`table_info("${name}")`) as Array<{ name: string }>).map(
        (column) => column.name,
      );
      const blank = columns.map((column) => ignore.includes(column));
      const blanks = blank.some(Boolean);
      const order = columns.map((_, i) => i + 1).join(", ");
      let count = 0;
      both(`\n#${name}(${columns.join(",")})\n`);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw().iterate()) {
        const values = row as unknown[];
        const text = `${JSON.stringify(values)}\n`;
        exact.update(text);
        ignoring.update(
          blanks ? `${JSON.stringify(values.map((v, i) => (blank[i] ? null : v)))}\n` : text,
        );
        count++;
      }
      rows[name] = count;
    }
    return {
      exact: { digest: exact.digest("hex"), rows },
      ignoring: { digest: ignoring.digest("hex"), rows },
    };
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` and `foreign_key_check`: "ok" when both are clean. */
export function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const check = (db.pragma("integrity_check") as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .join("; ");
    const keys = db.pragma("foreign_key_check") as unknown[];
    return keys.length === 0 ? check : `${check}; foreign keys: ${JSON.stringify(keys)}`;
  } finally {
    db.close();
  }
}

/** The bytes of a file and of its -wal and -shm companions, to prove that nothing was touched. */
export function fileState(path: string): string {
  const hash = createHash("sha256");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    const file = path + suffix;
    if (!existsSync(file)) {
      hash.update(`${suffix}:absent\n`);
      continue;
    }
    const info = statSync(file);
    hash.update(`${suffix}:${info.size}:${info.mode}:`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/* --------------------------------------------------------------- fixtures */

export interface Generated {
  db: string;
  agencies: string[];
  criteria: string[];
}

/** Codes `A00001…` and criteria `TC001…`: the size of a real province and far beyond. */
export function agencyCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `A${String(i + 1).padStart(5, "0")}`);
}

export function criterionCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `TC${String(i + 1).padStart(3, "0")}`);
}

export function writeAgencies(path: string, codes: readonly string[]): void {
  const lines = ["code,name", ...codes.map((code, i) => `${code},Cơ quan thành viên số ${i + 1}`)];
  writeFileSync(path, `${lines.join("\n")}\n`);
}

export function writeCriteria(path: string, codes: readonly string[], maxPoints = 100): void {
  const lines = [
    "code,title,max_points",
    ...codes.map((code, i) => `${code},Tiêu chí số ${i + 1},${maxPoints}`),
  ];
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** A score sheet of every agency on every criterion: agencies × criteria rows. */
export function writeScores(
  path: string,
  agencies: readonly string[],
  criteria: readonly string[],
  points: (agency: number, criterion: number) => number = (a, c) => (a * 7 + c * 3) % 100,
): number {
  const chunks: string[] = ["agency,criterion,points,note\n"];
  let rows = 0;
  agencies.forEach((agency, a) => {
    let block = "";
    criteria.forEach((criterion, c) => {
      block += `${agency},${criterion},${points(a, c)},ghi chú ${a}-${c}\n`;
      rows++;
    });
    chunks.push(block);
  });
  writeFileSync(path, chunks.join(""));
  return rows;
}

/**
 * A database with one bloc, `members` agencies and `criteria` criteria for
 * `year`, made through the command line as a user would (in this process, to
 * save the start-up of three more).
 */
export async function generatedDatabase(
  dir: string,
  members: number,
  criteria: number,
  year = 2019,
  bloc = "KHOI",
): Promise<Generated> {
  const db = join(dir, "tdkt.db");
  const agencies = agencyCodes(members);
  const codes = criterionCodes(criteria);
  writeAgencies(join(dir, "agencies.csv"), agencies);
  writeCriteria(join(dir, "criteria.csv"), codes);
  const steps = [
    ["init", "--bloc", bloc, "--name", `Khối thi đua ${bloc}`],
    ["agencies", "import", String(year), join(dir, "agencies.csv")],
    ["criteria", "import", String(year), join(dir, "criteria.csv")],
  ];
  for (const step of steps) {
    const run = await tdktHere(["--db", db, ...step]);
    if (run.status !== 0) throw new Error(`${step.join(" ")} failed: ${run.stderr}`);
  }
  return { db, agencies, criteria: codes };
}

/** The seed database of the 2019 case (ten members, fourteen criteria). */
export async function seedDatabase(dir: string): Promise<string> {
  const db = join(dir, "tdkt.db");
  const steps = [
    ["init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính"],
    ["agencies", "import", "2019", join(SEED, "agencies.csv")],
    ["criteria", "import", "2019", join(SEED, "criteria.csv")],
  ];
  for (const step of steps) {
    const run = await tdktHere(["--db", db, ...step]);
    if (run.status !== 0) throw new Error(`${step.join(" ")} failed: ${run.stderr}`);
  }
  return db;
}

/** Whether the binary exists for a command (some commands are added later). */
export function hasCommand(module: string): boolean {
  return existsSync(join(ROOT, "dist", "commands", `${module}.js`));
}
