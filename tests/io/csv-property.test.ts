/**
 * Differential property test: the hand-written splitter against csv-parse (the
 * reference) and against the table the text was generated from, on random
 * tables of awkward fields (quotes, delimiters, line breaks, blanks,
 * Vietnamese text in NFC and NFD), random formatting and random chunk cuts.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvDelimiter, CsvParser, type CsvRecord, toNfc } from "../../src/io/csv-parser.js";

const PIECES = [
  "a",
  "B",
  "7",
  ".",
  "-",
  " ",
  "  ",
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  "đ",
  "Đ",
  "ơ",
  "ư",
  "ệ",
  "e\u0302\u0323", // ệ decomposed
  "Tòa án",
  "To\u0300a a\u0301n", // decomposed
  "\u00a0",
  "𝔘",
];

const BLANK = /^[ \t\u00a0]|[ \t\u00a0]$/;

interface Cell {
  value: string;
  /** Quote even when not needed. */
  quote: boolean;
  /** Blanks written outside the field (trimmed away on reading). */
  before: string;
  after: string;
}

const cell = (nonEmpty: boolean) =>
  fc.record({
    value: fc
      .array(fc.constantFrom(...PIECES), { minLength: nonEmpty ? 1 : 0, maxLength: 6 })
      .map((pieces) => pieces.join("")),
    quote: fc.boolean(),
    before: fc.constantFrom("", "", "", " ", "  ", "\t"),
    after: fc.constantFrom("", "", "", " ", "\t "),
  });

