import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Compiles src/ to dist/ so that end-to-end tests run the code under test,
 * never a stale build. Type errors are printed but do not stop the run (tsc
 * still emits): `npm run typecheck` and the install's build are where they fail.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const result = spawnSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) process.stderr.write(result.stdout + result.stderr);
}
