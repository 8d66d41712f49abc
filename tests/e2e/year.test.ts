/**
 * Whole years through the built binary, on the fixtures: the seed case gives
 * the seed's outcome, the JSON keeps the contract, the minutes match their
 * golden files byte for byte, and the other scenarios count as their READMEs say.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { FIXTURES, runTdkt, SEED, tempDir } from "./helpers.js";

function ok(db: string, ...args: string[]): string {
  const result = runTdkt(["--db", db, ...args]);
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

function json(db: string, ...args: string[]) {
  return JSON.parse(ok(db, "--json", ...args));
}

/** Golden files of tests/golden/seed; UPDATE_GOLDEN=1 rewrites them (tests/golden.ts). */
function golden(name: string, actual: string): void {
  expectGolden("seed", name, actual);
}

/** The seed year as the fixture's README runs it by hand. */
function seedYear(db: string): void {
  const meeting = JSON.parse(readFileSync(join(SEED, "meeting.json"), "utf8"));
  const sheets = readdirSync(join(SEED, "scores")).map((name) => join(SEED, "scores", name));
  ok(
    db,
    "init",
    "--bloc",
    "NOICHINH",
    "--name",
    "Khối thi đua các cơ quan Nội chính",
    "--province",
    "Tỉnh Mẫu",
  );
  ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
  ok(db, "criteria", "import", "2019", join(SEED, "criteria.csv"));
  ok(db, "import", "2019", ...sheets);
  ok(db, "leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS");
  ok(
    db,
    "meeting",
    "2019",
    "--date",
    meeting.date,
    "--start",
    meeting.start,
    "--end",
    meeting.end,
    "--place",
    meeting.place,
    "--chair",
    meeting.chair,
    "--secretary",
    meeting.secretary,
    "--counting-board",
    meeting.countingBoard.join(";"),
  );
  ok(db, "ballots", "import", "2019", join(SEED, "ballots.csv"));
}

