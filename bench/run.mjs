// The import benchmark (`npm run bench`): not a test, a measurement against
// the budgets of the score-sheet import.
//
//   1. builds dist/ (the code under test), then generates under bench/out/:
//      - a 1,000,000-row sheet: 2,000 agencies × 500 criteria;
//      - a 5,000,000-row sheet: the same 2,000 agencies × 2,500 criteria, so
//        that only the number of rows changes (memory must stay flat in it);
//   2. times, in the same run and alternately, `tdkt import` of each sheet
//      (fully validated, into a fresh copy of a database holding the bloc,
//      its members and its scoring table) and sqlite3's `.import` of the same
//      file into a bare table of a fresh database;
//   3. prints wall time, CPU time, rows per second and peak memory (maxRSS)
//      of each, the ratios, and the budgets:
//      - tdkt import ≤ 2.0 × sqlite3 .import of the 1,000,000-row sheet (aim 1.5 ×);
//      - peak RSS ≤ 200 MB; the 5,000,000-row import's ≤ 1.2 × the 1,000,000-row one's.
//
// Usage: npm run bench [-- --runs 3] [--skip-5m] [--keep]
//   --runs N   runs of each 1,000,000-row measurement (default 3; the median is used)
//   --skip-5m  only the 1,000,000-row sheet
//   --keep     keep the generated files (bench/out/ is git-ignored; by default
//              the sheets are kept for the next run and the databases removed)
//
// Needs sqlite3 on the PATH (Debian/Ubuntu: apt-get update && apt-get install -y sqlite3).
import { execFileSync, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "bench", "out");
const BIN = join(ROOT, "bin", "tdkt.js");
const PROBE = join(ROOT, "bench", "rss-probe.cjs");
const YEAR = "2019";
/** Bump when the generated data changes, so that old files are not reused. */
const DATA_VERSION = 1;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const runs = Math.max(1, option("--runs", 3));
const skip5m = args.includes("--skip-5m");
const keep = args.includes("--keep");

/* ---------------------------------------------------------------- checks */

const sqliteVersion = spawnSync("sqlite3", ["--version"], { encoding: "utf8" });
if (sqliteVersion.error || sqliteVersion.status !== 0) {
  console.error(
    "bench: sqlite3 is not installed (it is the baseline of the comparison).\n" +
      "bench: install it, e.g. on Debian/Ubuntu: apt-get update && apt-get install -y sqlite3",
  );
  process.exit(1);
}
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

console.log("Building dist/ …");
execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], {
  cwd: ROOT,
  stdio: "inherit",
});
mkdirSync(OUT, { recursive: true });

/* ------------------------------------------------------------------ data */

const agencyCode = (i) => `DV${String(i + 1).padStart(4, "0")}`;

/** Criteria: base ones first (max 10), then 5 bonus (max 3) and 5 penalty (max 5). */
function criterionOf(j, count) {
  if (j < count - 10) return { code: `TC${String(j + 1).padStart(4, "0")}`, kind: "base", max: 10 };
  if (j < count - 5)
    return { code: `TH${String(j - count + 11).padStart(2, "0")}`, kind: "bonus", max: 3 };
  return { code: `TR${String(j - count + 6).padStart(2, "0")}`, kind: "penalty", max: 5 };
}

async function writeLines(path, lines) {
  const out = createWriteStream(`${path}.tmp`);
  let buffer = "";
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  // Renamed only when complete, so that an interrupted run is not reused.
  execFileSync("mv", [`${path}.tmp`, path]);
}

