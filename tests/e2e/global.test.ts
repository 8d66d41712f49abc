import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTdkt, seedDatabase, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe("the global contract", () => {
  it("lists every command in --help", () => {
    const result = runTdkt(["--help"]);
    expect(result.status).toBe(0);
    for (const command of [
      "init",
      "agencies",
      "criteria",
      "import",
      "scores",
      "ballots",
      "meeting",
      "rules",
      "disqualify",
      "leaders",
      "tally",
      "minutes",
      "history",
      "verify",
      "demo",
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    }
  });

  it("prints the version of package.json", () => {
    const result = runTdkt(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("gives every command's --help an example", () => {
    for (const command of [["init"], ["agencies", "import"], ["rules", "set"], ["meeting"]]) {
      const result = runTdkt([...command, "--help"]);
      expect(result.status, command.join(" ")).toBe(0);
      expect(result.stdout, command.join(" ")).toMatch(/\$ tdkt /);
    }
  });

  it.each([
    [["agencies", "import"], "mã đơn vị", "code,name,short_name,order", "STP,Sở Tư pháp"],
    [["criteria", "import"], "điểm tối đa", "mã,tên tiêu chí,điểm tối đa,loại", "TC01,"],
    [["import"], "tiêu chí", "agency,criterion,points,note", "STP,TC01,30,"],
    [["ballots", "import"], "lựa chọn", "ballot,race,choice", "1,flag,STP"],
  ])(
    "gives the columns and an example file in the help of %j",
    (command, header, first, second) => {
      for (const lang of ["vi", "en"]) {
        const result = runTdkt(["--lang", lang, ...command, "--help"]);
        expect(result.status).toBe(0);
        expect(result.stdout, lang).toContain(header);
        const lines = result.stdout.split("\n").map((line) => line.trim());
        const at = lines.indexOf(first);
        expect(at, `${lang}: ${first}`).toBeGreaterThan(0);
        expect(lines[at + 1], lang).toContain(second);
      }
    },
  );

  it("says Usage, Options and Commands in Vietnamese by default, in English with --lang en", () => {
    const vi = runTdkt(["--help"]).stdout;
    expect(vi).toMatch(/^Cách dùng: tdkt \[tùy-chọn\] \[lệnh\]/);
    expect(vi).toMatch(/^Tùy chọn:$/m);
    expect(vi).toMatch(/^Lệnh:$/m);
    const en = runTdkt(["--lang", "en", "--help"]).stdout;
    expect(en).toMatch(/^Usage: tdkt \[options\] \[command\]/);
    expect(en).toMatch(/^Commands:$/m);
  });

  it.each([
    [["frobnicate"], "lệnh không có: 'frobnicate'"],
    [["tally"], "thiếu đối số bắt buộc 'năm'"],
    [["--nope", "rules", "show"], "tùy chọn không có: '--nope'"],
    [["tally", "2019", "2020"], "thừa đối số: cần 1, nhận được 2"],
    [["--lang", "en", "frobnicate"], "unknown command 'frobnicate'"],
    [["--lang", "en", "tally"], "missing required argument 'year'"],
    [["--lang", "en", "--nope", "rules", "show"], "unknown option '--nope'"],
    [["rules", "set", "nope", "1"], "nope"],
    [
      ["rules", "set", "threshold.base", "everyone"],
      "members/thanhvien (tổng số thành viên) | present/comat",
    ],
    [
      ["--lang", "en", "rules", "set", "threshold.base", "everyone"],
      "members | present | returned | valid",
    ],
  ])("exits 2 on a usage error: %j", (args, text) => {
    const result = runTdkt(["--db", join(dir, "x.db"), ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^tdkt: /);
    expect(result.stderr).toContain(text);
    expect(result.stdout).toBe("");
  });

  it.each([
    [["tally"], 2, "missing-argument"],
    [["tally", "20x"], 2, "usage"],
    [["frobnicate"], 2, "unknown-command"],
    [["agencies", "list"], 1, "data"],
  ])("with --json, a failure is one JSON document on stdout: %j", (args, status, code) => {
    const result = runTdkt(["--json", "--db", join(dir, "none.db"), ...args]);
    expect(result.status).toBe(status);
    const document = JSON.parse(result.stdout) as {
      error: { code: string; message: string; hint: string | null };
    };
    expect(Object.keys(document)).toEqual(["error"]);
    expect(document.error.code).toBe(code);
    expect(result.stderr).toContain(document.error.message.split("\n")[0]);
    expect(document.error.hint).toEqual(expect.any(String));
  });

  it("never creates a database for a command that only reads", () => {
    const db = join(dir, "missing.db");
    const result = runTdkt(["--db", db, "agencies", "list"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(db);
    expect(result.stderr).toContain("tdkt init");
    expect(existsSync(db)).toBe(false);
  });

  it("takes the database from TDKT_DB, then ./tdkt.db", () => {
    const viaEnv = join(dir, "env.db");
    const init = runTdkt(["init", "--bloc", "A", "--name", "Khối A"], {
      env: { TDKT_DB: viaEnv },
    });
    expect(init.status).toBe(0);
    expect(existsSync(viaEnv)).toBe(true);
    const local = runTdkt(["init", "--bloc", "B", "--name", "Khối B"], { cwd: dir });
    expect(local.status).toBe(0);
    expect(existsSync(join(dir, "tdkt.db"))).toBe(true);
  });

  it("does not hang or prompt for init off a terminal: exit 2 naming the options", () => {
    const result = runTdkt(["--db", join(dir, "x.db"), "init"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--bloc");
    expect(result.stderr).toContain("--name");
    expect(existsSync(join(dir, "x.db"))).toBe(false);
  });

  it("keeps --json output to exactly one JSON document", () => {
    const db = seedDatabase(dir);
    for (const args of [
      ["agencies", "list"],
      ["rules", "show"],
      ["criteria", "list", "2019"],
      ["leaders", "2019"],
    ]) {
      const result = runTdkt(["--db", db, "--json", ...args]);
      expect(result.status, args.join(" ")).toBe(0);
      expect(() => JSON.parse(result.stdout), args.join(" ")).not.toThrow();
    }
  });

  it("accepts the global options after the command too", () => {
    const db = seedDatabase(dir);
    const result = runTdkt(["agencies", "list", "--db", db, "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).agencies).toHaveLength(10);
  });

  it("speaks English with --lang en or TDKT_LANG=en", () => {
    const db = join(dir, "none.db");
    const flag = runTdkt(["--db", db, "--lang", "en", "agencies", "list"]);
    const env = runTdkt(["--db", db, "agencies", "list"], { env: { TDKT_LANG: "en" } });
    const vi = runTdkt(["--db", db, "agencies", "list"]);
    expect(flag.stderr).toContain("no database at");
    expect(env.stderr).toContain("no database at");
    expect(vi.stderr).toContain("không có cơ sở dữ liệu");
  });

  it("needs --bloc when the database holds several blocs", () => {
    const db = seedDatabase(dir);
    expect(runTdkt(["--db", db, "init", "--bloc", "KHAC", "--name", "Khối khác"]).status).toBe(0);
    const ambiguous = runTdkt(["--db", db, "agencies", "list"]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain("--bloc");
    const chosen = runTdkt(["--db", db, "--bloc", "NOICHINH", "--json", "agencies", "list"]);
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout).bloc).toBe("NOICHINH");
  });

  it("prints no stack trace for a user's mistake, and one with TDKT_DEBUG=1", () => {
    const notDb = join(dir, "not.db");
    writeFileSync(notDb, "this is not a database, just text\n".repeat(200));
    const plain = runTdkt(["--db", notDb, "agencies", "list"]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/^tdkt: .*not\.db/m);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = runTdkt(["--db", notDb, "agencies", "list"], { env: { TDKT_DEBUG: "1" } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("uses no colour when stdout is not a terminal, and colour with FORCE_COLOR", () => {
    const db = seedDatabase(dir);
    const plain = runTdkt(["--db", db, "agencies", "list"]);
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = runTdkt(["--db", db, "agencies", "list"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[");
    const noColor = runTdkt(["--db", db, "agencies", "list"], {
      env: { FORCE_COLOR: undefined, NO_COLOR: "1" },
    });
    expect(noColor.stdout).not.toContain("\u001b[");
  });
});
