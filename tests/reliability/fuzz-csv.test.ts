/**
 * Fuzzing the CSV file reader (src/io/csv.ts) at the level of bytes: random
 * files, and valid files in every accepted encoding mutated at random (bytes
 * flipped, cut, doubled, NUL, quotes, line breaks, BOMs). Whatever the bytes,
 * the reader gives records or a TdktError that names the file (and a line
 * ≥ 1 when it gives one), never another exception; and the chunk size it
 * reads with never changes the outcome.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TdktError } from "../../src/errors.js";
import { mapColumns, openCsv, readNumber } from "../../src/io/csv.js";
import { tempDir } from "./helpers.js";

/** Runs per property; `npm run test:faults` multiplies them (TDKT_FUZZ_SCALE). */
const runs = (count: number) => Math.ceil(count * Number(process.env.TDKT_FUZZ_SCALE ?? 1));

let dir: string;
let cleanup: () => void;
let files = 0;
beforeAll(() => {
  ({ dir, cleanup } = tempDir("tdkt-fuzz-"));
});
afterAll(() => cleanup());

type Outcome =
  | { ok: true; encoding: string; delimiter: string; header: string[]; records: string[][] }
  | { ok: false; message: string; file: string; line: number | undefined; more: number };

/** Reads the whole file; any exception that is not a TdktError escapes (and fails the test). */
async function read(bytes: Uint8Array, chunkBytes?: number): Promise<Outcome> {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, bytes);
  try {
    const file = await openCsv(path, {
      displayName: "tep.csv",
      ...(chunkBytes ? { chunkBytes } : {}),
    });
    const records: string[][] = [];
    for await (const batch of file.batches()) {
      for (const record of batch) {
        expect(record.line).toBeGreaterThan(file.headerLine);
        expect(record.fields).toHaveLength(file.header.length);
        records.push(record.fields);
      }
    }
    return {
      ok: true,
      encoding: file.encoding,
      delimiter: file.delimiter,
      header: file.header,
      records,
    };
  } catch (error) {
    if (!(error instanceof TdktError)) throw error;
    return {
      ok: false,
      message: error.message,
      file: error.location?.file ?? "",
      line: error.location?.line,
      more: error.more.length,
    };
  }
}

function expectLocated(outcome: Outcome): void {
  if (outcome.ok) return;
  expect(outcome.file).toBe("tep.csv");
  if (outcome.line !== undefined) expect(outcome.line).toBeGreaterThanOrEqual(1);
  expect(outcome.message).not.toBe("");
}

/* ------------------------------------------------------------ inputs */

const SAMPLE = [
  "agency,criterion,points,note",
  'STP,TC01,30,"Hoàn thành 100% chỉ tiêu, vượt 3"',
  "Tòa án nhân dân tỉnh,TC02,9.5,",
  'Cục Thi hành án dân sự tỉnh,TC03,10,"ghi chú ""trích dẫn""\nhai dòng"',
  "BĐBP,TC04,0,Bộ đội Biên phòng",
].join("\r\n");

/**
 * Text as Windows-1258 holds it: the vowel marks (circumflex, breve, horn) in
 * precomposed letters, the tone marks as combining characters.
 */
function windows1258Form(text: string): string {
  return text
    .normalize("NFD")
    .replace(/(\p{L})([\u0300-\u036f]+)/gu, (_, base: string, marks: string) => {
      const vowel = [...marks].filter((mark) => /[\u0302\u0306\u031b]/.test(mark)).join("");
      const tones = [...marks].filter((mark) => !/[\u0302\u0306\u031b]/.test(mark)).join("");
      return (base + vowel).normalize("NFC") + tones;
    });
}

