/**
 * Two secretaries (or one impatient one) running tdkt on the same database at
 * once: every import lands, each exactly once; a command that cannot get the
 * database in time fails with a clear "busy" message and changes nothing;
 * readers are never blocked by a writer.
 */
import { copyFileSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE, hasExited, holdsWriteLock } from "./crash-harness.js";
import {
  failureProblems,
  type Generated,
  generatedDatabase,
  integrity,
  type Run,
  SEED,
  snapshot,
  tdkt,
  tdktAsync,
  tempDir,
  writeAgencies,
  writeCriteria,
} from "./helpers.js";
import { tdktHere } from "./in-process.js";

let dir: string;
let cleanup: () => void;
let generated: Generated;
let copies = 0;

const MEMBERS = 6;
const CRITERIA = 100;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  generated = await generatedDatabase(dir, MEMBERS, CRITERIA);
});
afterAll(() => cleanup());

function freshCopy(): string {
  const path = join(dir, `copy-${++copies}.db`);
  copyFileSync(generated.db, path);
  return path;
}

const points = (agency: number, criterion: number) => (agency * 13 + criterion * 7) % 100;

/** One sheet per agency, named after its code (the agency column left out, as the contract allows). */
function sheets(): string[] {
  return generated.agencies.map((code, a) => {
    const path = join(dir, `${code}.csv`);
    const rows = generated.criteria.map((criterion, c) => `${criterion},${points(a, c)}`);
    writeFileSync(path, `criterion,points\n${rows.join("\n")}\n`);
    return path;
  });
}

function scoreTable(db: string): Map<string, number[]> {
  const handle = new Database(db, { readonly: true });
  try {
    const rows = handle
      .prepare(
        `SELECT a.code AS agency, c.code AS criterion, s.points AS points
         FROM score s JOIN agency a ON a.id = s.agency_id JOIN criterion c ON c.id = s.criterion_id
         ORDER BY a.code, c.code`,
      )
      .all() as Array<{ agency: string; criterion: string; points: number }>;
    const table = new Map<string, number[]>();
    for (const row of rows) table.set(row.agency, [...(table.get(row.agency) ?? []), row.points]);
    return table;
  } finally {
    handle.close();
  }
}

function scoreLog(db: string): Array<{ scope: string; n: number }> {
  const handle = new Database(db, { readonly: true });
  try {
    return handle
      .prepare(
        "SELECT scope, count(*) AS n FROM import_log WHERE kind = 'scores' GROUP BY scope ORDER BY scope",
      )
      .all() as Array<{ scope: string; n: number }>;
  } finally {
    handle.close();
  }
}

function expectAllScores(db: string): void {
  const table = scoreTable(db);
  expect([...table.keys()]).toEqual(generated.agencies);
  generated.agencies.forEach((code, a) => {
    expect(table.get(code), code).toEqual(generated.criteria.map((_, c) => points(a, c)));
  });
  expect(scoreLog(db)).toEqual(generated.agencies.map((scope) => ({ scope, n: 1 })));
  expect(integrity(db)).toBe("ok");
}

