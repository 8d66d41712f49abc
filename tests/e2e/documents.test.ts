/**
 * The documents the office files, end to end on the seed year
 * (fixtures/2019-noi-chinh): each is written with `-o`, read back (the Word
 * files unzipped and their XML checked, the workbook read with exceljs) and
 * checked for the layout of Decree 30/2020/NĐ-CP (shared/domain.md,
 * "Documents and their layout") and the seed year's key texts. The text of
 * each Word file is compared with a golden file under tests/golden/documents/
 * (a missing golden fails; `UPDATE_GOLDEN=1` writes them; read the diff).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { ROOT, runTdkt, SEED, tempDir } from "./helpers.js";

/** Golden files of tests/golden/documents (tests/golden.ts). */
function golden(name: string, actual: string): void {
  expectGolden("documents", name, actual);
}

let dir = "";
let cleanup = () => {};
let db = "";

function tdkt(...args: string[]) {
  const result = runTdkt(["--db", db, ...args], { env: { TDKT_LANG: "vi" } });
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
  return result;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir("tdkt-documents-"));
  db = join(dir, "tdkt.db");
  const sheets = readdirSync(join(SEED, "scores"))
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => join(SEED, "scores", name));
  tdkt(
    "init",
    "--bloc",
    "NOICHINH",
    "--name",
    "Khối thi đua các cơ quan Nội chính",
    "--province",
    "Tỉnh Mẫu",
    "--parent",
    "UBND tỉnh Mẫu",
  );
  tdkt("agencies", "import", "2019", join(SEED, "agencies.csv"));
  tdkt("criteria", "import", "2019", join(SEED, "criteria.csv"));
  tdkt("import", "2019", ...sheets);
  tdkt("leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS");
  tdkt(
    "meeting",
    "2019",
    "--date",
    "2019-12-20",
    "--start",
    "08:00",
    "--end",
    "11:30",
    "--place",
    "Sở Tư pháp",
    "--chair",
    "Nguyễn Văn Hùng",
    "--chair-title",
    "Giám đốc Sở Tư pháp, Trưởng khối",
    "--secretary",
    "Trần Thị Thu Hà",
    "--secretary-title",
    "Chánh Văn phòng Sở Tư pháp",
    "--counting-board",
    "Lê Minh Tuấn; Phạm Thị Lan; Đặng Quốc Bảo",
    "--counting-board-titles",
    "Phó Chánh Thanh tra tỉnh, Trưởng ban; Phó Chánh án Tòa án nhân dân tỉnh; Phó Cục trưởng Cục Thi hành án dân sự tỉnh",
  );
  tdkt("ballots", "import", "2019", join(SEED, "ballots.csv"));
  tdkt("tally", "2019");
}, 120_000);

afterAll(() => cleanup());

/** The entries of a zip, by name, as text. */
function unzipText(file: string): Map<string, string> {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function decode(xml: string): string {
  return xml
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

/** The text of a Word document, one line a paragraph (table cells are paragraphs too). */
function paragraphs(documentXml: string): string[] {
  return documentXml
    .split("</w:p>")
    .map((paragraph) =>
      decode([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
    )
    .filter((text) => text !== "");
}

function writeDocx(name: string, ...args: string[]) {
  const file = join(dir, name);
  tdkt(...args, "-o", file, "--force");
  const entries = unzipText(file);
  const xml = entries.get("word/document.xml") ?? "";
  return { file, entries, xml, text: paragraphs(xml) };
}

/** The page and the font of Decree 30/2020/NĐ-CP (appendix I). */
function expectDecreeLayout(xml: string, entries: Map<string, string>) {
  // A4 portrait: 210 × 297 mm in twips.
  expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
  const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
  const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margins)?.[1]);
  const mm = (side: string) => twips(side) / 56.7;
  expect(mm("top")).toBeGreaterThanOrEqual(20);
  expect(mm("top")).toBeLessThanOrEqual(25);
  expect(mm("bottom")).toBeGreaterThanOrEqual(20);
  expect(mm("bottom")).toBeLessThanOrEqual(25);
  expect(mm("left")).toBeGreaterThanOrEqual(30);
  expect(mm("left")).toBeLessThanOrEqual(35);
  expect(mm("right")).toBeGreaterThanOrEqual(15);
  expect(mm("right")).toBeLessThanOrEqual(20);
  // Times New Roman throughout: every font named in the body is it.
  const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
  expect([...fonts]).toEqual(["Times New Roman"]);
  expect(entries.get("word/styles.xml")).toContain('w:ascii="Times New Roman"');
  // Page numbers from page 2: a different first page with an empty header, a PAGE field in the other.
  expect(xml).toContain("<w:titlePg/>");
  const headers = [...entries.entries()].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
  expect(headers.some(([, header]) => header.includes("PAGE"))).toBe(true);
  expect(headers.some(([, header]) => !header.includes("PAGE"))).toBe(true);
  // Fixed dates inside the file.
  expect(entries.get("docProps/core.xml")).toContain("2000-01-01T00:00:00Z");
}

/** Font sizes (half-points) of the runs whose text is `text`. */
function sizesOf(xml: string, text: string): number[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)]
    .filter((m) => decode(/<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1] ?? "")?.[1] ?? "") === text)
    .map((m) => Number(/<w:sz w:val="(\d+)"/.exec(m[1] ?? "")?.[1]));
}

