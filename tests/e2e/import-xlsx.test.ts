/**
 * `tdkt import` of Excel workbooks as offices make them: each workbook is
 * made here with the spreadsheet library and read to the same stored scores
 * as its CSV equivalent.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type RunResult, runTdkt, seededCopies } from "./helpers.js";

const { fresh, folder } = seededCopies("tdkt-xlsx-");

function tdkt(db: string, ...args: string[]): RunResult {
  return runTdkt(["--db", db, ...args]);
}

/** The stored scores, without the import's id (the files differ, the scores must not). */
function scores(db: string): unknown[] {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return handle
      .prepare(
        `SELECT a.code AS agency, c.code AS criterion, s.points, s.self_points AS self,
                s.checked_points AS checked, s.note
         FROM score s JOIN agency a ON a.id = s.agency_id JOIN criterion c ON c.id = s.criterion_id
         ORDER BY a.code, c.code`,
      )
      .all();
  } finally {
    handle.close();
  }
}

/** Imports the CSV into one fresh database and the workbook into another; both must succeed. */
function sameAsCsv(
  csv: { name: string; text: string },
  xlsx: string,
  ...extra: string[]
): { fromCsv: unknown[]; fromXlsx: unknown[]; xlsxRun: RunResult } {
  const files = folder();
  const csvPath = join(files, csv.name);
  writeFileSync(csvPath, csv.text);
  const a = fresh();
  const csvRun = tdkt(a, "import", "2019", csvPath);
  expect(csvRun.stderr).not.toMatch(/lỗi|error/i);
  expect(csvRun.status).toBe(0);
  const b = fresh();
  const xlsxRun = tdkt(b, "import", "2019", xlsx, ...extra);
  expect(xlsxRun.status, xlsxRun.stderr).toBe(0);
  return { fromCsv: scores(a), fromXlsx: scores(b), xlsxRun };
}

const CSV_STP = [
  "criterion,self_points,checked_points,note",
  "TC01,29,28.5,Hoàn thành diễn tập",
  "TC02,9.5,9.5,",
  "TC03,8.5,8,",
].join("\n");

/** A sheet as an office makes it: two title rows, the header, rows, formulas and a total row. */
async function officeWorkbook(path: string, options: { wrongTotal?: boolean } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Điểm");
  sheet.addRow(["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2019"]);
  sheet.mergeCells("A1:D1");
  sheet.addRow(["Đơn vị: Sở Tư pháp"]);
  sheet.addRow([]);
  sheet.addRow(["Mã tiêu chí", "Điểm tự chấm", "Điểm khối chấm", "Ghi chú"]);
  sheet.addRow(["TC01", 29, { formula: "B5-0.5", result: 28.5 }, "Hoàn thành diễn tập"]);
  sheet.addRow(["TC02", 9.5, 9.5, null]);
  sheet.addRow(["TC03", { formula: "4+4.5", result: 8.5 }, 8, null]);
  sheet.addRow([
    "Tổng cộng",
    { formula: "SUM(B5:B7)", result: 47 },
    { formula: "SUM(C5:C7)", result: options.wrongTotal ? 50 : 46 },
    null,
  ]);
  await workbook.xlsx.writeFile(path);
}

