// Loaded with `node --require` into a benchmarked tdkt process: at exit it
// writes the process's peak resident memory (KiB) and CPU time (ms) to the
// file named by TDKT_BENCH_PROBE, so that bench/run.mjs can report them
// without depending on /usr/bin/time.
const { writeFileSync } = require("node:fs");

const target = process.env.TDKT_BENCH_PROBE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(target, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs }));
  });
}
