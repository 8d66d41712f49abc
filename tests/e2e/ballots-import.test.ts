import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Race } from "../../src/core/types.js";
import { loadBallots, verificationStatus } from "../../src/db/ballots.js";
import { openDatabase } from "../../src/db/connection.js";
import { FIXTURES, runTdkt, SEED, seedDatabase, tempDir } from "./helpers.js";

const SEED_BALLOTS = join(SEED, "ballots.csv");
const MATRIX = join(FIXTURES, "matrix-absent-spoiled");
const TIE = join(FIXTURES, "tie-two-way");

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir("tdkt-ballots-"));
});
afterEach(() => cleanup());

function tdkt(db: string, ...args: string[]) {
  return runTdkt(["--db", db, "--lang", "en", ...args]);
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The stored ballots as the tally loads them, and the import log, read straight from the file. */
function stored(db: string) {
  const conn = openDatabase(db, "read");
  try {
    const bloc = conn.prepare("SELECT id FROM bloc ORDER BY id LIMIT 1").get() as { id: number };
    const years = conn.prepare("SELECT DISTINCT year FROM ballot").all() as Array<{ year: number }>;
    const year = years[0]?.year ?? 2019;
    return {
      ballots: loadBallots(conn, bloc.id, year),
      verification: verificationStatus(conn, bloc.id, year),
      rows: (conn.prepare("SELECT COUNT(*) AS n FROM ballot").get() as { n: number }).n,
      log: conn
        .prepare("SELECT kind, scope, row_count AS rows FROM import_log WHERE kind = 'ballots'")
        .all() as Array<{ kind: string; scope: string; rows: number }>,
    };
  } finally {
    conn.close();
  }
}

function votes(ballots: ReturnType<typeof loadBallots>, race: Race, round = 1) {
  const counts: Record<string, number> = {};
  for (const entry of ballots[race]?.find((r) => r.round === round)?.ballots ?? []) {
    for (const code of entry.choices) counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** A database with the 2022 matrix bloc (7 members, 6 present). */
function matrixDatabase(): string {
  const db = join(dir, "matrix.db");
  for (const step of [
    ["init", "--bloc", "DANGDT", "--name", "Khối thi đua các cơ quan Đảng"],
    ["agencies", "import", "2022", join(MATRIX, "agencies.csv")],
    ["meeting", "2022", "--present", "6"],
  ]) {
    expect(tdkt(db, ...step).status).toBe(0);
  }
  return db;
}

function tieDatabase(): string {
  const db = join(dir, "tie.db");
  for (const step of [
    ["init", "--bloc", "KTTH", "--name", "Khối thi đua các cơ quan Kinh tế tổng hợp"],
    ["agencies", "import", "2023", join(TIE, "agencies.csv")],
  ]) {
    expect(tdkt(db, ...step).status).toBe(0);
  }
  return db;
}

describe("tdkt ballots import, long form", () => {
  it("imports the seed case: ten ballots, four races, Vietnamese race names", () => {
    const db = seedDatabase(dir);
    const result = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS);
    expect(result.stderr).toContain("ballot 9, certificate: 3 agencies marked for 1 seats");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Imported 10 ballots, round 1 of 2019");
    const { ballots, log } = stored(db);
    for (const race of ["flag", "certificate", "head", "deputy"] as const) {
      expect(ballots[race]?.map((round) => round.round)).toEqual([1]);
      expect(ballots[race]?.[0]?.ballots.map((b) => b.ballot)).toEqual([
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
    }
    expect(votes(ballots, "flag")).toEqual({ STP: 9, TGSC: 1 });
    expect(votes(ballots, "head")).toEqual({ CTHADS: 8, STP: 1, TAND: 1 });
    expect(votes(ballots, "deputy")).toEqual({ VKSND: 7, CAT: 2, CTHADS: 1 });
    const certificate = ballots.certificate?.[0]?.ballots ?? [];
    // Ballots 3 and 8 wrote `bang-khen`; ballot 9 is over-marked, 10 blank.
    expect(certificate.find((b) => b.ballot === "3")?.choices).toEqual(["TGSC"]);
    expect(certificate.find((b) => b.ballot === "8")?.choices).toEqual(["TGSC"]);
    expect(certificate.find((b) => b.ballot === "9")?.choices).toEqual(["TGSC", "CAT", "TTT"]);
    expect(certificate.find((b) => b.ballot === "10")?.choices).toEqual([]);
    expect(log).toEqual([{ kind: "ballots", scope: "round 1", rows: 42 }]);
  });

  it("takes Vietnamese headers, full names, loose race names and a ; delimiter", () => {
    const db = seedDatabase(dir);
    const path = file(
      "phieu.csv",
      [
        "Số phiếu;Nội dung;Lựa chọn",
        "01;Cờ thi đua;Sở Tư pháp",
        "01;BẰNG KHEN;trại giam sông cái",
        "01;Trưởng khối;CTHADS",
        "01;pho khoi;Viện kiểm sát nhân dân tỉnh",
        "2;co_thi_dua;STP",
        "2;Bang-Khen;",
        "",
      ].join("\r\n"),
    );
    const result = tdkt(db, "ballots", "import", "2019", path);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const { ballots } = stored(db);
    expect(ballots.flag?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["STP"] },
      { ballot: "2", choices: ["STP"] },
    ]);
    expect(ballots.certificate?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["TGSC"] },
      { ballot: "2", choices: [] },
    ]);
    // A ballot of the file has every race of the file: ballot 2 left head and deputy blank.
    expect(ballots.head?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["CTHADS"] },
      { ballot: "2", choices: [] },
    ]);
    expect(ballots.deputy?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["VKSND"] },
      { ballot: "2", choices: [] },
    ]);
  });

  it("reports every problem with file:line:column at once and imports nothing", () => {
    const db = seedDatabase(dir);
    const path = file(
      "bad.csv",
      [
        "ballot,race,choice",
        "1,flag,STP",
        "1,flg,STP",
        "1,certificate,STPP",
        "2,flag,TGSC",
        "2,head,Nobody Agency",
        "1,flag,CAT",
        "3,deputy,",
        "3,deputy,VKSND",
        ",head,CAT",
        "",
      ].join("\n"),
    );
    const result = tdkt(db, "ballots", "import", "2019", path);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().replaceAll(`${dir}/`, "").split("\n");
    expect(lines).toEqual([
      "tdkt: bad.csv:3:2: unknown race 'flg'; did you mean 'flag'?",
      "tdkt: bad.csv:4:3: 'STPP' is not a member agency; did you mean STP (Sở Tư pháp)?",
      "tdkt: bad.csv:6:3: 'Nobody Agency' is not a member agency (write its code or full name; if the paper ballot really says so, add --keep-non-members: that race of the ballot then counts as invalid)",
      "tdkt: bad.csv:7:1: ballot number 1 reused for flag after rows of other ballots (first at line 2): one number on two paper ballots?",
      "tdkt: bad.csv:9:3: ballot 3, deputy: both left empty (line 8) and marked (line 9)",
      "tdkt: bad.csv:10:1: the ballot number is missing",
      "tdkt: fix the lines above and import again; no ballot was imported",
    ]);
    expect(stored(db).rows).toBe(0);
    expect(stored(db).log).toEqual([]);
  });

  it("accepts a file sorted by race (one ballot's races apart) and duplicate names as marked", () => {
    const db = seedDatabase(dir);
    const path = file(
      "by-race.csv",
      "ballot,race,choice\n1,flag,STP\n2,certificate,STP\n2,certificate,STP\n1,head,CAT\n2,head,TAND\n",
    );
    // Two certificate seats, so that the double name is the only thing to note.
    tdkt(db, "rules", "set", "seats.certificate", "2");
    const result = tdkt(db, "ballots", "import", "2019", path);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("ballot 2, certificate: one agency named twice");
    const { ballots } = stored(db);
    expect(ballots.flag?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["STP"] },
      { ballot: "2", choices: [] },
    ]);
    expect(ballots.certificate?.[0]?.ballots).toEqual([
      { ballot: "1", choices: [] },
      { ballot: "2", choices: ["STP", "STP"] },
    ]);
    expect(ballots.deputy).toBeUndefined();
  });

  it("--race keeps one race of a long-form file", () => {
    const db = seedDatabase(dir);
    const result = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS, "--race", "truong-khoi");
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("32 rows of other races left out");
    const { ballots } = stored(db);
    expect(Object.keys(ballots)).toEqual(["head"]);
    expect(votes(ballots, "head")).toEqual({ CTHADS: 8, STP: 1, TAND: 1 });
  });

  it("refuses an unknown --race as a usage error", () => {
    const db = seedDatabase(dir);
    const result = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS, "--race", "flagg");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("did you mean 'flag'?");
  });
});

