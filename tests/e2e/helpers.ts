import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";
import { afterAll, beforeAll } from "vitest";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "tdkt.js");
export const FIXTURES = join(ROOT, "fixtures");
export const SEED = join(FIXTURES, "2019-noi-chinh");

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
}

/** The environment of a run: the test's, without tdkt's own variables unless asked. */
function runEnv(options: RunOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const key of ["TDKT_DB", "TDKT_LANG", "FORCE_COLOR", "TDKT_DEBUG"]) {
    if (!(options.env && key in options.env)) delete env[key];
  }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

/** Runs the built binary in a new process, as a user would, with no terminal. */
export function runBinary(args: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: runEnv(options) as NodeJS.ProcessEnv,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The program of dist/ in one worker thread, called synchronously: the test
 * posts a request and waits on a shared flag until the answer is there (the
 * worker runs `main(argv, io)` with buffers for streams).
 */
let worker: { port: MessagePort; signal: Int32Array } | undefined;

function inProcess(): { port: MessagePort; signal: Int32Array } {
  if (worker) return worker;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  const thread = new Worker(new URL("./in-process-worker.mjs", import.meta.url), {
    workerData: {
      cli: pathToFileURL(join(ROOT, "dist", "cli.js")).href,
      version,
      port: port2,
      signal,
    },
    transferList: [port2],
  });
  thread.unref();
  worker = { port: port1, signal };
  wait(worker, "start");
  return worker;
}

function wait(target: { port: MessagePort; signal: Int32Array }, what: string): unknown {
  if (Atomics.wait(target.signal, 0, 0, 60_000) === "timed-out") {
    throw new Error(`tdkt in process: no answer to ${what} within 60 s`);
  }
  Atomics.store(target.signal, 0, 0);
  const message = receiveMessageOnPort(target.port);
  if (!message) throw new Error(`tdkt in process: no message after ${what}`);
  return message.message;
}

/**
 * `tdkt ARGS`: in this process by default (the compiled program's `main`,
 * with its streams captured, stdin not a terminal); in a new process when the
 * run needs one (another working folder, or input on stdin). Same results
 * either way: the exit status, stdout and stderr.
 */
export function runTdkt(args: readonly string[], options: RunOptions = {}): RunResult {
  if (options.cwd !== undefined || options.input !== undefined) return runBinary(args, options);
  const target = inProcess();
  target.port.postMessage({ args: [...args], env: runEnv(options) });
  return wait(target, args.join(" ")) as RunResult;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = "tdkt-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A database with the seed bloc, its members and its scoring table for 2019. */
export function seedDatabase(dir: string): string {
  const db = join(dir, "tdkt.db");
  const steps: string[][] = [
    ["init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính"],
    ["agencies", "import", "2019", join(SEED, "agencies.csv")],
    ["criteria", "import", "2019", join(SEED, "criteria.csv")],
  ];
  for (const step of steps) {
    const result = runTdkt(["--db", db, ...step]);
    if (result.status !== 0) {
      throw new Error(`seed step ${step.join(" ")} failed: ${result.stderr}`);
    }
  }
  return db;
}

/**
 * For a test file: one seeded database (seedDatabase) made before its tests,
 * a fresh copy of it per test, fresh folders and file names, all removed after.
 */
export function seededCopies(prefix: string): {
  fresh(): string;
  folder(): string;
  path(name: string): string;
} {
  let dir = "";
  let cleanup = () => {};
  let template = "";
  let copies = 0;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir(prefix));
    template = seedDatabase(dir);
  });
  afterAll(() => cleanup());
  const path = (name: string) => join(dir, `${++copies}-${name}`);
  return {
    fresh() {
      const db = path("tdkt.db");
      copyFileSync(template, db);
      return db;
    },
    folder() {
      const made = path("files");
      mkdirSync(made);
      return made;
    },
    path,
  };
}