async function generate(agencies, criteria) {
  const tag = `${agencies}x${criteria}.v${DATA_VERSION}`;
  const files = {
    agencies: join(OUT, `agencies-${agencies}.v${DATA_VERSION}.csv`),
    criteria: join(OUT, `criteria-${criteria}.v${DATA_VERSION}.csv`),
    scores: join(OUT, `scores-${tag}.csv`),
    rows: agencies * criteria,
  };
  if (!existsSync(files.agencies)) {
    await writeLines(
      files.agencies,
      (function* () {
        yield "code,name,order\n";
        for (let i = 0; i < agencies; i++)
          yield `${agencyCode(i)},Đơn vị thành viên số ${i + 1},${i + 1}\n`;
      })(),
    );
  }
  if (!existsSync(files.criteria)) {
    await writeLines(
      files.criteria,
      (function* () {
        yield "code,title,max_points,kind\n";
        for (let j = 0; j < criteria; j++) {
          const c = criterionOf(j, criteria);
          yield `${c.code},"Tiêu chí số ${j + 1}, chấm theo hướng dẫn",${c.max},${c.kind}\n`;
        }
      })(),
    );
  }
  if (!existsSync(files.scores)) {
    console.log(
      `Generating ${files.rows.toLocaleString("en")} rows (${agencies} agencies × ${criteria} criteria) …`,
    );
    const table = Array.from({ length: criteria }, (_, j) => criterionOf(j, criteria));
    await writeLines(
      files.scores,
      (function* () {
        yield "agency,criterion,points,note\n";
        let row = 0;
        for (let i = 0; i < agencies; i++) {
          const agency = agencyCode(i);
          for (const c of table) {
            // Deterministic points between 0 and the maximum, one decimal; some notes,
            // a few Vietnamese, a few quoted with a comma, as real sheets have.
            const points = ((row * 7919) % (c.max * 10 + 1)) / 10;
            const note =
              row % 50 === 0
                ? "Hoàn thành tốt nhiệm vụ được giao"
                : row % 97 === 0
                  ? '"Có sáng kiến, được công nhận"'
                  : "";
            yield `${agency},${c.code},${points},${note}\n`;
            row++;
          }
        }
      })(),
    );
  }
  return files;
}

/* --------------------------------------------------------------- running */

function tdkt(db, ...rest) {
  const result = spawnSync(process.execPath, [BIN, "--db", db, ...rest], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tdkt ${rest.join(" ")} failed:\n${result.stderr}`);
}

/** A database with the bloc, its members and its scoring table (made once, copied per run). */
function baseDatabase(files) {
  const db = join(OUT, `base-${files.rows}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  tdkt(db, "init", "--bloc", "BENCH", "--name", "Khối thi đua thử nghiệm");
  tdkt(db, "agencies", "import", YEAR, files.agencies);
  tdkt(db, "criteria", "import", YEAR, files.criteria);
  return db;
}

function freshCopy(base, name) {
  const db = join(OUT, name);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  copyFileSync(base, db);
  return db;
}

function removeDb(db) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
}

function timeTdktImport(base, files) {
  const db = freshCopy(base, "run-tdkt.db");
  const probe = join(OUT, "probe.json");
  rmSync(probe, { force: true });
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--require", PROBE, BIN, "--db", db, "import", YEAR, files.scores],
    { encoding: "utf8", env: { ...process.env, TDKT_BENCH_PROBE: probe }, maxBuffer: 1 << 26 },
  );
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`tdkt import failed:\n${result.stderr}`);
  const { maxRssKiB, cpuMs } = JSON.parse(readFileSync(probe, "utf8"));
  removeDb(db);
  return { wallMs, cpuMs, rssMB: maxRssKiB / 1024 };
}

