/**
 * Runs a tdkt command line inside the test process: the same compiled program
 * as the binary (dist/cli.js, built before the tests) through its `main(argv,
 * io)`, with buffers for streams, without the start-up of a new process, for
 * the large tables of cases.
 */
import type { Run } from "./helpers.js";

interface Cli {
  main(
    argv: readonly string[],
    io: {
      stdout: { write(text: string): unknown };
      stderr: { write(text: string): unknown };
      stdinIsTTY: boolean;
      env: Record<string, string | undefined>;
    },
    version?: string,
  ): Promise<number>;
}

// The compiled module, as the binary loads it (each command's module lazily).
const cli = (await import(
  /* @vite-ignore */ new URL("../../dist/cli.js", import.meta.url).href
)) as Cli;

/** `tdkt ARGS` in this process, with no terminal and none of tdkt's variables set. */
export async function tdktHere(args: readonly string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
  for (const key of ["TDKT_DB", "TDKT_LANG", "FORCE_COLOR", "TDKT_DEBUG", "TDKT_BUSY_TIMEOUT"]) {
    delete env[key];
  }
  const status = await cli.main(args, {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    stdinIsTTY: false,
    env,
  });
  return { status, signal: null, stdout, stderr };
}
