// Builds dist/ from src/ with esbuild. Start-up time is measured (`npm run
// bench:startup`), and what Node pays for is mostly the number of ES modules
// it loads (each one found, read, compiled and linked) and their size:
//
// - dist/cli.js: the program (src/cli.ts) with everything it imports itself
//   (commander, the message catalogue, output), in one shared chunk, also
//   exported module by module from dist/base.js;
// - dist/commands/NAME.js: one file per command, loaded only when that
//   command runs, holding all it needs except what dist/base.js holds (one
//   copy of the program's state, the language above all).
//
// `tdkt tally` thus loads four files of ours, where the compiled tree loaded
// about seventy and a bundle split by esbuild's rules about twenty-five.
// better-sqlite3's JavaScript is bundled too (src/db/connection.ts gives its
// addon by path). Types are checked apart: `npm run typecheck`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const commands = readdirSync(join(root, "src", "commands"))
  .filter((name) => name.endsWith(".ts"))
  .map((name) => `src/commands/${name}`);

const common = {
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20.17",
  sourcemap: true,
  charset: "utf8",
  // Every other dependency stays a package of its own, imported (dynamically,
  // where heavy) only by the commands that need it; `bindings`, which
  // better-sqlite3 calls only without the addon's path, stays outside too.
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
};

// The modules of src/ that the program itself imports: the base.
const probe = await build({ ...common, entryPoints: ["src/cli.ts"], write: false });
const base = Object.keys(probe.metafile.inputs)
  .filter((path) => path.startsWith("src/") && path !== "src/cli.ts")
  .sort();
const names = new Map(base.map((path, index) => [path, `m${index}`]));

// Each base module's exports, for the files that re-export it.
const exportsOf = new Map();
for (const path of base) {
  const alone = await build({
    ...common,
    entryPoints: [path],
    write: false,
    outdir: "probe",
  });
  const output = Object.values(alone.metafile.outputs).find((o) => o.entryPoint === path);
  exportsOf.set(path, output?.exports ?? []);
}

// The program and dist/base.js, sharing one chunk.
const baseEntry = base.map((path) => `export * as ${names.get(path)} from "./${path.slice(4)}";`);
const program = await build({
  ...common,
  entryPoints: ["src/cli.ts", { in: "base-entry", out: "base" }],
  outdir: "dist",
  outbase: "src",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  plugins: [
    {
      name: "base-entry",
      setup(builder) {
        builder.onResolve({ filter: /^base-entry$/ }, () => ({ path: "base", namespace: "base" }));
        builder.onLoad({ filter: /.*/, namespace: "base" }, () => ({
          contents: baseEntry.join("\n"),
          resolveDir: join(root, "src"),
          loader: "ts",
        }));
      },
    },
  ],
});

/** The source of a module that re-exports base module `path` from dist/base.js, written at `at`. */
function facade(path, at) {
  let specifier = relative(dirname(at), join(dist, "base.js")).split("\\").join("/");
  if (!specifier.startsWith(".")) specifier = `./${specifier}`;
  const list = exportsOf.get(path).filter((name) => name !== "default");
  const name = names.get(path);
  const hasDefault = exportsOf.get(path).includes("default");
  return (
    `import { ${name} } from ${JSON.stringify(specifier)};\n` +
    (list.length > 0 ? `export const { ${list.join(", ")} } = ${name};\n` : "") +
    (hasDefault ? `export default ${name}.default;\n` : "")
  );
}

// The commands (and src/io/csv.ts, which bench/csv-reader.mjs measures and a
// test runs), each in one file, the base taken from dist/base.js.
const rest = await build({
  ...common,
  entryPoints: ["src/io/csv.ts", ...commands],
  outdir: "dist",
  outbase: "src",
  // dist/commands/*.js sit at the depth of their sources, so that
  // `new URL("../../package.json", import.meta.url)` still finds it.
  plugins: [
    {
      name: "base-from-dist",
      setup(builder) {
        builder.onResolve({ filter: /^\./ }, (args) => {
          if (args.namespace === "facade") return { path: args.path, external: true };
          if (args.kind === "entry-point") return undefined;
          const source = relative(root, resolve(args.resolveDir, args.path)).replace(
            /\.js$/,
            ".ts",
          );
          if (!names.has(source)) return undefined;
          return { path: source, namespace: "facade" };
        });
        builder.onLoad({ filter: /.*/, namespace: "facade" }, (args) => ({
          // Every file of this build sits one folder below dist/ (commands/, io/).
          contents: facade(args.path, join(dist, "commands", "any.js")),
          resolveDir: join(root, "src"),
          loader: "js",
        }));
      },
    },
  ],
});

// dist/i18n/index.js: the catalogue of the program (a test sets its language
// for the compiled reader of dist/io/csv.js).
const i18n = join(dist, "i18n", "index.js");
mkdirSync(dirname(i18n), { recursive: true });
writeFileSync(i18n, facade("src/i18n/index.ts", i18n));

// Files of an earlier build that this one did not write go, once it is
// written: dist/ is never empty meanwhile, as another test run may be using
// it (chunks are named by their content, so the files in use stay the same).
const written = new Set(
  [...Object.keys(program.metafile.outputs), ...Object.keys(rest.metafile.outputs)].map((path) =>
    join(root, path),
  ),
);
written.add(i18n);
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
