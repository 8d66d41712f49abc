import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatLocation, TdktError } from "../../src/errors.js";
import { setLang } from "../../src/i18n/index.js";
import {
  type CsvDelimiter,
  type CsvFile,
  type CsvRecord,
  hashFile,
  mapColumns,
  type OpenCsvOptions,
  openCsv,
  parseNumber,
  readNumber,
} from "../../src/io/csv.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/csv/", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tdkt-csv-"));
  setLang("en");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  setLang("vi");
});

function temp(bytes: Buffer | string, name = `f${++counter}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(path: string, options: OpenCsvOptions = {}) {
  const file = await openCsv(path, options);
  const records: CsvRecord[] = [];
  let batches = 0;
  for await (const batch of file.batches()) {
    batches++;
    records.push(...batch);
  }
  return { file, records, batches };
}

/** The TdktError that `action` rejects with (fails the test when it resolves or throws anything else). */
async function failure(action: () => Promise<unknown>): Promise<TdktError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(TdktError);
    const e = error as TdktError;
    expect(e.exitCode).toBe(1);
    expect(e.hint).toBeTruthy();
    return e;
  }
  throw new Error("expected a TdktError, got success");
}

const readFails = (path: string, options: OpenCsvOptions = {}) =>
  failure(() => readAll(path, options));

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
}

/** Windows-1258 writes tone marks as combining characters after the (possibly precomposed) letter. */
function windows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const d = ch.normalize("NFD");
    out += d.replace(tones, "").normalize("NFC") + (d.match(tones) ?? []).join("");
  }
  return iconv.encode(out, "windows1258");
}

const SAMPLE =
  "mã đơn vị,tên đơn vị,điểm\nTAND,Tòa án nhân dân tỉnh,9.5\nVKSND,Viện kiểm sát nhân dân tỉnh,8\n";
const SAMPLE_HEADER = ["mã đơn vị", "tên đơn vị", "điểm"];
const SAMPLE_FIELDS = [
  ["TAND", "Tòa án nhân dân tỉnh", "9.5"],
  ["VKSND", "Viện kiểm sát nhân dân tỉnh", "8"],
];

const ENCODINGS: {
  name: string;
  bytes: (text: string) => Buffer;
  encoding: CsvFile["encoding"];
  bom: boolean;
}[] = [
  { name: "UTF-8", bytes: (s) => Buffer.from(s), encoding: "utf-8", bom: false },
  {
    name: "UTF-8 with BOM",
    bytes: (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]),
    encoding: "utf-8",
    bom: true,
  },
  {
    name: "UTF-16 LE with BOM",
    bytes: (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]),
    encoding: "utf-16le",
    bom: true,
  },
  {
    name: "UTF-16 BE with BOM",
    bytes: (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]),
    encoding: "utf-16be",
    bom: true,
  },
  { name: "Windows-1258", bytes: windows1258, encoding: "windows-1258", bom: false },
];

describe("encodings", () => {
  it.each(ENCODINGS)("reads $name as NFC text", async ({ bytes, encoding, bom }) => {
    const { file, records } = await readAll(temp(bytes(SAMPLE)));
    expect(file.encoding).toBe(encoding);
    expect(file.bom).toBe(bom);
    expect(file.header).toEqual(SAMPLE_HEADER);
    expect(file.headerLine).toBe(1);
    expect(records.map((r) => r.fields)).toEqual(SAMPLE_FIELDS);
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    for (const record of records) {
      for (const field of record.fields) expect(field).toBe(field.normalize("NFC"));
    }
  });

  it("the Windows-1258 sample really holds combining tone marks", () => {
    const decoded = iconv.decode(windows1258(SAMPLE), "windows1258");
    expect(decoded).toMatch(/\u0300/);
    expect(decoded).not.toBe(SAMPLE);
    expect(decoded.normalize("NFC")).toBe(SAMPLE);
  });

  // Every chunk size cuts somewhere: inside a UTF-8 sequence, a UTF-16 code unit or surrogate
  // pair, a CRLF, a quoted field, a combining mark's letter.
  const tricky =
    'mã,tên,ghi chú\r\nSTP,"Sở Tư pháp, tỉnh",""""\r\nTGSC,"Trại giam\r\nSông Cái",𝔘 ệ\r\n\r\nCAT,Công an tỉnh,x';
  const expected = [
    { line: 2, fields: ["STP", "Sở Tư pháp, tỉnh", '"'] },
    { line: 3, fields: ["TGSC", "Trại giam\r\nSông Cái", "𝔘 ệ"] },
    { line: 6, fields: ["CAT", "Công an tỉnh", "x"] },
  ];
  for (const { name, bytes } of ENCODINGS) {
    if (name === "Windows-1258") continue; // no 𝔘 in that code page
    it.each([1, 2, 3, 5, 7, 64])(`${name}: the same records with %i-byte chunks`, async (size) => {
      const { records, file } = await readAll(temp(bytes(tricky)), { chunkBytes: size });
      expect(file.header).toEqual(["mã", "tên", "ghi chú"]);
      expect(records).toEqual(expected);
    });
  }

  it.each([1, 3, 64])("Windows-1258 with %i-byte chunks composes every mark", async (size) => {
    const { records } = await readAll(temp(windows1258(SAMPLE)), { chunkBytes: size });
    expect(records.map((r) => r.fields)).toEqual(SAMPLE_FIELDS);
  });

  it("chooses UTF-8 when a multibyte character is cut at the end of the first 64 KiB", async () => {
    const filler = `a,b\n${"x,y\n".repeat(16382)}zz,`;
    expect(Buffer.byteLength(filler)).toBe(65_535); // "ệ" (3 bytes) straddles byte 65,536
    const path = temp(Buffer.from(`${filler}ệ\n`));
    for (const chunkBytes of [65_536, 65_537, 1 << 20]) {
      const { file, records } = await readAll(path, { chunkBytes });
      expect(file.encoding).toBe("utf-8");
      expect(records.at(-1)?.fields).toEqual(["zz", "ệ"]);
    }
  });

  it("falls back to Windows-1258 when the start is not UTF-8", async () => {
    const { file } = await readAll(temp(windows1258("code,name\nSTP,Sở Tư pháp\n")));
    expect(file.encoding).toBe("windows-1258");
  });

  it("decomposed (NFD) UTF-8 comes out NFC", async () => {
    const { file, records } = await readAll(temp(SAMPLE.normalize("NFD")));
    expect(file.header).toEqual(SAMPLE_HEADER);
    expect(records.map((r) => r.fields)).toEqual(SAMPLE_FIELDS);
  });
});

describe("delimiters, line ends, quoting", () => {
  it.each<[CsvDelimiter, string]>([
    [",", "a,b,c\n1,2,3\n"],
    [";", "a;b;c\n1;2;3\n"],
    ["\t", "a\tb\tc\n1\t2\t3\n"],
  ])("detects %j from the header", async (delimiter, text) => {
    const { file, records } = await readAll(temp(text));
    expect(file.delimiter).toBe(delimiter);
    expect(file.header).toEqual(["a", "b", "c"]);
    expect(records[0]?.fields).toEqual(["1", "2", "3"]);
  });

  it.each<[string, CsvDelimiter]>([
    ['"a,b";c;d\n', ";"], // a comma inside quotes does not count
    ["a;b,c;d\n", ";"], // the most frequent wins
    ["a\tb,c\td\n", "\t"],
    ["only\n", ","], // one column: the default
    ["a,b;c\n", ";"], // a tie goes to ;, as Excel writes in a Vietnamese locale
  ])("header %j: delimiter %j", async (text, delimiter) => {
    const { file } = await readAll(temp(text));
    expect(file.delimiter).toBe(delimiter);
  });

  it("a header wider than the first chunk is still detected", async () => {
    const header = Array.from({ length: 40 }, (_, i) => `column ${i}`).join(";");
    const { file } = await readAll(temp(`${header}\n1;2\n`), { chunkBytes: 8 });
    expect(file.delimiter).toBe(";");
    expect(file.header).toHaveLength(40);
  });

  it("LF, CRLF and both mixed", async () => {
    const { records } = await readAll(temp("a,b\r\n1,2\n3,4\r\n5,6"));
    expect(records).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", "4"] },
      { line: 4, fields: ["5", "6"] },
    ]);
  });

  it("RFC 4180 quoting, with line numbers after a multi-line field", async () => {
    const text = [
      "code,title,note",
      'TC1,"Nhiệm vụ, chỉ tiêu","Phong trào ""Dân vận khéo"""',
      'TC2,"hai',
      'dòng",',
      'TC3,"",x',
      'TC4,  "  giữ khoảng trắng  "  ,  cắt khoảng trắng  ',
      'TC5,a "quote" inside,"a;b\tc"',
      "",
    ].join("\n");
    const { records } = await readAll(temp(text));
    expect(records).toEqual([
      { line: 2, fields: ["TC1", "Nhiệm vụ, chỉ tiêu", 'Phong trào "Dân vận khéo"'] },
      { line: 3, fields: ["TC2", "hai\ndòng", ""] },
      { line: 5, fields: ["TC3", "", "x"] },
      // Quoted and unquoted fields are trimmed alike (issue: two exports of one workbook).
      { line: 6, fields: ["TC4", "giữ khoảng trắng", "cắt khoảng trắng"] },
      { line: 7, fields: ["TC5", 'a "quote" inside', "a;b\tc"] },
    ]);
  });

  it("skips empty lines, blank lines and empty rows, keeping line numbers", async () => {
    const text = "\n\r\n  \na;b;c\n\n1;2;3\n;;\n   ;  ; \n\r\n4;5;6\n\n";
    const { file, records } = await readAll(temp(text));
    expect(file.headerLine).toBe(4);
    expect(records).toEqual([
      { line: 6, fields: ["1", "2", "3"] },
      { line: 10, fields: ["4", "5", "6"] },
    ]);
  });

  it("pads short records and drops empty trailing fields", async () => {
    const { records } = await readAll(temp("a,b,c\n1\n1,2,3,,\n1,2,,\n"));
    expect(records.map((r) => r.fields)).toEqual([
      ["1", "", ""],
      ["1", "2", "3"],
      ["1", "2", ""],
    ]);
  });

  it("trims blanks (space, tab, no-break space) around unquoted fields", async () => {
    const { file, records } = await readAll(temp(" a , b\u00a0\n\t1\t,  2  \n"));
    expect(file.header).toEqual(["a", "b"]);
    expect(records[0]?.fields).toEqual(["1", "2"]);
  });

  it("a tab is a delimiter, not a blank, in a tab-delimited file", async () => {
    const { records } = await readAll(temp("a\tb\tc\n1\t\t3\n"));
    expect(records[0]?.fields).toEqual(["1", "", "3"]);
  });
});

describe("committed fixtures", () => {
  const cases: {
    file: string;
    encoding: string;
    bom: boolean;
    delimiter: CsvDelimiter;
    header: string[];
    records: CsvRecord[] | ((records: CsvRecord[]) => void);
  }[] = [
    {
      file: "utf8-comma-lf/scores.csv",
      encoding: "utf-8",
      bom: false,
      delimiter: ",",
      header: ["agency", "criterion", "points", "note"],
      records: [
        { line: 2, fields: ["STP", "TC1", "18.5", ""] },
        { line: 3, fields: ["STP", "TC2", "20", "Hoàn thành tốt"] },
        { line: 4, fields: ["STP", "TC3", "0", ""] },
      ],
    },
    {
      file: "excel-semicolon-bom-crlf/scores.csv",
      encoding: "utf-8",
      bom: true,
      delimiter: ";",
      header: ["Mã đơn vị", "Tiêu chí", "Điểm", "Ghi chú"],
      records: [
        { line: 2, fields: ["STP", "TC1", "18,5", ""] },
        { line: 3, fields: ["STP", "TC2", "20", "Hoàn thành tốt; vượt chỉ tiêu"] },
        { line: 5, fields: ["STP", "TC3", "1,25", ""] },
      ],
    },
    {
      file: "windows-1258/agencies.csv",
      encoding: "windows-1258",
      bom: false,
      delimiter: ",",
      header: ["mã", "tên đơn vị", "tên viết tắt"],
      records: (records) => {
        expect(records).toHaveLength(10);
        expect(records[6]).toEqual({ line: 8, fields: ["TAND", "Tòa án nhân dân tỉnh", "Tòa án"] });
        expect(records[4]?.fields[0]).toBe("BĐBP");
      },
    },
    {
      file: "utf16le-tab/agencies.txt",
      encoding: "utf-16le",
      bom: true,
      delimiter: "\t",
      header: ["Mã đơn vị", "Tên đơn vị", "Thứ tự"],
      records: (records) => {
        expect(records).toHaveLength(10);
        expect(records[9]).toEqual({ line: 11, fields: ["TGSC", "Trại giam Sông Cái", "10"] });
      },
    },
    {
      file: "utf16be/criteria.csv",
      encoding: "utf-16be",
      bom: true,
      delimiter: ",",
      header: ["mã tiêu chí", "tên tiêu chí", "điểm tối đa", "loại"],
      records: (records) => {
        expect(records.map((r) => r.fields[3])).toEqual(["cơ bản", "cơ bản", "thưởng", "trừ"]);
      },
    },
    {
      file: "quoted-multiline/criteria.csv",
      encoding: "utf-8",
      bom: false,
      delimiter: ",",
      header: ["code", "title", "max_points", "kind"],
      records: [
        { line: 2, fields: ["TC1", "Thực hiện nhiệm vụ, chỉ tiêu được giao", "40", "base"] },
        { line: 4, fields: ["TC2", 'Phong trào "Dân vận khéo"', "20", "base"] },
        { line: 5, fields: ["TC3", "Cải cách hành chính;\nchuyển đổi số", "15", "base"] },
        { line: 9, fields: ["TH1", "Sáng kiến", "5", "bonus"] },
      ],
    },
    {
      file: "nfd-utf8/agencies.csv",
      encoding: "utf-8",
      bom: false,
      delimiter: ",",
      header: ["code", "name"],
      records: (records) => {
        expect(records.map((r) => r.fields[1])).toEqual([
          "Sở Tư pháp",
          "Thanh tra tỉnh",
          "Ban Nội chính Tỉnh ủy",
          "Bộ Chỉ huy Quân sự tỉnh",
        ]);
      },
    },
  ];

  it.each(cases)("$file", async (c) => {
    const { file, records } = await readAll(join(FIXTURES, c.file), {
      displayName: c.file,
    });
    expect(file.displayName).toBe(c.file);
    expect(file.encoding).toBe(c.encoding);
    expect(file.bom).toBe(c.bom);
    expect(file.delimiter).toBe(c.delimiter);
    expect(file.header).toEqual(c.header);
    if (typeof c.records === "function") c.records(records);
    else expect(records).toEqual(c.records);
  });
});

describe("hostile input: a TdktError naming the file (and line), with a hint", () => {
  const hostile = (name: string) => join(FIXTURES, "hostile", name);

  it("a missing file", async () => {
    const e = await readFails(join(dir, "nope.csv"), { displayName: "scores/nope.csv" });
    expect(e.location).toEqual({ file: "scores/nope.csv" });
    expect(e.message).toBe("file not found");
  });

  it("a directory", async () => {
    const e = await readFails(dir, { displayName: "scores" });
    expect(e.location?.file).toBe("scores");
    expect(e.message).toMatch(/directory/);
  });

  it("an unreadable file", async () => {
    const path = temp("a,b\n");
    chmodSync(path, 0o000);
    if (process.getuid?.() !== 0) {
      const e = await readFails(path, { displayName: "locked.csv" });
      expect(e.location?.file).toBe("locked.csv");
      expect(e.message).toMatch(/cannot read/);
      return;
    }
    // Root reads any file: the same reader (compiled) runs as `nobody` then.
    chmodSync(dir, 0o755);
    const reader = pathToFileURL(join(ROOT, "dist", "io", "csv.js")).href;
    const script = `
      const { openCsv } = await import(${JSON.stringify(reader)});
      const { setLang } = await import(${JSON.stringify(reader.replace("io/csv.js", "i18n/index.js"))});
      setLang("en");
      try { await openCsv(${JSON.stringify(path)}, { displayName: "locked.csv" }); console.log("{}"); }
      catch (e) { console.log(JSON.stringify({ file: e.location?.file, message: e.message })); }`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      uid: 65534,
      gid: 65534,
      cwd: tmpdir(),
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const e = JSON.parse(run.stdout) as { file?: string; message?: string };
    expect(e.file).toBe("locked.csv");
    expect(e.message).toMatch(/cannot read/);
  });

  it.each([
    ["empty.csv", "file is empty"],
    ["blank-lines-only.csv", "file is empty"],
  ])("%s", async (name, message) => {
    const e = await readFails(hostile(name), { displayName: name });
    expect(e.location).toEqual({ file: name });
    expect(e.message).toMatch(message);
  });

  it.each([
    ["a UTF-8 BOM alone", Buffer.from([0xef, 0xbb, 0xbf])],
    ["a UTF-16 BOM alone", Buffer.from([0xff, 0xfe])],
  ])("%s is an empty file", async (_name, bytes) => {
    const e = await readFails(temp(bytes));
    expect(e.message).toMatch(/file is empty/);
  });

  it("NUL bytes: binary, with the line", async () => {
    const e = await readFails(hostile("nul-bytes.csv"), { displayName: "nul.csv" });
    expect(formatLocation(e.location ?? { file: "" })).toBe("nul.csv:3");
    expect(e.message).toMatch(/NUL/);
  });

  it("NUL bytes deep in a large file, in UTF-16", async () => {
    const text = `a,b\n${"1,2\n".repeat(50_000)}x\u0000y,z\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const e = await readFails(temp(bytes), { chunkBytes: 4096 });
    expect(e.location?.line).toBe(50_002);
  });

  it("UTF-16 without a BOM is refused as binary, the hint naming the BOM", async () => {
    const e = await readFails(hostile("utf16-no-bom.csv"));
    expect(e.location?.line).toBe(1);
    expect(e.hint).toMatch(/BOM/);
  });

  it("an Excel workbook renamed to .csv", async () => {
    const e = await readFails(hostile("workbook-renamed.csv"), { displayName: "diem.csv" });
    expect(e.location).toEqual({ file: "diem.csv" });
    expect(e.message).toMatch(/Excel workbook/);
    expect(e.hint).toMatch(/CSV UTF-8/);
  });

  it("an unterminated quote names the line where it opened", async () => {
    const e = await readFails(hostile("unterminated-quote.csv"), { displayName: "tc.csv" });
    expect(e.location).toMatchObject({ file: "tc.csv", line: 3, column: 2 });
    expect(e.message).toMatch(/line 3/);
  });

  it("an unterminated quote in a large file stops at the record cap, naming the quote's line", async () => {
    const text = `a,b\n1,2\n3,"open\n${"more text\n".repeat(200_000)}`;
    const e = await readFails(temp(text), { displayName: "big.csv" });
    expect(e.location).toMatchObject({ file: "big.csv", line: 3 });
    expect(e.message).toBe("the record is longer than 1 MiB");
    expect(e.hint).toMatch(/line 3/);
  });

  it("a line over the cap", async () => {
    const long = "x".repeat(5000);
    const e = await readFails(temp(`a,b\n1,2\n3,${long}\n5,6\n`), {
      displayName: "long.csv",
      maxLineBytes: 1000,
    });
    expect(e.location).toEqual({ file: "long.csv", line: 3 });
    expect(e.message).toBe("the record is longer than 1000 B");
  });

  it("a file with no line break at all stops at the cap (memory stays bounded)", async () => {
    const e = await readFails(temp("a".repeat(300_000)), {
      maxLineBytes: 100_000,
      chunkBytes: 16_384,
    });
    expect(e.location?.line).toBe(1);
  });

  it("too many fields: line and column", async () => {
    const e = await readFails(hostile("too-many-fields.csv"), { displayName: "scores/STP.csv" });
    expect(e.location).toEqual({ file: "scores/STP.csv", line: 3, column: 4 });
    expect(e.message).toBe("the record has 4 fields but the header has 3 columns");
    expect(e.hint).toMatch(/double quotes/);
  });

  it("text after a closing quote", async () => {
    const e = await readFails(hostile("text-after-quote.csv"), { displayName: "dv.csv" });
    expect(e.location).toEqual({ file: "dv.csv", line: 2, column: 2 });
  });

  it("invalid UTF-8 after the first 64 KiB were read as UTF-8: the line, and save as UTF-8", async () => {
    const head = `code,name\n${"STP,Sở Tư pháp\n".repeat(5000)}`; // > 64 KiB, valid UTF-8
    const bytes = Buffer.concat([Buffer.from(head), windows1258("TAND,Tòa án\n")]);
    const e = await readFails(temp(bytes), { displayName: "agencies.csv", chunkBytes: 16_384 });
    expect(e.location).toEqual({ file: "agencies.csv", line: 5002 });
    expect(e.hint).toMatch(/UTF-8/);
  });

  it("a UTF-8 BOM promises UTF-8: other bytes are an error, not a fallback", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("code,name\n"),
      windows1258("TAND,Tòa án\n"),
    ]);
    const e = await readFails(temp(bytes), { displayName: "bom.csv" });
    expect(e.location).toEqual({ file: "bom.csv", line: 2 });
    expect(e.message).toMatch(/invalid UTF-8/);
  });

  it("a truncated UTF-8 sequence at the very end", async () => {
    const head = `a,b\n${"x,y\n".repeat(20_000)}`;
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from("z,"),
      Buffer.from("ệ").subarray(0, 2),
    ]);
    const e = await readFails(temp(bytes), { chunkBytes: 16_384 });
    expect(e.location?.line).toBe(20_002);
  });

  it("messages are Vietnamese by default", async () => {
    setLang("vi");
    try {
      const e = await readFails(join(dir, "khong-co.csv"));
      expect(e.message).toBe("không tìm thấy tệp");
    } finally {
      setLang("en");
    }
  });
});

