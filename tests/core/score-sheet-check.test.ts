import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import type { ScoreValues } from "../../src/core/score-reconcile.js";
import {
  type AgencyClaim,
  type CheckedTable,
  type MemberAgency,
  type ScoreColumns,
  ScoreSheetCheck,
  type TableCriterion,
} from "../../src/core/score-sheet-check.js";

const member = (id: number, code: string, name: string): MemberAgency => ({
  id,
  code,
  name,
  shortName: null,
  order: id,
});
const STP = member(1, "STP", "Sở Tư pháp");
const SYT = member(2, "SYT", "Sở Y tế");
const SXD = member(3, "SXD", "Sở Xây dựng");
/** An agency of the bloc that is not a member in the year checked. */
const SNV = { code: "SNV", name: "Sở Nội vụ", shortName: null, order: 0 };

const criterion = (
  id: number,
  code: string,
  maxPoints: number,
  kind: TableCriterion["kind"] = "base",
): TableCriterion => ({ id, code, title: code, maxPoints, kind, parent: null });
const CRITERIA = [
  criterion(11, "TC01", 10),
  criterion(12, "TC02", 20),
  criterion(13, "TC03", 5, "penalty"),
];

/** agency, criterion, points (the simplest sheet); -1: the column is absent. */
const COLUMNS: ScoreColumns = {
  agency: 0,
  criterion: 1,
  points: 2,
  self: -1,
  checked: -1,
  note: -1,
  comment: -1,
  explanation: -1,
};
/** agency, criterion, self, checked. */
const SELF_CHECKED: ScoreColumns = { ...COLUMNS, points: -1, self: 2, checked: 3 };

