// Start-up time: `tdkt --version` and a read command against a bare `node -e 0`, in the same run.
// Budgets: `tdkt --version` within 1.5× of bare node, `tdkt tally 2019 --json` (the seed year,
// stored) within 2.0×. Not a test: timings vary with the machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "tdkt.js");
const runs = Number(process.env.BENCH_RUNS ?? 30);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: process.env, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Median of each command over `runs` rounds, the commands taking turns in
 * each round so that a change in the machine's load touches all alike.
 */
function timeAll(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, args] of commands.entries()) samples[index].push(once(args));
  }
  return samples.map(median);
}

const folder = mkdtempSync(join(tmpdir(), "tdkt-bench-"));
try {
  const db = join(folder, "b.db");
  spawnSync(process.execPath, [bin, "--db", db, "init", "--bloc", "B", "--name", "Khối"]);
  // The seed year, counted once: `tally 2019 --json` then reads and recounts it.
  const seed = join(root, "fixtures", "2019-noi-chinh");
  const year = join(folder, "y.db");
  const scores = join(seed, "scores");
  for (const step of [
    ["init", "--bloc", "NOICHINH", "--name", "Khối Nội chính"],
    ["agencies", "import", "2019", join(seed, "agencies.csv")],
    ["criteria", "import", "2019", join(seed, "criteria.csv")],
    ["import", "2019", ...readdirSync(scores).map((name) => join(scores, name))],
    ["leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS"],
    ["ballots", "import", "2019", join(seed, "ballots.csv")],
    ["tally", "2019"],
  ]) {
    const made = spawnSync(process.execPath, [bin, "--db", year, ...step], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(`${step.join(" ")}: ${made.stderr}`);
  }
  const [bare, version, help, rules, tally] = timeAll([
    ["-e", "0"],
    [bin, "--version"],
    [bin, "--help"],
    [bin, "--db", db, "rules", "show"],
    [bin, "--db", year, "tally", "2019", "--json"],
  ]);
  console.log(`start-up, median of ${runs} runs`);
  console.log(`  node -e 0            ${bare.toFixed(1)} ms`);
  console.log(
    `  tdkt --version       ${version.toFixed(1)} ms  (${(version / bare).toFixed(2)}× bare node; budget 1.5×)`,
  );
  console.log(`  tdkt --help          ${help.toFixed(1)} ms  (${(help / bare).toFixed(2)}×)`);
  console.log(`  tdkt rules show      ${rules.toFixed(1)} ms  (${(rules / bare).toFixed(2)}×)`);
  console.log(
    `  tdkt tally 2019 --json ${tally.toFixed(1)} ms  (${(tally / bare).toFixed(2)}× bare node; budget 2.0×)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
