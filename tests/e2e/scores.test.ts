/**
 * `tdkt scores YEAR` through the built binary: the ranking of the seed case
 * (fixtures/2019-noi-chinh/README.md), shared ranks, the members with no
 * sheet yet, the contract's JSON shape, the human table in both languages.
 */
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunResult, runTdkt, SEED, seedDatabase, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
let seeded: string;
let full: string;
let copies = 0;

const sheet = (code: string) => join(SEED, "scores", `${code}.csv`);

beforeAll(() => {
  ({ dir, cleanup } = tempDir("tdkt-scores-"));
  seeded = seedDatabase(dir);
  full = copy(seeded);
  const sheets = readdirSync(join(SEED, "scores")).map((name) => join(SEED, "scores", name));
  const result = tdkt(full, "import", "2019", ...sheets);
  if (result.status !== 0) throw new Error(result.stderr);
});
afterAll(() => cleanup());

function copy(db: string): string {
  const target = join(dir, `db-${++copies}.db`);
  copyFileSync(db, target);
  return target;
}

function tdkt(db: string, ...args: string[]): RunResult {
  return runTdkt(["--db", db, ...args]);
}

function json(db: string, ...args: string[]) {
  const result = tdkt(db, "--json", ...args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe("tdkt scores --json", () => {
  it("is the contract's document: the seed ranking, highest total first", () => {
    const document = json(full, "scores", "2019");
    expect(Object.keys(document)).toEqual(["year", "agencies", "missing"]);
    expect(document.year).toBe(2019);
    expect(document.missing).toEqual([]);
    for (const agency of document.agencies) {
      expect(Object.keys(agency)).toEqual([
        "agency",
        "name",
        "base",
        "bonus",
        "penalty",
        "total",
        "rank",
      ]);
    }
    // The table of fixtures/2019-noi-chinh/README.md.
    expect(
      document.agencies.map((a: Record<string, unknown>) => [
        a.rank,
        a.agency,
        a.base,
        a.bonus,
        a.penalty,
        a.total,
      ]),
    ).toEqual([
      [1, "STP", 98, 3, 0, 101],
      [2, "TGSC", 96, 1, 0, 97],
      [3, "CTHADS", 95, 0.5, 0, 95.5],
      [4, "VKSND", 94.5, 0.5, 0, 95],
      [5, "CAT", 94.5, 1, 1, 94.5],
      [6, "BCHQS", 93, 0.5, 0, 93.5],
      [6, "TAND", 93.5, 0, 0, 93.5],
      [8, "BĐBP", 92, 1, 0, 93],
      [9, "BNCTU", 92, 0, 0, 92],
      [10, "TTT", 92, 0, 0.5, 91.5],
    ]);
    expect(document.agencies[0]).toEqual({
      agency: "STP",
      name: "Sở Tư pháp",
      base: 98,
      bonus: 3,
      penalty: 0,
      total: 101,
      rank: 1,
    });
  });

  it("gives equal totals one rank, listed by name in Vietnamese order, and skips the next rank", () => {
    const ranks = json(full, "scores", "2019").agencies.map((a: { rank: number; name: string }) => [
      a.rank,
      a.name,
    ]);
    // "Bộ Chỉ huy Quân sự tỉnh" before "Tòa án nhân dân tỉnh": B before T.
    expect(ranks.slice(5, 8)).toEqual([
      [6, "Bộ Chỉ huy Quân sự tỉnh"],
      [6, "Tòa án nhân dân tỉnh"],
      [8, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
    ]);
  });

  it("lists the members that have sent no sheet, in rotation order", () => {
    const db = copy(seeded);
    const result = tdkt(db, "import", "2019", sheet("TTT"), sheet("STP"));
    expect(result.status, result.stderr).toBe(0);
    const document = json(db, "scores", "2019");
    expect(document.agencies.map((a: { agency: string }) => a.agency)).toEqual(["STP", "TTT"]);
    expect(document.missing).toEqual([
      "CTHADS",
      "VKSND",
      "BNCTU",
      "BCHQS",
      "BĐBP",
      "CAT",
      "TAND",
      "TGSC",
    ]);
  });

  it("with no sheet at all: an empty ranking, every member missing", () => {
    const document = json(seeded, "scores", "2019");
    expect(document.agencies).toEqual([]);
    expect(document.missing).toHaveLength(10);
  });
});

describe("tdkt scores (text)", () => {
  it("prints the ranking as a table, Vietnamese numbers by default", () => {
    const result = tdkt(full, "scores", "2019");
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Xếp hạng điểm thi đua năm 2019 – Khối thi đua các cơ quan Nội chính");
    expect(lines[2]).toMatch(/^Hạng\s+Mã\s+Tên đơn vị\s+Cơ bản\s+Thưởng\s+Trừ\s+Tổng$/);
    expect(lines[4]).toMatch(/^\s+1\s+STP\s+Sở Tư pháp\s+98\s+3\s+0\s+101$/);
    expect(lines[6]).toMatch(/^\s+3\s+CTHADS\s+Cục Thi hành án dân sự tỉnh\s+95\s+0,5\s+0\s+95,5$/);
    expect(result.stdout).not.toContain("Chưa nộp");
    // The same output again, byte for byte.
    expect(tdkt(full, "scores", "2019").stdout).toBe(result.stdout);
  });

  it("prints in English with --lang en, and names the members with no sheet", () => {
    const db = copy(seeded);
    expect(tdkt(db, "import", "2019", sheet("CTHADS")).status).toBe(0);
    const result = tdkt(db, "--lang", "en", "scores", "2019");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^\s+1\s+CTHADS\s+Cục Thi hành án dân sự tỉnh\s+95\s+0\.5\s+0\s+95\.5$/m,
    );
    expect(result.stdout).toContain(
      "No sheet yet (9): STP (Sở Tư pháp), VKSND (Viện kiểm sát nhân dân tỉnh),",
    );
  });

  it("says when no agency has sent a sheet yet", () => {
    const result = tdkt(seeded, "scores", "2019");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("chưa đơn vị nào nộp bảng điểm năm 2019");
    expect(result.stdout).toContain("Chưa nộp (10): STP (Sở Tư pháp), CTHADS");
  });
});

describe("tdkt scores refuses", () => {
  it("a year without a scoring table, or without members (exit 1)", () => {
    // The 2019 members hold for 2020 too, but 2020 has no scoring table.
    const noTable = tdkt(full, "--lang", "en", "scores", "2020");
    expect(noTable.status).toBe(1);
    expect(noTable.stderr).toMatch(/^tdkt: no scoring table for 2020\n/);
    const noMembers = tdkt(full, "--lang", "en", "scores", "2018");
    expect(noMembers.status).toBe(1);
    expect(noMembers.stderr).toMatch(/^tdkt: no member agencies for 2018\n/);
  });

  it("a missing database, without creating it (exit 1)", () => {
    const missing = join(dir, "none.db");
    const result = tdkt(missing, "scores", "2019");
    expect(result.status).toBe(1);
    expect(existsSync(missing)).toBe(false);
  });

  it("a malformed year (exit 2)", () => {
    expect(tdkt(full, "scores", "hai nghìn").status).toBe(2);
  });
});
