import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE } from "./crash-harness.js";
import { outcomeProblems, runCrashScenario } from "./crash-scenario.js";
import { generatedDatabase, tempDir, writeScores } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe.skipIf(!CAN_OBSERVE)("kill -9 in the middle of an import", () => {
  it("score import", async () => {
    const g = generatedDatabase(dir, 500, 200);
    const csv = join(dir, "scores.csv");
    writeScores(csv, g.agencies, g.criteria);
    const outcome = await runCrashScenario(
      { name: "score import", base: g.db, csv, args: ["import", "2019", csv] },
      join(dir, "work.db"),
    );
    console.log(
      JSON.stringify({
        ...outcome,
        profile: {
          ...outcome.profile,
          result: { ...outcome.profile.result, trace: outcome.profile.result.trace.slice(0, 60) },
        },
      }),
    );
    expect(outcomeProblems(outcome)).toEqual([]);
  }, 120_000);
});
