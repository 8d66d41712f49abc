// Builds dist/ from src/: one ES module per command (loaded only when that
// command runs) and the program itself, their shared code split into chunks.
// Start-up time is measured (`npm run bench:startup`): a bundle loads a few
// files where the compiled tree loaded about seventy, and commander and
// better-sqlite3's JavaScript, bundled in, are no longer CommonJS packages
// that Node must find, read and scan file by file.
// Types are checked apart: `npm run typecheck`.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const commands = readdirSync(join(root, "src", "commands"))
  .filter((name) => name.endsWith(".ts"))
  .map((name) => `src/commands/${name}`);

const result = await build({
  absWorkingDir: root,
  // src/cli.ts exports main, buildProgram and reportError (bin/tdkt.js and the
  // tests import them); src/io/csv.ts is what bench/csv-reader.mjs measures,
  // and a test runs it, in the language src/i18n/index.ts sets, as another user.
  entryPoints: ["src/cli.ts", "src/io/csv.ts", "src/i18n/index.ts", ...commands],
  outdir: "dist",
  outbase: "src",
  // dist/commands/*.js and dist/chunks/*.js sit at the same depth as their
  // sources, so `new URL("../../package.json", import.meta.url)` still finds it.
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.17",
  sourcemap: true,
  charset: "utf8",
  // Every other dependency stays a package of its own, imported (dynamically,
  // where heavy) only by the commands that need it. better-sqlite3's
  // JavaScript is bundled, its addon given by path (src/db/connection.ts);
  // `bindings`, which it calls only without that path, stays outside.
  external: [
    ...Object.keys(pkg.dependencies).filter(
      (name) => name !== "commander" && name !== "better-sqlite3",
    ),
    "bindings",
  ],
  // Commander and better-sqlite3, bundled, require Node's own modules (and
  // the addon): an ES module has no `require` of its own.
  banner: {
    js: 'import { createRequire as __tdktCreateRequire } from "node:module";\nconst require = __tdktCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
  metafile: true,
});

// Files of an earlier build that this one did not write go, once it is
// written: dist/ is never empty meanwhile, as another test run may be using
// it (chunks are named by their content, so the files in use stay the same).
const written = new Set(Object.keys(result.metafile.outputs).map((path) => join(root, path)));
const dist = join(root, "dist");
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  if (entry.isFile() && !written.has(path)) rmSync(path, { force: true });
}
for (const entry of readdirSync(dist, { withFileTypes: true })) {
  const path = join(dist, entry.name);
  if (entry.isDirectory() && readdirSync(path, { recursive: true }).length === 0) {
    rmSync(path, { recursive: true });
  }
}