function timeSqliteImport(files) {
  const db = join(OUT, "run-sqlite.db");
  removeDb(db);
  const report = join(OUT, "time.txt");
  const sqliteArgs = [db, ".mode csv", `.import ${files.scores} scores`];
  const start = performance.now();
  const result = timeBin
    ? spawnSync(timeBin, ["-f", "%U %S %M", "-o", report, "sqlite3", ...sqliteArgs], {
        encoding: "utf8",
      })
    : spawnSync("sqlite3", sqliteArgs, { encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`sqlite3 .import failed:\n${result.stderr}`);
  let cpuMs;
  let rssMB;
  if (timeBin) {
    const [user, system, rss] = readFileSync(report, "utf8")
      .trim()
      .split(/\s+/)
      .slice(-3)
      .map(Number);
    cpuMs = (user + system) * 1000;
    rssMB = rss / 1024;
  }
  removeDb(db);
  return { wallMs, cpuMs, rssMB };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => (value === undefined ? "—" : `${(value / 1000).toFixed(2)} s`);
const mb = (value) => (value === undefined ? "—" : `${value.toFixed(0)} MB`);

function measure(files, count) {
  const base = baseDatabase(files);
  const tdktRuns = [];
  const sqliteRuns = [];
  for (let i = 0; i < count; i++) {
    // Alternated, so that a slow moment of the machine hits both.
    tdktRuns.push(timeTdktImport(base, files));
    sqliteRuns.push(timeSqliteImport(files));
    const t = tdktRuns.at(-1);
    const s = sqliteRuns.at(-1);
    console.log(
      `  run ${i + 1}: tdkt ${ms(t.wallMs)} (cpu ${ms(t.cpuMs)}, ${mb(t.rssMB)})   sqlite3 ${ms(s.wallMs)} (cpu ${ms(s.cpuMs)}, ${mb(s.rssMB)})`,
    );
  }
  if (!keep) removeDb(base);
  const pick = (list, key) => {
    const values = list.map((run) => run[key]).filter((value) => value !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  return {
    rows: files.rows,
    bytes: statSync(files.scores).size,
    tdkt: {
      wallMs: pick(tdktRuns, "wallMs"),
      cpuMs: pick(tdktRuns, "cpuMs"),
      rssMB: Math.max(...tdktRuns.map((r) => r.rssMB)),
    },
    sqlite: {
      wallMs: pick(sqliteRuns, "wallMs"),
      cpuMs: pick(sqliteRuns, "cpuMs"),
      rssMB: pick(sqliteRuns, "rssMB"),
    },
  };
}

function summarise(label, result) {
  const { rows, bytes, tdkt: t, sqlite: s } = result;
  const rate = Math.round(rows / (t.wallMs / 1000));
  console.log(`${label}: ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(
    `  tdkt import      ${ms(t.wallMs)} wall, ${ms(t.cpuMs)} cpu, ${rate.toLocaleString("en")} rows/s, peak RSS ${mb(t.rssMB)}`,
  );
  console.log(
    `  sqlite3 .import  ${ms(s.wallMs)} wall, ${ms(s.cpuMs)} cpu, peak RSS ${mb(s.rssMB)}`,
  );
  const wallRatio = t.wallMs / s.wallMs;
  const cpuRatio = s.cpuMs === undefined ? undefined : t.cpuMs / s.cpuMs;
  console.log(
    `  ratio tdkt / sqlite3: ${wallRatio.toFixed(2)} × wall${cpuRatio === undefined ? "" : `, ${cpuRatio.toFixed(2)} × cpu`}`,
  );
  return { wallRatio, cpuRatio };
}

console.log(
  `Node ${process.version}, ${sqliteVersion.stdout.trim().split(" ")[0] ? `sqlite3 ${sqliteVersion.stdout.trim().split(" ")[0]}` : "sqlite3"}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
const sheet1m = await generate(2000, 500);
const sheet5m = skip5m ? undefined : await generate(2000, 2500);

console.log(`\n1,000,000 rows, ${runs} run(s) each:`);
const r1 = measure(sheet1m, runs);
let r5;
if (sheet5m) {
  console.log("\n5,000,000 rows, 1 run each:");
  r5 = measure(sheet5m, 1);
}

console.log("\nResults (medians):");
const { wallRatio } = summarise("1M", r1);
let memoryRatio;
if (r5) {
  summarise("5M", r5);
  memoryRatio = r5.tdkt.rssMB / r1.tdkt.rssMB;
  console.log(`  peak RSS 5M / 1M: ${memoryRatio.toFixed(2)} ×`);
}

const verdict = (ok) => (ok ? "ok" : "OVER BUDGET");
console.log("\nBudgets:");
console.log(
  `  time   ${wallRatio.toFixed(2)} × sqlite3 .import (≤ 2.0, aim 1.5): ${verdict(wallRatio <= 2)}`,
);
console.log(
  `  memory ${mb(r1.tdkt.rssMB)} peak RSS at 1M (≤ 200 MB): ${verdict(r1.tdkt.rssMB <= 200)}`,
);
if (memoryRatio !== undefined) {
  console.log(
    `  memory ${memoryRatio.toFixed(2)} × at 5M vs 1M (≤ 1.2): ${verdict(memoryRatio <= 1.2)}`,
  );
}
if (!keep) rmSync(join(OUT, "probe.json"), { force: true });
rmSync(join(OUT, "time.txt"), { force: true });
