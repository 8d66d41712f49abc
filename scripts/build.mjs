// Builds dist/ from src/: one ES module per command (loaded only when that
// command runs) and the program itself, their shared code split into chunks.
// Start-up time is measured (`npm run bench:startup`): a bundle loads a few
// files where the compiled tree loaded about seventy, and commander, bundled
// in, is no longer a CommonJS package that Node must scan before importing.
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

rmSync(join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // src/cli.ts exports main, buildProgram and reportError (bin/tdkt.js and the
  // tests import them); src/io/csv.ts is what bench/csv-reader.mjs measures.
  entryPoints: ["src/cli.ts", "src/io/csv.ts", ...commands],
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
  // where heavy) only by the commands that need it.
  external: Object.keys(pkg.dependencies).filter((name) => name !== "commander"),
  // Commander, bundled, requires Node's own modules: an ES module has no
  // `require` of its own.
  banner: {
    js: 'import { createRequire as __tdktCreateRequire } from "node:module";\nconst require = __tdktCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});
