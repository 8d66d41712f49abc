import { describe, expect, it } from "vitest";
import {
  entryRaces,
  LOCK_STALE_MS,
  lockIsLive,
  raceLineOf,
  readCommand,
  readRaceLine,
  runOffOffer,
} from "../../src/core/ballot-entry.js";
import { type Rules, resolveRules, seatsByRace } from "../../src/core/rules.js";
import type { Agency, TallyReport } from "../../src/core/types.js";

const CODES = [
  "STP",
  "CTHADS",
  "VKSND",
  "TTT",
  "BNCTU",
  "BCHQS",
  "BĐBP",
  "CAT",
  "TAND",
  "TGSC",
  "HQ",
  "KBNN",
];
const MEMBERS: Agency[] = CODES.map((code, index) => ({
  code,
  name: `Đơn vị ${code}`,
  shortName: null,
  order: index + 1,
}));

describe("readRaceLine", () => {
  it.each([
    ["3 7", ["VKSND", "BĐBP"]],
    ["STP TGSC", ["STP", "TGSC"]],
    ["stp,tgsc", ["STP", "TGSC"]],
    ["10", ["TGSC"]],
    ["12 11", ["KBNN", "HQ"]],
    ["03", ["VKSND"]],
    ["bđbp", ["BĐBP"]],
    ["", []],
    ["   ", []],
    ["3 3", ["VKSND", "VKSND"]],
  ])("%j marks %j", (line, codes) => {
    expect(readRaceLine(line, MEMBERS)).toEqual({ kind: "marks", codes });
  });

  it.each([
    ["13", "entry.token.number"],
    ["0", "entry.token.number"],
    ["a", "entry.token.unknown"],
    ["*", "entry.token.unknown"],
    ["STPP", "entry.token.unknownNear"],
  ])("%j is refused with %s", (line, code) => {
    const read = readRaceLine(line, MEMBERS);
    expect(read.kind).toBe("problems");
    expect(read.kind === "problems" && read.problems.map((p) => p.code)).toEqual([code]);
  });

  it("numbers follow the list it is given (a run-off's tied agencies)", () => {
    const tied = MEMBERS.filter((m) => m.code === "STP" || m.code === "TGSC");
    expect(readRaceLine("2", tied)).toEqual({ kind: "marks", codes: ["TGSC"] });
    expect(readRaceLine("3", tied).kind).toBe("problems");
    expect(readRaceLine("CAT", tied).kind).toBe("problems");
  });

  it("raceLineOf types marks back as their numbers", () => {
    expect(raceLineOf(["TGSC", "STP"], MEMBERS)).toBe("10 1");
    expect(raceLineOf(["XYZ"], MEMBERS)).toBe("XYZ");
    expect(raceLineOf([], MEMBERS)).toBe("");
  });
});

describe("readCommand", () => {
  it.each([
    ["3 7", undefined],
    ["", undefined],
    ["<", { kind: "back" }],
    ["/xem 3", { kind: "show", ballot: "3" }],
    ["/show 03", { kind: "show", ballot: "3" }],
    ["/sua 12", { kind: "correct", ballot: "12" }],
    ["/sửa 2", { kind: "correct", ballot: "2" }],
    ["/xóa 4", { kind: "delete", ballot: "4" }],
    ["/del 4", { kind: "delete", ballot: "4" }],
    ["/ds", { kind: "list" }],
    ["/xong", { kind: "done" }],
    ["/?", { kind: "help" }],
  ])("%j is %j", (line, command) => {
    expect(readCommand(line)).toEqual(command);
  });

  it.each([
    ["/xem", "entry.command.needsBallot"],
    ["/xoa 1 2", "entry.command.needsBallot"],
    ["/tatca", "entry.command.unknown"],
    ["/xong 3", "entry.command.unknown"],
  ])("%j is refused with %s", (line, code) => {
    const command = readCommand(line);
    expect(command?.kind === "bad" && command.problem.code).toBe(code);
  });
});

describe("entryRaces", () => {
  const seats = (rules: Rules) => seatsByRace(rules, 12);
  it("holds all four races when leaders are voted, only the awards under rotation", () => {
    const vote = resolveRules([]);
    expect(entryRaces(vote, seats(vote))).toEqual(["flag", "certificate", "head", "deputy"]);
    const rotation = resolveRules([{ key: "leaders.mode", value: "rotation" }]);
    expect(entryRaces(rotation, seats(rotation))).toEqual(["flag", "certificate"]);
  });
  it("follows the regulation: the Government's flag first, a race of 0 seats not held", () => {
    const rules = resolveRules([
      { key: "races.awards", value: "govflag,flag,certificate" },
      { key: "seats.certificate", value: "0" },
    ]);
    expect(entryRaces(rules, seats(rules))).toEqual(["govflag", "flag", "head", "deputy"]);
  });
});

describe("runOffOffer", () => {
  const race = (name: string, round: number, tie: string[] | null, previous: unknown[] = []) => ({
    race: name,
    round,
    tie: tie && { agencies: tie, votes: 3, seatsOpen: 1 },
    previousRounds: previous,
  });

  it("offers the races tied after the previous round, with only the tied agencies", () => {
    const report = {
      races: [
        race("flag", 1, ["TGSC", "STP"]),
        race("certificate", 1, null),
        race("head", 1, ["CAT", "TTT"]),
      ],
    } as unknown as TallyReport;
    expect(runOffOffer(report, 1)).toEqual({
      races: ["flag", "head"],
      tied: { flag: ["TGSC", "STP"], head: ["CAT", "TTT"] },
    });
  });

  it("finds the previous round among a race's earlier rounds", () => {
    const report = {
      races: [race("flag", 2, null, [race("flag", 1, ["TGSC", "STP"])])],
    } as unknown as TallyReport;
    expect(runOffOffer(report, 1)?.races).toEqual(["flag"]);
    expect(runOffOffer(report, 2)).toEqual({ races: [], tied: {} });
    expect(runOffOffer(report, 3)).toBeUndefined();
  });
});

describe("lockIsLive", () => {
  const now = 1_000_000;
  const alive = () => true;
  const gone = () => false;
  it.each([
    ["fresh, other host", { pid: 1, host: "b", heartbeatAt: now - 1000 }, alive, true],
    ["fresh, other host, pid unknown here", { pid: 1, host: "b", heartbeatAt: now }, gone, true],
    [
      "stale, other host",
      { pid: 1, host: "b", heartbeatAt: now - LOCK_STALE_MS - 1 },
      alive,
      false,
    ],
    ["fresh, same host, process alive", { pid: 1, host: "a", heartbeatAt: now }, alive, true],
    ["fresh, same host, process gone", { pid: 1, host: "a", heartbeatAt: now }, gone, false],
  ])("%s", (_name, lock, exists, live) => {
    expect(lockIsLive(lock, now, "a", exists)).toBe(live);
  });
});
