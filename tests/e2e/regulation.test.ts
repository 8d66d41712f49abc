/**
 * The bloc's regulation through the binary: each shipped regulation file
 * (fixtures/regulations/) with its scenario, `rules show`, `rules export` /
 * `rules import` and their errors.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runTdkt, SEED, tempDir } from "./helpers.js";

const REGULATIONS = join(FIXTURES, "regulations");

function ok(db: string, ...args: string[]): string {
  const result = runTdkt(["--db", db, ...args]);
  if (result.status !== 0) {
    throw new Error(`tdkt ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

// biome-ignore lint/suspicious/noExplicitAny: the report is checked field by field.
function json(db: string, ...args: string[]): any {
  return JSON.parse(ok(db, "--json", ...args));
}

/** A bloc with the scenario's members, criteria and scores for `year`. */
function scenario(db: string, folder: string, year: string, bloc: string): void {
  ok(db, "init", "--bloc", bloc, "--name", `Khối ${bloc}`);
  ok(db, "agencies", "import", year, join(folder, "agencies.csv"));
  ok(db, "criteria", "import", year, join(folder, "criteria.csv"));
  ok(db, "import", year, join(folder, "scores.csv"));
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe("Quảng Ninh QĐ 1174/QĐ-UBND 2017: Government flag, flag, 20% of the remaining", () => {
  const folder = join(FIXTURES, "regulation-quang-ninh");
  // biome-ignore lint/suspicious/noExplicitAny: JSON
  let report: any;
  let db: string;
  beforeAll(() => {
    db = join(dir, "qn.db");
    scenario(db, folder, "2024", "QNCQ");
    ok(db, "rules", "import", join(REGULATIONS, "quang-ninh-1174-2017.yaml"));
    ok(db, "ballots", "import", "2024", join(folder, "ballots.csv"));
    report = json(db, "tally", "2024");
  });

  it("shows every race with its seats for the year (rules show --year)", () => {
    const shown = json(db, "rules", "show", "--year", "2024");
    expect(
      shown.races.map((r: { race: string; seats: number; label: string | null }) => [
        r.race,
        r.seats,
        r.label,
      ]),
    ).toEqual([
      ["govflag", 1, "Cờ thi đua của Chính phủ"],
      ["flag", 1, "Cờ thi đua của UBND tỉnh"],
      ["certificate", 2, "Bằng khen của Chủ tịch UBND tỉnh"],
      ["head", 1, null],
      ["deputy", 1, null],
    ]);
  });

  it("decides the races in the regulation's order, each passing over earlier winners", () => {
    expect(report.races.map((r: { race: string }) => r.race)).toEqual([
      "govflag",
      "flag",
      "certificate",
      "head",
      "deputy",
    ]);
    expect(report.awards).toEqual({ govflag: ["SNV"], flag: ["STC"], certificate: ["SXD", "SYT"] });
    const flag = report.races[1].candidates.find((c: { agency: string }) => c.agency === "SNV");
    expect(flag).toMatchObject({ votes: 3, result: "already-awarded" });
    expect(flag.reason.source).toContain("06/2022/QH15");
    expect(report.leaders).toMatchObject({ year: 2025, head: "SGTVT", deputy: "STNMT" });
  });

  it("names the Government-flag winner as the unit that leads the bloc, in the minutes too", () => {
    expect(report.leadingUnit).toBe("SNV");
    // Wrapped lines read whole: a longer award name moves the line breaks.
    const minutes = ok(db, "minutes", "2024").replace(/\s+/g, " ");
    expect(minutes).toContain("Kết quả: suy tôn Sở Nội vụ là đơn vị dẫn đầu khối");
    expect(minutes).toContain("Luật Thi đua, khen thưởng số 06/2022/QH15");
    expect(minutes).not.toContain("08/2017");
  });

  it("says every award as the regulation names it: minutes, proposal, ballot paper", () => {
    const flat = (text: string) => text.replace(/\s+/g, " ");
    const minutes = flat(ok(db, "minutes", "2024"));
    expect(minutes).toContain("b) Suy tôn đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh năm 2024");
    expect(minutes).toContain(
      "Kết quả: đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2024 cho Sở Xây dựng và Sở Y tế.",
    );
    expect(minutes).toContain("- Cờ thi đua của UBND tỉnh: Sở Nội vụ (3 phiếu");
    const proposal = flat(ok(db, "proposal", "2024"));
    expect(proposal).toContain(
      "đề nghị tặng Cờ thi đua của Chính phủ, Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm 2024",
    );
    expect(proposal).not.toContain("govflag");
    const paper = flat(ok(db, "ballots", "print", "2024"));
    expect(paper).toContain("1. Suy tôn đơn vị dẫn đầu khối đề nghị tặng Cờ thi đua của Chính phủ");
  });
});

describe("court sector, TT 04/2016/TT-TANDTC: the flag needs at least 2/3 of members", () => {
  const folder = join(FIXTURES, "regulation-court");
  let db: string;
  beforeAll(() => {
    db = join(dir, "court.db");
    scenario(db, folder, "2025", "TOAAN");
    ok(db, "rules", "import", join(REGULATIONS, "court-04-2016.yaml"));
    ok(db, "ballots", "import", "2025", join(folder, "ballots.csv"));
    ok(
      db,
      "ballots",
      "import",
      "2025",
      join(folder, "ballots-flag-strike.csv"),
      "--race",
      "flag",
      "--mark",
      "strike",
    );
  });

  it("rules show writes the threshold with the decimal comma in Vietnamese", () => {
    expect(ok(db, "rules", "show", "--year", "2025")).toContain("từ 66,67% tổng số thành viên");
    expect(ok(db, "--lang", "en", "rules", "show", "--year", "2025")).toContain("66.67%");
  });

  it("elects the flag with exactly 6 of 9 (at least 2/3), counting struck-out ballots", () => {
    const report = json(db, "tally", "2025");
    const flag = report.races[0];
    expect(flag.threshold).toMatchObject({ base: "members", minVotes: 6, strict: false });
    expect(flag.candidates[0]).toMatchObject({ agency: "TAT", votes: 6, result: "elected" });
    expect(flag.candidates[0].reason).toMatchObject({
      rule: "threshold.flag.percent",
      value: "2/3",
    });
    expect(report.awards).toEqual({ flag: ["TAT"], certificate: ["TAA"] });
    expect(report.leaders).toMatchObject({ year: 2026, head: "TAB", deputy: "TAC" });
  });

  it("a shortlist makes a vote off it invalid in that race (tdkt nominees)", () => {
    // 2025 is counted: a shortlist set afterwards is an amendment, journaled.
    const amend = ["--amend", "Bổ sung danh sách đề cử"];
    ok(db, "nominees", "2025", "bang-khen", "TAB", "TAC", ...amend);
    const shown = json(db, "nominees", "2025", "certificate");
    expect(shown.nominees).toEqual(["TAB", "TAC"]);
    const report = json(db, "tally", "2025", ...amend);
    expect(report.races[1].ballots).toMatchObject({ returned: 9, valid: 2, invalid: 7 });
    expect(report.races[1].invalidCauses.notNominated).toBe(7);
    expect(report.awards.certificate).toEqual([]);
    expect(ok(db, "minutes", "2025")).toContain("ngoài danh sách đề cử (7)");
    ok(db, "nominees", "2025", "certificate", "--clear", ...amend);
    expect(json(db, "tally", "2025", ...amend).awards.certificate).toEqual(["TAA"]);
  });

  it("more than 2/3 instead leaves the flag open (the rule decides)", () => {
    const amend = ["--amend", "Áp dụng tỷ lệ trên 2/3"];
    ok(db, "rules", "set", "threshold.flag.strict", "true", "--year", "2025", ...amend);
    const report = json(db, "tally", "2025", ...amend);
    expect(report.awards.flag).toEqual([]);
    expect(report.races[0].candidates[0].result).toBe("below-threshold");
  });
});

describe("the defaults: the seed year keeps its result under defaults.yaml", () => {
  it("STP flag, TGSC certificate, CTHADS head, VKSND deputy", () => {
    const db = join(dir, "seed.db");
    ok(db, "init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính");
    ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
    ok(db, "criteria", "import", "2019", join(SEED, "criteria.csv"));
    const sheets = readdirSync(join(SEED, "scores")).map((name) => join(SEED, "scores", name));
    ok(db, "import", "2019", ...sheets);
    ok(db, "rules", "import", join(REGULATIONS, "defaults.yaml"));
    ok(db, "ballots", "import", "2019", join(SEED, "ballots.csv"));
    const report = json(db, "tally", "2019");
    expect(report.awards).toEqual({ flag: ["STP"], certificate: ["TGSC"] });
    expect(report.leaders).toMatchObject({ head: "CTHADS", deputy: "VKSND" });
    // The 2019 review cites the law of its time (domain.md, Legal sources by the year).
    const certificate = report.races[1];
    const stp = certificate.candidates.find((c: { agency: string }) => c.agency === "STP");
    expect(stp.reason.source).toContain("2003");
    expect(JSON.stringify(report)).not.toMatch(/06\/2022|98\/2023|152\/2025/);
  });
});

describe("leaders appointed from above (procuracy practice, domain.md)", () => {
  it("the tally decides no leader; leaders set records them with the decision's reference", () => {
    const db = join(dir, "appointed.db");
    const folder = join(FIXTURES, "regulation-court");
    scenario(db, folder, "2025", "TOAAN2");
    ok(db, "rules", "set", "leaders.mode", "chỉ định");
    ok(db, "ballots", "import", "2025", join(folder, "ballots.csv"));
    const report = json(db, "tally", "2025");
    expect(report.leaders).toMatchObject({
      year: 2026,
      head: null,
      deputy: null,
      mode: "appointed",
    });
    const set = json(
      db,
      "leaders",
      "set",
      "2026",
      "--head",
      "TAT",
      "--deputy",
      "TAA",
      "--reference",
      "Quyết định số 15/QĐ-TA ngày 05/01/2026",
    );
    expect(set).toMatchObject({
      head: { code: "TAT" },
      reference: "Quyết định số 15/QĐ-TA ngày 05/01/2026",
    });
  });
});

describe("rules export and rules import", () => {
  it("round-trips: what export writes, import reads back to the same rules", () => {
    const db = join(dir, "round.db");
    ok(db, "init", "--bloc", "B", "--name", "Khối B");
    ok(db, "rules", "import", join(REGULATIONS, "quang-ninh-1174-2017.yaml"));
    ok(db, "rules", "set", "order", "score-first");
    const file = join(dir, "quy-che.yaml");
    ok(db, "rules", "export", "-o", file);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Số suất Bằng khen");
    expect(text).toContain("seats.certificate: 20% remaining");
    const other = join(dir, "round2.db");
    ok(other, "init", "--bloc", "B", "--name", "Khối B");
    ok(other, "rules", "import", file);
    const a = json(db, "rules", "show").rules.map((r: { key: string; value: string }) => r.value);
    const b = json(other, "rules", "show").rules.map(
      (r: { key: string; value: string }) => r.value,
    );
    expect(b).toEqual(a);
  });

  it.each([
    ["an unknown key", "quorum: 2/3\nso-ghe: 3\n", /so-ghe/, 2, 1],
    ["a bad value", "seats:\n  flag: hai\n", /hai/, 2, 9],
    ["broken YAML", "seats: [1, 2\n", /YAML/, 2, 1],
  ])(
    "refuses %s with its line and column, setting nothing",
    (name, text, message, line, column) => {
      const slug = name.replace(/\W+/g, "-");
      const db = join(dir, `bad-${slug}.db`);
      ok(db, "init", "--bloc", "B", "--name", "Khối B");
      const file = join(dir, `bad-${slug}.yaml`);
      writeFileSync(file, `order: score-first\n${text}`);
      const result = runTdkt(["--db", db, "rules", "import", file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(`${file}:${line + 1}:${column}`);
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(
        json(db, "rules", "show").rules.find((r: { key: string }) => r.key === "order").value,
      ).toBe("votes-first");
    },
  );
});

describe("--help says what --year and --from do", () => {
  it("rules set and rules import: --from onward, by default from the first year without a count", () => {
    for (const command of ["set", "import"]) {
      const help = runTdkt(["rules", command, "--help"]);
      expect(help.status).toBe(0);
      const text = help.stdout.replace(/\s+/g, " ");
      expect(text).toContain("--from <năm> áp dụng từ năm này trở đi");
      expect(text).toContain("năm đầu tiên chưa kiểm phiếu");
      expect(text).not.toMatch(/mặc định: mọi năm|như --year/);
    }
  });
});