describe("streaming", () => {
  it("streams a large generated file in batches", async () => {
    const rows = 300_000;
    const path = join(dir, "large.csv");
    const lines = ["agency,criterion,points"];
    for (let i = 0; i < rows; i++) lines.push(`A${i % 10},TC${i % 50},${i % 20}.5`);
    writeFileSync(path, `${lines.join("\n")}\n`);
    const { records, batches } = await readAll(path);
    expect(records).toHaveLength(rows);
    expect(batches).toBeGreaterThan(10);
    expect(records[0]).toEqual({ line: 2, fields: ["A0", "TC0", "0.5"] });
    expect(records.at(-1)).toEqual({ line: rows + 1, fields: ["A9", "TC49", "19.5"] });
  });

  it("leaving the loop early closes the file", async () => {
    const path = temp(`a,b\n${"1,2\n".repeat(100_000)}`);
    const file = await openCsv(path, { chunkBytes: 4096 });
    let seen = 0;
    for await (const batch of file.batches()) {
      seen += batch.length;
      break;
    }
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(100_000);
    await file.close(); // idempotent
  });

  it("batches() can be iterated only once", async () => {
    const file = await openCsv(temp("a\n1\n"));
    for await (const _ of file.batches()) {
      // drain
    }
    await expect(async () => {
      for await (const _ of file.batches()) {
        // never
      }
    }).rejects.toThrow(/once/);
  });

  it("close() without reading", async () => {
    const file = await openCsv(temp("a\n1\n"));
    await file.close();
    await file.close();
  });

  it("a file with a header and no data has no batches", async () => {
    const { file, batches } = await readAll(temp("a;b\n\n"));
    expect(file.header).toEqual(["a", "b"]);
    expect(batches).toBe(0);
  });
});

