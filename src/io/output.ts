/**
 * Where output goes. stdout carries the result (with --json exactly one JSON
 * document); stderr carries messages. Colour follows NO_COLOR, FORCE_COLOR and
 * whether stdout is a terminal (contract, "Global").
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface Output {
  /** The result, to stdout. */
  print(text: string): void;
  /** A message for the person, to stderr. */
  info(text: string): void;
  /** The one JSON document of --json, to stdout. */
  json(document: unknown): void;
  color: ChalkInstance;
  /** Whether stderr is a terminal (progress bars and the like). */
  stderrIsTTY: boolean;
}

export function colorLevel(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") {
    const level = Number(force);
    return level === 2 || level === 3 ? level : 1;
  }
  if (force === "0" || force === "false") return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (!stdoutIsTTY || env.TERM === "dumb") return 0;
  return 1;
}

/** JSON as tdkt writes it everywhere: two-space indent, keys in the order built, a final newline. */
export function stableJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function processOutput(): Output {
  const level = colorLevel(process.env, process.stdout.isTTY === true);
  return {
    print(text) {
      process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    },
    info(text) {
      process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
    },
    json(document) {
      process.stdout.write(stableJson(document));
    },
    color: new Chalk({ level }),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