describe("the 2019 seed case", () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, "seed.db");
  let report: Record<string, unknown> & {
    races: Array<Record<string, unknown>>;
    awards: { flag: string[]; certificate: string[] };
    leaders: { year: number; head: string; deputy: string };
  };
  beforeAll(() => {
    seedYear(db);
    report = json(db, "tally", "2019");
  });
  afterAll(cleanup);

  it("gives the seed's outcome: flag STP, certificate TGSC only, head CTHADS, deputy VKSND", () => {
    expect(report.awards).toEqual({ flag: ["STP"], certificate: ["TGSC"] });
    expect(report.leaders).toMatchObject({ year: 2020, head: "CTHADS", deputy: "VKSND" });
    expect(report.warnings).toEqual([]);
  });

  it("keeps the contract's JSON: fields, race order, results, tie", () => {
    expect(Object.keys(report).slice(0, 9)).toEqual([
      "bloc",
      "year",
      "members",
      "present",
      "quorum",
      "races",
      "awards",
      "leaders",
      "warnings",
    ]);
    expect(report).toMatchObject({
      bloc: "NOICHINH",
      year: 2019,
      members: 10,
      present: 10,
      quorum: { required: 7, met: true },
    });
    expect(report.races.map((r) => r.race)).toEqual(["flag", "certificate", "head", "deputy"]);
    const flag = report.races[0] as Record<string, unknown> & {
      candidates: Array<Record<string, unknown>>;
    };
    expect(flag).toMatchObject({
      race: "flag",
      round: 1,
      seats: 1,
      ballots: { returned: 10, valid: 10, invalid: 0, blank: 0 },
      threshold: { base: "members", baseCount: 10, minVotes: 6 },
      elected: ["STP"],
      tie: null,
    });
    expect(flag.candidates[0]).toMatchObject({
      agency: "STP",
      name: "Sở Tư pháp",
      votes: 9,
      percent: 90,
      score: 101,
      eligible: true,
      result: "elected",
    });
    const certificate = report.races[1] as {
      ballots: unknown;
      candidates: Array<{ agency: string; result: string }>;
    };
    expect(certificate.ballots).toMatchObject({ returned: 10, valid: 9, invalid: 1, blank: 1 });
    expect(certificate.candidates.find((c) => c.agency === "STP")?.result).toBe("already-awarded");
    for (const race of report.races as Array<{
      candidates: Array<{ result: string; reason: { code: string } }>;
    }>) {
      for (const candidate of race.candidates) {
        expect([
          "elected",
          "not-elected",
          "below-threshold",
          "tie",
          "ineligible",
          "already-awarded",
        ]).toContain(candidate.result);
        expect(candidate.reason.code).toMatch(/^tally\./);
      }
    }
  });

  it("gives byte-identical JSON and minutes from the same database", () => {
    expect(ok(db, "--json", "tally", "2019")).toBe(ok(db, "--json", "tally", "2019"));
    expect(ok(db, "minutes", "2019")).toBe(ok(db, "minutes", "2019"));
  });

  it("prints the minutes as the golden files have them (text, md, English)", () => {
    const text = ok(db, "minutes", "2019");
    golden("minutes-2019.txt", text);
    golden("minutes-2019.md", ok(db, "minutes", "2019", "--format", "md"));
    golden("minutes-2019.en.txt", ok(db, "--lang", "en", "minutes", "2019"));
    for (const line of text.split("\n")) {
      expect(line).toBe(line.trimEnd());
      expect([...line].length).toBeLessThanOrEqual(80);
    }
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("20/12/2019");
    expect(text).toContain("90,00%");
  });

  it("gives the minutes' JSON with --json, also when writing a file", () => {
    const document = json(db, "minutes", "2019");
    expect(document).toMatchObject({ format: "tdkt-minutes", year: 2019 });
    expect(ok(db, "--json", "minutes", "2019")).toBe(ok(db, "minutes", "2019", "--format", "json"));
    const file = join(dir, "bien-ban.json");
    const written = json(db, "minutes", "2019", "-o", file);
    expect(written).toMatchObject({ year: 2019, format: "json", file });
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(document);
  });

  it("refuses to tally a year without ballots, storing nothing", () => {
    const refused = runTdkt(["--db", db, "tally", "2020"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^tdkt: .*2020/m);
    expect(json(db, "leaders", "2021")).toMatchObject({ source: "none" });
    expect(json(db, "history").years.map((y: { year: number }) => y.year)).toEqual([2019]);
  });

  it("writes the minutes to a file and refuses to overwrite it without --force", () => {
    const file = join(dir, "bien-ban.md");
    ok(db, "minutes", "2019", "--format", "md", "-o", file);
    expect(readFileSync(file, "utf8")).toBe(ok(db, "minutes", "2019", "--format", "md"));
    const again = runTdkt(["--db", db, "minutes", "2019", "-o", file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("--force");
    // The extension picks the format (contract, "Documents"); --format overrides it.
    ok(db, "minutes", "2019", "-o", file, "--force", "--format", "text");
    expect(readFileSync(file, "utf8")).toBe(ok(db, "minutes", "2019"));
  });

  it("verifies the stored result, and detects a ballot changed afterwards", () => {
    ok(db, "tally", "2019");
    expect(runTdkt(["--db", db, "verify", "2019"]).status).toBe(0);
    const conn = new Database(db);
    conn
      .prepare(
        "UPDATE ballot_choice SET choice = 'CAT' WHERE ballot_id = (SELECT MIN(ballot_id) FROM ballot_choice WHERE choice = 'STP') AND choice = 'STP'",
      )
      .run();
    conn.close();
    const tampered = runTdkt(["--db", db, "--json", "verify", "2019"]);
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.stdout)).toMatchObject({ ok: false });
    expect(tampered.stderr).toMatch(/^tdkt: /m);
  });

  it("keeps no link from a ballot to a voter", () => {
    const conn = new Database(db, { readonly: true });
    const columns = (
      conn.prepare("SELECT name FROM pragma_table_info('ballot')").all() as Array<{ name: string }>
    ).map((c) => c.name);
    conn.close();
    expect(columns).not.toContain("agency_id");
    expect(columns.some((c) => /voter|agency/.test(c))).toBe(false);
  });
});

