/**
 * Runs a tdkt command line inside the test process: the same compiled program
 * and the same error printer as the binary (dist/cli.js, built before the
 * tests), without the start-up of a new process, for the large tables of
 * cases. stdout and stderr are captured.
 */
import type { Run } from "./helpers.js";

interface Cli {
  buildProgram(version: string): { parseAsync(argv: string[]): Promise<unknown> };
  reportError(error: unknown, write: (text: string) => void): number;
}
interface I18n {
  setLang(lang: "vi" | "en"): void;
}

// The compiled modules, as the binary loads them (each command's module lazily).
const cli = (await import(
  /* @vite-ignore */ new URL("../../dist/cli.js", import.meta.url).href
)) as Cli;
const i18n = (await import(
  /* @vite-ignore */ new URL("../../dist/i18n/index.js", import.meta.url).href
)) as I18n;

type Write = typeof process.stdout.write;

let queue: Promise<unknown> = Promise.resolve();

/** `tdkt ARGS` in this process (one at a time: the output streams are shared). */
export function tdktHere(args: readonly string[]): Promise<Run> {
  const run = queue.then(() => runOnce(args));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnce(args: readonly string[]): Promise<Run> {
  const at = args.indexOf("--lang");
  const lang = at >= 0 ? args[at + 1] : undefined;
  i18n.setLang(lang === "en" ? "en" : "vi");
  let stdout = "";
  let stderr = "";
  const outWrite = process.stdout.write;
  const errWrite = process.stderr.write;
  const capture =
    (append: (text: string) => void): Write =>
    (chunk: unknown, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString());
      const callback = rest.find((item) => typeof item === "function") as (() => void) | undefined;
      callback?.();
      return true;
    };
  process.stdout.write = capture((text) => {
    stdout += text;
  });
  process.stderr.write = capture((text) => {
    stderr += text;
  });
  const saved = process.env.TDKT_DEBUG;
  delete process.env.TDKT_DEBUG;
  let status: number;
  try {
    await cli.buildProgram("0.0.0").parseAsync(["node", "tdkt", ...args]);
    status = 0;
  } catch (error) {
    status = cli.reportError(error, (text) => {
      stderr += text;
    });
  } finally {
    process.stdout.write = outWrite;
    process.stderr.write = errWrite;
    if (saved !== undefined) process.env.TDKT_DEBUG = saved;
    i18n.setLang("vi");
  }
  return { status, signal: null, stdout, stderr };
}