describe("imports at the same time", () => {
  it("one score sheet per agency, all started at once: all land, each once", async () => {
    const db = freshCopy();
    const files = sheets();
    const runs = await Promise.all(
      files.map((file) => tdktAsync(["--db", db, "import", "2019", file]).done),
    );
    runs.forEach((run, i) => {
      expect(run.status, `${files[i]}: ${run.stderr}`).toBe(0);
    });
    expectAllScores(db);

    // All of them again, at once: nothing changes, nothing is doubled.
    const before = snapshot(db);
    const again = await Promise.all(
      files.map((file) => tdktAsync(["--lang", "en", "--db", db, "import", "2019", file]).done),
    );
    for (const run of again) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("Nothing changed");
    }
    expect(snapshot(db)).toEqual(before);
  });

  it("the same file twice at once: it lands once", async () => {
    const db = freshCopy();
    const [file] = sheets();
    const runs = await Promise.all(
      [1, 2, 3].map(() => tdktAsync(["--db", db, "import", "2019", file as string]).done),
    );
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const table = scoreTable(db);
    expect([...table.keys()]).toEqual([generated.agencies[0]]);
    expect(table.get(generated.agencies[0] as string)).toHaveLength(CRITERIA);
    expect(scoreLog(db)).toEqual([{ scope: generated.agencies[0], n: 1 }]);
  });

  it("score imports, members, criteria, rules and a new bloc, all at once", async () => {
    const db = freshCopy();
    const files = sheets();
    const agencies2020 = join(dir, "agencies-2020.csv");
    writeAgencies(agencies2020, [...generated.agencies, "A99999"]);
    const criteria2020 = join(dir, "criteria-2020.csv");
    writeCriteria(criteria2020, generated.criteria.slice(0, 20));
    const commands = [
      ...files.map((file) => ["import", "2019", file]),
      ["agencies", "import", "2020", agencies2020],
      ["criteria", "import", "2020", criteria2020],
      ["rules", "set", "quorum", "1/2"],
      ["rules", "set", "seats.certificate", "2", "--year", "2019"],
      ["meeting", "2019", "--date", "2019-12-20", "--place", "Sở Tư pháp"],
    ];
    const runs = await Promise.all(
      commands.map((args) => tdktAsync(["--bloc", "KHOI", "--db", db, ...args]).done),
    );
    // A second bloc is created while the others write.
    const init = tdkt(["--db", db, "init", "--bloc", "KHAC", "--name", "Khối khác"]);
    runs.push(init);
    runs.forEach((run, i) => {
      expect(run.status, `${commands[i]?.join(" ") ?? "init"}: ${run.stderr}`).toBe(0);
    });
    expectAllScores(db);
    const handle = new Database(db, { readonly: true });
    try {
      expect(
        handle.prepare("SELECT count(*) AS n FROM membership WHERE from_year = 2020").get(),
      ).toEqual({ n: MEMBERS + 1 });
      expect(handle.prepare("SELECT count(*) AS n FROM criterion WHERE year = 2020").get()).toEqual(
        { n: 20 },
      );
      // A rule set with no count yet holds from the first year; --year sets one year.
      expect(handle.prepare("SELECT from_year, key, value FROM rule_from").all()).toEqual([
        { from_year: 0, key: "quorum", value: "1/2" },
      ]);
      expect(handle.prepare("SELECT year, key, value FROM rule ORDER BY year, key").all()).toEqual([
        { year: 2019, key: "seats.certificate", value: "2" },
      ]);
      expect(handle.prepare("SELECT code FROM bloc ORDER BY code").all()).toEqual([
        { code: "KHAC" },
        { code: "KHOI" },
      ]);
    } finally {
      handle.close();
    }
  });

  it("init of several blocs into a new file at once: one schema, every bloc", async () => {
    const db = join(dir, "new-at-once.db");
    const codes = ["A", "B", "C", "D", "E"];
    const runs = await Promise.all(
      codes.map(
        (code) => tdktAsync(["--db", db, "init", "--bloc", code, "--name", `Khối ${code}`]).done,
      ),
    );
    runs.forEach((run) => {
      expect(run.status, run.stderr).toBe(0);
    });
    const handle = new Database(db, { readonly: true });
    try {
      expect(handle.prepare("SELECT code FROM bloc ORDER BY code").all()).toEqual(
        codes.map((code) => ({ code })),
      );
    } finally {
      handle.close();
    }
    expect(integrity(db)).toBe("ok");
  });
});

