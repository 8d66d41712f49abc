/**
 * Fuzzing the imports: score sheets generated from a model (header names in
 * English or Vietnamese, any column order, every delimiter, line end, BOM and
 * UTF-16, quoted notes full of delimiters and line breaks) with or without
 * bad rows, and seed files mutated byte by byte, run through the compiled
 * commands in this process. Properties:
 * - nothing but a TdktError ever comes out;
 * - every problem reported names the file;
 * - a refused import leaves the database exactly as it was;
 * - a clean sheet is accepted and stores exactly its points and notes;
 *   a sheet with a bad row is refused.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrity, SEED, seedDatabase, snapshot, tempDir } from "./helpers.js";
import { tdktHere } from "./in-process.js";

/** Runs per property; `npm run test:faults` multiplies them (TDKT_FUZZ_SCALE). */
const runs = (count: number) => Math.ceil(count * Number(process.env.TDKT_FUZZ_SCALE ?? 1));

interface Located {
  name: string;
  exitCode: 1 | 2;
  message: string;
  location?: { file: string; line?: number };
  more: Located[];
}
interface CommandModule {
  run(ctx: unknown, args: string[], options: Record<string, unknown>): Promise<void> | void;
}

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
async function command(name: string): Promise<CommandModule> {
  return (await import(/* @vite-ignore */ dist(`commands/${name}.js`))) as CommandModule;
}

let dir: string;
let cleanup: () => void;
let base: string;
let baseSnapshot: ReturnType<typeof snapshot>;
let attempts = 0;

