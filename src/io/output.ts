/**
 * Where output goes. stdout carries the result (with --json exactly one JSON
 * document); stderr carries messages. Colour follows NO_COLOR, FORCE_COLOR and
 * whether stdout is a terminal (contract, "Global").
 *
 * The streams, the environment and whether stdin is a terminal come from the
 * caller of `main` (an `Io`), never from `process` directly, so that the whole
 * program can run inside another process (the tests) with its own streams.
 */

/** A stream to write text to (process.stdout, or a buffer in the tests). */
export interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when it is one. */
  columns?: number;
}

/** Everything the program takes from the process that runs it. */
export interface Io {
  stdout: TextStream;
  stderr: TextStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams and environment (the binary). */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
  };
}

/** A style: `color.red(text)`, or `color.red.bold(text)`. */
export type Paint = ((text: string) => string) & { bold: (text: string) => string };

/** The few styles the terminal output uses (ANSI SGR codes; none at level 0). */
export interface Colors {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
}

export function makeColors(level: number): Colors {
  const wrap = (open: number[], close: number[]) => (text: string) =>
    level === 0 || text === ""
      ? text
      : `${open.map((code) => `\u001b[${code}m`).join("")}${text}${close
          .map((code) => `\u001b[${code}m`)
          .join("")}`;
  // Close codes as chalk writes them (22 ends bold and dim, 39 the colour).
  const paint = (code: number, close: number): Paint =>
    Object.assign(wrap([code], [close]), { bold: wrap([code, 1], [22, close]) });
  return {
    bold: paint(1, 22),
    dim: paint(2, 22),
    red: paint(31, 39),
    green: paint(32, 39),
    yellow: paint(33, 39),
  };
}

export interface Output {
  /** The result, to stdout. */
  print(text: string): void;
  /** Text to stdout exactly as given (a document). */
  write(text: string): void;
  /** A message for the person, to stderr. */
  info(text: string): void;
  /** The one JSON document of --json, to stdout. */
  json(document: unknown): void;
  color: Colors;
  /** Whether stderr is a terminal (progress bars and the like). */
  stderrIsTTY: boolean;
  /** The stderr stream itself (progress bars redraw a line on it). */
  stderr: TextStream;
}

export function colorLevel(
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTTY: boolean,
): 0 | 1 | 2 | 3 {
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

export function makeOutput(io: Io): Output {
  const level = colorLevel(io.env, io.stdout.isTTY === true);
  // Human output: names and notes from users' files never drive the terminal.
  const safe = level === 0 ? escapeControls : escapeControlsKeepingColour;
  return {
    print(text) {
      io.stdout.write(safe(text.endsWith("\n") ? text : `${text}\n`));
    },
    write(text) {
      io.stdout.write(safe(text));
    },
    info(text) {
      io.stderr.write(safe(text.endsWith("\n") ? text : `${text}\n`));
    },
    json(document) {
      io.stdout.write(stableJson(document));
    },
    color: makeColors(level),
    stderrIsTTY: io.stderr.isTTY === true,
    stderr: io.stderr,
  };
}