describe("Excel workbooks", () => {
  it("title rows, formulas and a total row: the same scores as the CSV", async () => {
    const files = folder();
    const xlsx = join(files, "STP.xlsx");
    await officeWorkbook(xlsx);
    const { fromCsv, fromXlsx, xlsxRun } = sameAsCsv({ name: "STP.csv", text: CSV_STP }, xlsx);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx).toHaveLength(3);
    // The title rows are named, the total row agrees: no warning about it.
    expect(xlsxRun.stderr).toContain("STP.xlsx:Điểm!1");
    expect(xlsxRun.stderr).not.toContain("tổng các hàng");
  });

  it("a total row that disagrees with the rows above is a warning naming its cell", async () => {
    const files = folder();
    const xlsx = join(files, "STP.xlsx");
    await officeWorkbook(xlsx, { wrongTotal: true });
    const run = tdkt(fresh(), "import", "2019", xlsx);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("STP.xlsx:Điểm!C8");
    expect(run.stderr).toMatch(/50.*46/);
  });

  it("a cell merged down the agency column names every row of its block", async () => {
    const files = folder();
    const xlsx = join(files, "khoi.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tổng hợp");
    sheet.addRow(["Đơn vị", "Tiêu chí", "Điểm"]);
    sheet.addRow(["STP", "TC01", 29]);
    sheet.addRow([null, "TC02", 9.5]);
    sheet.addRow(["TTT", "TC01", 28]);
    sheet.addRow([null, "TC02", 9]);
    sheet.mergeCells("A2:A3");
    sheet.mergeCells("A4:A5");
    await workbook.xlsx.writeFile(xlsx);
    const csv = "agency,criterion,points\nSTP,TC01,29\nSTP,TC02,9.5\nTTT,TC01,28\nTTT,TC02,9\n";
    const { fromCsv, fromXlsx } = sameAsCsv({ name: "khoi.csv", text: csv }, xlsx);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx).toHaveLength(4);
  });

  it("hidden rows and columns are not read, and are named", async () => {
    const files = folder();
    const xlsx = join(files, "STP.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Điểm");
    sheet.addRow(["criterion", "points", "nháp"]);
    sheet.addRow(["TC01", 29, "x"]);
    sheet.addRow(["TC02", 1, "x"]);
    sheet.addRow(["TC02", 9.5, "x"]);
    sheet.getRow(3).hidden = true;
    sheet.getColumn(3).hidden = true;
    await workbook.xlsx.writeFile(xlsx);
    const csv = "criterion,points\nTC01,29\nTC02,9.5\n";
    const { fromCsv, fromXlsx, xlsxRun } = sameAsCsv({ name: "STP.csv", text: csv }, xlsx);
    expect(fromXlsx).toEqual(fromCsv);
    expect(xlsxRun.stderr).toMatch(/1 hàng bị ẩn.*hàng 3/);
    expect(xlsxRun.stderr).toMatch(/cột C/);
  });

  it("two sheets named after agencies: each is that agency's sheet", async () => {
    const files = folder();
    const xlsx = join(files, "khoi.xlsx");
    const workbook = new ExcelJS.Workbook();
    for (const [code, first] of [
      ["STP", 29],
      ["TTT", 27],
    ] as const) {
      const sheet = workbook.addWorksheet(code);
      sheet.addRow(["Tiêu chí", "Điểm"]);
      sheet.addRow(["TC01", first]);
      sheet.addRow(["TC02", 9]);
    }
    workbook.addWorksheet("Ghi chú").addRow(["Tiêu chí", "Điểm"]);
    await workbook.xlsx.writeFile(xlsx);
    const csv = "agency,criterion,points\nSTP,TC01,29\nSTP,TC02,9\nTTT,TC01,27\nTTT,TC02,9\n";
    const { fromCsv, fromXlsx, xlsxRun } = sameAsCsv({ name: "all.csv", text: csv }, xlsx);
    expect(fromXlsx).toEqual(fromCsv);
    expect(xlsxRun.stderr).toContain("Ghi chú");
    // One file, two agencies.
    expect(xlsxRun.stdout).toMatch(/Tổng cộng: 1 tệp, 4 dòng, 2 đơn vị/);
    // The same workbook again changes nothing.
    const db = fresh();
    expect(tdkt(db, "import", "2019", xlsx).status).toBe(0);
    const again = tdkt(db, "import", "2019", xlsx);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Không có gì thay đổi/);
  });

  it("--sheet picks one sheet; an unknown sheet is named with the sheets there are", async () => {
    const files = folder();
    const xlsx = join(files, "STP.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hướng dẫn").addRow(["Điền điểm vào trang Điểm"]);
    const sheet = workbook.addWorksheet("Điểm");
    sheet.addRow(["criterion", "points"]);
    sheet.addRow(["TC01", 29]);
    await workbook.xlsx.writeFile(xlsx);
    const db = fresh();
    const run = tdkt(db, "import", "2019", xlsx, "--sheet", "Điểm");
    expect(run.status, run.stderr).toBe(0);
    expect(scores(db)).toEqual([
      { agency: "STP", criterion: "TC01", points: 29, self: null, checked: null, note: null },
    ]);
    const wrong = tdkt(fresh(), "import", "2019", xlsx, "--sheet", "Diem");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("Hướng dẫn, Điểm");
  });

  it("a problem is located FILE:SHEET!CELL and nothing is written", async () => {
    const files = folder();
    const xlsx = join(files, "STP.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Điểm");
    sheet.addRow(["BẢNG ĐIỂM"]);
    sheet.addRow(["criterion", "points"]);
    sheet.addRow(["TC01", 29]);
    sheet.addRow(["TC99", 5]);
    sheet.addRow(["TC02", 50]);
    await workbook.xlsx.writeFile(xlsx);
    const db = fresh();
    const run = tdkt(db, "import", "2019", xlsx);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("STP.xlsx:Điểm!A4");
    expect(run.stderr).toContain("STP.xlsx:Điểm!B5");
    expect(scores(db)).toEqual([]);
  });

  it("an .ods file and an old .xls file get their own messages", () => {
    const files = folder();
    const ods = join(files, "STP.ods");
    writeFileSync(ods, Buffer.from("PK\u0003\u0004 not really"));
    const run = tdkt(fresh(), "import", "2019", ods);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("OpenDocument");
    const xls = join(files, "STP.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const old = tdkt(fresh(), "import", "2019", xls);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain(".xls");
    expect(readFileSync(xls).length).toBe(10);
  });
});

