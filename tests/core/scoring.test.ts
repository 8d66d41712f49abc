import { describe, expect, it } from "vitest";
import { countedPoints, rankAgencies } from "../../src/core/scoring.js";
import type { Agency, Criterion, ScoreEntry } from "../../src/core/types.js";

const agency = (code: string, name: string, order: number): Agency => ({
  code,
  name,
  shortName: null,
  order,
});
const criteria: Criterion[] = [
  { code: "B1", title: "Nhiệm vụ", maxPoints: 60, kind: "base" },
  { code: "B2", title: "Phong trào", maxPoints: 40, kind: "base" },
  { code: "T1", title: "Thưởng", maxPoints: 5, kind: "bonus" },
  { code: "P1", title: "Trừ", maxPoints: 5, kind: "penalty" },
];

function entries(rows: Array<[string, string, number]>): ScoreEntry[] {
  return rows.map(([agencyCode, criterion, points]) => ({ agency: agencyCode, criterion, points }));
}

describe("scoring", () => {
  it("totals base + bonus − penalty and ranks highest first", () => {
    const ranked = rankAgencies(
      [agency("A", "Anh", 1), agency("B", "Bình", 2)],
      criteria,
      entries([
        ["A", "B1", 50],
        ["A", "B2", 30.5],
        ["A", "P1", 2],
        ["B", "B1", 55],
        ["B", "B2", 30],
        ["B", "T1", 1.5],
      ]),
    );
    expect(ranked).toEqual([
      { agency: "B", name: "Bình", base: 85, bonus: 1.5, penalty: 0, total: 86.5, rank: 1 },
      { agency: "A", name: "Anh", base: 80.5, bonus: 0, penalty: 2, total: 78.5, rank: 2 },
    ]);
  });

  it("gives equal totals one rank (1, 1, 3), ordered by Vietnamese name", () => {
    const ranked = rankAgencies(
      [agency("C", "Đông", 1), agency("D", "Dương", 2), agency("E", "An", 3)],
      criteria,
      entries([
        ["C", "B1", 0.1],
        ["C", "B2", 0.2],
        ["D", "B1", 0.3],
        ["E", "B1", 0.2],
      ]),
    );
    expect(ranked.map((r) => [r.agency, r.rank, r.total])).toEqual([
      ["D", 1, 0.3],
      ["C", 1, 0.3],
      ["E", 3, 0.2],
    ]);
  });

  it("leaves out agencies without a sheet", () => {
    const ranked = rankAgencies(
      [agency("A", "Anh", 1), agency("B", "Bình", 2)],
      criteria,
      entries([["A", "B1", 10]]),
    );
    expect(ranked.map((r) => r.agency)).toEqual(["A"]);
  });

  it("counts the checked score where there is one", () => {
    expect(countedPoints(9, 8.5)).toBe(8.5);
    expect(countedPoints(9, null)).toBe(9);
    expect(countedPoints(null, null)).toBeNull();
  });
});
