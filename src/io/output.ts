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

/**
 * Control characters from users' files (an escape sequence that clears the
 * screen, retitles the terminal or hides text) shown as `\u{1b}`, never sent
 * to the terminal as they are. Line ends and tabs are kept.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** The same, keeping the colour sequences that tdkt itself writes (SGR only). */
export function escapeControlsKeepingColour(text: string): string {
  return text
    .split(/(\u001b\[[0-9;]*m)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeControls(part)))
    .join("");
}

export function processOutput(): Output {
  const level = colorLevel(process.env, process.stdout.isTTY === true);
  // Human output: names and notes from users' files never drive the terminal.
  const safe = level === 0 ? escapeControls : escapeControlsKeepingColour;
  return {
    print(text) {
      const line = text.endsWith("\n") ? text : `${text}\n`;
      process.stdout.write(safe(line));
    },
    info(text) {
      process.stderr.write(safe(text.endsWith("\n") ? text : `${text}\n`));
    },
    json(document) {
      process.stdout.write(stableJson(document));
    },
    color: new Chalk({ level }),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
