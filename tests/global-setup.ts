import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Builds src/ into dist/ (scripts/build.mjs) so that end-to-end tests run the
 * code under test, never a stale build. Types are checked by `npm run
 * typecheck`, not here.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) process.stderr.write(result.stdout + result.stderr);
}