const table = (index: number, name = `t${index}.csv`): CheckedTable => ({
  index,
  name,
  workbook: false,
  locate: (line, column) => ({
    file: name,
    ...(line > 0 ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
  }),
});

const stored = (points: number): ScoreValues => ({
  points,
  selfPoints: null,
  checkedPoints: null,
  note: null,
  comment: null,
  explanation: null,
});

interface Setup {
  only?: MemberAgency;
  replace?: boolean;
  storedCounts?: Array<[number, number]>;
  stored?: Record<string, ScoreValues>;
  cap?: number;
}

function checker(setup: Setup = {}) {
  const claimed: AgencyClaim[] = [];
  const check = new ScoreSheetCheck({
    year: 2019,
    members: [STP, SYT, SXD],
    everyone: [STP, SYT, SXD, SNV],
    criteria: CRITERIA,
    only: setup.only,
    replace: setup.replace ?? false,
    storedCounts: new Map(setup.storedCounts ?? []),
    stored: (agencyId, criterionId) => setup.stored?.[`${agencyId}/${criterionId}`],
    onClaim: (claim) => {
      claimed.push(claim);
      return 100 + claimed.length;
    },
    ...(setup.cap !== undefined ? { cap: setup.cap } : {}),
  });
  return { check, claimed };
}

/** Checks rows (line 2 onwards) of one table; what would be written and the problems found. */
function checkRows(
  rows: string[][],
  setup: Setup & { columns?: ScoreColumns; commaDecimal?: boolean } = {},
) {
  const { check, claimed } = checker(setup);
  const t0 = table(0);
  check.addTable(t0);
  check.beginTable(t0, setup.columns ?? COLUMNS, setup.commaDecimal ?? false, undefined, 1);
  const written: Array<{ agency: string; criterionId: number; points: number; write: boolean }> =
    [];
  rows.forEach((fields, k) => {
    const row = check.checkRow(fields, k + 2);
    if (row) {
      written.push({
        agency: row.claim.agency.code,
        criterionId: row.criterionId,
        points: row.points,
        write: row.write,
      });
    }
  });
  check.reconcile();
  return { check, claimed, written, problems: check.sortedProblems().list };
}

const codes = (problems: readonly Problem[]) => problems.map((item) => item.code);

describe("the row check of score sheets", () => {
  it.each([
    {
      name: "a valid row is written, under a new import",
      rows: [["STP", "TC01", "9,5"]],
      written: [{ agency: "STP", criterionId: 11, points: 9.5, write: true }],
      problems: [],
    },
    {
      name: "the agency by its full name, the criterion in another case",
      rows: [["Sở Y tế", "tc02", "20"]],
      written: [{ agency: "SYT", criterionId: 12, points: 20, write: true }],
      problems: [],
    },
    {
      name: "a zero-width space around the agency's code is not part of it",
      rows: [["\u200bSTP", "TC01", "1"]],
      written: [{ agency: "STP", criterionId: 11, points: 1, write: true }],
      problems: [],
    },
    {
      name: "an empty agency cell",
      rows: [["", "TC01", "1"]],
      written: [],
      problems: [
        { code: "scores.agency.missing", location: { file: "t0.csv", line: 2, column: 1 } },
      ],
    },
    {
      name: "an unknown agency, with the nearest code suggested",
      rows: [["STPP", "TC01", "1"]],
      written: [],
      problems: [
        {
          code: "scores.agency.unknown",
          params: { value: "STPP", year: 2019, suggestion: "" },
          nested: { suggestion: { code: "scores.suggest", params: { code: "STP" } } },
        },
      ],
    },
    {
      name: "an agency of the bloc that is not a member this year",
      rows: [["SNV", "TC01", "1"]],
      written: [],
      problems: [
        { code: "scores.agency.notMember", params: { code: "SNV", name: "Sở Nội vụ", year: 2019 } },
      ],
    },
    {
      name: "an empty criterion cell",
      rows: [["STP", "", "1"]],
      written: [],
      problems: [
        { code: "scores.criterion.missing", location: { file: "t0.csv", line: 2, column: 2 } },
      ],
    },
    {
      name: "an unknown criterion, with the nearest code suggested",
      rows: [["STP", "TC09", "1"]],
      written: [],
      problems: [{ code: "scores.criterion.unknown", params: { value: "TC09", year: 2019 } }],
    },
    {
      name: "points that are not a number",
      rows: [["STP", "TC01", "chín"]],
      written: [],
      problems: [
        {
          code: "scores.points.invalid",
          params: { value: "chín", example: "9.5" },
          nested: { column: { code: "scores.column.points" } },
          location: { file: "t0.csv", line: 2, column: 3 },
        },
      ],
    },
    {
      name: "negative points",
      rows: [["STP", "TC01", "-2"]],
      written: [],
      problems: [{ code: "scores.points.negative", params: { value: "-2" } }],
    },
    {
      name: "negative points on a penalty criterion: written as a positive number",
      rows: [["STP", "TC03", "-2"]],
      written: [],
      problems: [
        {
          code: "scores.points.negativePenalty",
          params: { value: "-2", criterion: "TC03", positive: "2" },
        },
      ],
    },
    {
      name: "points over the criterion's maximum, the maximum as a quantity",
      rows: [["STP", "TC01", "10.5"]],
      written: [],
      problems: [
        {
          code: "scores.points.overMax",
          params: { value: "10.5", criterion: "TC01" },
          numbers: { max: 10 },
        },
      ],
    },
    {
      name: "no points at all",
      rows: [["STP", "TC01", ""]],
      written: [],
      problems: [{ code: "scores.points.empty", location: { file: "t0.csv", line: 2, column: 3 } }],
    },
    {
      name: "the same criterion twice for an agency",
      rows: [
        ["STP", "TC01", "1"],
        ["STP", "TC01", "2"],
      ],
      written: [{ agency: "STP", criterionId: 11, points: 1, write: true }],
      problems: [
        {
          code: "scores.duplicate",
          params: { agency: "STP", criterion: "TC01", first: "?" },
          location: { file: "t0.csv", line: 3, column: 2 },
        },
      ],
    },
    {
      name: "after a problem nothing more is written, though every row is still checked",
      rows: [
        ["XXX", "TC01", "1"],
        ["STP", "TC01", "1"],
      ],
      written: [{ agency: "STP", criterionId: 11, points: 1, write: false }],
      problems: [{ code: "scores.agency.unknown" }],
    },
    {
      name: "a total row is not a score",
      rows: [
        ["STP", "TC01", "1"],
        ["Tổng cộng", "", "1"],
      ],
      written: [{ agency: "STP", criterionId: 11, points: 1, write: true }],
      problems: [],
    },
  ])("$name", ({ rows, written, problems }) => {
    const result = checkRows(rows);
    expect(result.written).toEqual(written);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((expected, k) => {
      expect(result.problems[k]).toMatchObject(expected);
    });
  });

  it.each([
    [
      "1.234",
      true,
      "scores.points.ambiguous",
      { value: "1.234", point: "1.234", thousands: "1234" },
    ],
    ["1.234", false, undefined, undefined],
    ["9,5", true, undefined, undefined],
    ["9x", true, "scores.points.invalid", { value: "9x", example: "9,5" }],
  ] as const)("the number %s, decimal comma %s: %s", (text, commaDecimal, code, params) => {
    const result = checkRows([["STP", "TC02", text]], { commaDecimal });
    expect(codes(result.problems)).toEqual(code ? [code] : []);
    if (params) expect(result.problems[0]?.params).toEqual(params);
  });

  it.each([
    // The checked score counts where there is one (domain.md, "Scoring").
    [["STP", "TC02", "18", "15"], 15],
    [["STP", "TC02", "18", ""], 18],
    [["STP", "TC02", "", "12"], 12],
  ])("self and checked points %j: %s counted", (fields, counted) => {
    const result = checkRows([fields], { columns: SELF_CHECKED });
    expect(result.problems).toEqual([]);
    expect(result.written[0]?.points).toBe(counted);
  });

  it("a total row that differs from the rows above is a note, not a problem", () => {
    const result = checkRows([
      ["STP", "TC01", "1"],
      ["STP", "TC02", "2"],
      ["Tổng cộng", "", "4"],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.check.notes).toEqual([
      {
        code: "sheet.total.differs",
        nested: { column: { code: "scores.column.points" } },
        numbers: { given: 4, computed: 3 },
        location: { file: "t0.csv", line: 4, column: 3 },
      },
    ]);
  });

  it("--agency: a row of another agency is refused", () => {
    const result = checkRows([["SYT", "TC01", "1"]], { only: STP });
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: "scores.agency.notOption",
        params: { code: "SYT", option: "STP" },
      }),
    ]);
  });

  it("past the cap problems are counted, not kept", () => {
    const result = checkRows(
      [
        ["X1", "TC01", "1"],
        ["X2", "TC01", "1"],
        ["X3", "TC01", "1"],
      ],
      { cap: 2 },
    );
    expect(result.check.problems.size).toBe(3);
    expect(result.problems).toHaveLength(2);
    expect(result.check.problems.droppedCount).toBe(1);
  });
});

