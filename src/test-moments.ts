/**
 * Named moments of a run that the crash tests kill the process at
 * (tests/reliability/crash-harness.ts), switched on only by them: with
 * `TDKT_TEST_MOMENTS` set to a folder, the process announces each moment by
 * creating a file of that name there, then waits until the harness either
 * kills it or answers with `NAME.go`. The moment therefore lasts exactly as
 * long as the harness needs to see it, however loaded the machine. Unset
 * (every real run), it costs one property lookup.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.env.TDKT_TEST_MOMENTS || undefined;
/** How long a moment waits for an answer before going on: a harness that died never hangs a run. */
const ANSWER_TIMEOUT_MS = 60_000;
const seen = new Map<string, number>();
let sleeper: Int32Array | undefined;

export const testMomentsOn = folder !== undefined;

/**
 * Announces `name` (numbered by its occurrence in this run: `csv-50-2` is
 * the second file that reached half its length), with what it is about (the
 * file read), and waits for the harness.
 */
export function reachMoment(name: string, about = ""): void {
  if (folder === undefined) return;
  const occurrence = (seen.get(name) ?? 0) + 1;
  seen.set(name, occurrence);
  const file = join(folder, `${name}-${occurrence}`);
  writeFileSync(file, about);
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (!existsSync(`${file}.go`) && Date.now() < deadline) Atomics.wait(sleeper, 0, 0, 1);
}