describe("agencies and criteria from workbooks", () => {
  it("a criteria workbook with a title row is the same table as its CSV", async () => {
    const files = folder();
    const xlsx = join(files, "tieu-chi.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tiêu chí");
    sheet.addRow(["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA"]);
    sheet.addRow(["code", "title", "max_points", "kind"]);
    sheet.addRow(["TC01", "Nhiệm vụ chính trị", 30, "base"]);
    sheet.addRow(["TH01", "Điểm thưởng", { formula: "1+2", result: 3 }, "bonus"]);
    await workbook.xlsx.writeFile(xlsx);
    const csv = join(files, "tieu-chi.csv");
    writeFileSync(
      csv,
      "code,title,max_points,kind\nTC01,Nhiệm vụ chính trị,30,base\nTH01,Điểm thưởng,3,bonus\n",
    );
    const a = fresh();
    const b = fresh();
    expect(tdkt(a, "criteria", "import", "2020", csv).status).toBe(0);
    const run = tdkt(b, "criteria", "import", "2020", xlsx);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("tieu-chi.xlsx:Tiêu chí!1");
    const list = (db: string) => tdkt(db, "criteria", "list", "2020", "--json").stdout;
    expect(list(b)).toBe(list(a));
    expect(JSON.parse(list(b))).toBeTruthy();
  });

  it("an agencies workbook's problem is located FILE:SHEET!CELL", async () => {
    const files = folder();
    const xlsx = join(files, "don-vi.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("DS");
    sheet.addRow(["code", "name", "order"]);
    sheet.addRow(["STP", "Sở Tư pháp", 1]);
    sheet.addRow(["S T P", "Sai mã", 2]);
    await workbook.xlsx.writeFile(xlsx);
    const run = tdkt(fresh(), "agencies", "import", "2021", xlsx);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("don-vi.xlsx:DS!A3");
  });
});

describe("CSV files as offices write them, imported", () => {
  function importCsv(name: string, text: string | Buffer, ...args: string[]) {
    const path = join(folder(), name);
    writeFileSync(path, text);
    const db = fresh();
    return { db, path, run: tdkt(db, "import", "2019", path, ...args) };
  }
  const row = (criterion: string, points: number, extra: Record<string, unknown> = {}) => ({
    agency: "STP",
    criterion,
    points,
    self: null,
    checked: null,
    note: null,
    ...extra,
  });

  it("LibreOffice in a Vietnamese locale: `,` delimiter, quoted decimal commas", () => {
    const { db, run } = importCsv("STP.csv", 'criterion,points\nTC01,"28,50"\nTC02,"9,5"\n');
    expect(run.status, run.stderr).toBe(0);
    expect(scores(db)).toEqual([row("TC01", 28.5), row("TC02", 9.5)]);
  });

  it("zero-width characters around and inside codes, headers and numbers are not data", () => {
    const text = "agency\u200b,crite\u200brion,points\n\u2060STP\u200b,TC\u200b01,\u200b29\u2060\n";
    const { db, run } = importCsv("all.csv", text);
    expect(run.status, run.stderr).toBe(0);
    expect(scores(db)).toEqual([row("TC01", 29)]);
  });

  it("an invisible character left in a refused value is shown as <U+XXXX>", () => {
    const { run } = importCsv("all.csv", "agency,criterion,points\nST\u00a0P,TC01,29\n");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ST<U+00A0>P");
  });

  it("CR-only line ends (Excel for Mac) are records", () => {
    const { db, run } = importCsv("STP.csv", "criterion,points\rTC01,29\rTC02,9.5\r");
    expect(run.status, run.stderr).toBe(0);
    expect(scores(db)).toEqual([row("TC01", 29), row("TC02", 9.5)]);
  });

  it("sep= line and title rows: the header found below, the titles named", () => {
    const text = [
      "sep=;",
      "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2019;;",
      "Mã tiêu chí;Nội dung tiêu chí;Điểm chuẩn;Điểm",
      "TC01;Nhiệm vụ chính trị;30;29,5",
      "TC02;Phong trào thi đua;10;9",
      "Tổng cộng;;40;38,5",
    ].join("\r\n");
    const { db, run } = importCsv("STP.csv", text);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("STP.csv:2: đã bỏ qua các dòng tiêu đề");
    expect(run.stderr).not.toMatch(/bỏ qua các cột|ignoring columns/);
    expect(scores(db)).toEqual([row("TC01", 29.5), row("TC02", 9)]);
  });

  it("a total row that disagrees is a warning, not an error", () => {
    const { db, run } = importCsv("STP.csv", "criterion,points\nTC01,29\nTC02,9\nTổng,40\n");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/STP\.csv:4:2: .*40.*38/);
    expect(scores(db)).toHaveLength(2);
  });

  it("1.234 where the decimal mark is the comma is refused, naming both readings", () => {
    const { db, run } = importCsv("STP.csv", "criterion;points\nTC01;1.234\n");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("STP.csv:2:2");
    expect(run.stderr).toContain("1.234");
    expect(run.stderr).toContain("1234");
    expect(scores(db)).toEqual([]);
  });

  it("the same table exported with and without quotes around text is the same import", () => {
    const plain = "criterion,points,note\nTC01,29, Hoàn thành \n";
    const quoted = 'criterion,points,note\n"TC01",29," Hoàn thành "\n';
    const first = importCsv("STP.csv", plain);
    expect(first.run.status).toBe(0);
    const path = join(folder(), "STP.csv");
    writeFileSync(path, quoted);
    const again = tdkt(first.db, "import", "2019", path);
    expect(again.status, again.stderr).toBe(0);
    expect(scores(first.db)).toEqual([row("TC01", 29, { note: "Hoàn thành" })]);
  });

  it("self and checked points, the head's comment and the agency's explanation are kept apart", () => {
    const text = [
      "Tiêu chí,Điểm tự chấm,Điểm thẩm định,Nhận xét,Giải trình",
      "TC01,30,28,Chưa đủ hồ sơ,Đã bổ sung hồ sơ",
      "TC02,9,9,,",
    ].join("\n");
    const { db, run } = importCsv("STP.csv", text);
    expect(run.status, run.stderr).toBe(0);
    const handle = new Database(db, { readonly: true });
    try {
      expect(
        handle
          .prepare(
            "SELECT self_points AS self, checked_points AS checked, points, comment, explanation FROM score ORDER BY criterion_id",
          )
          .all(),
      ).toEqual([
        {
          self: 30,
          checked: 28,
          points: 28,
          comment: "Chưa đủ hồ sơ",
          explanation: "Đã bổ sung hồ sơ",
        },
        { self: 9, checked: 9, points: 9, comment: null, explanation: null },
      ]);
    } finally {
      handle.close();
    }
  });
});

