/**
 * kill -9 (a crash, a pulled plug of the process) in the middle of an import,
 * at several moments chosen by watching the process (see crash-harness.ts):
 * the database is left exactly as before the command (or, once the COMMIT is
 * written, exactly as after it), passes `PRAGMA integrity_check`, and the same
 * import then succeeds. The large runs are `npm run test:faults`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE } from "./crash-harness.js";
import { MOMENTS, outcomeProblems, runCrashScenario } from "./crash-scenario.js";
import { agencyCodes, generatedDatabase, tempDir, writeAgencies, writeScores } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe.skipIf(!CAN_OBSERVE)("kill -9 in the middle of an import", () => {
  it("score import of 24,000 rows: killed at every moment, the database as before, then imported", async () => {
    const g = await generatedDatabase(folder("scores"), 200, 120);
    const csv = join(dir, "scores.csv");
    writeScores(csv, g.agencies, g.criteria);
    const outcome = await runCrashScenario(
      { name: "score import", base: g.db, csv, args: ["import", "2019", csv] },
      join(dir, "scores-work.db"),
    );
    expect(outcomeProblems(outcome)).toEqual([]);
    // The kills landed where they were meant to: inside the transaction while
    // parsing, and during the COMMIT, not only before or after the command.
    const landed = outcome.moments.filter((m) => m.killed).map((m) => m.moment);
    expect(landed).toEqual(
      expect.arrayContaining([
        "as the write transaction begins",
        "inside the write transaction, 50% of the file parsed",
        "at the end of the COMMIT, 90% of its frames written to the WAL",
      ]),
    );
    expect(outcome.moments.find((m) => m.moment.startsWith("inside"))?.at?.writing).toBe(true);
  }, 120_000);

  it("agencies import: killed in its transaction and in its COMMIT", async () => {
    const g = await generatedDatabase(folder("agencies"), 10, 5);
    const csv = join(dir, "agencies-2020.csv");
    writeAgencies(csv, agencyCodes(3000));
    const outcome = await runCrashScenario(
      { name: "agencies import", base: g.db, csv, args: ["agencies", "import", "2020", csv] },
      join(dir, "agencies-work.db"),
      MOMENTS.filter((m) => /begins|end of the COMMIT/.test(m.name)),
    );
    expect(outcomeProblems(outcome)).toEqual([]);
    expect(outcome.moments.filter((m) => m.killed)).toHaveLength(2);
  }, 120_000);
});
