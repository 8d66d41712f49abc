import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TdktError } from "../../src/errors.js";
import { writeOutputFile } from "../../src/io/write-output.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), "tdkt-out-"));
  folders.push(path);
  return path;
}

describe("writing a document to -o FILE", () => {
  it("writes the bytes and leaves nothing else in the folder", () => {
    const dir = folder();
    const file = join(dir, "bien-ban.txt");
    expect(writeOutputFile(file, "Biên bản\n", { force: false })).toBe(
      Buffer.byteLength("Biên bản\n"),
    );
    expect(readFileSync(file, "utf8")).toBe("Biên bản\n");
    expect(readdirSync(dir)).toEqual(["bien-ban.txt"]);
  });

  it("refuses to overwrite without --force, and overwrites with it", () => {
    const dir = folder();
    const file = join(dir, "a.docx");
    writeFileSync(file, "old");
    expect(() => writeOutputFile(file, "new", { force: false })).toThrow(TdktError);
    expect(readFileSync(file, "utf8")).toBe("old");
    writeOutputFile(file, new Uint8Array([1, 2, 3]), { force: true });
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });

  it("leaves no partial file when the write fails", () => {
    const dir = folder();
    // The target is a folder: the final rename fails after the bytes were written.
    const target = join(dir, "taken");
    mkdirSync(join(target, "inside"), { recursive: true });
    expect(() => writeOutputFile(target, "x".repeat(100_000), { force: true })).toThrow(TdktError);
    expect(readdirSync(dir)).toEqual(["taken"]);
    // A folder that does not exist: nothing is made.
    const missing = join(dir, "no-such-folder", "out.txt");
    expect(() => writeOutputFile(missing, "x", { force: false })).toThrow(/no-such-folder/);
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });
});
