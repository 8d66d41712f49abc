/**
 * Golden files: the expected output of a document, kept under tests/golden/.
 * A missing golden file fails the test, which never writes what it then
 * checks; `UPDATE_GOLDEN=1` writes them (read the diff before committing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const ROOT = fileURLToPath(new URL("./golden", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Checks `actual` against tests/golden/FOLDER/NAME (or writes it with UPDATE_GOLDEN=1). */
export function expectGolden(folder: string, name: string, actual: string): void {
  const dir = join(ROOT, folder);
  const file = join(dir, name);
  if (UPDATE) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
