import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

/** Runs the built binary as a user would, with no terminal and no colour unless asked. */
export function runTdkt(args: readonly string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const key of ["TDKT_DB", "TDKT_LANG", "FORCE_COLOR", "TDKT_DEBUG"]) {
    if (!(options.env && key in options.env)) delete env[key];
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
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