describe("ballots from a workbook", () => {
  it("the seed ballots typed into a sheet are the same ballots as the CSV", async () => {
    const csvPath = join(process.cwd(), "fixtures", "2019-noi-chinh", "ballots.csv");
    const lines = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
    const xlsx = join(folder(), "phieu.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Phiếu");
    sheet.addRow(["KẾT QUẢ KIỂM PHIẾU"]);
    for (const line of lines) {
      sheet.addRow(line.split(",").map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    }
    await workbook.xlsx.writeFile(xlsx);
    const a = fresh();
    const b = fresh();
    expect(tdkt(a, "ballots", "import", "2019", csvPath).status).toBe(0);
    const run = tdkt(b, "ballots", "import", "2019", xlsx);
    expect(run.status, run.stderr).toBe(0);
    const ballots = (db: string) => {
      const handle = new Database(db, { readonly: true });
      try {
        return handle
          .prepare(
            `SELECT b.round, b.race, b.ballot_no, c.position, c.choice
             FROM ballot b JOIN ballot_choice c ON c.ballot_id = b.id
             ORDER BY b.race, b.ballot_no, c.position`,
          )
          .all();
      } finally {
        handle.close();
      }
    };
    expect(ballots(b)).toEqual(ballots(a));
    expect(ballots(b).length).toBeGreaterThan(30);
  });

  it("a ballot problem is located FILE:SHEET!CELL", async () => {
    const xlsx = join(folder(), "phieu.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Phiếu");
    sheet.addRow(["ballot", "race", "choice"]);
    sheet.addRow([1, "flag", "STP"]);
    sheet.addRow([2, "flag", "XYZ"]);
    await workbook.xlsx.writeFile(xlsx);
    const run = tdkt(fresh(), "ballots", "import", "2019", xlsx);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("phieu.xlsx:Phiếu!C3");
  });
});
