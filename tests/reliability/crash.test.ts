import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE } from "./crash-harness.js";
import { outcomeProblems, runCrashScenario } from "./crash-scenario.js";
import { agencyCodes, generatedDatabase, tempDir, writeAgencies } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe.skipIf(!CAN_OBSERVE)("kill -9 in the middle of an import", () => {
  it("agencies import", async () => {
    const base = generatedDatabase(dir, 10, 5).db;
    const csv = join(dir, "many.csv");
    writeAgencies(csv, agencyCodes(20000));
    const outcome = await runCrashScenario(
      { name: "agencies import", base, csv, args: ["agencies", "import", "2020", csv, "--replace"] },
      join(dir, "work.db"),
    );
    console.log(JSON.stringify({ ...outcome, profile: { ...outcome.profile, result: { ...outcome.profile.result, trace: outcome.profile.result.trace.slice(0, 40) } } }, null, 1));
    expect(outcomeProblems(outcome)).toEqual([]);
  }, 120_000);
});
