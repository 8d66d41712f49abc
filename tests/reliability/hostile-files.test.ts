/**
 * Hostile files, as they turn up on an office machine: a database that is
 * read-only, not a database, damaged, another program's, made by a newer
 * tdkt; an input file that is missing, unreadable, empty, only a header,
 * binary, holding NUL bytes or an enormous line. Each must give exit 1 and
 * `tdkt:` lines saying what to do, no stack trace, and leave the database
 * exactly as it was.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/db/schema.js";
import {
  CAN_RUN_UNPRIVILEGED,
  failureProblems,
  fileState,
  ROOT,
  type Run,
  SEED,
  seedDatabase,
  snapshot,
  tdkt,
  tdktAll,
  tdktAsync,
  tempDir,
} from "./helpers.js";
import { tdktHere } from "./in-process.js";

let dir: string;
let cleanup: () => void;
/** The seed bloc with its members and criteria for 2019: copied for each case. */
let base: string;
let counter = 0;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  base = await seedDatabase(dir);
});
afterAll(() => {
  // Give back the rights taken away, so that the folder can be removed.
  chmodTree(dir);
  cleanup();
});

function chmodTree(folder: string): void {
  for (const name of ["", "ro", "ro/tdkt.db", "rw", "rw/tdkt.db"]) {
    const path = join(folder, name);
    if (existsSync(path)) chmodSync(path, name.endsWith(".db") ? 0o644 : 0o755);
  }
}

function freshCopy(): string {
  const path = join(dir, `case-${++counter}.db`);
  copyFileSync(base, path);
  return path;
}

/** A deterministic stream of bytes (xorshift), so that a failure can be replayed. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function expectCleanFailure(run: Run, ...mentions: string[]): void {
  expect(failureProblems(run), run.stderr).toEqual([]);
  for (const text of mentions) expect(run.stderr).toContain(text);
}

/* ------------------------------------------------------------ databases */

/** A read command, a write command, a score import and init: the four ways to open a database. */
function commands(): Array<{ name: string; args: string[] }> {
  return [
    { name: "agencies list", args: ["agencies", "list"] },
    { name: "rules set", args: ["rules", "set", "quorum", "1/2"] },
    { name: "import", args: ["import", "2019", join(SEED, "scores", "STP.csv")] },
    { name: "init", args: ["init", "--bloc", "MOI", "--name", "Khối mới"] },
  ];
}

interface DatabaseCase {
  name: string;
  make(path: string): void;
  /** Words of the message (English). */
  says: RegExp;
  /** init creates the database in this file (an empty file). */
  initSucceeds?: boolean;
}

const DATABASE_CASES: DatabaseCase[] = [
  {
    name: "a text file",
    make: (path) => writeFileSync(path, "Biên bản hội nghị tổng kết năm 2019\n".repeat(200)),
    says: /not a tdkt \(SQLite\) database/,
  },
  {
    name: "random bytes",
    make: (path) => writeFileSync(path, noise(64 * 1024, 7)),
    says: /not a tdkt \(SQLite\) database/,
  },
  {
    name: "a tdkt database cut short (a copy that did not finish)",
    make: (path) => writeFileSync(path, readFileSync(base).subarray(0, 4096 * 3)),
    says: /not a tdkt \(SQLite\) database, or it is damaged/,
  },
  {
    name: "a tdkt database from a newer schema version",
    make: (path) => {
      copyFileSync(base, path);
      const db = new Database(path);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
    },
    says: /newer tdkt .*upgrade tdkt/s,
  },
  {
    name: "another program's SQLite database",
    make: (path) => {
      const db = new Database(path);
      db.exec(
        "CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT); INSERT INTO photo VALUES (1, 'a.jpg')",
      );
      db.close();
    },
    says: /database of another program/,
  },
  {
    name: "an empty file",
    make: (path) => writeFileSync(path, ""),
    says: /is empty, not yet a tdkt database.*tdkt init/s,
    initSucceeds: true,
  },
  {
    name: "an empty SQLite file (an init killed before the schema)",
    make: (path) => {
      const db = new Database(path);
      db.pragma("journal_mode = WAL");
      db.close();
    },
    says: /is empty, not yet a tdkt database.*tdkt init/s,
    initSucceeds: true,
  },
];

