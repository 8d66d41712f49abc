/**
 * kill -9 during large imports (hundreds of thousands of rows), at every
 * moment the harness can tell apart and at blind moments across the run: the
 * database is always exactly as before the command (or, once the COMMIT is
 * written, as after it), passes `PRAGMA integrity_check`, and the same import
 * then succeeds.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE } from "../reliability/crash-harness.js";
import {
  afterFraction,
  MOMENTS,
  type Moment,
  outcomeProblems,
  parsedFraction,
  runCrashScenario,
  type ScenarioOutcome,
} from "../reliability/crash-scenario.js";
import {
  agencyCodes,
  generatedDatabase,
  tempDir,
  writeAgencies,
  writeScores,
} from "../reliability/helpers.js";
import { tdktHere } from "../reliability/in-process.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir("tdkt-faults-"));
});
afterAll(() => cleanup());

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

const EVERY_MOMENT: readonly Moment[] = [
  ...MOMENTS,
  parsedFraction(0.1),
  parsedFraction(0.9),
  ...[0.2, 0.4, 0.6, 0.8, 0.95].map(afterFraction),
];
const FEWER_MOMENTS: readonly Moment[] = [...MOMENTS, ...[0.3, 0.6, 0.9].map(afterFraction)];

/** What happened at each moment, for the log of the run. */
function describeOutcome(outcome: ScenarioOutcome): string {
  const lines = [`${outcome.name}: ${JSON.stringify(outcome.after.rows)}`];
  for (const m of outcome.moments) {
    if (m.attempts === undefined) {
      lines.push(`  ${m.moment}: not in this import`);
      continue;
    }
    const at = m.at
      ? `read ${m.at.csvPosition}, WAL ${m.at.wal}, ${m.at.writing ? "writing" : "not writing"}`
      : "";
    lines.push(`  ${m.moment}: killed=${m.killed} (${at}) → ${m.state}; again → ${m.rerunState}`);
  }
  return lines.join("\n");
}

describe.skipIf(!CAN_OBSERVE)("kill -9 during large imports", () => {
  it("score import, one file of 300,000 rows", async () => {
    const g = await generatedDatabase(folder("one"), 1000, 300);
    const csv = join(dir, "one", "scores.csv");
    expect(writeScores(csv, g.agencies, g.criteria)).toBe(300_000);
    const outcome = await runCrashScenario(
      { name: "score import, 300,000 rows", base: g.db, csv, args: ["import", "2019", csv] },
      join(dir, "one", "work.db"),
      EVERY_MOMENT,
    );
    console.log(describeOutcome(outcome));
    expect(outcomeProblems(outcome)).toEqual([]);
    // Most kills landed inside the transaction, and left the database as before.
    expect(outcome.moments.filter((m) => m.state === "before").length).toBeGreaterThanOrEqual(8);
  });

  it("score import, four files of 75,000 rows in one command, killed while reading the third", async () => {
    const g = await generatedDatabase(folder("four"), 1000, 300);
    const files = [0, 1, 2, 3].map((part) => {
      const path = join(dir, "four", `part-${part + 1}.csv`);
      writeScores(path, g.agencies.slice(part * 250, (part + 1) * 250), g.criteria);
      return path;
    });
    const outcome = await runCrashScenario(
      {
        name: "score import, 4 files",
        base: g.db,
        csv: files[2] as string,
        args: ["import", "2019", ...files],
      },
      join(dir, "four", "work.db"),
      EVERY_MOMENT,
    );
    console.log(describeOutcome(outcome));
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it("score import with --replace over 300,000 stored scores", async () => {
    const g = await generatedDatabase(folder("replace"), 1000, 300);
    const first = join(dir, "replace", "first.csv");
    writeScores(first, g.agencies, g.criteria);
    const loaded = await tdktHere(["--db", g.db, "import", "2019", first]);
    expect(loaded.status, loaded.stderr).toBe(0);
    const second = join(dir, "replace", "second.csv");
    writeScores(second, g.agencies, g.criteria, (a, c) => (a * 3 + c * 11) % 100);
    const outcome = await runCrashScenario(
      {
        name: "score import --replace",
        base: g.db,
        csv: second,
        args: ["import", "2019", second, "--replace"],
      },
      join(dir, "replace", "work.db"),
      FEWER_MOMENTS,
    );
    console.log(describeOutcome(outcome));
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it("agencies import of 30,000 agencies", async () => {
    const g = await generatedDatabase(folder("agencies"), 10, 5);
    const csv = join(dir, "agencies", "agencies-2020.csv");
    writeAgencies(csv, agencyCodes(30_000));
    const outcome = await runCrashScenario(
      { name: "agencies import", base: g.db, csv, args: ["agencies", "import", "2020", csv] },
      join(dir, "agencies", "work.db"),
      FEWER_MOMENTS,
    );
    console.log(describeOutcome(outcome));
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it("ballots import of 1,000 ballots in four races", async () => {
    const g = await generatedDatabase(folder("ballots"), 1000, 5);
    const csv = join(dir, "ballots", "ballots.csv");
    const rows = ["ballot,race,choice"];
    for (let b = 1; b <= 1000; b++) {
      rows.push(`${b},flag,${g.agencies[b % 7]}`);
      rows.push(`${b},certificate,${g.agencies[b % 11]}`, `${b},certificate,${g.agencies[12]}`);
      rows.push(`${b},head,${g.agencies[b % 3]}`, `${b},deputy,${g.agencies[3 + (b % 5)]}`);
    }
    writeFileSync(csv, `${rows.join("\n")}\n`);
    const outcome = await runCrashScenario(
      { name: "ballots import", base: g.db, csv, args: ["ballots", "import", "2019", csv] },
      join(dir, "ballots", "work.db"),
      FEWER_MOMENTS,
    );
    console.log(describeOutcome(outcome));
    expect(outcomeProblems(outcome)).toEqual([]);
  });
});
