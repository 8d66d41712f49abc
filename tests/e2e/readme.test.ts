/**
 * The README's walkthrough ("A secretary's year") runs as written on the
 * bundled fixtures: its commands are read from the README, each run by the
 * real binary from a folder that holds `fixtures/` as the clone does.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runBinary, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  symlinkSync(FIXTURES, join(dir, "fixtures"));
});
afterAll(() => cleanup());

/** The shell lines of the block after `<!-- walkthrough -->`, continuations joined. */
function walkthrough(readme: string): string[] {
  const at = readme.indexOf("<!-- walkthrough -->");
  if (at < 0) throw new Error("the README has no walkthrough marker");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block?.[1]) throw new Error("no sh block after the walkthrough marker");
  return block[1]
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .filter((line) => line.trim() !== "");
}

/** Shell words of a line: quotes kept together, a `#` outside quotes starts a comment. */
function words(line: string): string[] {
  const result: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current = (current ?? "") + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current ??= "";
    } else if (char === "#" && current === undefined) {
      break;
    } else if (/\s/.test(char)) {
      if (current !== undefined) result.push(current);
      current = undefined;
    } else {
      current = (current ?? "") + char;
    }
  }
  if (current !== undefined) result.push(current);
  return result;
}

/** `folder/*.csv` as the shell expands it (sorted), relative to `cwd`. */
function expand(word: string, cwd: string): string[] {
  const star = word.lastIndexOf("*");
  if (star < 0) return [word];
  const slash = word.lastIndexOf("/", star);
  const folder = word.slice(0, slash);
  const pattern = new RegExp(
    `^${word
      .slice(slash + 1)
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")}$`,
  );
  const found = readdirSync(join(cwd, folder))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
  return found.length > 0 ? found : [word];
}

describe("the README", () => {
  it("reads the walkthrough's lines and words as the shell does", () => {
    expect(words('tdkt x "a b" # c')).toEqual(["tdkt", "x", "a b"]);
    expect(walkthrough("<!-- walkthrough -->\n```sh\na \\\n  b\n\nc\n```")).toEqual(["a b", "c"]);
  });

  it("keeps its two opening commands", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const opening = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(opening).toMatch(/^npm install && npx tdkt demo\b/m);
    expect(opening).toMatch(/^npm test\b/m);
  });

  it("runs the walkthrough as written, from an empty database to the minutes", () => {
    const lines = walkthrough(readFileSync(join(ROOT, "README.md"), "utf8"));
    const env: Record<string, string> = {};
    let ran = 0;
    for (const line of lines) {
      const [first, ...rest] = words(line);
      if (first === "export") {
        for (const assignment of rest) {
          const [name, ...value] = assignment.split("=");
          env[name as string] = value.join("=");
        }
        continue;
      }
      expect(first, line).toBe("tdkt");
      const args = rest.flatMap((word) => expand(word, dir));
      const result = runBinary(args, { cwd: dir, env });
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      ran++;
    }
    expect(ran).toBeGreaterThanOrEqual(10);
    expect(env.TDKT_DB).toBeDefined();
    expect(existsSync(join(dir, env.TDKT_DB as string))).toBe(true);
    const minutes = readFileSync(join(dir, "bien-ban-2019.txt"), "utf8");
    expect(minutes).toContain("BIÊN BẢN");
    expect(minutes).toContain("20/12/2019");
  });
});
