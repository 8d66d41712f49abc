/**
 * The secrecy and the integrity of the count: no table and no log links a
 * ballot to the agency that cast it, even when the file offers one; and the
 * count never takes more ballots returned than issued, by whatever path the
 * numbers change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureProblems, integrity, SEED, seedDatabase, snapshot, tempDir } from "./helpers.js";
import { tdktHere } from "./in-process.js";

let dir: string;
let cleanup: () => void;
let counter = 0;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

async function freshSeed(): Promise<string> {
  const folder = join(dir, `seed-${++counter}`);
  mkdirSync(folder);
  return seedDatabase(folder);
}

/** Every value of every row of every table, as text. */
function everyValue(db: string): string[] {
  const handle = new Database(db, { readonly: true });
  try {
    const tables = handle
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    return tables.flatMap(({ name }) =>
      (handle.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).flat().map(String),
    );
  } finally {
    handle.close();
  }
}

describe("the secret ballot", () => {
  it("no table can link a ballot to a voter: the ballot tables hold exactly these columns", async () => {
    // The schema as tdkt creates it.
    const path = join(dir, "schema.db");
    const run = await tdktHere(["--db", path, "init", "--bloc", "A", "--name", "A"]);
    expect(run.status, run.stderr).toBe(0);
    const db = new Database(path, { readonly: true });
    try {
      const columns = (table: string) =>
        (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      // A new column here must be checked against the secret ballot first.
      expect(columns("ballot")).toEqual([
        "id",
        "bloc_id",
        "year",
        "round",
        "race",
        "ballot_no",
        "entry",
        "import_id",
        // How the race was marked (tick or strike): says nothing of who voted.
        "mark",
      ]);
      expect(columns("ballot_choice")).toEqual(["ballot_id", "position", "choice"]);
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as Array<{ name: string }>;
      for (const { name: table } of tables) {
        const targets = (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string }>).map(
          (key) => key.table,
        );
        const ballotSide =
          table.startsWith("ballot") || targets.some((target) => target.startsWith("ballot"));
        if (!ballotSide) continue;
        // Nothing on the ballot side points at an agency, or names who voted.
        expect(targets, table).not.toContain("agency");
        for (const name of columns(table))
          expect(name, table).not.toMatch(/voter|agency|member|cast/i);
      }
    } finally {
      db.close();
    }
  });

  it("a voter column in the ballots file is stored nowhere", async () => {
    const db = await freshSeed();
    const lines = readFileSync(join(SEED, "ballots.csv"), "utf8").trimEnd().split("\n");
    const codes = readFileSync(join(SEED, "agencies.csv"), "utf8")
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0] as string);
    // The ballot number → a voter, as a careless clerk might have typed it.
    const withVoter = [
      `${lines[0]},người bỏ phiếu`,
      ...lines.slice(1).map((line) => {
        const ballot = Number(line.split(",")[0]);
        return `${line},VOTER-${codes[(ballot - 1) % codes.length]}`;
      }),
    ];
    const file = join(dir, "ballots-with-voter.csv");
    writeFileSync(file, `${withVoter.join("\n")}\n`);
    const run = await tdktHere(["--db", db, "ballots", "import", "2019", file]);
    // The extra column is ignored: the ballots themselves are imported.
    expect(run.status, run.stderr).toBe(0);
    const tally = await tdktHere(["--db", db, "tally", "2019", "--json"]);
    expect(tally.status, tally.stderr).toBe(0);
    const minutes = await tdktHere(["--db", db, "minutes", "2019", "--format", "json"]);
    for (const value of everyValue(db)) expect(value).not.toContain("VOTER-");
    for (const text of [run.stdout, run.stderr, tally.stdout, minutes.stdout]) {
      expect(text).not.toContain("VOTER-");
    }
    // And tdkt keeps no other file (no log beside the database).
    const folder = join(db, "..");
    expect(readdirSync(folder).filter((name) => !name.startsWith("tdkt.db"))).toEqual([]);
  });
});

describe("never more ballots returned than issued", () => {
  it("ballots import: more ballots than agencies present is refused, nothing written", async () => {
    const db = await freshSeed();
    const meeting = await tdktHere(["--db", db, "meeting", "2019", "--present", "8"]);
    expect(meeting.status, meeting.stderr).toBe(0);
    const before = snapshot(db);
    const run = await tdktHere([
      "--lang",
      "en",
      "--db",
      db,
      "ballots",
      "import",
      "2019",
      join(SEED, "ballots.csv"),
    ]);
    expect(failureProblems(run), run.stderr).toEqual([]);
    expect(run.stderr).toMatch(/10.*8|8.*10/);
    expect(snapshot(db)).toEqual(before);
  });

  it("meeting: fewer present than ballots already returned is refused", async () => {
    const db = await freshSeed();
    const ballots = await tdktHere([
      "--db",
      db,
      "ballots",
      "import",
      "2019",
      join(SEED, "ballots.csv"),
    ]);
    expect(ballots.status, ballots.stderr).toBe(0);
    const before = snapshot(db);
    const run = await tdktHere(["--lang", "en", "--db", db, "meeting", "2019", "--present", "9"]);
    expect(failureProblems(run), run.stderr).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    ["the members shrink after the ballots are in", "members"],
    ["a ballot is added to the database behind tdkt's back", "tamper"],
  ])("tally refuses when %s", async (_, how) => {
    const db = await freshSeed();
    const ballots = await tdktHere([
      "--db",
      db,
      "ballots",
      "import",
      "2019",
      join(SEED, "ballots.csv"),
    ]);
    expect(ballots.status, ballots.stderr).toBe(0);
    if (how === "members") {
      const few = join(dir, `few-${++counter}.csv`);
      writeFileSync(
        few,
        `${readFileSync(join(SEED, "agencies.csv"), "utf8").trimEnd().split("\n").slice(0, 9).join("\n")}\n`,
      );
      const shrink = await tdktHere(["--db", db, "agencies", "import", "2019", few, "--replace"]);
      // Either the membership change is refused, or the tally below refuses to count.
      if (shrink.status !== 0) {
        expect(failureProblems(shrink), shrink.stderr).toEqual([]);
        return;
      }
    } else {
      const handle = new Database(db);
      try {
        handle.exec(`INSERT INTO ballot (bloc_id, year, round, race, ballot_no, entry)
                     SELECT bloc_id, year, round, race, '11', entry FROM ballot WHERE ballot_no = '1'`);
      } finally {
        handle.close();
      }
    }
    const before = snapshot(db);
    const run = await tdktHere(["--lang", "en", "--db", db, "tally", "2019"]);
    expect(failureProblems(run), run.stderr).toEqual([]);
    expect(run.stderr).toMatch(/more ballots returned \(\d+\) than issued \(\d+/);
    expect(snapshot(db)).toEqual(before);
    expect(integrity(db)).toBe("ok");
  });
});