describe("mapColumns", () => {
  const spec = {
    agency: { aliases: ["mã đơn vị", "đơn vị"], required: true },
    criterion: { aliases: ["tiêu chí", "mã tiêu chí"], required: true },
    points: { aliases: ["điểm"], required: true },
    note: { aliases: ["ghi chú"], required: false },
  } as const;
  const at = (header: string[]) => ({ displayName: "scores/STP.csv", header, headerLine: 1 });

  it.each([
    ["Mã đơn vị"],
    ["MA_DON_VI"],
    ["ma-don-vi"],
    ["  Mã Đơn Vị "],
    ["mã đơn vị".normalize("NFD")],
    ["AGENCY"],
    ["Đơn vị"],
  ])("%j is the agency column", (name) => {
    const { index, extra } = mapColumns(at([name, "Tiêu chí", "ĐIỂM"]), spec);
    expect(index).toEqual({ agency: 0, criterion: 1, points: 2, note: undefined });
    expect(extra).toEqual([]);
  });

  it("accepts the key itself, and reports unknown columns", () => {
    const { index, extra } = mapColumns(
      at(["points", "ghi_chu", "Người chấm", "criterion", "", "agency", "x"]),
      spec,
    );
    expect(index).toEqual({ agency: 5, criterion: 3, points: 0, note: 1 });
    expect(extra).toEqual(["Người chấm", "x"]);
  });

  it("a missing required column: file, header line, the accepted names", () => {
    let error: unknown;
    try {
      mapColumns(
        { displayName: "s.csv", header: ["Mã đơn vị", "Tiêu chí", "Diem so"], headerLine: 3 },
        spec,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TdktError);
    const e = error as TdktError;
    expect(e.exitCode).toBe(1);
    expect(e.location).toEqual({ file: "s.csv", line: 3 });
    expect(e.message).toBe("missing column points");
    expect(e.hint).toContain("points, điểm");
    expect(e.hint).toContain("Mã đơn vị, Tiêu chí, Diem so");
  });

  it("every missing column is reported", () => {
    try {
      mapColumns(at(["x"]), spec);
      expect.unreachable();
    } catch (e) {
      const error = e as TdktError;
      expect([error, ...error.more].map((p) => p.message)).toEqual([
        "missing column agency",
        "missing column criterion",
        "missing column points",
      ]);
    }
  });

  it("a column given twice", () => {
    try {
      mapColumns(at(["agency", "criterion", "points", "MÃ ĐƠN VỊ"]), spec);
      expect.unreachable();
    } catch (e) {
      const error = e as TdktError;
      expect(error).toBeInstanceOf(TdktError);
      expect(error.location).toEqual({ file: "scores/STP.csv", line: 1, column: 4 });
      expect(error.message).toBe("column MÃ ĐƠN VỊ appears twice (columns 1 and 4)");
    }
  });
});

describe("numbers", () => {
  it.each<[string, CsvDelimiter, number | undefined]>([
    ["1.5", ",", 1.5],
    ["1.5", ";", 1.5],
    ["1.5", "\t", 1.5],
    ["1,5", ";", 1.5],
    ["1,5", "\t", 1.5],
    // In a `,` file a comma in a field can only come quoted: "38,50" is unambiguous.
    ["1,5", ",", 1.5],
    ["1.234", ",", 1.234],
    ["1.234", ";", undefined],
    ["\u200b9,5\u2060", ";", 9.5],
    ["9\u200b,5", ";", 9.5],
    ["  2 ", ",", 2],
    ["0", ",", 0],
    ["007", ",", 7],
    ["18,25", ";", 18.25],
    ["100", ";", 100],
    ["abc", ",", undefined],
    ["", ",", undefined],
    ["   ", ";", undefined],
    ["1e3", ",", undefined],
    ["-1", ",", undefined],
    ["+1", ",", undefined],
    ["1.", ",", undefined],
    [".5", ",", undefined],
    ["1.2.3", ",", undefined],
    ["1,000.5", ";", undefined],
    ["1 000", ",", undefined],
    ["Infinity", ",", undefined],
    ["0x10", ",", undefined],
    ["１２", ",", undefined],
  ])("parseNumber(%j, %j) = %s", (text, delimiter, expected) => {
    expect(parseNumber(text, delimiter)).toBe(expected);
  });

  it.each<[string, CsvDelimiter, string]>([
    ["", ",", "empty"],
    ["-2", ",", "negative"],
    ["- 2,5", ";", "negative"],
    ["1.234", ";", "ambiguous"],
    ["12.345.678", "\t", "ambiguous"],
    ["abc", ";", "invalid"],
    ["1e3", ";", "invalid"],
  ])("readNumber(%j, %j) says %s", (text, delimiter, problem) => {
    expect(readNumber(text, delimiter)).toEqual({ ok: false, problem });
  });

  it("readNumber gives the value", () => {
    expect(readNumber(" 12,5 ", "\t")).toEqual({ ok: true, value: 12.5 });
  });
});

describe("hashFile", () => {
  it("is the SHA-256 of the bytes", async () => {
    const bytes = Buffer.from(`a,b\n${"1,2\n".repeat(300_000)}`);
    const path = temp(bytes);
    expect(await hashFile(path)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("differs when one byte differs, and hashes an empty file", async () => {
    expect(await hashFile(temp("a,b\n1,2\n"))).not.toBe(await hashFile(temp("a,b\n1,3\n")));
    expect(await hashFile(temp(""))).toBe(createHash("sha256").digest("hex"));
  });

  it("a missing file or a directory is a TdktError", async () => {
    const e = await failure(() => hashFile(join(dir, "none.csv"), "none.csv"));
    expect(e.location).toEqual({ file: "none.csv" });
    const sub = join(dir, "sub");
    mkdirSync(sub);
    await failure(() => hashFile(sub));
  });

  it("the committed fixtures keep their bytes", () => {
    // A re-saved fixture would lose its encoding or line ends; catch that here.
    const bytes = readFileSync(join(FIXTURES, "excel-semicolon-bom-crlf/scores.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes("\r\n")).toBe(true);
    const w = readFileSync(join(FIXTURES, "windows-1258/agencies.csv"));
    expect(w.includes(0xcc) || w.includes(0xec)).toBe(true);
  });
});