const table = fc
  .record({
    delimiter: fc.constantFrom<CsvDelimiter>(",", ";", "\t"),
    columns: fc.integer({ min: 1, max: 4 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    emptyLines: fc.array(fc.nat(20), { maxLength: 3 }),
    cuts: fc.array(fc.nat(400), { maxLength: 8 }),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      header: fc.array(cell(true), { minLength: shape.columns, maxLength: shape.columns }),
      rows: fc.array(
        fc.array(cell(false), { minLength: shape.columns, maxLength: shape.columns }),
        {
          maxLength: 12,
        },
      ),
    }),
  );

function needsQuotes(value: string, delimiter: CsvDelimiter): boolean {
  return (
    value.includes(delimiter) ||
    value.startsWith('"') ||
    /[\r\n]/.test(value) ||
    BLANK.test(value) ||
    // csv-parse (the reference) reads a quote after leading blanks as an opening quote too.
    /^[ \t\u00a0]*"/.test(value)
  );
}

function write(c: Cell, delimiter: CsvDelimiter): string {
  const blanks = (s: string) => (delimiter === "\t" ? s.replace(/\t/g, " ") : s);
  const quoted = c.quote || needsQuotes(c.value, delimiter);
  const body = quoted ? `"${c.value.replace(/"/g, '""')}"` : c.value;
  return blanks(c.before) + body + blanks(c.after);
}

/**
 * What a reader makes of a value: a lone CR is a line end, quoted or not, and
 * blanks at the edges are trimmed whether the field was quoted or not (a tab
 * only when it is not the delimiter).
 */
function model(value: string, delimiter: CsvDelimiter): string {
  const blank = delimiter === "\t" ? "[ \u00a0]" : "[ \t\u00a0]";
  return value
    .replace(/\r(?!\n)/g, "\n")
    .replace(new RegExp(`^${blank}+|${blank}+$`, "g"), "")
    .normalize("NFC");
}

/** What a reader must return for the row: NFC values. */
const expectedRow = (row: Cell[], delimiter: CsvDelimiter) =>
  row.map((c) => model(c.value, delimiter));
const isEmptyRow = (fields: string[]) => fields.every((f) => f === "");

function serialise(t: TableCase): {
  text: string;
  lines: number[];
} {
  const { shape, header, rows } = t;
  const eol = shape.crlf ? "\r\n" : "\n";
  let text = "";
  let line = 1;
  const lines: number[] = [];
  const all = [header, ...rows];
  all.forEach((row, i) => {
    if (shape.emptyLines.includes(i)) {
      text += eol;
      line++;
    }
    lines.push(line);
    text += row.map((c) => write(c, shape.delimiter)).join(shape.delimiter);
    line += row.reduce((sum, c) => sum + (c.value.match(/\r\n|\r|\n/g) ?? []).length, 0) + 1;
    if (i < all.length - 1 || shape.finalNewline) text += eol;
  });
  return { text, lines };
}

type TableCase = {
  shape: {
    delimiter: CsvDelimiter;
    columns: number;
    crlf: boolean;
    finalNewline: boolean;
    emptyLines: number[];
    cuts: number[];
  };
  header: Cell[];
  rows: Cell[][];
};

function ours(text: string, delimiter: CsvDelimiter | undefined, cuts: number[]) {
  const parser = new CsvParser({ file: "t.csv", delimiter, maxRecordLength: 1 << 20 });
  const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  const records: CsvRecord[] = [];
  let from = 0;
  for (const point of points) {
    records.push(...parser.push(text.slice(from, point), false));
    from = point;
  }
  records.push(...parser.push(text.slice(from), true));
  return { header: parser.header, records, delimiter: parser.delimiter };
}

function attempt<T>(action: () => T): { value?: T; error?: unknown; message?: string } {
  try {
    return { value: action() };
  } catch (error) {
    return { error, message: (error as Error).message };
  }
}

function reference(text: string, delimiter: CsvDelimiter, columns: number): string[][] {
  const rows = parse(text, {
    delimiter,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  return rows
    .map((row) => row.map((f) => model(f, delimiter)))
    .filter((row) => !isEmptyRow(row))
    .map((row, i) => (i === 0 ? row : [...row, ...Array(columns).fill("")].slice(0, columns)));
}

describe("the splitter agrees with csv-parse and with the generated table", () => {
  it("on random tables, formatting and chunk cuts", () => {
    fc.assert(
      fc.property(table, (t) => {
        const { text, lines } = serialise(t);
        const { delimiter, columns, cuts } = t.shape;
        const expectedRows = [t.header, ...t.rows].map((row) => expectedRow(row, delimiter));
        // A header of blanks only is no header once trimmed.
        fc.pre(!isEmptyRow(expectedRows[0] as string[]));
        const keep = expectedRows.map((row, i) => i === 0 || !isEmptyRow(row));
        const expected = expectedRows.filter((_, i) => keep[i]);
        const expectedLines = lines.filter((_, i) => keep[i]);

        const got = ours(text, delimiter, cuts);
        expect(got.header?.fields).toEqual(expected[0]);
        expect(got.header?.line).toBe(expectedLines[0]);
        expect(got.records.map((r) => r.fields)).toEqual(expected.slice(1));
        expect(got.records.map((r) => r.line)).toEqual(expectedLines.slice(1));
        expect(got.records.every((r) => r.fields.length === columns)).toBe(true);

        // A single LF/CRLF style per text: csv-parse settles on the first line end it meets.
        expect(reference(text, delimiter, columns)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it("detects the delimiter when header cells hold no candidate", () => {
    fc.assert(
      fc.property(
        table.filter(
          // Tabs as padding would be counted as delimiters: a header padded with tabs is ambiguous.
          // The header is the first line with two cells that are not blank (title rows above it
          // are skipped), so a header of blank cells has no delimiter to detect.
          (t) =>
            t.shape.columns > 1 &&
            t.header.every((c) => !/[,;\t]/.test(c.value + c.before + c.after)) &&
            t.header.filter((c) => c.value.trim() !== "").length >= 2,
        ),
        (t) => {
          const { text } = serialise(t);
          const got = ours(text, undefined, t.shape.cuts);
          expect(got.delimiter).toBe(t.shape.delimiter);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any text: either records or a located TdktError, never another exception", () => {
    const alphabet = fc.constantFrom('"', ",", ";", "\t", "\n", "\r", " ", "a", "ệ", "\u00a0");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")),
        fc.array(fc.nat(60), { maxLength: 4 }),
        (text, cuts) => {
          const whole = attempt(() => ours(text, undefined, []));
          const cut = attempt(() => ours(text, undefined, cuts));
          // The same records, or the same error, whatever the chunking.
          expect(cut).toEqual(whole);
          if (whole.error !== undefined) {
            const error = whole.error as {
              name?: string;
              location?: { file: string; line?: number };
            };
            expect(error.name).toBe("TdktError");
            expect(error.location?.file).toBe("t.csv");
            expect(error.location?.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("toNfc skips only text that is NFC already", () => {
  it("every pair of characters from the skipped ranges is NFC (so any such text is)", () => {
    const chars: string[] = [];
    for (const [from, to] of [
      [0x0000, 0x02ff],
      [0x1e00, 0x1eff],
      [0x2010, 0x2027],
    ] as const) {
      for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
    }
    const bad: string[] = [];
    for (const x of chars) {
      for (const y of chars) {
        const pair = x + y;
        if (pair.normalize("NFC") !== pair) bad.push(pair);
      }
    }
    expect(bad).toEqual([]);
  });

  it("equals String.prototype.normalize on random text", () => {
    const piece = fc.constantFrom(
      ..."aAđĐơưệỹ–…".split(""),
      "\u0300",
      "\u0301",
      "\u0302",
      "\u0323",
      "\u0306",
      "\u031b",
      "\u2126",
      "\u212b",
      "\u00c5",
      "\u1100\u1161",
      "𝔘",
      "\u0958",
      "\u0344",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(toNfc(text)).toBe(text.normalize("NFC"));
      }),
      { numRuns: 2000 },
    );
  });
});