const ENCODINGS: Array<(text: string) => Buffer> = [
  (text) => Buffer.from(text, "utf8"),
  (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
  (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
  (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
  (text) => iconv.encode(windows1258Form(text), "windows-1258"),
  (text) => Buffer.from(text.replaceAll(",", ";"), "utf8"),
  (text) => Buffer.from(text.replaceAll(",", "\t"), "utf8"),
];

type Mutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "truncate"; at: number };

const SPECIAL = [
  0x00, 0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0x80,
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.nat(255)), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(20) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = bytes;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === "flip" && out.length > 0) {
      out = Buffer.from(out);
      out[at % out.length] = m.byte;
    } else if (m.kind === "insert") {
      out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes), out.subarray(at)]);
    } else if (m.kind === "delete") {
      out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
    } else if (m.kind === "duplicate") {
      out = Buffer.concat([out.subarray(0, at + m.length), out.subarray(at)]);
    } else if (m.kind === "truncate") {
      out = out.subarray(0, at);
    }
  }
  return out;
}

const mutatedSample = fc
  .tuple(fc.nat(ENCODINGS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([encoding, mutations]) =>
    mutate((ENCODINGS[encoding] ?? ENCODINGS[0])?.(SAMPLE) as Buffer, mutations),
  );

/* ------------------------------------------------------------- tests */

describe("the CSV reader under random bytes", () => {
  it("random bytes: records or a located TdktError, the same whatever the chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.integer({ min: 1, max: 64 }),
        async (bytes, chunk) => {
          const whole = await read(bytes);
          expectLocated(whole);
          expect(await read(bytes, chunk)).toEqual(whole);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it("valid files in every encoding, mutated: records or a located TdktError, chunk size irrelevant", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample, fc.integer({ min: 1, max: 32 }), async (bytes, chunk) => {
        const whole = await read(bytes);
        expectLocated(whole);
        expect(await read(bytes, chunk)).toEqual(whole);
      }),
      { numRuns: runs(200) },
    );
  });

  it("files past the 64 KiB that choose the encoding, mutated anywhere: the same guarantees", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `A${i},TC0${i % 9},${i % 10},Tòa án ${i}`);
    const long = `${SAMPLE}\r\n${rows.join("\r\n")}\r\n`;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(ENCODINGS.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2048, max: 16384 }),
        async (encoding, mutations, chunk) => {
          const bytes = mutate((ENCODINGS[encoding] ?? ENCODINGS[0])?.(long) as Buffer, mutations);
          const whole = await read(bytes);
          expectLocated(whole);
          expect(await read(bytes, chunk)).toEqual(whole);
        },
      ),
      { numRuns: runs(15) },
    );
  });

  it("every accepted encoding of the sample reads back the same records", async () => {
    const expected = await read(ENCODINGS[0]?.(SAMPLE) as Buffer);
    expect(expected.ok).toBe(true);
    for (const [i, encode] of ENCODINGS.entries()) {
      if (i >= 5) continue; // other delimiters: other cells
      const outcome = await read(encode(SAMPLE), 7);
      expect(outcome.ok, `encoding ${i}`).toBe(true);
      if (outcome.ok && expected.ok)
        expect(outcome.records, `encoding ${i}`).toEqual(expected.records);
    }
  });

  it("a header matched against columns: a located error or a mapping, never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample, async (bytes) => {
        const path = join(dir, `m${++files}.csv`);
        writeFileSync(path, bytes);
        let file: Awaited<ReturnType<typeof openCsv>> | undefined;
        try {
          file = await openCsv(path, { displayName: "tep.csv" });
          mapColumns(file, {
            agency: { aliases: ["đơn vị"], required: true },
            criterion: { aliases: ["tiêu chí"], required: true },
            points: { aliases: ["điểm"], required: true },
          });
        } catch (error) {
          if (!(error instanceof TdktError)) throw error;
          expect(error.location?.file).toBe("tep.csv");
          for (const more of error.more) expect(more.location?.file).toBe("tep.csv");
        } finally {
          await file?.close();
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("readNumber: never throws; a value is a finite non-negative number", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.stringMatching(/^[\s\d.,+\-eE]{0,12}$/),
          fc.double().map(String),
        ),
        fc.constantFrom(",", ";", "\t"),
        (text, delimiter) => {
          const result = readNumber(text, delimiter as "," | ";" | "\t");
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