describe("tdkt ballots import, matrix form", () => {
  it("imports one race per file; one member absent; the expected counts of the fixture", () => {
    const db = matrixDatabase();
    const flag = tdkt(
      db,
      "ballots",
      "import",
      "2022",
      join(MATRIX, "ballots-flag.csv"),
      "--race",
      "flag",
    );
    expect(flag.status).toBe(0);
    expect(flag.stderr).toContain("ballot 4, flag: 2 agencies marked for 1 seats");
    const certificate = tdkt(
      db,
      "ballots",
      "import",
      "2022",
      join(MATRIX, "ballots-certificate.csv"),
      "--race",
      "bằng khen",
    );
    expect(certificate.status).toBe(0);
    expect(certificate.stdout).toContain("certificate: 6 ballots (1 blank)");
    const { ballots } = stored(db);
    expect(ballots.flag?.[0]?.ballots.find((b) => b.ballot === "4")?.choices).toEqual([
      "MTTQ",
      "HLHPN",
    ]);
    expect(votes(ballots, "flag")).toEqual({ MTTQ: 5, HLHPN: 2 });
    expect(votes(ballots, "certificate")).toEqual({ HLHPN: 4, HND: 1 });
    expect(ballots.certificate?.[0]?.ballots.find((b) => b.ballot === "5")?.choices).toEqual([]);
    expect(ballots.head).toBeUndefined();
  });

  it("needs --race (usage error, exit 2)", () => {
    const db = matrixDatabase();
    const result = tdkt(db, "ballots", "import", "2022", join(MATRIX, "ballots-flag.csv"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--race");
    expect(stored(db).rows).toBe(0);
  });

  it("reports a header that is no member, a reused ballot number and a bad mark", () => {
    const db = matrixDatabase();
    const path = file("matrix-bad.csv", "ballot,VPTU,MTTQQ,HLHPN\n1,x,,\n2,,,yes\n1,,,x\n3,,,\n");
    const result = tdkt(db, "ballots", "import", "2022", path, "--race", "flag");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "matrix-bad.csv:1:3: 'MTTQQ' is not a member agency; did you mean MTTQ",
    );
    expect(result.stderr).toContain("matrix-bad.csv:3:4: cell 'yes' is not a mark");
    expect(result.stderr).toContain(
      "matrix-bad.csv:4:1: ballot number 1 is already on line 2: one row per ballot",
    );
    expect(stored(db).rows).toBe(0);
  });
});

describe("ballots returned and issued", () => {
  it("refuses more ballots than agencies present", () => {
    const db = seedDatabase(dir);
    const meeting = tdkt(db, "meeting", "2019", "--present", "9");
    expect(meeting.stderr).toBe("");
    expect(meeting.status).toBe(0);
    const result = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("flag, round 1: 10 ballots returned but only 9 issued");
    expect(result.stderr).toContain("--present");
    expect(stored(db).rows).toBe(0);
  });

  it("refuses more ballots than members when no meeting is recorded", () => {
    const db = matrixDatabase();
    const path = file(
      "eight.csv",
      `ballot,race,choice\n${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n},flag,MTTQ`).join("\n")}\n`,
    );
    // 7 members, 6 present.
    const refused = tdkt(db, "ballots", "import", "2022", path);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("8 ballots returned but only 6 issued");
    const fresh = seedDatabase(dir);
    const eleven = file(
      "eleven.csv",
      `ballot,race,choice\n${Array.from({ length: 11 }, (_, i) => `${i + 1},flag,STP`).join("\n")}\n`,
    );
    const result = tdkt(fresh, "ballots", "import", "2019", eleven);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("11 ballots returned but only 10 issued");
    expect(result.stderr).toContain("no meeting is recorded");
  });
});

describe("importing again", () => {
  it("the same file again changes nothing and says so", () => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "ballots", "import", "2019", SEED_BALLOTS).status).toBe(0);
    const again = tdkt(db, "--json", "ballots", "import", "2019", SEED_BALLOTS);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    const doc = JSON.parse(again.stdout) as { changed: boolean; races: Array<{ status: string }> };
    expect(doc.changed).toBe(false);
    expect(doc.races.map((r) => r.status)).toEqual(["same", "same", "same", "same"]);
    const human = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS);
    expect(human.stdout).toContain("Nothing changed");
    expect(stored(db).log).toHaveLength(1);
    expect(stored(db).rows).toBe(40);
  });

  it("refuses different ballots for a round that has some, unless --replace", () => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "ballots", "import", "2019", SEED_BALLOTS).status).toBe(0);
    const other = file("other.csv", "ballot,race,choice\n1,flag,TGSC\n2,flag,TGSC\n");
    const refused = tdkt(db, "ballots", "import", "2019", other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      "other.csv: round 1 of 2019 already has different ballots for flag (10 ballots)",
    );
    expect(refused.stderr).toContain("--replace");
    expect(votes(stored(db).ballots, "flag")).toEqual({ STP: 9, TGSC: 1 });

    const replaced = tdkt(db, "ballots", "import", "2019", other, "--replace");
    expect(replaced.status).toBe(0);
    const { ballots, log } = stored(db);
    expect(ballots.flag?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["TGSC"] },
      { ballot: "2", choices: ["TGSC"] },
    ]);
    // The races not in the file stay as they were.
    expect(votes(ballots, "head")).toEqual({ CTHADS: 8, STP: 1, TAND: 1 });
    expect(log.map((entry) => entry.scope)).toEqual(["round 1", "round 1"]);
  });

  it("a failing import with --replace changes nothing", () => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "ballots", "import", "2019", SEED_BALLOTS).status).toBe(0);
    const before = stored(db);
    const bad = file("bad.csv", "ballot,race,choice\n1,flag,TGSC\n2,flag,Nowhere\n");
    const result = tdkt(db, "ballots", "import", "2019", bad, "--replace");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("bad.csv:3:3:");
    expect(stored(db)).toEqual(before);
  });
});

describe("rounds", () => {
  it("imports a run-off round for one race after round 1", () => {
    const db = tieDatabase();
    const early = tdkt(
      db,
      "ballots",
      "import",
      "2023",
      join(TIE, "ballots-round2.csv"),
      "--round",
      "2",
    );
    expect(early.status).toBe(1);
    expect(early.stderr).toContain("round 2 needs the ballots of round 1 first (flag)");

    expect(tdkt(db, "ballots", "import", "2023", join(TIE, "ballots.csv")).status).toBe(0);
    const second = tdkt(
      db,
      "ballots",
      "import",
      "2023",
      join(TIE, "ballots-round2.csv"),
      "--round",
      "2",
    );
    expect(second.status).toBe(0);
    const { ballots, log } = stored(db);
    expect(ballots.flag?.map((r) => r.round)).toEqual([1, 2]);
    expect(votes(ballots, "flag", 1)).toEqual({ STC: 2, SKHĐT: 2, CTK: 1 });
    expect(votes(ballots, "flag", 2)).toEqual({ STC: 3, SKHĐT: 2 });
    // Round 2 holds the flag race only: the other races keep their single round.
    expect(ballots.certificate?.map((r) => r.round)).toEqual([1]);
    expect(ballots.deputy?.[0]?.ballots.find((b) => b.ballot === "4")?.choices).toEqual([]);
    expect(log.map((entry) => entry.scope)).toEqual(["round 1", "round 2"]);
  });
});

describe("double entry by import (--verify)", () => {
  it("stores a second entry and reports the ballots that differ", () => {
    const db = seedDatabase(dir);
    expect(tdkt(db, "ballots", "import", "2019", SEED_BALLOTS).status).toBe(0);
    expect(stored(db).verification.state).toBe("none");
    const lines = readFileSync(SEED_BALLOTS, "utf8").split("\n");
    // The second clerk read ballot 7's flag as STP instead of TGSC.
    const second = file(
      "second.csv",
      lines.map((line) => (line === "7,flag,TGSC" ? "7,flag,STP" : line)).join("\n"),
    );
    const result = tdkt(db, "ballots", "import", "2019", second, "--verify");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Ballot 7 differs between the two entries: flag: first TGSC, second STP",
    );
    const { ballots, verification, log } = stored(db);
    // The tally still sees the first entry only.
    expect(votes(ballots, "flag")).toEqual({ STP: 9, TGSC: 1 });
    expect(verification.state).toBe("mismatch");
    expect(verification.rounds[0]?.mismatched.map((m) => m.ballot)).toEqual(["7"]);
    expect(log.map((entry) => entry.scope)).toEqual(["round 1", "round 1 verify"]);

    const fixed = tdkt(db, "ballots", "import", "2019", SEED_BALLOTS, "--verify", "--replace");
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain("The two entries match on every ballot.");
    expect(stored(db).verification.state).toBe("verified");
  });
});

describe("tdkt ballots enter off a terminal", () => {
  it("is a usage error that points to ballots import", () => {
    const db = seedDatabase(dir);
    const result = tdkt(db, "ballots", "enter", "2019");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("needs a terminal");
    expect(result.stderr).toContain("tdkt ballots import 2019 FILE");
  });
});
