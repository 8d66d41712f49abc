import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, runTdkt, SEED, seedDatabase, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const EXCEL = join(FIXTURES, "excel-style");

function tdkt(db: string, ...args: string[]) {
  return runTdkt(["--db", db, ...args]);
}

function json(db: string, ...args: string[]) {
  const result = runTdkt(["--db", db, "--json", ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

/** Every row of every table: to prove that a failed command changed nothing. */
function snapshot(db: string): string {
  const conn = new Database(db, { readonly: true });
  try {
    const tables = conn
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{ name: string }>;
    return JSON.stringify(
      tables.map(({ name }) => [name, conn.prepare(`SELECT * FROM "${name}"`).all()]),
    );
  } finally {
    conn.close();
  }
}

describe("agencies import", () => {
  it("imports the seed's members in rotation order, then says a repeat changes nothing", () => {
    const db = seedDatabase(dir);
    const list = json(db, "agencies", "list", "--year", "2019");
    expect(list.agencies.map((a: { code: string }) => a.code).slice(0, 3)).toEqual([
      "STP",
      "CTHADS",
      "VKSND",
    ]);
    expect(list.agencies).toHaveLength(10);
    const again = tdkt(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("không có gì thay đổi");
  });

  it.each([
    ["agencies.csv", "UTF-8 BOM ; CRLF"],
    ["agencies-windows-1258.csv", "Windows-1258"],
    ["agencies-utf16le.txt", "UTF-16 LE"],
  ])("reads Excel's %s (%s) with Vietnamese headers to the same NFC agencies", (file) => {
    const db = join(dir, "x.db");
    expect(tdkt(db, "init", "--bloc", "VHXH", "--name", "Khối Văn hóa – Xã hội").status).toBe(0);
    const result = tdkt(db, "agencies", "import", "2024", join(EXCEL, file));
    expect(result.status, result.stderr).toBe(0);
    const list = json(db, "agencies", "list");
    const codes = list.agencies.map((a: { code: string }) => a.code);
    expect(codes).toContain("SGDĐT");
    expect(codes).toContain("ĐPTTH");
    for (const agency of list.agencies) {
      expect(agency.name).toBe(agency.name.normalize("NFC"));
    }
    expect(list.agencies.map((a: { name: string }) => a.name)).toContain("Sở Y tế");
  });

  it("carries the members to later years until a new list is set", () => {
    const db = seedDatabase(dir);
    expect(json(db, "agencies", "list", "--year", "2021").agencies).toHaveLength(10);
    expect(json(db, "agencies", "list", "--year", "2021").fromYear).toBe(2019);
  });

  it("refuses a different list for the same year without --replace, and changes nothing", () => {
    const db = seedDatabase(dir);
    const other = join(dir, "other.csv");
    const original = readFileSync(join(SEED, "agencies.csv"), "utf8").trimEnd().split("\n");
    expect(original).toHaveLength(11);
    const fewer = original.slice(0, 10).join("\n");
    writeFileSync(other, `${fewer}\n`);
    const before = snapshot(db);
    const refused = tdkt(db, "agencies", "import", "2019", other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--replace");
    expect(snapshot(db)).toBe(before);
    const replaced = tdkt(db, "agencies", "import", "2019", other, "--replace");
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(json(db, "agencies", "list").agencies).toHaveLength(9);
  });

  it("reports every bad row with file:line:column and writes nothing", () => {
    const db = seedDatabase(dir);
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      "code,name,order\nA,Cơ quan A,1\n,Không mã,2\nA,Trùng mã,3\nB C,Có dấu cách,x\n",
    );
    const before = snapshot(db);
    const result = tdkt(db, "agencies", "import", "2020", bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv:3:1: /);
    expect(result.stderr).toMatch(/bad\.csv:4:1: .*A/);
    expect(result.stderr).toMatch(/bad\.csv:5:1: /);
    expect(result.stderr).toMatch(/bad\.csv:5:3: /);
    expect(snapshot(db)).toBe(before);
  });
});

describe("criteria import", () => {
  it("reads Vietnamese kinds and headers from an Excel file", () => {
    const db = join(dir, "x.db");
    tdkt(db, "init", "--bloc", "VHXH", "--name", "Khối Văn hóa – Xã hội");
    tdkt(db, "agencies", "import", "2024", join(EXCEL, "agencies.csv"));
    const result = tdkt(db, "criteria", "import", "2024", join(EXCEL, "criteria.csv"));
    expect(result.status, result.stderr).toBe(0);
    const criteria = json(db, "criteria", "list", "2024").criteria as Array<{
      kind: string;
      maxPoints: number;
    }>;
    const sum = (kind: string) =>
      criteria.filter((c) => c.kind === kind).reduce((total, c) => total + c.maxPoints, 0);
    expect(sum("base")).toBe(100);
    expect(criteria.some((c) => c.kind === "bonus")).toBe(true);
    expect(criteria.some((c) => c.kind === "penalty")).toBe(true);
  });

  it("rejects an unknown kind and a bad maximum, naming line and column", () => {
    const db = seedDatabase(dir);
    const bad = join(dir, "criteria.csv");
    writeFileSync(bad, "code,title,max_points,kind\nX1,Một,ten,base\nX2,Hai,5,extra\n");
    const result = tdkt(db, "criteria", "import", "2020", bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/criteria\.csv:2:3: .*ten/);
    expect(result.stderr).toMatch(/criteria\.csv:3:4: .*extra/);
  });
});

describe("rules", () => {
  it("shows the contract's defaults and takes a year's own setting over the bloc's", () => {
    const db = seedDatabase(dir);
    const defaults = json(db, "rules", "show").rules as Array<{ key: string; value: string }>;
    const value = (rules: typeof defaults, key: string) => rules.find((r) => r.key === key)?.value;
    expect(value(defaults, "quorum")).toBe("2/3");
    expect(value(defaults, "threshold.percent")).toBe("50");
    expect(value(defaults, "threshold.base")).toBe("members");
    expect(value(defaults, "threshold.strict")).toBe("true");
    expect(value(defaults, "seats.flag")).toBe("1");
    expect(value(defaults, "seats.certificate")).toBe("20% remaining, min 1");
    expect(value(defaults, "leaders.mode")).toBe("vote");
    expect(tdkt(db, "rules", "set", "threshold.base", "present").status).toBe(0);
    expect(tdkt(db, "rules", "set", "threshold.base", "valid", "--year", "2019").status).toBe(0);
    expect(value(json(db, "rules", "show").rules, "threshold.base")).toBe("present");
    expect(value(json(db, "rules", "show", "--year", "2019").rules, "threshold.base")).toBe(
      "valid",
    );
    expect(value(json(db, "rules", "show", "--year", "2020").rules, "threshold.base")).toBe(
      "present",
    );
  });
});

describe("meeting, leaders, disqualify", () => {
  it("records the meeting and merges later changes", () => {
    const db = seedDatabase(dir);
    const first = tdkt(
      db,
      "meeting",
      "2019",
      "--date",
      "2019-12-20",
      "--start",
      "8:00",
      "--place",
      "Sở Tư pháp",
    );
    expect(first.status, first.stderr).toBe(0);
    expect(tdkt(db, "meeting", "2019", "--absent", "TGSC").status).toBe(0);
    const meeting = json(db, "meeting", "2019");
    expect(meeting).toMatchObject({
      date: "2019-12-20",
      start: "08:00",
      place: "Sở Tư pháp",
      present: 9,
      absent: ["TGSC"],
    });
  });

  it.each([
    [["--date", "2019-02-30"], 2],
    [["--start", "25:00"], 2],
    [["--present", "11"], 1],
    [["--absent", "NOPE"], 1],
  ])("rejects meeting %j with exit %i", (args, status) => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "meeting", "2019", ...args).status).toBe(status);
  });

  it("sets and shows leaders; head and deputy must differ", () => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "leaders", "set", "2019", "--head", "STP", "--deputy", "cthads").status).toBe(
      0,
    );
    expect(json(db, "leaders", "2019")).toMatchObject({
      head: { code: "STP", name: "Sở Tư pháp" },
      deputy: { code: "CTHADS" },
      source: "set",
    });
    const same = tdkt(db, "leaders", "set", "2019", "--deputy", "STP");
    expect(same.status).toBe(1);
    expect(same.stderr).toContain("STP");
    // The option is well formed; the agency is not in the data: exit 1 (contract).
    const typo = tdkt(db, "leaders", "set", "2019", "--head", "STPP");
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain("STP");
  });

  it("marks an agency ineligible with a reason, names it by full name, and lifts it", () => {
    const db = seedDatabase(dir);
    const missing = tdkt(db, "disqualify", "2019", "TAND");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--reason");
    const done = tdkt(
      db,
      "disqualify",
      "2019",
      "Tòa án nhân dân tỉnh",
      "--reason",
      "Đang thanh tra",
    );
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain("TAND");
    const lifted = runTdkt(["--db", db, "--json", "disqualify", "2019", "TAND", "--remove"]);
    expect(JSON.parse(lifted.stdout)).toMatchObject({ agency: "TAND", changed: true });
  });
});
