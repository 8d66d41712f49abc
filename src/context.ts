/**
 * What every command gets: the global options of the contract resolved once
 * (database path, bloc, --json, language) and where to write.
 */
import { resolve } from "node:path";
import { getLang, type Lang } from "./i18n/index.js";
import { type Output, processOutput } from "./io/output.js";

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
  /** The time recorded in logs (never printed in results, which stay deterministic). */
  now(): string;
}

export function makeContext(options: GlobalOptions): Context {
  // An empty TDKT_DB is taken as unset, as shells leave it after `TDKT_DB=`.
  const dbPath = options.db ?? (process.env.TDKT_DB || "tdkt.db");
  return {
    dbPath: dbPath === ":memory:" ? dbPath : resolve(dbPath),
    blocCode: options.bloc,
    json: options.json === true,
    lang: getLang(),
    canPrompt: process.stdin.isTTY === true && process.env.CI !== "true",
    out: processOutput(),
    now: () => new Date().toISOString(),
  };
}
