import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:faults`: the heavy fault runs (kill -9 at many moments of
 * imports of hundreds of thousands of rows, concurrent imports with a crash
 * among them) and the fuzzers of tests/reliability with five times the runs.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/faults/**/*.faults.ts", "tests/reliability/fuzz-*.test.ts"],
    reporters: ["default", "./tests/summary-reporter.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // One file at a time: the runs measure and kill processes, and need the machine.
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
    env: { TDKT_FUZZ_SCALE: "5" },
  },
});
