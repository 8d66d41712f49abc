/**
 * `tdkt import YEAR FILE...` through the built binary: the seed sheets, every
 * validation rule, every encoding, delimiter and decimal-comma case, the
 * safety rules (one transaction, idempotence, --replace, --dry-run) and the
 * JSON report.
 */
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { FIXTURES, type RunResult, runTdkt, SEED, seededCopies, tempDir } from "./helpers.js";

/* ---------------------------------------------------------------- helpers */

const { fresh, folder } = seededCopies("tdkt-import-");

function tdkt(db: string, ...args: string[]): RunResult {
  return runTdkt(["--db", db, ...args]);
}

function ok(db: string, ...args: string[]): string {
  const result = tdkt(db, ...args);
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

/** Everything a score import writes: equal dumps mean an unchanged database. */
function dump(db: string): unknown {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return {
      schema: handle.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name").all(),
      scores: handle
        .prepare(
          `SELECT a.code AS agency, c.year, c.code AS criterion, s.points, s.self_points AS self,
                  s.checked_points AS checked, s.note, s.import_id AS importId
           FROM score s JOIN agency a ON a.id = s.agency_id JOIN criterion c ON c.id = s.criterion_id
           ORDER BY a.code, c.year, c.code`,
        )
        .all(),
      log: handle
        .prepare(
          "SELECT id, year, kind, scope, file_name, content_hash, row_count FROM import_log ORDER BY id",
        )
        .all(),
    };
  } finally {
    handle.close();
  }
}

type ScoreRow = {
  criterion: string;
  points: number;
  self: number | null;
  checked: number | null;
  note: string | null;
};

function scoresOf(db: string, agency: string): ScoreRow[] {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return handle
      .prepare(
        `SELECT c.code AS criterion, s.points, s.self_points AS self, s.checked_points AS checked,
                s.note
         FROM score s JOIN agency a ON a.id = s.agency_id JOIN criterion c ON c.id = s.criterion_id
         WHERE a.code = ? ORDER BY c.code`,
      )
      .all(agency) as ScoreRow[];
  } finally {
    handle.close();
  }
}

function pointsOf(db: string, agency: string): Record<string, number> {
  return Object.fromEntries(scoresOf(db, agency).map((row) => [row.criterion, row.points]));
}

/** The `tdkt: <file>…` lines of a failed run, one per problem. */
function problems(result: RunResult, file: string): string[] {
  return result.stderr.split("\n").filter((line) => line.startsWith(`tdkt: ${file}`));
}

type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258";

/** Windows-1258's tone marks: Windows writes a toned letter as its base letter and the mark. */
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

function windows1258(text: string): Buffer {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (char === "?" || !iconv.encode(char, "windows1258").includes(0x3f)) {
      out += char;
      continue;
    }
    const parts = [...char.normalize("NFD")];
    const tone = parts.find((part) => TONES.has(part)) ?? "";
    out +=
      parts
        .filter((part) => part !== tone)
        .join("")
        .normalize("NFC") + tone;
  }
  const bytes = iconv.encode(out, "windows1258");
  if (bytes.includes(0x3f) && !text.includes("?")) throw new Error(`not in Windows-1258: ${text}`);
  return bytes;
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    case "windows-1258":
      return windows1258(text);
  }
}

function sheet(
  folderPath: string,
  name: string,
  lines: readonly string[],
  options: { encoding?: Encoding; eol?: string } = {},
): string {
  const path = join(folderPath, name);
  const eol = options.eol ?? "\n";
  writeFileSync(path, encode(lines.join(eol) + eol, options.encoding ?? "utf-8"));
  return path;
}

const seedSheets = () =>
  readdirSync(join(SEED, "scores"))
    .sort()
    .map((name) => join(SEED, "scores", name));

/** STP.csv of the seed, as stored. */
const STP = {
  TC01: 30,
  TC02: 10,
  TC03: 9.5,
  TC04: 10,
  TC05: 8,
  TC06: 10,
  TC07: 6.5,
  TC08: 5,
  TC09: 5,
  TC10: 4,
  TH01: 2,
  TH02: 1,
};

