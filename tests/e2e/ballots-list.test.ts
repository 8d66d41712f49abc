import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTdkt, SEED, seedDatabase, tempDir } from "./helpers.js";

const where = tempDir("tdkt-ballots-list-");
let db: string;

beforeAll(() => {
  db = seedDatabase(where.dir);
  const imported = runTdkt(["--db", db, "ballots", "import", "2019", join(SEED, "ballots.csv")]);
  if (imported.status !== 0) throw new Error(imported.stderr);
});
afterAll(() => where.cleanup());

function tdkt(...args: string[]) {
  return runTdkt(["--db", db, "--lang", "en", ...args]);
}

describe("tdkt ballots list / show / delete", () => {
  it("lists every paper ballot of a round with its marks, in number order", () => {
    const listed = tdkt("--json", "ballots", "list", "2019");
    expect(listed.status).toBe(0);
    const doc = JSON.parse(listed.stdout) as {
      round: number;
      entry: number;
      races: string[];
      ballots: Array<{ ballot: string; races: Record<string, string[]> }>;
    };
    expect(doc.round).toBe(1);
    expect(doc.races).toEqual(["flag", "certificate", "head", "deputy"]);
    expect(doc.ballots.map((b) => b.ballot)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    // Ballot 1 of the seed file, as written there.
    expect(doc.ballots[0]?.races.flag).toEqual(["STP"]);
    expect(doc.ballots[0]?.races.certificate).toEqual(["STP"]);

    const text = runTdkt(["--db", db, "ballots", "list", "2019"]);
    expect(text.status).toBe(0);
    expect(text.stdout.split("\n")[0]).toMatch(
      /^Phiếu\s+Cờ thi đua\s+Bằng khen\s+Trưởng khối\s+Phó khối$/,
    );
    expect(text.stdout).toMatch(/\n\s+1\s+STP\s+STP\s+CTHADS/);
    expect(text.stderr).toBe("");
  });

  it("shows one ballot by its number with the agencies' names; an unknown number is exit 1", () => {
    const shown = tdkt("ballots", "show", "2019", "1");
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain("Ballot 1 – round 1 of 2019");
    expect(shown.stdout).toContain("  flag: Sở Tư pháp (STP)");
    const missing = tdkt("ballots", "show", "2019", "99");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("there is no ballot 99 in round 1 of 2019");
    expect(missing.stderr).toContain("tdkt ballots list 2019 --round 1");
  });

  it("deletes one ballot by its number, every race of it", () => {
    const deleted = tdkt("ballots", "delete", "2019", "10");
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toContain("Ballot 10 deleted (round 1, entry 1) of 2019.");
    const listed = JSON.parse(tdkt("--json", "ballots", "list", "2019").stdout) as {
      ballots: Array<{ ballot: string }>;
    };
    expect(listed.ballots.map((b) => b.ballot)).not.toContain("10");
    expect(listed.ballots).toHaveLength(9);
    expect(tdkt("ballots", "delete", "2019", "10").status).toBe(1);
  });
});
