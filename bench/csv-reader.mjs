// Micro-benchmark of the CSV reader (not a test): 1,000,000 short score rows
// (`agency,criterion,points`, about 20 bytes each) read by
//   - tdkt's reader (openCsv + batches: decode, split, trim, NFC),
//   - csv-parse 6 streaming with the equivalent options, and with none (no trimming),
//   - csv-parse 6 sync on the whole text (not streaming; a lower bound for it),
//   - reading and decoding alone (the floor).
// Usage: npm run build && node bench/csv-reader.mjs [rows] [--only NAME] [--module path/to/csv.js]
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

const args = process.argv.slice(2);
const moduleIndex = args.indexOf("--module");
const modulePath =
  moduleIndex >= 0
    ? resolve(args[moduleIndex + 1])
    : new URL("../dist/io/csv.js", import.meta.url).pathname;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const rows = Number(
  args.find((arg, i) => /^\d+$/.test(arg) && !["--module", "--only"].includes(args[i - 1])) ?? 1e6,
);
const { openCsv } = await import(pathToFileURL(modulePath).href);

const agencies = ["STP", "TTT", "BNCTU", "BCHQS", "BDBP", "CAT", "TAND", "VKSND", "CTHADS", "TGSC"];
const dir = mkdtempSync(join(tmpdir(), "tdkt-bench-"));
const file = join(dir, "scores.csv");
{
  const out = createWriteStream(file);
  out.write("agency,criterion,points\n");
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    buffer += `${agencies[i % 10]},TC${(i % 97) + 1}.${i % 7},${i % 20}.${i % 4}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}
const bytes = readFileSync(file).length;

async function tdkt() {
  const csv = await openCsv(file);
  let count = 0;
  for await (const batch of csv.batches()) count += batch.length;
  return count;
}

async function csvParseStream() {
  let count = 0;
  const parser = createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(
    parse({ trim: true, skip_empty_lines: true, relax_quotes: true, from_line: 2 }),
  );
  for await (const _record of parser) count++;
  return count;
}

async function csvParseStreamBare() {
  let count = 0;
  const parser = createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(parse({ from_line: 2 }));
  for await (const _record of parser) count++;
  return count;
}

async function csvParseSync() {
  const text = readFileSync(file, "utf8");
  return parseSync(text, { trim: true, skip_empty_lines: true, relax_quotes: true, from_line: 2 })
    .length;
}

async function decodeOnly() {
  let chars = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    chars += decoder.decode(chunk, { stream: true }).length;
  }
  return chars;
}

const cases = [
  ["read + decode only", decodeOnly],
  ["tdkt openCsv (streaming)", tdkt],
  ["csv-parse (streaming)", csvParseStream],
  ["csv-parse (no options)", csvParseStreamBare],
  ["csv-parse sync (whole file)", csvParseSync],
];

console.log(
  `${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(1)} MB, Node ${process.version}`,
);
for (const [name, run] of cases) {
  if (only && !name.includes(only)) continue;
  const times = [];
  const cpu = [];
  let result = 0;
  let peak = 0;
  for (let i = 0; i < 5; i++) {
    const before = process.memoryUsage().rss;
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss - before);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (x) => x.toFixed(0).padStart(5);
  console.log(
    `${name.padEnd(28)} wall best ${ms(times[0])} median ${ms(times[2])} ms | ` +
      `cpu best ${ms(cpu[0])} median ${ms(cpu[2])} ms | ${result} | rss +${(peak / 1e6).toFixed(0)} MB`,
  );
}
rmSync(dir, { recursive: true, force: true });
