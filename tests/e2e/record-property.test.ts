/**
 * The property of a counted year (contract, "A year's record"): any sequence
 * of writing commands on it either changes nothing (exit 1, the database
 * byte for byte as it was) or is journaled; a command that succeeds without
 * a journal entry left the count's data as it was.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBloc } from "../../src/db/blocs.js";
import { openDatabase } from "../../src/db/connection.js";
import { yearSnapshot } from "../../src/db/year-record.js";
import { tdktHere } from "../reliability/in-process.js";
import { SEED, tempDir } from "./helpers.js";

const { dir, cleanup } = tempDir("tdkt-record-property-");
const template = join(dir, "template.db");
afterAll(cleanup);

async function ok(db: string, ...args: string[]): Promise<void> {
  const result = await tdktHere(["--db", db, ...args]);
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
}

beforeAll(async () => {
  const db = join(dir, "seed.db");
  await ok(db, "init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính");
  await ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
  await ok(db, "criteria", "import", "2019", join(SEED, "criteria.csv"));
  await ok(db, "import", "2019", join(SEED, "scores", "STP.csv"), join(SEED, "scores", "CAT.csv"));
  await ok(db, "ballots", "import", "2019", join(SEED, "ballots.csv"));
  await ok(db, "meeting", "2019", "--date", "2019-12-20", "--place", "Sở Tư pháp");
  await ok(db, "leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS");
  await ok(db, "tally", "2019");
  await ok(db, "backup", template);
  const agencies = readFileSync(join(SEED, "agencies.csv"), "utf8");
  writeFileSync(join(dir, "renamed.csv"), agencies.replace("Công an tỉnh", "Công an tỉnh mới"));
  const stp = readFileSync(join(SEED, "scores", "STP.csv"), "utf8");
  writeFileSync(join(dir, "STP.csv"), stp.replace("TC02,10,", "TC02,8,"));
  const ballots = readFileSync(join(SEED, "ballots.csv"), "utf8");
  writeFileSync(join(dir, "ballots.csv"), ballots.replace("4,deputy,CAT", "4,deputy,TAND"));
}, 60_000);

/** Writing commands a secretary might run on the counted 2019 (and on 2020, whose leaders it elected). */
const COMMANDS: string[][] = [
  ["agencies", "import", "2019", "@/renamed.csv", "--replace"],
  ["agencies", "import", "2019", `${SEED}/agencies.csv`],
  ["agencies", "import", "2020", "@/renamed.csv"],
  ["criteria", "import", "2019", `${SEED}/criteria.csv`],
  ["import", "2019", "@/STP.csv", "--replace"],
  ["import", "2019", `${SEED}/scores/TAND.csv`],
  ["ballots", "import", "2019", "@/ballots.csv", "--replace"],
  ["ballots", "import", "2019", `${SEED}/ballots.csv`],
  ["meeting", "2019", "--place", "Công an tỉnh"],
  ["meeting", "2019", "--place", "Sở Tư pháp"],
  ["rules", "set", "seats.flag", "2", "--year", "2019"],
  ["rules", "set", "threshold.base", "present", "--from", "2019"],
  ["rules", "set", "threshold.base", "present"],
  ["disqualify", "2019", "TAND", "--reason", "Đang thanh tra"],
  ["disqualify", "2019", "TAND", "--remove"],
  ["leaders", "set", "2019", "--head", "CAT"],
  ["leaders", "set", "2020", "--head", "STP"],
  ["leaders", "set", "2020", "--head", "CTHADS"],
];

/** Every row of every table: what "changes nothing" means. */
function dump(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{ name: string }>;
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
    );
  } finally {
    db.close();
  }
}

function journalSize(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM journal").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** What the count of 2019 was made from, and the leaders of 2020 that it elected. */
function counted(path: string): string {
  const db = openDatabase(path, "read");
  try {
    const bloc = findBloc(db, "NOICHINH");
    if (!bloc) throw new Error("no bloc");
    const leaders = [...yearSnapshot(db, bloc, 2020)].filter(([key]) => key.startsWith("leaders."));
    return JSON.stringify([[...yearSnapshot(db, bloc, 2019)], leaders]);
  } finally {
    db.close();
  }
}

describe("a counted year under any sequence of writing commands", () => {
  it("changes nothing (exit 1) or appends a journal entry", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ command: fc.nat(COMMANDS.length - 1), amend: fc.boolean() }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (steps) => {
          const db = join(dir, `run-${run++}.db`);
          copyFileSync(template, db);
          for (const step of steps) {
            const args = (COMMANDS[step.command] ?? []).map((arg) => arg.replace("@", dir));
            const amend = step.amend ? ["--amend", "Sửa theo biên bản"] : [];
            const before = { dump: dump(db), journal: journalSize(db), counted: counted(db) };
            const result = await tdktHere(["--db", db, ...args, ...amend]);
            expect([0, 1], `${args.join(" ")}: ${result.stderr}`).toContain(result.status);
            if (result.status === 1) {
              expect(dump(db)).toBe(before.dump);
              expect(result.stderr).toMatch(/--amend|lần kiểm phiếu/);
            } else if (journalSize(db) === before.journal) {
              expect(counted(db), args.join(" ")).toBe(before.counted);
            } else {
              expect(step.amend).toBe(true);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
