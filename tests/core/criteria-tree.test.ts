import { describe, expect, it } from "vitest";
import {
  checkParents,
  parentsFromNumbering,
  scoreTree,
  treeSums,
} from "../../src/core/criteria-tree.js";
import { rankAgencies } from "../../src/core/scoring.js";
import type { Criterion } from "../../src/core/types.js";

const c = (
  code: string,
  maxPoints: number,
  parent: string | null = null,
  kind: Criterion["kind"] = "base",
): Criterion => ({ code, title: code, maxPoints, kind, parent });

/** A province's table: two base groups, a capped bonus group and a capped penalty group. */
const TABLE: Criterion[] = [
  c("I", 60),
  c("1", 40, "I"),
  c("1.1", 25, "1"),
  c("1.2", 25, "1"),
  c("2", 30, "I"),
  c("II", 40),
  c("3", 40, "II"),
  c("III", 5, null, "bonus"),
  c("4", 3, "III", "bonus"),
  c("5", 3, "III", "bonus"),
  c("IV", 4, null, "penalty"),
  c("6", 3, "IV", "penalty"),
  c("7", 3, "IV", "penalty"),
];

describe("the caps of a criteria tree", () => {
  it.each([
    {
      name: "under every cap: plain sums",
      points: { "1.1": 10, "1.2": 10, "2": 20, "3": 30 },
      sums: { base: 70, bonus: 0, penalty: 0 },
    },
    {
      name: "sub-criteria over their group (1: 25 + 25 > 40): capped at 40",
      points: { "1.1": 25, "1.2": 25, "2": 0, "3": 0 },
      sums: { base: 40, bonus: 0, penalty: 0 },
    },
    {
      name: "a group over its group (I: 40 + 30 > 60): capped at 60",
      points: { "1.1": 25, "1.2": 25, "2": 30, "3": 40 },
      sums: { base: 100, bonus: 0, penalty: 0 },
    },
    {
      name: "a leaf over its own maximum counts its maximum (1.1: 30 > 25)",
      points: { "1.1": 30, "1.2": 0, "2": 0, "3": 0 },
      sums: { base: 25, bonus: 0, penalty: 0 },
    },
    {
      name: "a bonus group is capped (3 + 3 > 5); the total exceeds the base maximum",
      points: { "1.1": 25, "1.2": 15, "2": 20, "3": 40, "4": 3, "5": 3 },
      sums: { base: 100, bonus: 5, penalty: 0 },
      total: 105,
    },
    {
      name: "a penalty group is capped (3 + 3 > 4)",
      points: { "1.1": 10, "3": 10, "6": 3, "7": 3 },
      sums: { base: 20, bonus: 0, penalty: 4 },
      total: 16,
    },
    {
      name: "a group's own entry (a subtotal row) is not counted over its children",
      points: { I: 60, "1.1": 5, "2": 5 },
      sums: { base: 10, bonus: 0, penalty: 0 },
    },
  ])("$name", ({ points, sums, total }) => {
    const nodes = scoreTree(TABLE, new Map(Object.entries(points)));
    const got = treeSums(nodes);
    expect({ base: got.base / 1000, bonus: got.bonus / 1000, penalty: got.penalty / 1000 }).toEqual(
      sums,
    );
    const [ranked] = rankAgencies(
      [{ code: "A", name: "A", shortName: null, order: 1 }],
      TABLE,
      Object.entries(points).map(([criterion, value]) => ({
        agency: "A",
        criterion,
        points: value,
      })),
    );
    expect(ranked?.total).toBe(total ?? sums.base + sums.bonus - sums.penalty);
  });

  it("shows each group's sum before its cap and its depth", () => {
    const nodes = scoreTree(TABLE, new Map(Object.entries({ "1.1": 25, "1.2": 25 })));
    const one = nodes.find((node) => node.code === "1");
    expect(one).toMatchObject({ depth: 1, group: true, milli: 40_000, uncappedMilli: 50_000 });
    expect(nodes.find((node) => node.code === "1.2")).toMatchObject({ depth: 2, group: false });
    expect(nodes.find((node) => node.code === "II")).toMatchObject({ milli: null });
  });
});

describe("nesting from the numbering of the codes", () => {
  it.each([
    [
      ["I", "1", "1.1", "1.2", "2", "II", "3", "3.1"],
      [null, "I", "1", "1", "I", null, "II", "3"],
    ],
    [
      ["1", "1.1", "1.2", "2", "2.1"],
      [null, "1", "1", null, "2"],
    ],
    [
      ["I", "1", "2", "II", "3"],
      [null, "I", "I", null, "II"],
    ],
  ])("%j", (codes, parents) => {
    expect(parentsFromNumbering(codes)).toEqual(parents);
  });

  it("codes that are not numbering give no tree", () => {
    expect(parentsFromNumbering(["TC01", "TC02", "TH01"])).toBeUndefined();
    expect(parentsFromNumbering(["1", "2", "3"])).toBeUndefined();
  });

  it("an unknown parent and a loop are problems, located", () => {
    const problems = checkParents([
      { code: "A", parent: "Z", line: 2 },
      { code: "B", parent: "C", line: 3 },
      { code: "C", parent: "B", line: 4 },
    ]);
    expect(problems.map((p) => [p.code, p.location?.line])).toEqual([
      ["criteria.parent.unknown", 2],
      ["criteria.parent.cycle", 3],
      ["criteria.parent.cycle", 4],
    ]);
  });

  it("a flat table scores as it always did", () => {
    const flat = [c("TC01", 30), c("TH01", 3, null, "bonus"), c("TR01", 2, null, "penalty")];
    const [ranked] = rankAgencies([{ code: "A", name: "A", shortName: null, order: 1 }], flat, [
      { agency: "A", criterion: "TC01", points: 31 },
      { agency: "A", criterion: "TH01", points: 2 },
      { agency: "A", criterion: "TR01", points: 1 },
    ]);
    expect(ranked).toMatchObject({ base: 30, bonus: 2, penalty: 1, total: 31 });
  });
});