describe("rules that change the outcome", () => {
  it("passes over a disqualified agency, its votes still shown with the reason", () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, "d.db");
      seedYear(db);
      ok(
        db,
        "disqualify",
        "2019",
        "TGSC",
        "--reason",
        "Đang thanh tra theo Quyết định số 12/QĐ-TTr",
      );
      const report = json(db, "tally", "2019");
      expect(report.awards.certificate).toEqual([]);
      const tgsc = report.races[1].candidates.find((c: { agency: string }) => c.agency === "TGSC");
      expect(tgsc).toMatchObject({ votes: 6, result: "ineligible", eligible: false });
      expect(JSON.stringify(tgsc.reason)).toContain("12/QĐ-TTr");
      expect(ok(db, "minutes", "2019")).toContain("12/QĐ-TTr");
    } finally {
      cleanup();
    }
  });

  it("rotation makes this year's deputy head and the next in rotation order deputy", () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, "r.db");
      seedYear(db);
      ok(db, "leaders", "set", "2019", "--head", "STP", "--deputy", "TTT");
      ok(db, "rules", "set", "leaders.mode", "rotation");
      const report = json(db, "tally", "2019");
      // Rotation order: STP 1, CTHADS 2, VKSND 3, TTT 4, BNCTU 5, …
      expect(report.leaders).toMatchObject({
        year: 2020,
        head: "TTT",
        deputy: "BNCTU",
        mode: "rotation",
      });
      expect(report.leaders.reason.rule).toBe("leaders.mode");
    } finally {
      cleanup();
    }
  });

  it("refuses fewer agencies present than ballots already returned", () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, "q.db");
      seedYear(db);
      const refused = runTdkt(["--db", db, "meeting", "2019", "--present", "9"]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^tdkt: .*10/m);
      expect(json(db, "meeting", "2019").present).toBe(10);
    } finally {
      cleanup();
    }
  });
});