/* ------------------------------------------------------------------ seed */

describe("the seed sheets", () => {
  it("import whole, one file per agency, the agency from each file's name", () => {
    const db = fresh();
    const result = tdkt(db, "--lang", "en", "import", "2019", ...seedSheets());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      "In all: 10 files, 110 rows, 10 agencies (10 new, 0 replaced, 0 unchanged).",
    );
    // BĐBP.csv: a code with a Vietnamese letter, in the file's name.
    expect(result.stdout).toMatch(/BĐBP\.csv: 11 rows, new: BĐBP/);
    expect(pointsOf(db, "STP")).toEqual(STP);
    // CAT.csv is Excel-style: BOM, `;`, CRLF, decimal commas.
    expect(pointsOf(db, "CAT").TC01).toBe(29.5);
    // TAND.csv has Vietnamese headers (tiêu chí, điểm, ghi chú).
    expect(scoresOf(db, "TAND")[0]).toMatchObject({
      criterion: "TC01",
      points: 29,
      note: "Tỷ lệ giải quyết án đạt 98,6%",
    });
    // Doubled quotes inside a quoted note.
    expect(scoresOf(db, "STP").find((row) => row.criterion === "TH01")?.note).toBe(
      'Mô hình "Tủ sách pháp luật điện tử" được UBND tỉnh công nhận',
    );
    // The time goes to stderr only; no progress bar when stderr is not a terminal.
    expect(result.stderr).toMatch(/^Import time: \d+\.\d\d s \([\d,]+ rows\/s\)\.\n$/);
    expect(result.stdout).not.toMatch(/time|\r/i);
  });

  it("the same files again change nothing, and say so", () => {
    const db = fresh();
    ok(db, "import", "2019", ...seedSheets());
    const before = dump(db);
    const again = tdkt(db, "--lang", "en", "import", "2019", ...seedSheets());
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("STP.csv: this file was imported before (STP); nothing changed");
    expect(again.stdout).toContain("(0 new, 0 replaced, 10 unchanged)");
    expect(again.stdout).toContain("Nothing changed.");
    expect(dump(db)).toEqual(before);
    const json = JSON.parse(ok(db, "--json", "import", "2019", ...seedSheets()));
    expect(json.changed).toBe(false);
    expect(new Set(json.agencies.map((a: { status: string }) => a.status))).toEqual(
      new Set(["unchanged"]),
    );
    expect(dump(db)).toEqual(before);
  });

  it("logs one import per agency: kind scores, scope = the agency's code, the file's hash", () => {
    const db = fresh();
    ok(db, "import", "2019", join(SEED, "scores", "STP.csv"), join(SEED, "scores", "TTT.csv"));
    const log = (dump(db) as { log: Array<Record<string, unknown>> }).log.filter(
      (entry) => entry.kind === "scores",
    );
    expect(log.map(({ kind, scope, row_count }) => ({ kind, scope, row_count }))).toEqual([
      { kind: "scores", scope: "STP", row_count: 12 },
      { kind: "scores", scope: "TTT", row_count: 11 },
    ]);
    expect(log[0]?.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

/* ------------------------------------------------------------- validation */

describe("validation against the year's scoring table", () => {
  it("reports the six mistakes of fixtures/bad-scores, each where it is, and imports nothing", () => {
    const db = fresh();
    const before = dump(db);
    const file = "fixtures/bad-scores/scores.csv";
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status).toBe(1);
    const lines = problems(result, file);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/scores\.csv:4:2: there is no criterion 'TC1O'.*did you mean TC10/);
    expect(lines[1]).toMatch(/scores\.csv:6:3: points '#VALUE!' is not a number/);
    expect(lines[2]).toMatch(
      /scores\.csv:9:3: points -0\.5 is negative; TR01 is a penalty criterion: enter .* positive number \(0\.5\)/,
    );
    expect(lines[3]).toMatch(
      /scores\.csv:10:3: points 12 is over the maximum 10 of criterion TC03/,
    );
    expect(lines[4]).toMatch(/scores\.csv:11:1: 'Sở Tài chính' is not a member agency of the bloc/);
    expect(lines[5]).toMatch(
      /scores\.csv:14:2: VKSND has criterion TC05 a second time \(first at line 12\)/,
    );
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(
      "tdkt: Nothing was imported. Fix the problems above and run the command again (add --dry-run to check only).",
    );
    expect(dump(db)).toEqual(before);
  });

  it("checks every rule on every row and reports all at once, in Vietnamese by default", () => {
    const db = fresh();
    const files = folder();
    const file = sheet(files, "tong-hop.csv", [
      "agency,criterion,points,note", // 1
      "STP,TC01,30,", // 2 fine
      "STP,TC99,5,", // 3 unknown criterion (TC09 is near)
      "STP,TC02,abc,", // 4 not a number
      "STP,TC03,-1,", // 5 negative (base)
      "STP,TR02,-2,", // 6 negative (penalty)
      "STP,TC04,10.5,", // 7 over the maximum (10)
      "STP,TC01,29,", // 8 TC01 again (line 2)
      "STP,TC05,,", // 9 no points
      "STP,,5,", // 10 no criterion
      ",TC06,5,", // 11 no agency
      "XYZ,TC06,5,", // 12 unknown agency
      'STP,TC07,"6,5",', // 13 fine: a quoted decimal comma in a comma-separated file
      "STP,tc08,5,", // 14 fine: codes match ignoring case
    ]);
    const before = dump(db);
    const result = tdkt(db, "import", "2019", file);
    expect(result.status).toBe(1);
    const lines = problems(result, file).map((line) => line.slice(`tdkt: ${file}`.length));
    expect(lines).toEqual([
      ":3:2: không có tiêu chí 'TC99' trong bảng chấm điểm năm 2019 (có phải TC09?); ghi mã như trong tdkt criteria list 2019",
      ":4:3: điểm 'abc' không phải là số; ghi một số như 9 hoặc 9.5",
      ":5:3: điểm -1 là số âm; điểm không được âm",
      ":6:3: điểm -2 là số âm; TR02 là tiêu chí điểm trừ: ghi số điểm bị trừ bằng số dương (2)",
      ":7:3: điểm 10.5 vượt điểm tối đa 10 của tiêu chí TC04; ghi tối đa 10",
      ":8:2: STP có tiêu chí TC01 lần thứ hai (lần đầu ở dòng 2); giữ một dòng, xóa dòng kia",
      ":9:3: thiếu điểm; ghi số điểm (0 nếu không có điểm)",
      ":10:2: thiếu mã tiêu chí; ghi mã như trong tdkt criteria list 2019",
      ":11:1: thiếu đơn vị; ghi mã đơn vị (ví dụ STP) vào ô này",
      ":12:1: 'XYZ' không phải đơn vị thành viên của khối năm 2019; ghi mã đơn vị như trong tdkt agencies list --year 2019",
    ]);
    expect(dump(db)).toEqual(before);
  });

  it("stops listing at 50 problems and says how many more there are", () => {
    const db = fresh();
    const rows = Array.from({ length: 120 }, (_, i) => `STP,TC${String(i + 11)},1,`);
    const file = sheet(folder(), "many.csv", ["agency,criterion,points,note", ...rows]);
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status).toBe(1);
    expect(problems(result, file)).toHaveLength(50);
    expect(result.stderr).toContain("tdkt: … and 70 more problems (only the first 50 are shown)");
  });

  it("refuses an agency that is not a member in that year, naming it", () => {
    const db = fresh();
    const files = folder();
    // 2020: the same bloc without STP; its own scoring table.
    const members = sheet(files, "members-2020.csv", [
      "code,name",
      "TTT,Thanh tra tỉnh",
      "CAT,Công an tỉnh",
    ]);
    ok(db, "agencies", "import", "2020", members);
    ok(db, "criteria", "import", "2020", join(SEED, "criteria.csv"));
    const file = sheet(files, "2020.csv", [
      "agency,criterion,points",
      "STP,TC01,30",
      "CAT,TC01,29",
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2020", file);
    expect(result.status).toBe(1);
    expect(problems(result, file)).toEqual([
      `tdkt: ${file}:2:1: STP (Sở Tư pháp) is not a member of the bloc in 2020; remove its rows, or correct the 2020 member list`,
    ]);
  });

  it("refuses without a scoring table for the year, and says so", () => {
    const { dir: other, cleanup: done } = tempDir();
    try {
      const db = join(other, "t.db");
      ok(db, "init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính");
      ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
      const result = tdkt(db, "--lang", "en", "import", "2019", join(SEED, "scores", "STP.csv"));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        "tdkt: there is no scoring table for 2019, so the scores cannot be checked; nothing imported",
      );
      expect(result.stderr).toContain("tdkt criteria import 2019 FILE");
    } finally {
      done();
    }
  });

  it.each([
    {
      name: "no points column",
      lines: ["agency,criterion,note", "STP,TC01,x"],
      message:
        /:1: no points column: one of points, điểm, .* is needed; the file's header: agency, criterion, note/,
    },
    {
      name: "no criterion column",
      lines: ["agency,points", "STP,30"],
      message: /:1: missing column criterion/,
    },
    {
      name: "header only",
      lines: ["agency,criterion,points"],
      message: /: the file holds no score rows below its header/,
    },
  ])("refuses a sheet with $name", ({ lines, message }) => {
    const db = fresh();
    const file = sheet(folder(), "sheet.csv", lines);
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status).toBe(1);
    expect(problems(result, file).join("\n")).toMatch(message);
  });
});

/* ------------------------------------------------ where the agency comes from */

describe("the agency of a row", () => {
  it("is named by code or full name: case-insensitive, accent-insensitive when that is unambiguous", () => {
    const db = fresh();
    const file = sheet(folder(), "ten.csv", [
      "Đơn vị,Tiêu chí,Điểm",
      "sở tư pháp,TC01,30",
      "THANH TRA TỈNH,TC01,29",
      "Toa an nhan dan tinh,TC01,28",
      "BDBP,TC01,27",
    ]);
    ok(db, "import", "2019", file);
    expect(pointsOf(db, "STP")).toEqual({ TC01: 30 });
    expect(pointsOf(db, "TTT")).toEqual({ TC01: 29 });
    expect(pointsOf(db, "TAND")).toEqual({ TC01: 28 });
    expect(pointsOf(db, "BĐBP")).toEqual({ TC01: 27 });
  });

  it("is taken from the code column when a sheet has both a code and a name column", () => {
    const db = fresh();
    const file = sheet(folder(), "bang-diem.csv", [
      "Mã đơn vị,Đơn vị,Mã tiêu chí,Tiêu chí,Điểm",
      'STP,Sở Tư pháp,TC01,"Thực hiện nhiệm vụ chính trị, chuyên môn được giao",30',
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file}: ignoring columns not used: Đơn vị, Tiêu chí`);
    expect(pointsOf(db, "STP")).toEqual({ TC01: 30 });
  });

  it("comes from the file's name, also when the name is decomposed (NFD) or unaccented", () => {
    const db = fresh();
    const files = folder();
    const nfd = join(files, `${"BĐBP".normalize("NFD")}.csv`);
    copyFileSync(join(SEED, "scores", "STP.csv"), nfd);
    const plain = join(files, "tand.csv");
    copyFileSync(join(SEED, "scores", "TAND.csv"), plain);
    ok(db, "import", "2019", nfd, plain);
    expect(pointsOf(db, "BĐBP")).toEqual(STP);
    expect(pointsOf(db, "TAND").TC01).toBe(29);
  });

  it("comes from --agency when the file has no agency column", () => {
    const db = fresh();
    const file = join(folder(), "diem-so.csv");
    copyFileSync(join(SEED, "scores", "STP.csv"), file);
    const missing = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(missing.status).toBe(1);
    expect(problems(missing, file)[0]).toContain(
      "the file has no agency column, and its name 'diem-so' is not the code or name of a member agency in 2019",
    );
    ok(db, "import", "2019", file, "--agency", "VKSND");
    expect(pointsOf(db, "VKSND")).toEqual(STP);
  });

  it("must agree with --agency when the file has an agency column", () => {
    const db = fresh();
    const file = sheet(folder(), "mixed.csv", [
      "agency,criterion,points",
      "STP,TC01,30",
      "TTT,TC01,29",
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2019", file, "--agency", "STP");
    expect(result.status).toBe(1);
    expect(problems(result, file)).toEqual([
      `tdkt: ${file}:3:1: this row is for TTT, but --agency says STP; drop --agency or correct the agency`,
    ]);
  });

  it("takes an agency's scores from one file per command", () => {
    const db = fresh();
    const files = folder();
    const combined = sheet(files, "combined.csv", ["agency,criterion,points", "STP,TC01,30"]);
    const stp = join(SEED, "scores", "STP.csv");
    const result = tdkt(db, "--lang", "en", "import", "2019", combined, stp);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `STP.csv:2: STP's scores are in ${combined} already; an agency's scores come from one file`,
    );
    const twice = tdkt(db, "--lang", "en", "import", "2019", stp, stp);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("STP.csv: the file is given twice; give it once");
  });
});

/* ------------------------------------------------ encodings and delimiters */

describe("files as Excel writes them", () => {
  const cases: Array<{
    name: string;
    encoding: Encoding;
    delimiter: string;
    eol: string;
    comma: boolean;
  }> = [
    { name: "UTF-8, comma, LF", encoding: "utf-8", delimiter: ",", eol: "\n", comma: false },
    {
      name: "UTF-8 with BOM, semicolon, CRLF, decimal comma",
      encoding: "utf-8-bom",
      delimiter: ";",
      eol: "\r\n",
      comma: true,
    },
    {
      name: "UTF-16 LE, tab, CRLF, decimal comma",
      encoding: "utf-16le",
      delimiter: "\t",
      eol: "\r\n",
      comma: true,
    },
    {
      name: "UTF-16 BE, tab, LF, decimal point",
      encoding: "utf-16be",
      delimiter: "\t",
      eol: "\n",
      comma: false,
    },
    {
      name: "Windows-1258, semicolon, CRLF, decimal comma",
      encoding: "windows-1258",
      delimiter: ";",
      eol: "\r\n",
      comma: true,
    },
    {
      name: "Windows-1258, tab, decimal point",
      encoding: "windows-1258",
      delimiter: "\t",
      eol: "\r\n",
      comma: false,
    },
  ];

  it.each(cases)("$name", ({ encoding, delimiter, eol, comma }) => {
    const db = fresh();
    const number = (text: string) => (comma ? text.replace(".", ",") : text);
    const row = (...cells: string[]) => cells.join(delimiter);
    const file = sheet(
      folder(),
      "TTT.csv",
      [
        row("Tiêu chí", "Điểm", "Ghi chú"),
        row("TC01", number("29.5"), "Hoàn thành tốt nhiệm vụ"),
        row("TC02", "9", ""),
        row("TR01", number("0.5"), "Chậm gửi báo cáo quý II"),
      ],
      { encoding, eol },
    );
    ok(db, "import", "2019", file);
    expect(scoresOf(db, "TTT")).toEqual([
      {
        criterion: "TC01",
        points: 29.5,
        self: null,
        checked: null,
        note: "Hoàn thành tốt nhiệm vụ",
      },
      { criterion: "TC02", points: 9, self: null, checked: null, note: null },
      {
        criterion: "TR01",
        points: 0.5,
        self: null,
        checked: null,
        note: "Chậm gửi báo cáo quý II",
      },
    ]);
    // Stored text is NFC, whatever the file's form.
    const note = scoresOf(db, "TTT")[0]?.note ?? "";
    expect(note).toBe(note.normalize("NFC"));
  });

  it("fixtures/excel-style: a combined sheet with Vietnamese headers gives the README's ranking", () => {
    const { dir: other, cleanup: done } = tempDir();
    try {
      const db = join(other, "t.db");
      const base = join(FIXTURES, "excel-style");
      ok(db, "init", "--bloc", "VHXH", "--name", "Khối thi đua các cơ quan Văn hóa – Xã hội");
      ok(db, "agencies", "import", "2024", join(base, "agencies-utf16le.txt"));
      ok(db, "criteria", "import", "2024", join(base, "criteria.csv"));
      ok(db, "import", "2024", join(base, "scores.csv"));
      const ranking = JSON.parse(ok(db, "--json", "scores", "2024")).agencies;
      expect(
        ranking.map((a: { agency: string; total: number; rank: number }) => [
          a.rank,
          a.agency,
          a.total,
        ]),
      ).toEqual([
        [1, "SGDĐT", 99],
        [2, "SVHTTDL", 97.5],
        [3, "BHXH", 97],
        [4, "SLĐTBXH", 95],
        [5, "SYT", 93],
        [6, "ĐPTTH", 91.5],
      ]);
    } finally {
      done();
    }
  });
});

/* ------------------------------------------------ self and checked points */

describe("self and checked points", () => {
  it("stores both and counts the checked one where given", () => {
    const db = fresh();
    const file = sheet(folder(), "CAT.csv", [
      "Tiêu chí;Tự chấm;Khối chấm;Ghi chú",
      "TC01;30;29,5;Khối chấm lại",
      "TC02;10;;",
      "TR01;;1;Chậm báo cáo",
    ]);
    ok(db, "import", "2019", file);
    expect(scoresOf(db, "CAT")).toEqual([
      { criterion: "TC01", points: 29.5, self: 30, checked: 29.5, note: "Khối chấm lại" },
      { criterion: "TC02", points: 10, self: 10, checked: null, note: null },
      { criterion: "TR01", points: 1, self: null, checked: 1, note: "Chậm báo cáo" },
    ]);
    const cat = JSON.parse(ok(db, "--json", "scores", "2019")).agencies[0];
    expect(cat).toEqual({
      agency: "CAT",
      name: "Công an tỉnh",
      base: 39.5,
      bonus: 0,
      penalty: 1,
      total: 38.5,
      rank: 1,
    });
  });

  it("checks a self score against the maximum too", () => {
    const db = fresh();
    const file = sheet(folder(), "CAT.csv", ["criterion,self_points,checked_points", "TC01,31,30"]);
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status).toBe(1);
    expect(problems(result, file)).toEqual([
      `tdkt: ${file}:2:2: self points 31 is over the maximum 30 of criterion TC01; write at most 30`,
    ]);
  });
});

/* ---------------------------------------------------- stored data, safety */

describe("data already stored", () => {
  const stp = join(SEED, "scores", "STP.csv");

  function changedStp(folderPath: string, name = "STP.csv"): string {
    return sheet(folderPath, name, [
      "criterion,points,note",
      '"TC01",29,"Hoàn thành 100% chỉ tiêu, vượt 3 chỉ tiêu"',
      ...Object.entries(STP)
        .filter(([code]) => code !== "TC01")
        .map(([code, points]) => `${code},${points},`),
    ]);
  }

  it("refuses different data for an agency that has scores, unless --replace", () => {
    const db = fresh();
    ok(db, "import", "2019", stp, join(SEED, "scores", "TTT.csv"));
    const before = dump(db);
    const changed = changedStp(folder());
    const refused = tdkt(db, "--lang", "en", "import", "2019", changed);
    expect(refused.status).toBe(1);
    expect(problems(refused, changed)).toEqual([
      `tdkt: ${changed}:2:1: STP already has 12 scores for 2019 that differ from this file (criterion TC01: stored 30, in the file 29); add --replace to replace all of STP's scores with this file`,
    ]);
    expect(dump(db)).toEqual(before);

    const replaced = tdkt(db, "--lang", "en", "import", "2019", changed, "--replace");
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain("12 rows, replaced: STP");
    expect(pointsOf(db, "STP")).toEqual({ ...STP, TC01: 29 });
    // Only STP changed; TTT kept its scores and its log entry.
    const after = dump(db) as { scores: Array<{ agency: string }>; log: Array<{ scope: string }> };
    const earlier = before as typeof after;
    expect(after.scores.filter((s) => s.agency === "TTT")).toEqual(
      earlier.scores.filter((s) => s.agency === "TTT"),
    );
    expect(after.log.filter((entry) => entry.scope !== "").map((entry) => entry.scope)).toEqual([
      "STP",
      "TTT",
      "STP",
    ]);

    // The old file is now different data again.
    const back = tdkt(db, "--lang", "en", "import", "2019", stp);
    expect(back.status).toBe(1);
    expect(back.stderr).toContain("STP already has 12 scores for 2019 that differ from this file");
  });

  it("refuses a sheet that holds fewer rows than are stored", () => {
    const db = fresh();
    ok(db, "import", "2019", stp);
    const part = sheet(folder(), "STP.csv", [
      "criterion,points,note",
      '"TC01",30,"Hoàn thành 100% chỉ tiêu, vượt 3 chỉ tiêu"',
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2019", part);
    expect(result.status).toBe(1);
    expect(problems(result, part)).toEqual([
      `tdkt: ${part}:2: STP already has 12 scores for 2019, this file has 1; add --replace to replace all of STP's scores with this file`,
    ]);
  });

  it("accepts the same data from another file as unchanged", () => {
    const db = fresh();
    ok(db, "import", "2019", stp);
    const before = dump(db);
    // The same scores as a combined sheet: another file, another hash, the same data.
    const combined = sheet(folder(), "tong-hop.csv", [
      "Mã đơn vị;Tiêu chí;Điểm;Ghi chú",
      "STP;TC01;30;Hoàn thành 100% chỉ tiêu, vượt 3 chỉ tiêu",
      "STP;TC02;10;",
      "STP;TC03;9,5;Chỉ số cải cách hành chính xếp thứ 2/20 sở, ngành",
      "STP;TC04;10;",
      "STP;TC05;8;",
      "STP;TC06;10;",
      "STP;TC07;6,5;",
      "STP;TC08;5;",
      "STP;TC09;5;",
      "STP;TC10;4;",
      'STP;TH01;2;Mô hình "Tủ sách pháp luật điện tử" được UBND tỉnh công nhận',
      "STP;TH02;1;Bằng khen của Bộ Tư pháp",
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2019", combined);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("12 rows, unchanged: STP");
    expect(result.stdout).toContain("Nothing changed.");
    expect(dump(db)).toEqual(before);
  });

  it("a failing batch leaves the database as it was, whatever the good files in it", () => {
    const db = fresh();
    ok(db, "import", "2019", join(SEED, "scores", "TTT.csv"));
    const before = dump(db);
    const good = seedSheets().filter((file) => !file.endsWith("TTT.csv"));
    const bad = sheet(folder(), "VKSND.csv", ["criterion,points", "TC01,29", "TC02,99"]);
    const result = tdkt(
      db,
      "--lang",
      "en",
      "import",
      "2019",
      ...good.filter((f) => !f.endsWith("VKSND.csv")),
      bad,
    );
    expect(result.status).toBe(1);
    expect(problems(result, bad)).toEqual([
      `tdkt: ${bad}:3:2: points 99 is over the maximum 10 of criterion TC02; write at most 10`,
    ]);
    expect(dump(db)).toEqual(before);
    // The same batch with --replace fails the same way and changes nothing either.
    expect(tdkt(db, "import", "2019", ...good, bad, "--replace").status).toBe(1);
    expect(dump(db)).toEqual(before);
  });
});

describe("--dry-run", () => {
  it("validates and reports what would change, writing nothing", () => {
    const db = fresh();
    const before = dump(db);
    const first = tdkt(db, "--lang", "en", "import", "2019", ...seedSheets(), "--dry-run");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Dry run \(--dry-run\) of the 2019 scores – bloc NOICHINH: nothing written\./,
    );
    expect(first.stdout).toContain(
      "If run for real: 10 files, 110 rows, 10 agencies (10 new, 0 replaced, 0 unchanged).",
    );
    expect(dump(db)).toEqual(before);
    // Deterministic: the same report again, byte for byte.
    const second = tdkt(db, "--lang", "en", "import", "2019", ...seedSheets(), "--dry-run");
    expect(second.stdout).toBe(first.stdout);
  });

  it("reports a replacement without making it, and fails like the real run on bad data", () => {
    const db = fresh();
    ok(db, "import", "2019", join(SEED, "scores", "STP.csv"));
    const before = dump(db);
    const changed = sheet(folder(), "STP.csv", ["criterion,points", "TC01,29"]);
    const dry = tdkt(db, "--lang", "en", "import", "2019", changed, "--dry-run", "--replace");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("1 rows, replaced: STP");
    expect(dump(db)).toEqual(before);
    const bad = tdkt(db, "import", "2019", "fixtures/bad-scores/scores.csv", "--dry-run");
    expect(bad.status).toBe(1);
    // The six mistakes, and STP's stored scores that differ from the sheet's.
    const lines = problems(bad, "fixtures/bad-scores/scores.csv");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toContain("scores.csv:2:2: STP đã có 12 điểm năm 2019 khác với tệp này");
    expect(dump(db)).toEqual(before);
  });
});

/* ------------------------------------------------------------- reporting */

describe("the report", () => {
  it("--json: one document with the files, the agencies and the summary", () => {
    const db = fresh();
    const result = tdkt(
      db,
      "--json",
      "import",
      "2019",
      join(SEED, "scores", "STP.csv"),
      "fixtures/excel-style/../2019-noi-chinh/scores/TTT.csv",
    );
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      "bloc",
      "year",
      "dryRun",
      "changed",
      "files",
      "agencies",
      "summary",
    ]);
    expect(report).toMatchObject({
      bloc: "NOICHINH",
      year: 2019,
      dryRun: false,
      changed: true,
      files: [
        { status: "read", rows: 12, agencies: ["STP"] },
        { status: "read", rows: 11, agencies: ["TTT"] },
      ],
      agencies: [
        { agency: "STP", name: "Sở Tư pháp", status: "added", rows: 12 },
        { agency: "TTT", name: "Thanh tra tỉnh", status: "added", rows: 11 },
      ],
      summary: { files: 2, rows: 23, agencies: 2, added: 2, replaced: 0, unchanged: 0 },
    });
  });

  it("warns about missing base criteria and unused columns, on stderr", () => {
    const db = fresh();
    // `Tên tiêu chí` (copied from the scoring table) is known and read for nothing; `Người chấm` is not.
    const file = sheet(folder(), "TGSC.csv", [
      "criterion,points,Tên tiêu chí,Người chấm",
      "TC01,29,Nhiệm vụ,An",
    ]);
    const result = tdkt(db, "--lang", "en", "import", "2019", file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file}: ignoring columns not used: Người chấm`);
    expect(result.stderr).toContain(
      "TGSC: 9 base criteria missing (TC02, TC03, TC04, TC05, TC06, …), counted as 0 points",
    );
    expect(result.stdout).not.toContain("missing");
  });
});
