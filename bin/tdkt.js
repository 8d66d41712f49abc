#!/usr/bin/env node
// The launcher: `tdkt --version` answers without loading the program; every
// other call loads the compiled CLI from dist/ (built by `npm install`).
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${version}\n`);
} else {
  // A closed pipe (`tdkt minutes 2019 | head`) is not an error of the user's.
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { main } = await import("../dist/cli.js");
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
  };
  process.exitCode = await main(args, io, version);
}