const AGENCIES = ["A1", "A2", "A3", "A4", "A5"];
const NAMES = [
  "Sở Tư pháp",
  "Thanh tra tỉnh",
  "Tòa án nhân dân tỉnh",
  "Công an tỉnh",
  "Trại giam Sông Cái",
];
const CRITERIA = ["TC01", "TC02", "TC03", "TC04", "TC05", "TC06"];
const MAX = 10;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("tdkt-fuzz-import-"));
  base = join(dir, "base.db");
  writeFileSync(
    join(dir, "agencies.csv"),
    `code,name\n${AGENCIES.map((code, i) => `${code},${NAMES[i]}`).join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "criteria.csv"),
    `code,title,max_points\n${CRITERIA.map((code, i) => `${code},Tiêu chí ${i + 1},${MAX}`).join("\n")}\n`,
  );
  for (const step of [
    ["init", "--bloc", "KHOI", "--name", "Khối thi đua"],
    ["agencies", "import", "2019", join(dir, "agencies.csv")],
    ["criteria", "import", "2019", join(dir, "criteria.csv")],
  ]) {
    const run = await tdktHere(["--db", base, ...step]);
    if (run.status !== 0) throw new Error(run.stderr);
  }
  baseSnapshot = snapshot(base);
});
afterAll(() => cleanup());

function context(dbPath: string) {
  const ignore = () => undefined;
  return {
    dbPath,
    blocCode: undefined,
    json: false,
    lang: "vi",
    canPrompt: false,
    out: {
      print: ignore,
      write: ignore,
      info: ignore,
      json: ignore,
      color: undefined,
      stderrIsTTY: false,
      stderr: { write: ignore },
    },
    env: {},
    now: () => "2019-12-31T00:00:00.000Z",
  };
}

interface Attempt {
  db: string;
  file: string;
  error: Located | undefined;
}

/** Runs `module` on a fresh copy of the base database; only a TdktError may come out. */
async function attempt(
  module: string,
  args: (file: string) => string[],
  bytes: Buffer,
): Promise<Attempt> {
  const folder = join(dir, `r${++attempts}`);
  mkdirSync(folder);
  const db = join(folder, "tdkt.db");
  copyFileSync(base, db);
  const file = join(folder, "input.csv");
  writeFileSync(file, bytes);
  try {
    await (await command(module)).run(context(db), args(file), {});
    return { db, file, error: undefined };
  } catch (error) {
    const located = error as Located;
    if (located?.name !== "TdktError") throw error;
    return { db, file, error: located };
  }
}

/** Every problem of a refusal names the file; the database is as it was. */
function expectCleanRefusal(result: Attempt): void {
  const error = result.error as Located;
  const problems = [error, ...error.more];
  for (const problem of problems) {
    // A usage error (exit 2: the file's form needs an option) names the file in its words.
    const where = problem.location?.file ?? (error.exitCode === 2 ? problem.message : undefined);
    expect(where, problem.message).toMatch(/input\.csv/);
    if (problem.location?.line !== undefined)
      expect(problem.location.line).toBeGreaterThanOrEqual(1);
  }
  expect(snapshot(result.db)).toEqual(baseSnapshot);
}

function done(result: Attempt): void {
  rmSync(join(result.db, ".."), { recursive: true, force: true });
}

/* ------------------------------------------------------------ the model */

interface Row {
  agency: number;
  /** Name the agency by its full name instead of its code. */
  byName: boolean;
  criterion: number;
  /** Points in hundredths. */
  hundredths: number;
  note: string;
}

type Bad =
  | "unknown-agency"
  | "unknown-criterion"
  | "over-max"
  | "negative"
  | "garbage"
  | "decimal-comma"
  | "empty-points"
  | "duplicate"
  | "empty-agency";

interface Sheet {
  headers: { agency: string; criterion: string; points: string; note: string };
  order: number[];
  delimiter: "," | ";" | "\t";
  lineEnd: "\n" | "\r\n";
  encoding: "utf8" | "utf8-bom" | "utf16le";
  rows: Row[];
  bad: Array<{ kind: Bad; at: number }>;
}

const noteText = fc
  .array(fc.constantFrom("a", "ệ", "Đ", " ", ",", ";", "\t", '"', "\n", "ơ", "1", "%"), {
    maxLength: 8,
  })
  .map((parts) => parts.join("").trim());

const sheet: fc.Arbitrary<Sheet> = fc.record({
  headers: fc.record({
    agency: fc.constantFrom("agency", "Mã đơn vị", "ĐƠN VỊ", "tên_đơn_vị"),
    criterion: fc.constantFrom("criterion", "Tiêu chí", "mã-tiêu-chí"),
    points: fc.constantFrom("points", "Điểm", "điểm số"),
    note: fc.constantFrom("note", "Ghi chú"),
  }),
  order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  lineEnd: fc.constantFrom("\n", "\r\n"),
  encoding: fc.constantFrom("utf8", "utf8-bom", "utf16le"),
  rows: fc.uniqueArray(
    fc.record({
      agency: fc.nat(AGENCIES.length - 1),
      byName: fc.boolean(),
      criterion: fc.nat(CRITERIA.length - 1),
      hundredths: fc.integer({ min: 0, max: MAX * 100 }),
      note: noteText,
    }),
    { minLength: 1, maxLength: 20, selector: (row) => `${row.agency}/${row.criterion}` },
  ),
  bad: fc.array(
    fc.record({
      kind: fc.constantFrom<Bad>(
        "unknown-agency",
        "unknown-criterion",
        "over-max",
        "negative",
        "garbage",
        "decimal-comma",
        "empty-points",
        "duplicate",
        "empty-agency",
      ),
      at: fc.nat(),
    }),
    { maxLength: 3 },
  ),
});

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function pointsText(hundredths: number, delimiter: string): string {
  const text = (hundredths / 100).toString();
  return delimiter === "," ? text : text.replace(".", ",");
}

function render(model: Sheet): Buffer {
  const { delimiter: d } = model;
  const headers = [
    model.headers.agency,
    model.headers.criterion,
    model.headers.points,
    model.headers.note,
  ];
  const line = (cells: string[]) => model.order.map((i) => cells[i] ?? "").join(d);
  const rows: string[][] = model.rows.map((row) => [
    row.byName ? quote(NAMES[row.agency] as string) : (AGENCIES[row.agency] as string),
    CRITERIA[row.criterion] as string,
    pointsText(row.hundredths, d),
    quote(row.note),
  ]);
  for (const bad of model.bad) {
    const first = model.rows[bad.at % model.rows.length] as Row;
    const cells = [AGENCIES[first.agency] as string, CRITERIA[first.criterion] as string, "1", ""];
    if (bad.kind === "unknown-agency") cells[0] = "ZZZ";
    if (bad.kind === "empty-agency") cells[0] = "";
    if (bad.kind === "unknown-criterion") cells[1] = "TC99";
    if (bad.kind === "over-max") cells[2] = String(MAX + 1);
    if (bad.kind === "negative") cells[2] = "-1";
    if (bad.kind === "garbage") cells[2] = "mười";
    if (bad.kind === "decimal-comma") cells[2] = d === "," ? quote("1,5") : "1.5.5";
    if (bad.kind === "empty-points") cells[2] = "";
    // "duplicate": the same agency and criterion as a row above.
    rows.splice(Math.min(rows.length, (bad.at % rows.length) + 1), 0, cells);
  }
  const text = [line(headers), ...rows.map(line)].join(model.lineEnd) + model.lineEnd;
  if (model.encoding === "utf16le") {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  }
  const bytes = Buffer.from(text, "utf8");
  return model.encoding === "utf8-bom"
    ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])
    : bytes;
}

function storedScores(
  db: string,
): Array<{ agency: string; criterion: string; points: number; note: string | null }> {
  const handle = new Database(db, { readonly: true });
  try {
    return handle
      .prepare(
        `SELECT a.code AS agency, c.code AS criterion, s.points AS points, s.note AS note
         FROM score s JOIN agency a ON a.id = s.agency_id JOIN criterion c ON c.id = s.criterion_id
         ORDER BY a.code, c.code`,
      )
      .all() as Array<{ agency: string; criterion: string; points: number; note: string | null }>;
  } finally {
    handle.close();
  }
}

/* --------------------------------------------------------------- tests */

describe("score import under generated sheets", () => {
  it("a clean sheet is stored exactly; a sheet with a bad row is refused, located, nothing written", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (model) => {
        const result = await attempt("import", (file) => ["2019", file], render(model));
        try {
          if (model.bad.length > 0) {
            expect(result.error, "a bad row was accepted").toBeDefined();
            expectCleanRefusal(result);
            return;
          }
          expect(result.error?.message).toBeUndefined();
          const expected = model.rows
            .map((row) => ({
              agency: AGENCIES[row.agency] as string,
              criterion: CRITERIA[row.criterion] as string,
              points: row.hundredths / 100,
              note: row.note === "" ? null : row.note.normalize("NFC"),
            }))
            .sort(
              (a, b) => a.agency.localeCompare(b.agency) || a.criterion.localeCompare(b.criterion),
            );
          expect(storedScores(result.db)).toEqual(expected);
          expect(integrity(result.db)).toBe("ok");
        } finally {
          done(result);
        }
      }),
      { numRuns: runs(80) },
    );
  });

  it("generated sheets mutated byte by byte: a TdktError naming the file, nothing written, or a sound import", async () => {
    const mutations = fc.array(
      fc.record({
        at: fc.nat(),
        byte: fc.constantFrom(0x00, 0x22, 0x2c, 0x0a, 0x0d, 0x3b, 0xc3, 0xff, 0x41),
      }),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(sheet, mutations, async (model, changes) => {
        const bytes = Buffer.from(render(model));
        for (const change of changes) bytes[change.at % bytes.length] = change.byte;
        const result = await attempt("import", (file) => ["2019", file], bytes);
        try {
          if (result.error) expectCleanRefusal(result);
          else expect(integrity(result.db)).toBe("ok");
        } finally {
          done(result);
        }
      }),
      { numRuns: runs(60) },
    );
  });
});

describe("setup and ballot imports under mutated seed files", () => {
  const seedFiles: Array<{ module: string; args: (file: string) => string[]; source: string }> = [
    { module: "agencies-import", args: (f) => ["2020", f], source: "agencies.csv" },
    { module: "criteria-import", args: (f) => ["2020", f], source: "criteria.csv" },
    { module: "ballots-import", args: (f) => ["2019", f], source: "ballots.csv" },
  ];
  let ballotsBase: string;
  beforeAll(async () => {
    // The seed members, so that the seed ballots name members.
    const folder = join(dir, "seed");
    mkdirSync(folder);
    ballotsBase = await seedDatabase(folder);
  });

  for (const seed of seedFiles) {
    it(`${seed.module}: a TdktError naming the file and nothing written, or a sound import`, async () => {
      const original = await import("node:fs").then((fs) =>
        fs.readFileSync(join(SEED, seed.source)),
      );
      const previous = base;
      base = ballotsBase;
      baseSnapshot = snapshot(base);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              fc.record({
                at: fc.nat(),
                op: fc.constantFrom("set", "insert", "delete"),
                byte: fc.constantFrom(0x00, 0x22, 0x2c, 0x0a, 0x0d, 0x3b, 0xc3, 0xff, 0x78, 0x31),
              }),
              { minLength: 1, maxLength: 4 },
            ),
            async (changes) => {
              let bytes = Buffer.from(original);
              for (const change of changes) {
                const at = change.at % (bytes.length + 1);
                if (change.op === "set" && at < bytes.length) bytes[at] = change.byte;
                if (change.op === "insert") {
                  bytes = Buffer.concat([
                    bytes.subarray(0, at),
                    Buffer.from([change.byte]),
                    bytes.subarray(at),
                  ]);
                }
                if (change.op === "delete")
                  bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
              }
              const result = await attempt(seed.module, seed.args, bytes);
              try {
                if (result.error) expectCleanRefusal(result);
                else expect(integrity(result.db)).toBe("ok");
              } finally {
                done(result);
              }
            },
          ),
          { numRuns: runs(40) },
        );
      } finally {
        base = previous;
        baseSnapshot = snapshot(base);
      }
    });
  }
});