describe("reconciling the sheet with the stored scores", () => {
  const rows = [
    ["STP", "TC01", "9"],
    ["STP", "TC02", "18"],
  ];
  const same = { "1/11": stored(9), "1/12": stored(18) };

  it.each([
    {
      name: "nothing stored: added, a new import",
      setup: {},
      mode: "add",
      write: true,
      claimed: 1,
      problems: [],
    },
    {
      name: "the same scores stored: unchanged, nothing written",
      setup: { storedCounts: [[1, 2]] as Array<[number, number]>, stored: same },
      mode: "compare",
      write: false,
      claimed: 0,
      problems: [],
    },
    {
      name: "other scores stored: refused, naming both points",
      setup: {
        storedCounts: [[1, 2]] as Array<[number, number]>,
        stored: { ...same, "1/12": stored(17) },
      },
      mode: "compare",
      write: false,
      claimed: 0,
      problems: [
        {
          code: "scores.differs",
          params: { agency: "STP", count: 2, year: 2019, criterion: "TC02" },
          numbers: { stored: 17, given: 18 },
          location: { file: "t0.csv", line: 3, column: 2 },
        },
      ],
    },
    {
      name: "a criterion not stored: refused, saying so by a code",
      setup: { storedCounts: [[1, 2]] as Array<[number, number]>, stored: { "1/11": stored(9) } },
      mode: "compare",
      write: false,
      claimed: 0,
      problems: [
        {
          code: "scores.differs",
          numbers: { given: 18 },
          nested: { stored: { code: "scores.notStored" } },
        },
      ],
    },
    {
      name: "more scores stored than the sheet has: refused",
      setup: { storedCounts: [[1, 3]] as Array<[number, number]>, stored: same },
      mode: "compare",
      write: false,
      claimed: 0,
      problems: [{ code: "scores.differs.count", params: { rows: 2, count: 3 } }],
    },
    {
      name: "other scores stored and --replace: replaced, a new import",
      setup: {
        storedCounts: [[1, 2]] as Array<[number, number]>,
        stored: { "1/11": stored(1) },
        replace: true,
      },
      mode: "replace",
      write: true,
      claimed: 1,
      problems: [],
    },
  ])("$name", ({ setup, mode, write, claimed, problems }) => {
    const result = checkRows(rows, setup);
    expect(result.written.map((row) => row.write)).toEqual([write, write]);
    expect(result.claimed).toHaveLength(claimed);
    expect(result.check.claims.get(STP.id)?.mode).toBe(mode);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((expected, k) => {
      expect(result.problems[k]).toMatchObject(expected);
    });
  });

  it("an agency's scores come from one table: a second table is refused", () => {
    const { check } = checker();
    const first = table(0, "a.csv");
    const second = table(1, "b.csv");
    check.addTable(first);
    check.addTable(second);
    check.beginTable(first, COLUMNS, false, undefined, 1);
    check.checkRow(["STP", "TC01", "1"], 2);
    check.beginTable(second, COLUMNS, false, undefined, 1);
    expect(check.checkRow(["STP", "TC02", "1"], 2)).toBeUndefined();
    expect(check.sortedProblems().list).toEqual([
      expect.objectContaining({
        code: "scores.agency.otherFile",
        params: { code: "STP", file: "a.csv" },
        location: { file: "b.csv", line: 2, column: 1 },
      }),
    ]);
  });

  it("problems are reported by table, line and column, whatever order they were found in", () => {
    const { check } = checker();
    const [a, b] = [table(0, "a.csv"), table(1, "b.csv")];
    check.addTable(a);
    check.addTable(b);
    check.report(b, 2, 1, "x.b2");
    check.report(a, 5, 3, "x.a5c3");
    check.report(a, 5, 1, "x.a5c1");
    check.report(a, 0, undefined, "x.a0");
    expect(codes(check.sortedProblems().list)).toEqual(["x.a0", "x.a5c1", "x.a5c3", "x.b2"]);
    expect(check.tableProblems).toEqual([3, 1]);
  });

  it("a duplicate names its first occurrence: a line of the same file, else its place", () => {
    const { check } = checker();
    const a = table(0, "a.csv");
    check.addTable(a);
    check.beginTable(a, COLUMNS, false, undefined, 1);
    check.checkRow(["STP", "TC01", "1"], 2);
    check.checkRow(["STP", "TC01", "1"], 7);
    const pair = check.pairOfRow(["STP", "TC01", "1"], COLUMNS, undefined);
    expect(pair).toBeDefined();
    expect([...check.duplicatePairs()]).toEqual([pair]);
    check.nameFirstOccurrences(new Map([[pair as number, { table: 0, line: 2 }]]), () => "x");
    expect(check.problems.list[0]?.nested).toEqual({
      first: { code: "scores.line", params: { line: 2 } },
    });
  });

  it("base criteria not given are a warning for an added agency", () => {
    const result = checkRows([["STP", "TC01", "1"]]);
    const claim = result.check.claims.get(STP.id) as AgencyClaim;
    expect(result.check.missingBase(claim)).toEqual({
      code: "scores.import.missingBase",
      params: { agency: "STP", count: 1, list: "TC02" },
    });
  });

  it("a file imported before, unchanged: its agencies kept, in rotation order", () => {
    const { check, claimed } = checker({
      storedCounts: [
        [1, 2],
        [2, 2],
      ],
    });
    const a = table(0);
    check.addTable(a);
    const kept = check.keepUnchanged(a, [
      { code: "SYT", rows: 2 },
      { code: "STP", rows: 3 },
    ]);
    expect(kept?.map((claim) => [claim.agency.code, claim.mode, claim.rows])).toEqual([
      ["STP", "kept", 3],
      ["SYT", "kept", 2],
    ]);
    expect(claimed).toEqual([]);
  });

  it.each([
    ["an agency whose scores were deleted since", { storedCounts: [[1, 2]] }, "SYT"],
    ["an agency that is no longer a member", { storedCounts: [[1, 2]] }, "SNV"],
    [
      "another agency than --agency",
      {
        storedCounts: [
          [1, 2],
          [2, 2],
        ],
        only: STP,
      },
      "SYT",
    ],
  ] as const)("a file imported before is read again for %s", (_, setup, code) => {
    const { check } = checker({
      storedCounts: setup.storedCounts.map(([id, count]) => [id, count] as [number, number]),
      ...("only" in setup ? { only: setup.only } : {}),
    });
    const a = table(0);
    check.addTable(a);
    expect(check.keepUnchanged(a, [{ code, rows: 2 }])).toBeUndefined();
  });

  it.each([
    [{ ...COLUMNS, points: -1 }, ["scores.pointsColumn.missing"], false],
    [COLUMNS, [], true],
  ])("a header without a points column cannot be read", (columns, found, readable) => {
    const { check } = checker();
    const a = table(0);
    check.addTable(a);
    const header = { cells: ["agency", "criterion"], line: 1, unused: [], pointsNames: "points" };
    expect(check.checkHeader(a, columns, header)).toBe(readable);
    expect(codes(check.problems.list)).toEqual(found);
  });

  it.each([
    [["Điểm"], ["Điểm"], []],
    [["Hướng dẫn", "STP", "SYT"], ["STP", "SYT"], ["Hướng dẫn"]],
    [["STP", "SXD"], ["STP", "SXD"], []],
  ])("a workbook of sheets %j: %j read, %j named in a note", (names, read, ignored) => {
    const { check } = checker();
    expect(check.sheetsToRead("a.xlsx", names)).toEqual(read);
    // Opened again to locate a duplicate: the note is not said twice.
    check.sheetsToRead("a.xlsx", names);
    expect(check.notes).toEqual(
      ignored.length === 0
        ? []
        : [{ code: "sheet.sheetsIgnored", params: { file: "a.xlsx", sheets: ignored.join(", ") } }],
    );
  });
});