function runOf(xml: string, text: string): string {
  return (
    [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].find(
      (m) => decode(/<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1] ?? "")?.[1] ?? "") === text,
    )?.[1] ?? ""
  );
}

describe("tdkt minutes -o .docx", () => {
  it("has the layout of Decree 30/2020/NĐ-CP and every key text of the seed year", () => {
    const { xml, entries, text } = writeDocx("bien-ban.docx", "minutes", "2019");
    expectDecreeLayout(xml, entries);
    // Header: parent body upright, bloc bold, number; national name bold 13 pt, motto bold 14 pt.
    expect(text).toContain("UBND TỈNH MẪU");
    expect(runOf(xml, "UBND TỈNH MẪU")).not.toContain("<w:b/>");
    expect(runOf(xml, "KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH")).toContain("<w:b/>");
    expect(text).toContain("Số: …/BB-NOICHINH");
    // The left header column keeps a gap at its right (cell margins, twips): the bloc's name
    // never runs into the national name, which keeps the full right column.
    const headerTable = /<w:tbl>.*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    const margins = [...headerTable.matchAll(/<w:tcMar>(.*?)<\/w:tcMar>/g)].map((m) => m[1] ?? "");
    const side = (mar: string | undefined, name: string) =>
      Number(new RegExp(`<w:${name} [^>]*w:w="(\\d+)"`).exec(mar ?? "")?.[1] ?? 0);
    expect(side(margins[0], "right")).toBeGreaterThanOrEqual(100);
    expect(side(margins[1], "left")).toBe(0);
    expect(sizesOf(xml, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual([26]);
    expect(sizesOf(xml, "Độc lập - Tự do - Hạnh phúc")).toEqual([28]);
    expect(runOf(xml, "BIÊN BẢN")).toContain("<w:b/>");
    // The header is a borderless table of two columns, the first thing in the body.
    const header = /<w:tbl>.*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(header).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
    expect(header).toContain('w:val="none"');
    // Body 14 pt, justified, first line indented, 6 pt after.
    expect(xml).toMatch(
      /<w:spacing w:after="120"[^>]*\/><w:ind w:firstLine="720"\/><w:jc w:val="both"\/>/,
    );
    // Ranking and race counts are real tables with a header row that repeats and borders.
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    const bordered = tables.filter((table) =>
      table.includes('<w:tblBorders><w:top w:val="single"'),
    );
    expect(bordered.length).toBeGreaterThanOrEqual(5);
    for (const table of bordered) expect(table).toContain("<w:tblHeader/>");
    // Numbers right-aligned with the decimal comma.
    expect(runOf(xml, "101,0")).not.toBe("");
    expect(xml).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr>[\s\S]*?<w:t[^>]*>90,00%</);
    // Signatures: the names alone, bold; Nơi nhận bold italic 12 pt, list 11 pt ending "- Lưu: VT.".
    expect(runOf(xml, "THƯ KÝ")).toContain("<w:b/>");
    expect(runOf(xml, "CHỦ TỌA")).toContain("<w:b/>");
    expect(runOf(xml, "Nguyễn Văn Hùng")).toContain("<w:b/>");
    expect(text).not.toContain("Ông Nguyễn Văn Hùng");
    const recipients = runOf(xml, "Nơi nhận:");
    expect(recipients).toContain("<w:b/>");
    expect(recipients).toContain("<w:i/>");
    expect(sizesOf(xml, "Nơi nhận:")).toEqual([24]);
    expect(sizesOf(xml, "- Lưu: VT.")).toEqual([22]);
    for (const key of [
      "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019",
      "Địa điểm: Sở Tư pháp",
      "Chủ trì: Nguyễn Văn Hùng – Giám đốc Sở Tư pháp, Trưởng khối",
      "Sở Tư pháp",
      "Trại giam Sông Cái",
      "Cục Thi hành án dân sự tỉnh",
      "Viện kiểm sát nhân dân tỉnh",
      "BIÊN BẢN KIỂM PHIẾU",
    ]) {
      expect(text.some((line) => line.includes(key))).toBe(true);
    }
    golden("bien-ban-2019.docx.txt", `${text.join("\n")}\n`);
  });

  it("gives the same bytes twice, and refuses to overwrite without --force", () => {
    const first = join(dir, "once.docx");
    const second = join(dir, "twice.docx");
    tdkt("minutes", "2019", "-o", first);
    // In another time zone too: the zip's entry times are stored as local time.
    const elsewhere = runTdkt(["--db", db, "minutes", "2019", "-o", second], {
      env: { TDKT_LANG: "vi", TZ: "Asia/Ho_Chi_Minh" },
    });
    expect(elsewhere.status).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    const again = runTdkt(["--db", db, "minutes", "2019", "-o", first], {
      env: { TDKT_LANG: "vi" },
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("--force");
    // An extension no format has is a usage error, and no file is made.
    const pdf = join(dir, "bien-ban.pdf");
    const wrong = runTdkt(["--db", db, "minutes", "2019", "-o", pdf], { env: { TDKT_LANG: "vi" } });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("docx");
    expect(existsSync(pdf)).toBe(false);
  });

  it("says the same things in text, Markdown, JSON and Word", () => {
    const word = writeDocx("same.docx", "minutes", "2019").text.join(" ");
    const flat = (text: string) => text.replace(/\s+/g, " ");
    const plain = flat(tdkt("minutes", "2019").stdout);
    // Markdown without its markup (emphasis, headings, escapes).
    const markdown = flat(
      tdkt("minutes", "2019", "--format", "md")
        .stdout.replace(/[\\*#]/g, "")
        .replace(/\n +/g, "\n"),
    );
    const json = tdkt("minutes", "2019", "--format", "json").stdout;
    // Every sentence and cell of the Word file is in the text and in the Markdown.
    for (const line of writeDocx("same2.docx", "minutes", "2019").text) {
      expect(plain).toContain(flat(line));
      // A Markdown heading carries no colon ("## Nội dung" for "Nội dung:").
      expect(markdown).toContain(flat(line).replace(/:$/, ""));
    }
    // The data of the JSON form (names, votes) are in the Word form.
    const data = JSON.parse(json) as {
      tally: { races: { candidates: { name: string; votes: number }[] }[] };
    };
    for (const race of data.tally.races) {
      for (const candidate of race.candidates) expect(word).toContain(candidate.name);
    }
  });
});

describe("tdkt count-record, proposal, ballots print", () => {
  it("writes the vote-count record with a signature for every member of the board", () => {
    const { xml, entries, text } = writeDocx("kiem-phieu.docx", "count-record", "2019");
    expectDecreeLayout(xml, entries);
    expect(text).toContain("BIÊN BẢN KIỂM PHIẾU");
    for (const name of ["Lê Minh Tuấn", "Phạm Thị Lan", "Đặng Quốc Bảo"]) {
      expect(runOf(xml, name)).toContain("<w:b/>");
    }
    expect(text.some((line) => line.startsWith("Phiếu phát ra: 10; thu về: 10"))).toBe(true);
    golden("bien-ban-kiem-phieu-2019.docx.txt", `${text.join("\n")}\n`);
    const plain = tdkt("count-record", "2019").stdout;
    expect(plain).toContain("BIÊN BẢN KIỂM PHIẾU");
    // The text and Markdown forms say what the Word form says.
    const flat = (value: string) => value.replace(/\s+/g, " ");
    const markdown = flat(
      tdkt("count-record", "2019", "--format", "md").stdout.replace(/[\\*#]/g, ""),
    );
    for (const line of text) {
      expect(flat(plain)).toContain(flat(line));
      expect(markdown).toContain(flat(line).replace(/:$/, ""));
    }
    golden("bien-ban-kiem-phieu-2019.txt", plain);
  });

  it("writes the proposal letter with the nominees and the attached documents", () => {
    const { xml, entries, text } = writeDocx("to-trinh.docx", "proposal", "2019");
    expectDecreeLayout(xml, entries);
    for (const key of [
      "TỜ TRÌNH",
      "Số: …/TTr-NOICHINH",
      "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Mẫu.",
      "1. Cờ thi đua của Ủy ban nhân dân tỉnh: 1 tập thể",
      "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 1 tập thể",
      "- Báo cáo thành tích của Sở Tư pháp (do đơn vị lập);",
      "- Báo cáo thành tích của Trại giam Sông Cái (do đơn vị lập);",
      "90,00%",
    ]) {
      expect(text).toContain(key);
    }
    expect(runOf(xml, "Mẫu, ngày … tháng … năm …")).toContain("<w:i/>");
    golden("to-trinh-2019.docx.txt", `${text.join("\n")}\n`);
  });

  it("prints one ballot per member present, each race with its seats, members in rotation order", () => {
    const { xml, text } = writeDocx("phieu.docx", "ballots", "print", "2019");
    const titles = text.filter((line) => line === "PHIẾU BẦU");
    expect(titles).toHaveLength(10);
    expect(xml.match(/<w:pageBreakBefore\/>|<w:br w:type="page"\/>/g)).toHaveLength(9);
    expect(text).toContain(
      "2. Bình xét đơn vị đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen năm 2019 (chọn không quá 1 đơn vị)",
    );
    // Dense enough for one sheet: 10 pt tables, 12 mm top and bottom margins.
    expect(sizesOf(xml, "Sở Tư pháp")[0]).toBe(20);
    expect(xml).toMatch(/<w:pgMar w:top="680"/);
    const plain = tdkt("ballots", "print", "2019").stdout;
    const order = ["Sở Tư pháp", "Cục Thi hành án dân sự tỉnh", "Viện kiểm sát nhân dân tỉnh"];
    const at = order.map((name) => plain.indexOf(name));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    golden("phieu-bau-2019.txt", plain);
    const runOff = runTdkt(["--db", db, "ballots", "print", "2019", "--round", "2"], {
      env: { TDKT_LANG: "vi" },
    });
    expect(runOff.status).toBe(1);
    expect(runOff.stderr).toContain("vòng 2");
  });
});

describe("tdkt scores -o", () => {
  it("writes a workbook: ranking, agencies × criteria, numbers as numbers, frozen bold header, A4 landscape", async () => {
    const file = join(dir, "bang-diem.xlsx");
    tdkt("scores", "2019", "-o", file);
    const again = join(dir, "bang-diem-2.xlsx");
    tdkt("scores", "2019", "-o", again);
    expect(readFileSync(file).equals(readFileSync(again))).toBe(true);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ranking = workbook.worksheets[0];
    const detail = workbook.worksheets[1];
    if (!ranking || !detail) throw new Error("sheets missing");
    expect(ranking.name).toBe("Xếp hạng");
    expect(ranking.getRow(1).values).toEqual([
      undefined,
      "Hạng",
      "Mã",
      "Tên đơn vị",
      "Cơ bản",
      "Thưởng",
      "Trừ",
      "Tổng",
    ]);
    expect(ranking.getCell("C2").value).toBe("Sở Tư pháp");
    // Not approved yet: the draft mark under the table.
    expect(ranking.getCell("A13").value).toBe("DỰ THẢO");
    expect(ranking.getCell("G2").value).toBe(101);
    expect(typeof ranking.getCell("D4").value).toBe("number");
    expect(ranking.getCell("A1").font?.bold).toBe(true);
    expect(ranking.getCell("B3").border?.left?.style).toBe("thin");
    expect(ranking.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ranking.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
    });
    expect(ranking.getColumn(3).width).toBeGreaterThan(30);
    expect(detail.getCell("D1").value).toBe("TC01");
    expect(detail.getCell("C2").value).toBe("Điểm tối đa");
    expect(detail.getCell("D2").value).toBe(30);
    expect(detail.rowCount).toBe(12);
    const entries = unzipText(file);
    expect(entries.get("docProps/core.xml")).toContain("2000-01-01T00:00:00Z");
  });

  it("writes the ranking as CSV in UTF-8 with a byte-order mark", () => {
    const file = join(dir, "bang-diem.csv");
    tdkt("scores", "2019", "-o", file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("Hạng;Mã;Tên đơn vị;Cơ bản;Thưởng;Trừ;Tổng");
    expect(lines[1]).toBe("1;STP;Sở Tư pháp;98;3;0;101");
    expect(lines[3]).toBe("3;CTHADS;Cục Thi hành án dân sự tỉnh;95;0,5;0;95,5");
  });
});

describe("tdkt bloc set --parent", () => {
  it("changes the parent body printed above the bloc, and removes it with an empty value", () => {
    tdkt("bloc", "set", "--parent", "Ủy ban nhân dân tỉnh Mẫu");
    expect(tdkt("minutes", "2019").stdout).toContain("ỦY BAN NHÂN DÂN TỈNH MẪU");
    tdkt("bloc", "set", "--parent", "");
    const without = tdkt("minutes", "2019").stdout;
    expect(without).not.toContain("TỈNH MẪU\n");
    expect(without.split("\n")[0]).toContain("KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH");
    const tooMany = runTdkt(
      ["--db", db, "meeting", "2019", "--counting-board-titles", "a; b; c; d"],
      { env: { TDKT_LANG: "vi" } },
    );
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toContain("4 chức vụ cho 3 thành viên");
    const nothing = runTdkt(["--db", db, "bloc", "set"], { env: { TDKT_LANG: "vi" } });
    expect(nothing.status).toBe(2);
    tdkt("bloc", "set", "--parent", "UBND tỉnh Mẫu");
  });
});

describe("tdkt ballots print --round 2", () => {
  it("carries only the race left tied, with only the tied agencies and the seats still open", () => {
    const { dir: tieDir, cleanup: tieCleanup } = tempDir("tdkt-runoff-");
    const tie = join(ROOT, "fixtures", "tie-two-way");
    const tieDb = join(tieDir, "t.db");
    const run = (...args: string[]) => {
      const result = runTdkt(["--db", tieDb, ...args], { env: { TDKT_LANG: "vi" } });
      if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
      return result.stdout;
    };
    try {
      run("init", "--bloc", "KTTH", "--name", "Khối thi đua các cơ quan Kinh tế tổng hợp");
      run("rules", "set", "threshold.percent", "30");
      run("agencies", "import", "2023", join(tie, "agencies.csv"));
      run("criteria", "import", "2023", join(tie, "criteria.csv"));
      run("import", "2023", join(tie, "scores.csv"));
      run("ballots", "import", "2023", join(tie, "ballots.csv"));
      run("tally", "2023");
      const paper = run("ballots", "print", "2023", "--round", "2");
      expect(paper).toContain("bầu lại lần 2");
      expect(paper.replace(/\s+/g, " ")).toContain("Cờ thi đua năm 2023 (chọn không quá 1 đơn vị)");
      expect(paper).not.toContain("Bằng khen");
      expect(paper).not.toContain("Trưởng khối");
      const rows = paper.split("\n").filter((line) => /^\s*\d+\s{2}\S/.test(line));
      expect(rows).toHaveLength(2);
      expect(paper).toMatch(/Sở Tài chính/);
      expect(paper).toMatch(/Sở Kế hoạch và Đầu tư/);
    } finally {
      tieCleanup();
    }
  });
});

describe("the approved score table", () => {
  it("says under the ranking the day the conference approved it, as the minutes do", async () => {
    const copy = join(dir, "approved.db");
    copyFileSync(db, copy);
    const run = (...args: string[]) => {
      const result = runTdkt(["--db", copy, ...args], { env: { TDKT_LANG: "vi" } });
      if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
      return result;
    };
    // The seed year is counted: approving its table now is an amendment.
    run("scores", "2019", "--approve", "--amend", "Hội nghị thông qua bảng điểm");
    const file = join(dir, "bang-diem-approved.xlsx");
    run("scores", "2019", "-o", file);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const line = String(workbook.worksheets[0]?.getCell("A13").value);
    expect(line).toMatch(/^Bảng điểm đã được Hội nghị thông qua ngày \d{2}\/\d{2}\/\d{4}\.$/);
    const minutes = run("minutes", "2019").stdout.replace(/\s+/g, " ");
    expect(minutes).toContain(line);
  });
});