describe("hostile database files", () => {
  for (const testCase of DATABASE_CASES) {
    it(`${testCase.name}: exit 1, a message, the file untouched`, async () => {
      const list = commands();
      const paths = list.map(() => {
        const path = join(dir, `db-${++counter}.db`);
        testCase.make(path);
        return path;
      });
      const states = paths.map((path) => fileState(path));
      const runs: Run[] = [];
      for (const [i, command] of list.entries()) {
        runs.push(await tdktHere(["--lang", "en", "--db", paths[i] as string, ...command.args]));
      }
      list.forEach((command, i) => {
        const run = runs[i] as Run;
        const path = paths[i] as string;
        if (command.name === "init" && testCase.initSucceeds) {
          expect(run.status, run.stderr).toBe(0);
          return;
        }
        expect(failureProblems(run), `${command.name}: ${run.stderr}`).toEqual([]);
        expect(run.stderr, command.name).toMatch(testCase.says);
        expect(run.stderr, command.name).toContain(path);
        expect(fileState(path), `${command.name} changed the file`).toBe(states[i]);
      });
    });
  }

  it("the binary says the same, without a stack trace", async () => {
    const runs = await tdktAll(
      DATABASE_CASES.map((testCase) => {
        const path = join(dir, `db-${++counter}.db`);
        testCase.make(path);
        return { args: ["--lang", "en", "--db", path, "rules", "set", "quorum", "1/2"] };
      }),
    );
    DATABASE_CASES.forEach((testCase, i) => {
      const run = runs[i] as Run;
      expect(failureProblems(run), `${testCase.name}: ${run.stderr}`).toEqual([]);
      expect(run.stderr, testCase.name).toMatch(testCase.says);
    });
  });

  it("a folder where the database should be", async () => {
    const folder = join(dir, "a-folder.db");
    mkdirSync(folder);
    for (const command of commands()) {
      const run = await tdktHere(["--lang", "en", "--db", folder, ...command.args]);
      expectCleanFailure(run, folder, "inside that folder");
    }
  });

  it("init into a folder that does not exist", () => {
    const path = join(dir, "no", "such", "folder", "tdkt.db");
    const run = tdkt(["--lang", "en", "--db", path, "init", "--bloc", "A", "--name", "A"]);
    expectCleanFailure(run, "does not exist");
    expect(existsSync(join(dir, "no"))).toBe(false);
  });

  it.skipIf(!CAN_RUN_UNPRIVILEGED)(
    "a read-only database in a read-only folder: writes refused, nothing changed",
    async () => {
      const folder = join(dir, "ro");
      mkdirSync(folder);
      const path = join(folder, "tdkt.db");
      copyFileSync(base, path);
      chmodSync(path, 0o444);
      chmodSync(folder, 0o555);
      const before = snapshot(path);
      const state = fileState(path);
      const writes = commands().filter((command) => command.name !== "agencies list");
      const runs = await tdktAll(
        writes.map((command) => ({
          args: ["--lang", "en", "--db", path, ...command.args],
          options: { unprivileged: true },
        })),
      );
      writes.forEach((command, i) => {
        const run = runs[i] as Run;
        expect(failureProblems(run), `${command.name}: ${run.stderr}`).toEqual([]);
        expect(run.stderr, command.name).toMatch(/cannot write to .*read-only/s);
        expect(run.stderr, command.name).toMatch(/make the file and its folder writable/);
      });
      // Reading is refused too (SQLite needs the -shm file beside a WAL database), with the same advice.
      const read = tdkt(["--lang", "en", "--db", path, "agencies", "list"], { unprivileged: true });
      expect(read.status === 0 || failureProblems(read).length === 0, read.stderr).toBe(true);
      expect(fileState(path)).toBe(state);
      expect(snapshot(path)).toEqual(before);
    },
  );

  it.skipIf(!CAN_RUN_UNPRIVILEGED)(
    "a read-only database in a writable folder: read works, writes refused, nothing changed",
    async () => {
      const folder = join(dir, "rw");
      mkdirSync(folder);
      chmodSync(folder, 0o777);
      const path = join(folder, "tdkt.db");
      copyFileSync(base, path);
      chmodSync(path, 0o444);
      const before = snapshot(path);
      const read = tdkt(["--lang", "en", "--db", path, "agencies", "list"], { unprivileged: true });
      expect(read.status, read.stderr).toBe(0);
      expect(read.stdout).toContain("STP");
      const writes = commands().filter((command) => command.name !== "agencies list");
      const runs = await tdktAll(
        writes.map((command) => ({
          args: ["--lang", "en", "--db", path, ...command.args],
          options: { unprivileged: true },
        })),
      );
      writes.forEach((command, i) => {
        const run = runs[i] as Run;
        expect(failureProblems(run), `${command.name}: ${run.stderr}`).toEqual([]);
        expect(run.stderr, command.name).toMatch(/cannot write to .*read-only/s);
      });
      expect(snapshot(path)).toEqual(before);
    },
  );
});