describe("a database held by another writer", () => {
  /** Holds the write lock from this process, as a long import would. */
  function hold(db: string): () => void {
    const handle = new Database(db);
    handle.pragma("busy_timeout = 5000");
    handle.exec("BEGIN IMMEDIATE");
    handle.prepare("INSERT INTO rule (bloc_id, year, key, value) VALUES (1, 0, 'x', 'held')").run();
    return () => {
      handle.exec("ROLLBACK");
      handle.close();
    };
  }

  const writers = (file: string): string[][] => [
    ["import", "2019", file],
    ["agencies", "import", "2020", join(SEED, "agencies.csv")],
    ["criteria", "import", "2020", join(SEED, "criteria.csv")],
    ["rules", "set", "quorum", "1/2"],
    ["meeting", "2019", "--place", "Sở Tư pháp"],
    ["disqualify", "2019", "A00001", "--reason", "Đang thanh tra"],
    ["init", "--bloc", "KHAC", "--name", "Khối khác"],
  ];

  it("gives up after TDKT_BUSY_TIMEOUT with a clear message, changes nothing; then works", async () => {
    const db = freshCopy();
    const [file] = sheets();
    const before = snapshot(db);
    const release = hold(db);
    let runs: Run[];
    let reads: Run[];
    try {
      const env = { TDKT_BUSY_TIMEOUT: "200" };
      runs = await Promise.all(
        writers(file as string).map(
          (args) => tdktAsync(["--lang", "en", "--db", db, ...args], { env }).done,
        ),
      );
      // Readers are not blocked by a writer (WAL).
      reads = await Promise.all(
        [
          ["agencies", "list"],
          ["scores", "2019"],
          ["rules", "show"],
        ].map((args) => tdktAsync(["--db", db, ...args], { env }).done),
      );
    } finally {
      release();
    }
    runs.forEach((run, i) => {
      const what = writers(file as string)[i]?.join(" ");
      expect(failureProblems(run), `${what}: ${run.stderr}`).toEqual([]);
      expect(run.stderr, what).toContain(`the database ${db} is busy`);
      expect(run.stderr, what).toContain("0.2 s");
      expect(run.stderr, what).toContain("run again when the other command is done");
    });
    for (const run of reads) expect(run.status, run.stderr).toBe(0);
    expect(snapshot(db)).toEqual(before);
    expect(integrity(db)).toBe("ok");

    // The same commands, with the database free, succeed.
    for (const args of writers(file as string)) {
      const run = await tdktHere(["--db", db, ...args]);
      expect(run.status, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    }
  });

  it.skipIf(!CAN_OBSERVE)(
    "waits for the other writer within the default timeout, then lands",
    async () => {
      const db = freshCopy();
      const [file] = sheets();
      const release = hold(db);
      const before = snapshot(db);
      const started = tdktAsync(["--db", db, "import", "2019", file as string]);
      // Proof that it waits rather than gives up: it has the database open, it is
      // asleep in SQLite's busy handler (a nanosleep, not the event loop's
      // epoll), it does not hold the write lock, and the database is unchanged.
      const pid = started.child.pid as number;
      let waiting = false;
      for (let look = 0; look < 500 && !waiting && !hasExited(pid); look++) {
        waiting =
          opensFile(pid, `${db}-shm`) && inBusySleep(pid) && !holdsWriteLock(pid, `${db}-shm`);
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const stillRunning = !hasExited(pid);
      const unchanged = snapshot(db).digest === before.digest;
      release();
      const run = await started.done;
      expect(waiting, run.stderr).toBe(true);
      expect(stillRunning, run.stderr).toBe(true);
      expect(unchanged).toBe(true);
      expect(run.status, run.stderr).toBe(0);
      expect(scoreTable(db).get(generated.agencies[0] as string)).toHaveLength(CRITERIA);
      expect(integrity(db)).toBe("ok");
    },
  );
});

/** Whether the process has `path` open. */
function opensFile(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** Whether the process's main thread sleeps in nanosleep (x86-64 and arm64 syscall numbers). */
function inBusySleep(pid: number): boolean {
  try {
    const [number] = readFileSync(`/proc/${pid}/syscall`, "utf8").split(" ");
    if (number === "230" || number === "35" || number === "115" || number === "101") return true;
    return readFileSync(`/proc/${pid}/wchan`, "utf8").includes("nanosleep");
  } catch {
    return false;
  }
}
