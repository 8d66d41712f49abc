/**
 * The few runs that spawn the real binary (bin/tdkt.js, a new process): the
 * launcher's own paths (--version without the program, exit status, the
 * process's streams and environment). Everything else runs in process.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBinary, runTdkt, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe("the binary", () => {
  it("prints its version without loading the program", () => {
    const result = runBinary(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("gives the same status and output as the in-process runner", () => {
    for (const args of [
      ["tally"],
      ["--json", "tally", "20x"],
      ["--lang", "en", "rules", "--help"],
    ]) {
      const spawned = runBinary(["--db", join(dir, "x.db"), ...args]);
      const here = runTdkt(["--db", join(dir, "x.db"), ...args]);
      expect(spawned, args.join(" ")).toEqual(here);
    }
  });

  it("takes TDKT_DB and TDKT_LANG from its environment", () => {
    const db = join(dir, "env.db");
    const made = runBinary(["init", "--bloc", "B", "--name", "Khối B"], {
      env: { TDKT_DB: db, TDKT_LANG: "en" },
    });
    expect(made.status, made.stderr).toBe(0);
    const listed = runBinary(["agencies", "list"], { env: { TDKT_DB: db, TDKT_LANG: "en" } });
    expect(listed.status).toBe(1);
    expect(listed.stderr).toMatch(/^tdkt: /);
    expect(listed.stderr).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵđ]/);
  });
});
