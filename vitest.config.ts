import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/summary-reporter.ts"],
    // End-to-end tests spawn the compiled binary: build it once before any test runs.
    globalSetup: ["tests/global-setup.ts"],
    // Vitest leaves one core free by default: on the 2-core machines that run
    // CI that is a single worker. The files are independent (each its own
    // temporary folder and database), so both cores run them.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
