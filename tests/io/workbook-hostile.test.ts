/**
 * The workbook reader against hostile and broken files: each ends in a clear
 * error naming the file, with bounded memory (nothing is unpacked past what
 * an entry declares, and what entries declare is capped).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { TdktError } from "../../src/errors.js";
import { readWorkbook } from "../../src/io/workbook.js";
import { checkWorkbookZip, UNPACKED_LIMIT } from "../../src/io/zip-guard.js";

const dir = mkdtempSync(join(tmpdir(), "tdkt-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ZipEntry {
  name: string;
  data: Buffer;
  /** The size written in the headers (default: the true one). */
  declared?: number;
}

/** A minimal zip writer (deflate, no CRC check needed by the guard): enough to forge files. */
function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const packed = deflateRawSync(entry.data);
    const size = entry.declared ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(path: string): Promise<TdktError> {
  const error = await readWorkbook(path, { displayName: "x.xlsx" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TdktError);
  const tdkt = error as TdktError;
  expect(tdkt.exitCode).toBe(1);
  expect(tdkt.location?.file).toBe("x.xlsx");
  expect(tdkt.hint).toBeTruthy();
  return tdkt;
}

async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Điểm");
  sheet.addRow(["criterion", "points"]);
  for (let k = 1; k <= 50; k++) sheet.addRow([`TC${k}`, k / 2]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("hostile workbooks", () => {
  it("reads a real workbook (the control)", async () => {
    const path = file("ok.xlsx", await realWorkbook());
    const [sheet] = await readWorkbook(path, { displayName: "ok.xlsx" });
    expect(sheet?.header.slice(0, 2)).toEqual(["criterion", "points"]);
    expect(sheet?.records).toHaveLength(50);
    expect(sheet?.records[2]?.fields.slice(0, 2)).toEqual(["TC3", "1.5"]);
  });

  it("numbers as Excel shows them; merged across is empty, merged down is the value above", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.addRow(["agency", "criterion", "points"]);
    sheet.addRow(["STP", "TC01", { formula: "0.1*3+28.2", result: 0.1 * 3 + 28.2 }]);
    sheet.addRow([null, "TC02", 1e-7]);
    sheet.addRow(["Ghi chú", null, null]);
    sheet.mergeCells("A2:A3");
    sheet.mergeCells("A4:C4");
    const path = file("numbers.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    const [read] = await readWorkbook(path, { displayName: "n.xlsx" });
    expect(read?.records.map((r) => r.fields)).toEqual([
      ["STP", "TC01", "28.5"],
      ["STP", "TC02", "1e-7"],
      ["Ghi chú", "", ""],
    ]);
  });

  it.each([0.2, 0.5, 0.9, 0.99])("a workbook cut at %s of its length", async (part) => {
    const bytes = await realWorkbook();
    const path = file(`cut-${part}.xlsx`, bytes.subarray(0, Math.floor(bytes.length * part)));
    expect((await refusal(path)).message).toMatch(/cắt cụt|hỏng|damaged/);
  });

  it("a zip bomb that lies about its size stops at the declared size", async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bytes = zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: zeros, declared: 1000 },
    ]);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().rss;
    const error = await refusal(file("bomb.xlsx", bytes));
    expect(error.message).toContain("xl/worksheets/sheet1.xml");
    // Nothing near the 64 MB it would unpack to was allocated for it.
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("an honest zip bomb is refused by its declared size, before anything is unpacked", () => {
    const bytes = zip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(UNPACKED_LIMIT + 1) },
    ]);
    const check = checkWorkbookZip(bytes);
    expect(check).toEqual({
      ok: false,
      problem: { kind: "tooLarge", unpacked: UNPACKED_LIMIT + 1 + 11, limit: UNPACKED_LIMIT },
    });
  });

  it("XML declaring entities (billion laughs) is refused", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>`;
    const bytes = zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/sharedStrings.xml", data: Buffer.from(laughs) },
    ]);
    const error = await refusal(file("laughs.xlsx", bytes));
    expect(error.message).toContain("xl/sharedStrings.xml");
  });

  it("a sheet of 1,000,000 cells: a clear error, quickly", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++) {
      const cells = Array.from(
        { length: 10 },
        (_, c) => `<c r="${"ABCDEFGHIJ"[c]}${r}"><v>${c}</v></c>`,
      );
      rows.push(`<row r="${r}">${cells.join("")}</row>`);
    }
    const xml = `<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`;
    const bytes = zip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) },
    ]);
    const started = performance.now();
    const error = await refusal(file("large.xlsx", bytes));
    expect(error.message).toMatch(/MB/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("an OpenDocument spreadsheet renamed .xlsx is told apart", async () => {
    const bytes = zip([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ]);
    expect((await refusal(file("ods.xlsx", bytes))).message).toContain("OpenDocument");
  });

  it("a zip that is not a workbook", async () => {
    const bytes = zip([{ name: "readme.txt", data: Buffer.from("hello") }]);
    expect((await refusal(file("other.xlsx", bytes))).message).toMatch(/không phải|not an Excel/);
  });
});
