/**
 * Many large imports into one database at once, one of them killed -9 in the
 * middle: the others land, each once; the killed one leaves nothing; the
 * database passes `PRAGMA integrity_check`; the killed import then lands.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAN_OBSERVE, killWhen } from "../reliability/crash-harness.js";
import {
  generatedDatabase,
  integrity,
  tdktAsync,
  tempDir,
  writeScores,
} from "../reliability/helpers.js";
import { tdktHere } from "../reliability/in-process.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir("tdkt-faults-"));
});
afterAll(() => cleanup());

function counts(db: string): Map<string, number> {
  const handle = new Database(db, { readonly: true });
  try {
    const rows = handle
      .prepare(
        `SELECT a.code AS agency, count(*) AS n FROM score s JOIN agency a ON a.id = s.agency_id
         GROUP BY a.code ORDER BY a.code`,
      )
      .all() as Array<{ agency: string; n: number }>;
    return new Map(rows.map((row) => [row.agency, row.n]));
  } finally {
    handle.close();
  }
}

describe.skipIf(!CAN_OBSERVE)("concurrent large imports with a crash among them", () => {
  it("ten imports of 30,000 rows at once, the fifth killed while it writes", async () => {
    const g = await generatedDatabase(dir, 1000, 300);
    const files = Array.from({ length: 10 }, (_, part) => {
      const path = join(dir, `part-${part + 1}.csv`);
      writeScores(path, g.agencies.slice(part * 100, (part + 1) * 100), g.criteria);
      return path;
    });
    // Ten queued imports may wait longer than the default 10 s for their turn.
    const env = { TDKT_BUSY_TIMEOUT: "120000" };
    const started = files.map((file) => tdktAsync(["--db", g.db, "import", "2019", file], { env }));
    const victim = started[4];
    if (!victim) throw new Error("no fifth import");
    const kill = killWhen(
      victim.child,
      { db: g.db, csv: files[4] as string },
      (now) => now.writing && now.csvPosition > 0,
    );
    const runs = await Promise.all(started.map((s) => s.done));
    expect(kill.killed).toBe(true);
    runs.forEach((run, i) => {
      if (i === 4) expect(run.signal).toBe("SIGKILL");
      else expect(run.status, run.stderr).toBe(0);
    });
    expect(integrity(g.db)).toBe("ok");
    const landed = counts(g.db);
    g.agencies.forEach((code, a) => {
      const part = Math.floor(a / 100);
      expect(landed.get(code), code).toBe(part === 4 ? undefined : 300);
    });
    const again = await tdktHere(["--db", g.db, "import", "2019", files[4] as string]);
    expect(again.status, again.stderr).toBe(0);
    const all = counts(g.db);
    expect(all.size).toBe(1000);
    for (const n of all.values()) expect(n).toBe(300);
    expect(integrity(g.db)).toBe("ok");
  });
});
