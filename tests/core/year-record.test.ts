import { describe, expect, it } from "vitest";
import type { TallyReport } from "../../src/core/types.js";
import {
  decisionChanges,
  diffSnapshots,
  flatten,
  onlyRunOffBallots,
  projectOnto,
} from "../../src/core/year-record.js";

describe("flatten", () => {
  it.each([
    [
      { a: 1, b: { c: "x" } },
      [
        ["a", "1"],
        ["b.c", "x"],
      ],
    ],
    [{ members: [{ code: "STP", name: "Sở Tư pháp" }] }, [["members.STP.name", "Sở Tư pháp"]]],
    [{ scores: [{ agency: "CAT", total: 90 }] }, [["scores.CAT.total", "90"]]],
    [
      { ballots: { deputy: [{ round: 1, ballots: [{ ballot: "4", choices: ["CAT", "STP"] }] }] } },
      [["ballots.deputy.round 1.ballots.#4.choices", "CAT, STP"]],
    ],
    [{ meeting: null }, [["meeting", ""]]],
  ])("%j", (value, expected) => {
    expect([...flatten(value)]).toEqual(expected);
  });
});

describe("diffSnapshots", () => {
  it("lists what changed, appeared and disappeared, in path order", () => {
    const before = new Map([
      ["a", "1"],
      ["b", "2"],
    ]);
    const after = new Map([
      ["b", "3"],
      ["c", "4"],
    ]);
    expect(diffSnapshots(before, after)).toEqual([
      { what: "a", before: "1", after: null },
      { what: "b", before: "2", after: "3" },
      { what: "c", before: null, after: "4" },
    ]);
    expect(diffSnapshots(before, before)).toEqual([]);
  });
});

describe("projectOnto", () => {
  it.each([
    [{ a: 1 }, { a: 2, added: true }, { a: 2 }],
    [
      { list: [{ x: 1 }] },
      {
        list: [
          { x: 1, y: 2 },
          { x: 3, y: 4 },
        ],
      },
      { list: [{ x: 1 }, { x: 3, y: 4 }] },
    ],
    [{ a: { b: 1 } }, { a: null }, { a: null }],
    ["text", "other", "other"],
  ])("%j ← %j", (stored, value, expected) => {
    expect(projectOnto(stored, value)).toEqual(expected);
  });
});

const report = (tie: boolean, elected: string[]): TallyReport =>
  ({
    races: [
      {
        race: "flag",
        round: 1,
        elected,
        tie: tie ? { agencies: ["STP", "CAT"], votes: 5, seatsOpen: 1 } : null,
      },
    ],
    awards: { flag: elected, certificate: [] },
    leaders: { year: 2020, head: "STP", deputy: "CAT" },
  }) as unknown as TallyReport;

describe("onlyRunOffBallots", () => {
  const runOff = { what: "ballots.flag.round 2.ballots.#1.choices", before: null, after: "STP" };
  it.each([
    ["new ballots of the next round of a tied race", [runOff], report(true, []), true],
    ["the same, without a tie", [runOff], report(false, ["STP"]), false],
    [
      "a changed ballot of the counted round",
      [{ what: "ballots.flag.round 1.ballots.#1.choices", before: "CAT", after: "STP" }],
      report(true, []),
      false,
    ],
    [
      "anything else",
      [{ what: "members.STP.name", before: "a", after: "b" }],
      report(true, []),
      false,
    ],
    ["no change", [], report(true, []), false],
  ])("%s", (_name, changes, counted, expected) => {
    expect(onlyRunOffBallots(changes, counted)).toBe(expected);
  });
});

describe("decisionChanges", () => {
  it("names the decisions that differ", () => {
    expect(decisionChanges(report(false, ["STP"]), report(false, ["CAT"]))).toEqual([
      { what: "flag", before: "STP", after: "CAT" },
      { what: "flag (1)", before: "STP", after: "CAT" },
    ]);
    expect(decisionChanges(report(false, ["STP"]), report(false, ["STP"]))).toEqual([]);
  });
});