describe("other scenarios", () => {
  it("counts matrix ballots with an absent member and a spoiled ballot", () => {
    const { dir, cleanup } = tempDir();
    const F = join(FIXTURES, "matrix-absent-spoiled");
    try {
      const db = join(dir, "m.db");
      ok(db, "init", "--bloc", "DANGDT", "--name", "Khối Đảng, Mặt trận Tổ quốc và đoàn thể");
      ok(db, "agencies", "import", "2022", join(F, "agencies.csv"));
      ok(db, "criteria", "import", "2022", join(F, "criteria.csv"));
      ok(db, "import", "2022", join(F, "scores.csv"));
      ok(db, "meeting", "2022", "--date", "2022-12-16", "--absent", "HND");
      ok(db, "ballots", "import", "2022", join(F, "ballots-flag.csv"), "--race", "flag");
      ok(
        db,
        "ballots",
        "import",
        "2022",
        join(F, "ballots-certificate.csv"),
        "--race",
        "certificate",
      );
      const report = json(db, "tally", "2022");
      expect(report).toMatchObject({ members: 7, present: 6, quorum: { required: 5, met: true } });
      expect(report.races[0].ballots).toMatchObject({
        issued: 6,
        returned: 6,
        valid: 5,
        invalid: 1,
        blank: 0,
      });
      expect(report.races[1].ballots).toMatchObject({
        returned: 6,
        valid: 6,
        invalid: 0,
        blank: 1,
      });
      expect(report.races[0].candidates[0]).toMatchObject({
        agency: "MTTQ",
        votes: 4,
        percent: 57.14,
      });
      expect(report.awards).toEqual({ flag: ["MTTQ"], certificate: ["HLHPN"] });
      expect(ok(db, "minutes", "2022")).toMatch(/vắng mặt/i);
    } finally {
      cleanup();
    }
  });

  it("leaves a tied seat open (exit 0), then a run-off decides it", () => {
    const { dir, cleanup } = tempDir();
    const F = join(FIXTURES, "tie-two-way");
    try {
      const db = join(dir, "t.db");
      ok(db, "init", "--bloc", "KTTH", "--name", "Khối thi đua các cơ quan Kinh tế tổng hợp");
      ok(db, "rules", "set", "threshold.percent", "30");
      ok(db, "agencies", "import", "2023", join(F, "agencies.csv"));
      ok(db, "criteria", "import", "2023", join(F, "criteria.csv"));
      ok(db, "import", "2023", join(F, "scores.csv"));
      ok(db, "ballots", "import", "2023", join(F, "ballots.csv"));
      const first = json(db, "tally", "2023");
      expect(first.races[0].elected).toEqual([]);
      expect(first.races[0].tie).toMatchObject({ votes: 2, seatsOpen: 1 });
      expect([...first.races[0].tie.agencies].sort()).toEqual(["SKHĐT", "STC"].sort());
      expect(first.awards.flag).toEqual([]);
      expect(ok(db, "minutes", "2023")).toMatch(/SKHĐT|Kế hoạch/);
      ok(db, "ballots", "import", "2023", join(F, "ballots-round2.csv"), "--round", "2");
      const second = json(db, "tally", "2023");
      expect(second.races[0]).toMatchObject({ round: 2, elected: ["STC"], tie: null });
      expect(second.awards.flag).toEqual(["STC"]);
    } finally {
      cleanup();
    }
  });

  it("refuses a choice naming a non-member, or keeps it to count that race invalid", () => {
    const { dir, cleanup } = tempDir();
    const F = join(FIXTURES, "tie-two-way");
    try {
      const db = join(dir, "n.db");
      ok(db, "init", "--bloc", "KTTH", "--name", "Khối thi đua các cơ quan Kinh tế tổng hợp");
      ok(db, "agencies", "import", "2023", join(F, "agencies.csv"));
      ok(db, "criteria", "import", "2023", join(F, "criteria.csv"));
      ok(db, "import", "2023", join(F, "scores.csv"));
      const file = join(dir, "non-member.csv");
      writeFileSync(
        file,
        "ballot,race,choice\n1,flag,STC\n2,flag,XYZ\n3,flag,STC\n4,flag,STC\n5,flag,STC\n",
      );
      const refused = runTdkt(["--db", db, "ballots", "import", "2023", file]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/non-member\.csv:3:3: .*XYZ.*--keep-non-members/);
      ok(db, "ballots", "import", "2023", file, "--keep-non-members");
      const flag = json(db, "tally", "2023").races[0];
      expect(flag.ballots).toMatchObject({ returned: 5, valid: 4, invalid: 1 });
      expect(flag.invalidCauses).toMatchObject({ nonMember: 1 });
      expect(flag.elected).toEqual(["STC"]);
    } finally {
      cleanup();
    }
  });

  it("chains leaders over three years, and history counts them", () => {
    const { dir, cleanup } = tempDir();
    const F = join(FIXTURES, "three-years");
    try {
      const db = join(dir, "y.db");
      ok(
        db,
        "init",
        "--bloc",
        "NNTN",
        "--name",
        "Khối thi đua các cơ quan Nông nghiệp – Tài nguyên – Xây dựng",
      );
      ok(db, "agencies", "import", "2021", join(F, "agencies.csv"));
      ok(db, "leaders", "set", "2021", "--head", "SNN", "--deputy", "STNMT");
      for (const year of ["2021", "2022", "2023"]) {
        // Set when 2023 is the coming year: a year further ahead is refused as a likely typo.
        if (year === "2023") ok(db, "rules", "set", "seats.certificate", "2", "--year", "2023");
        ok(db, "criteria", "import", year, join(F, "criteria.csv"));
        ok(db, "import", year, join(F, year, "scores.csv"));
        ok(db, "ballots", "import", year, join(F, year, "ballots.csv"));
        ok(db, "tally", year);
      }
      const chain = ["2021", "2022", "2023", "2024"].map((year) => {
        const leaders = json(db, "leaders", year);
        return [leaders.head?.code, leaders.deputy?.code, leaders.source];
      });
      expect(chain).toEqual([
        ["SNN", "STNMT", "set"],
        ["STNMT", "SXD", "tally"],
        ["SXD", "SGTVT", "tally"],
        ["SGTVT", "CKL", "tally"],
      ]);
      const report2022 = json(db, "tally", "2022");
      expect(report2022.warnings.map((w: { code: string }) => w.code)).toContain(
        "tally.warning.flag-not-top-scorer",
      );
      const history = json(db, "history");
      expect(history.years.map((y: { flag: string[] }) => y.flag)).toEqual([
        ["SXD"],
        ["STNMT"],
        ["SGTVT"],
      ]);
      const sgtvt = history.agencies.find((a: { agency: string }) => a.agency === "SGTVT");
      expect(sgtvt).toMatchObject({ flag: 1, certificate: 1, head: 0, deputy: 1 });
    } finally {
      cleanup();
    }
  });
});

describe("tdkt demo", () => {
  it("prints the seed minutes and leaves nothing behind", () => {
    const { dir, cleanup } = tempDir();
    try {
      const result = runTdkt(["demo"], { cwd: dir, env: { TDKT_DB: join(dir, "mine.db") } });
      expect(result.status, result.stderr).toBe(0);
      expect(readdirSync(dir)).toEqual([]);
      expect(result.stdout).toContain("BIÊN BẢN");
      expect(result.stdout).toContain("Sở Tư pháp");
      expect(result.stdout).toContain("Trại giam Sông Cái");
      expect(result.stdout).toContain("20/12/2019");
      golden("demo.txt", result.stdout);
    } finally {
      cleanup();
    }
  });
});
