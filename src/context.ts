/**
 * What every command gets: the global options of the contract resolved once
 * (database path, bloc, --json, language), where to write, and what it may
 * know of the process that runs it (environment, whether stdin is a
 * terminal). Commands read these, never `process.*`.
 */
import { resolve } from "node:path";
import { getLang, type Lang } from "./i18n/index.js";
import { type Io, makeOutput, type Output } from "./io/output.js";

export interface GlobalOptions {
  db?: string;
  bloc?: string;
  json?: boolean;
  lang?: string;
}

export interface Context {
  /** --db, else TDKT_DB, else ./tdkt.db (contract). */
  dbPath: string;
  blocCode: string | undefined;
  json: boolean;
  lang: Lang;
  /** Prompts only when stdin is a terminal; otherwise a missing value is a usage error. */
  canPrompt: boolean;
  out: Output;
  /** The environment of the run (TDKT_BUSY_TIMEOUT and the like). */
  env: Readonly<Record<string, string | undefined>>;
  /** The time recorded in logs (never printed in results, which stay deterministic). */
  now(): string;
}

export function makeContext(options: GlobalOptions, io: Io): Context {
  // An empty TDKT_DB is taken as unset, as shells leave it after `TDKT_DB=`.
  const dbPath = options.db ?? (io.env.TDKT_DB || "tdkt.db");
  return {
    dbPath: dbPath === ":memory:" ? dbPath : resolve(dbPath),
    blocCode: options.bloc,
    json: options.json === true,
    lang: getLang(),
    canPrompt: io.stdinIsTTY && io.env.CI !== "true",
    out: makeOutput(io),
    env: io.env,
    now: () => new Date().toISOString(),
  };
}