/* ---------------------------------------------------------- input files */

interface ImportCommand {
  name: string;
  args(file: string): string[];
  header: string;
}

const IMPORTS: ImportCommand[] = [
  { name: "import", args: (f) => ["import", "2019", f], header: "agency,criterion,points" },
  {
    name: "agencies import",
    args: (f) => ["agencies", "import", "2020", f],
    header: "code,name",
  },
  {
    name: "criteria import",
    args: (f) => ["criteria", "import", "2020", f],
    header: "code,title,max_points",
  },
  {
    name: "ballots import",
    args: (f) => ["ballots", "import", "2019", f],
    header: "ballot,race,choice",
  },
];

interface InputCase {
  name: string;
  /** Writes the file (or not) and returns its path. */
  make(folder: string, command: ImportCommand): string;
  unprivileged?: boolean;
  /** The file's name is not in the message (the message names the folder). */
  unnamed?: boolean;
}

/** Rows that each command would accept, to pad a file before its problem. */
function goodRows(command: ImportCommand, count: number): string {
  const rows: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (command.name === "import") rows.push(`STP,TC${String((i % 10) + 1).padStart(2, "0")},1`);
    else if (command.name === "agencies import") rows.push(`X${i},Cơ quan ${i}`);
    else if (command.name === "criteria import") rows.push(`K${i},Tiêu chí ${i},1`);
    else rows.push(`${i},flag,STP`);
  }
  return rows.join("\n");
}

const INPUT_CASES: InputCase[] = [
  { name: "a missing file", make: (folder) => join(folder, "khong-co.csv") },
  {
    name: "a folder",
    make: (folder) => {
      const path = join(folder, "thu-muc.csv");
      mkdirSync(path);
      return path;
    },
  },
  {
    name: "an unreadable file",
    unprivileged: true,
    make: (folder, command) => {
      const path = join(folder, "khoa.csv");
      writeFileSync(path, `${command.header}\n${goodRows(command, 3)}\n`);
      chmodSync(path, 0o000);
      return path;
    },
  },
  {
    name: "an empty file",
    make: (folder) => {
      const path = join(folder, "rong.csv");
      writeFileSync(path, "");
      return path;
    },
  },
  {
    name: "blank lines only",
    make: (folder) => {
      const path = join(folder, "trang.csv");
      writeFileSync(path, "\n\r\n  \n\n");
      return path;
    },
  },
  {
    name: "a header only",
    make: (folder, command) => {
      const path = join(folder, "chi-tieu-de.csv");
      writeFileSync(path, `${command.header}\n`);
      return path;
    },
  },
  {
    name: "a binary file",
    make: (folder) => {
      const path = join(folder, "nhi-phan.csv");
      writeFileSync(path, noise(200 * 1024, 42));
      return path;
    },
  },
  {
    name: "binary bytes without NUL",
    make: (folder) => {
      const path = join(folder, "nhi-phan-2.csv");
      writeFileSync(
        path,
        Buffer.from(noise(50 * 1024, 9).map((byte) => (byte === 0 ? 0xff : byte))),
      );
      return path;
    },
  },
  {
    name: "an Excel workbook renamed .csv",
    make: (folder) => {
      const path = join(folder, "so-lieu.csv");
      copyFileSync(join(ROOT, "fixtures", "csv", "hostile", "workbook-renamed.csv"), path);
      return path;
    },
  },
  {
    name: "a NUL byte inside a field",
    make: (folder, command) => {
      const path = join(folder, "nul.csv");
      writeFileSync(path, `${command.header}\n${goodRows(command, 2)}\nA\u0000B,C,1\n`);
      return path;
    },
  },
  {
    name: "UTF-16 without its byte order mark",
    make: (folder, command) => {
      const path = join(folder, "utf16.csv");
      writeFileSync(path, Buffer.from(`${command.header}\n${goodRows(command, 2)}\n`, "utf16le"));
      return path;
    },
  },
  {
    name: "an enormous line (3 MiB)",
    make: (folder, command) => {
      const path = join(folder, "dong-dai.csv");
      writeFileSync(
        path,
        `${command.header}\n${goodRows(command, 2)}\n${"x".repeat(3 << 20)},1,1\n`,
      );
      return path;
    },
  },
  {
    name: "an enormous quoted field that never closes",
    make: (folder, command) => {
      const path = join(folder, "ngoac.csv");
      writeFileSync(path, `${command.header}\n"${"Tòa án, ".repeat(400_000)}\n`);
      return path;
    },
  },
  {
    name: "invalid UTF-8 far into the file",
    make: (folder, command) => {
      const path = join(folder, "hong.csv");
      const text = `${command.header}\n${goodRows(command, 6000)}\n`;
      writeFileSync(path, Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0x0a])]));
      return path;
    },
  },
];

