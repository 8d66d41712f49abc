#!/usr/bin/env node
// The launcher: `tdkt --version` answers without loading the program; every
// other call loads the compiled CLI from dist/ (built by `npm install`).
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(process.argv, version);
}
