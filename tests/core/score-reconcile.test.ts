import { describe, expect, it } from "vitest";
import { agencyMode, comparedVerdict, sameScore } from "../../src/core/score-reconcile.js";

const score = (points: number, extra: Partial<Parameters<typeof sameScore>[1]> = {}) => ({
  points,
  selfPoints: null,
  checkedPoints: null,
  note: null,
  comment: null,
  explanation: null,
  ...extra,
});

describe("reconciling a sheet with the stored scores", () => {
  it.each([
    [0, false, "add"],
    [0, true, "add"],
    [12, false, "compare"],
    [12, true, "replace"],
  ] as const)("stored %i, --replace %s: %s", (stored, replace, mode) => {
    expect(agencyMode(stored, replace)).toBe(mode);
  });

  it.each([
    [score(9), score(9), true],
    [undefined, score(9), false],
    [score(9), score(9.5), false],
    [score(9, { note: "a" }), score(9), false],
    [score(9, { comment: "thiếu hồ sơ" }), score(9), false],
    [score(9, { explanation: "đã bổ sung" }), score(9, { explanation: "đã bổ sung" }), true],
    [score(9, { selfPoints: 10 }), score(9, { selfPoints: 9 }), false],
  ])("sameScore(%j, %j) = %s", (stored, given, same) => {
    expect(sameScore(stored, given)).toBe(same);
  });

  it.each([
    {
      name: "the same rows: unchanged",
      input: { stored: 3, rows: 3, difference: undefined },
      code: undefined,
    },
    {
      name: "a row's points differ: refused, naming both values",
      input: {
        stored: 3,
        rows: 3,
        difference: { line: 4, column: 2, criterion: "TC02", stored: 9, given: 8 },
      },
      code: "scores.differs",
      numbers: { stored: 9, given: 8 },
    },
    {
      name: "another value differs: refused without numbers",
      input: {
        stored: 3,
        rows: 3,
        difference: { line: 4, column: 2, criterion: "TC02", stored: 9, given: undefined },
      },
      code: "scores.differs.detail",
    },
    {
      name: "fewer rows than stored: refused",
      input: { stored: 3, rows: 2, difference: undefined },
      code: "scores.differs.count",
    },
  ])("$name", ({ input, code, numbers }) => {
    const verdict = comparedVerdict({ agency: "STP", year: 2019, firstLine: 2, ...input });
    expect(verdict?.code).toBe(code);
    if (numbers) expect(verdict?.numbers).toEqual(numbers);
    if (verdict) expect(verdict.params).toMatchObject({ agency: "STP", count: 3, year: 2019 });
  });
});