describe("hostile input files", () => {
  for (const command of IMPORTS) {
    it(`${command.name}: every hostile file refused with a message, the database unchanged`, async () => {
      const cases = INPUT_CASES.filter((c) => CAN_RUN_UNPRIVILEGED || !c.unprivileged).map(
        (inputCase) => {
          const folder = join(dir, `in-${++counter}`);
          mkdirSync(folder);
          chmodSync(folder, 0o777);
          const db = freshCopy();
          if (inputCase.unprivileged) {
            chmodSync(db, 0o666);
            chmodSync(dir, 0o777);
          }
          return { inputCase, db, file: inputCase.make(folder, command) };
        },
      );
      const befores = cases.map(({ db }) => snapshot(db));
      const runs: Run[] = [];
      for (const { inputCase, db, file } of cases) {
        const args = ["--db", db, ...command.args(file)];
        // Permissions bind only another user than root: that case runs the binary as one.
        runs.push(
          inputCase.unprivileged
            ? await tdktAsync(args, { unprivileged: true }).done
            : await tdktHere(args),
        );
      }
      chmodSync(dir, 0o755);
      cases.forEach(({ inputCase, db, file }, i) => {
        const run = runs[i] as Run;
        const where = `${command.name}, ${inputCase.name}`;
        expect(failureProblems(run), `${where}: ${run.stderr}`).toEqual([]);
        // The message names the file (as given, or relative to the working folder).
        expect(run.stderr, where).toContain(file.split("/").pop() as string);
        expect(snapshot(db), `${where} changed the database`).toEqual(befores[i]);
      });
    }, 60_000);
  }
});

describe("hostile input files, through the binary", () => {
  it("binary, NUL, enormous line and missing file: the same clean refusal", async () => {
    const command = IMPORTS[0] as ImportCommand;
    const picked = INPUT_CASES.filter((c) =>
      [
        "a missing file",
        "a binary file",
        "a NUL byte inside a field",
        "an enormous line (3 MiB)",
      ].includes(c.name),
    );
    const cases = picked.map((inputCase) => {
      const folder = join(dir, `bin-${++counter}`);
      mkdirSync(folder);
      return { inputCase, db: freshCopy(), file: inputCase.make(folder, command) };
    });
    const befores = cases.map(({ db }) => snapshot(db));
    const runs = await tdktAll(
      cases.map(({ db, file }) => ({ args: ["--db", db, ...command.args(file)] })),
    );
    cases.forEach(({ inputCase, db }, i) => {
      const run = runs[i] as Run;
      expect(failureProblems(run), `${inputCase.name}: ${run.stderr}`).toEqual([]);
      expect(snapshot(db)).toEqual(befores[i]);
    });
  });
});

describe("what a file holds never drives the terminal", () => {
  // Cells and headers are quoted in messages: an escape sequence in a CSV file
  // (clear the screen, set the window's title, colours) must not reach the
  // secretary's terminal as it is.
  it("control characters of a file are escaped in messages", async () => {
    const folder = join(dir, `ctl-${++counter}`);
    mkdirSync(folder);
    const file = join(folder, "dieu-khien.csv");
    writeFileSync(
      file,
      "agency,criterion,points\nST\u001b[2JP,TC01,1\nSTP,TC\u001b]0;X\u0007,1\nSTP,TC02,1\u001b[0m\n",
    );
    const run = await tdktHere(["--db", freshCopy(), "import", "2019", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
