import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getBallot, listBallots, replaceBallot, saveBallot } from "../../src/db/ballots.js";
import { insertBloc } from "../../src/db/blocs.js";
import { type Db, openDatabase } from "../../src/db/connection.js";
import {
  claimEntrySession,
  getEntrySession,
  releaseEntrySession,
  touchEntrySession,
} from "../../src/db/entry-sessions.js";

let db: Db;
let blocId: number;

beforeEach(() => {
  db = openDatabase(":memory:", "create");
  blocId = insertBloc(db, { code: "B", name: "Bloc", province: null }, "now").id;
});

afterEach(() => db.close());

describe("one ballot at a time", () => {
  it("lists ballots in number order with their races, reads one, replaces one", () => {
    const target = { blocId, year: 2019, round: 1, entry: 1 as const };
    saveBallot(db, target, "10", { flag: ["B"], certificate: [] });
    saveBallot(db, target, "2", { flag: ["A"], certificate: ["A", "B"] });
    saveBallot(db, { ...target, entry: 2 }, "2", { flag: ["C"] });
    expect(listBallots(db, blocId, 2019, 1)).toEqual([
      { ballot: "2", races: { flag: ["A"], certificate: ["A", "B"] } },
      { ballot: "10", races: { flag: ["B"], certificate: [] } },
    ]);
    expect(listBallots(db, blocId, 2019, 1, 2)).toEqual([{ ballot: "2", races: { flag: ["C"] } }]);
    expect(listBallots(db, blocId, 2019, 2)).toEqual([]);
    expect(getBallot(db, target, "2")).toEqual({ flag: ["A"], certificate: ["A", "B"] });
    expect(getBallot(db, target, "3")).toBeUndefined();
    replaceBallot(db, target, "2", { flag: [], certificate: ["B"] });
    expect(getBallot(db, target, "2")).toEqual({ flag: [], certificate: ["B"] });
    // The second entry is its own.
    expect(getBallot(db, { ...target, entry: 2 }, "2")).toEqual({ flag: ["C"] });
  });
});

describe("entry sessions", () => {
  it("claims, refreshes only its own row, and releases only its own row", () => {
    const key = { blocId, year: 2019, entry: 1 as const };
    const me = { pid: 11, host: "a" };
    claimEntrySession(db, key, { ...me, round: 1, heartbeatAt: 100 });
    expect(getEntrySession(db, key)).toEqual({ round: 1, pid: 11, host: "a", heartbeatAt: 100 });
    expect(touchEntrySession(db, key, me, 200)).toBe(true);
    expect(touchEntrySession(db, key, { pid: 12, host: "a" }, 300)).toBe(false);
    expect(getEntrySession(db, key)?.heartbeatAt).toBe(200);
    releaseEntrySession(db, key, { pid: 12, host: "a" });
    expect(getEntrySession(db, key)).toBeDefined();
    // Another entry of the same year is another session.
    expect(getEntrySession(db, { ...key, entry: 2 })).toBeUndefined();
    releaseEntrySession(db, key, me);
    expect(getEntrySession(db, key)).toBeUndefined();
  });
});
