/**
 * CSV files as offices' spreadsheets write them (issue "Score sheets as
 * offices send them"): each case read as a person means it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CsvRecord, openCsv, visibleText } from "../../src/io/csv.js";
import { problemText } from "../../src/io/problem-text.js";

const dir = mkdtempSync(join(tmpdir(), "tdkt-office-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

async function read(text: string, chunkBytes?: number) {
  const path = join(dir, `f${++counter}.csv`);
  writeFileSync(path, text);
  const file = await openCsv(path, { displayName: "f.csv", ...(chunkBytes ? { chunkBytes } : {}) });
  const records: CsvRecord[] = [];
  for await (const batch of file.batches()) records.push(...batch);
  return { file, records };
}

describe("CSV as offices write it", () => {
  it.each([undefined, 1, 3])(
    "a lone CR ends a record (Excel for Mac), chunks of %s",
    async (chunk) => {
      const { file, records } = await read("criterion,points\rTC01,29\rTC02,9.5\r", chunk);
      expect(file.header).toEqual(["criterion", "points"]);
      expect(records).toEqual([
        { line: 2, fields: ["TC01", "29"] },
        { line: 3, fields: ["TC02", "9.5"] },
      ]);
    },
  );

  it("a sep= first line sets the delimiter, and the header is the next line", async () => {
    const { file, records } = await read("sep=;\r\ncriterion;points;note\r\nTC01;29,5;a, b\r\n");
    expect(file.delimiter).toBe(";");
    expect(file.headerLine).toBe(2);
    expect(records).toEqual([{ line: 3, fields: ["TC01", "29,5", "a, b"] }]);
  });

  it("title rows above the header are skipped with a note naming them", async () => {
    const text = [
      "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024;;;",
      '"Đơn vị: Sở Tư pháp";;;',
      "",
      "Mã tiêu chí;Điểm tự chấm;Điểm khối chấm;Ghi chú",
      "TC01;29;28,5;",
    ].join("\r\n");
    const { file, records } = await read(text);
    expect(file.delimiter).toBe(";");
    expect(file.headerLine).toBe(4);
    expect(records).toEqual([{ line: 5, fields: ["TC01", "29", "28,5", ""] }]);
    expect(file.notes).toHaveLength(1);
    const note = file.notes[0];
    expect(note?.location).toEqual({ file: "f.csv", line: 1 });
    expect(problemText(note as NonNullable<typeof note>)).toContain("dòng 1, 2");
    expect(problemText(note as NonNullable<typeof note>)).toContain(
      "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    );
  });

  it("a file with no title rows has no note", async () => {
    const { file } = await read("criterion,points\nTC01,29\n");
    expect(file.notes).toEqual([]);
  });

  it("format characters (Cf) at field edges are removed, quoted or not, header too", async () => {
    const text =
      '\u200bcriterion\u2060,points\u200b\nTC01\u200b,"\u200b29\u2060"\n\ufeffTC02, " 9.5 " \n';
    const { file, records } = await read(text);
    expect(file.header).toEqual(["criterion", "points"]);
    expect(records).toEqual([
      { line: 2, fields: ["TC01", "29"] },
      { line: 3, fields: ["TC02", "9.5"] },
    ]);
  });

  it("an invisible character left in a message is shown as <U+XXXX>", () => {
    expect(visibleText("S\u200bYT")).toBe("S<U+200B>YT");
    expect(visibleText("a\u00a0b\u2060")).toBe("a<U+00A0>b<U+2060>");
    expect(visibleText("Sở Tư pháp")).toBe("Sở Tư pháp");
  });
});
