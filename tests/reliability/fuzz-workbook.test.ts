/**
 * Fuzzing the workbook reader (src/io/workbook.ts) at the level of bytes: a
 * real workbook cut, with bytes flipped, or with its parts' declared sizes
 * changed. Whatever the bytes, the reader gives sheets or a TdktError naming
 * the file, never another exception, and quickly (the zip is checked before
 * anything is unpacked).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TdktError } from "../../src/errors.js";
import { readWorkbook } from "../../src/io/workbook.js";
import { tempDir } from "./helpers.js";

const runs = (count: number) => Math.ceil(count * Number(process.env.TDKT_FUZZ_SCALE ?? 1));

let dir: string;
let cleanup: () => void;
let files = 0;
let workbook: Buffer;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("tdkt-fuzz-xlsx-"));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Điểm");
  sheet.addRow(["BẢNG ĐIỂM"]);
  sheet.addRow(["agency", "criterion", "points", "note"]);
  for (let k = 1; k <= 40; k++) {
    sheet.addRow(["STP", `TC${k}`, { formula: `${k}/2`, result: k / 2 }, `ghi chú ${k}`]);
  }
  sheet.mergeCells("A3:A10");
  sheet.getRow(12).hidden = true;
  workbook = Buffer.from(await book.xlsx.writeBuffer());
});
afterAll(() => cleanup());

type Outcome = { ok: true; rows: number } | { ok: false; message: string; file: string };

async function read(bytes: Uint8Array): Promise<Outcome> {
  const path = join(dir, `f${++files}.xlsx`);
  writeFileSync(path, bytes);
  try {
    const sheets = await readWorkbook(path, { displayName: "tep.xlsx" });
    return { ok: true, rows: sheets.reduce((sum, sheet) => sum + sheet.records.length, 0) };
  } catch (error) {
    if (!(error instanceof TdktError)) throw error;
    return { ok: false, message: error.message, file: error.location?.file ?? "" };
  }
}

describe("workbook reader fuzzing", () => {
  it("the unmutated workbook reads", async () => {
    expect(await read(workbook)).toEqual({ ok: true, rows: 39 });
  });

  it("cut anywhere: sheets or a TdktError naming the file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: workbook.length - 1 }), async (length) => {
        const outcome = await read(workbook.subarray(0, length));
        if (!outcome.ok) expect(outcome.file).toBe("tep.xlsx");
      }),
      { numRuns: runs(40) },
    );
  });

  it("bytes flipped anywhere: sheets or a TdktError naming the file, quickly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: workbook.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const bytes = Buffer.from(workbook);
          for (const [at, mask] of flips) bytes[at] = (bytes[at] as number) ^ mask;
          const started = performance.now();
          const outcome = await read(bytes);
          expect(performance.now() - started).toBeLessThan(5000);
          if (!outcome.ok) expect(outcome.file).toBe("tep.xlsx");
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it("declared sizes changed in the central directory: refused or read, never unpacked past them", async () => {
    // Central directory entries: signature 0x02014b50, uncompressed size at +24.
    const offsets: number[] = [];
    for (let k = workbook.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); k !== -1; ) {
      offsets.push(k);
      k = workbook.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), k + 4);
    }
    expect(offsets.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...offsets),
        fc.constantFrom(0, 1, 100, 0x7fffffff, 0xffffffff),
        async (at, size) => {
          const bytes = Buffer.from(workbook);
          bytes.writeUInt32LE(size, at + 24);
          const outcome = await read(bytes);
          if (!outcome.ok) expect(outcome.file).toBe("tep.xlsx");
        },
      ),
      { numRuns: runs(30) },
    );
  });
});
