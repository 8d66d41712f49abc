import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agencyFromFileName,
  criterionResolver,
  fastNumber,
  PairSet,
  preferCodeColumns,
} from "../../src/core/score-validation.js";
import type { Criterion } from "../../src/core/types.js";
import { readNumber } from "../../src/io/csv.js";

describe("fastNumber", () => {
  it.each([
    ["29", false, 29],
    ["0", false, 0],
    ["007", false, 7],
    ["9.5", false, 9.5],
    ["9,5", true, 9.5],
    ["0.125", false, 0.125],
    ["123456789012345", false, 123456789012345],
    ["12345678901.234", false, 12345678901.234],
  ])("reads %s (comma allowed: %s) as %s", (text, comma, value) => {
    expect(fastNumber(text, comma)).toBe(value);
  });

  it.each([
    ["", false],
    ["9,5", false],
    ["-1", false],
    ["+1", false],
    [" 9", false],
    ["9 ", false],
    ["9.", false],
    [".5", false],
    ["1.2.3", false],
    ["1e3", false],
    ["#VALUE!", false],
    ["1234567890123456", false],
  ])("leaves %j (comma allowed: %s) to readNumber", (text, comma) => {
    expect(fastNumber(text, comma)).toBeNaN();
  });

  it("agrees with readNumber, to the last bit, on every input it accepts", () => {
    const decimal = fc
      .tuple(
        fc.stringMatching(/^\d{1,8}$/),
        fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^\d{1,6}$/))),
      )
      .map(([int, fraction]) => (fraction ? `${int}${fraction[0]}${fraction[1]}` : int));
    const text = fc.oneof(decimal, fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">,
        (t, d) => {
          // As the import calls them: the fast path for every file (a `,` file's comma can
          // only come quoted), `d.ddd` sent to readNumber where the comma is the decimal mark.
          const fast = fastNumber(t, true);
          const maybeThousands = d !== "," && t.length >= 5 && t.charCodeAt(t.length - 4) === 46;
          const slow = readNumber(t, d);
          if (!Number.isNaN(fast) && !maybeThousands) {
            expect(slow.ok).toBe(true);
            if (slow.ok) expect(Object.is(fast, slow.value)).toBe(true);
          } else if (slow.ok) {
            // Only what is not plain (blanks around it, too long, d.ddd) is left to readNumber.
            expect(t.trim() !== t || t.length > 15 || maybeThousands || /\p{Cf}/u.test(t)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const TABLE: Criterion[] = [
  { code: "TC01", title: "Nhiệm vụ", maxPoints: 30, kind: "base" },
  { code: "TC10", title: "An sinh", maxPoints: 5, kind: "base" },
  { code: "TH01", title: "Thưởng", maxPoints: 3, kind: "bonus" },
  { code: "TR01", title: "Trừ", maxPoints: 2, kind: "penalty" },
];

describe("criterionResolver", () => {
  const resolver = criterionResolver(TABLE);

  it("finds a code exactly, and ignoring case", () => {
    for (const text of ["TC10", "tc10", " TC10 "]) {
      const match = resolver.resolve(text);
      expect(match.kind).toBe("found");
      if (match.kind === "found") {
        expect(match.slot).toMatchObject({ code: "TC10", index: 1, maxMilli: 5000 });
      }
    }
  });

  it.each([
    ["TC1O", "TC10"],
    ["TR1", "TR01"],
    ["XYZ", undefined],
  ])("does not know %s, and suggests %s", (text, suggestion) => {
    expect(resolver.resolve(text)).toEqual({ kind: "unknown", suggestion });
  });

  it("gives the kind and the maximum in thousandths", () => {
    expect(resolver.slots.map((slot) => [slot.code, slot.kind, slot.maxMilli])).toEqual([
      ["TC01", "base", 30000],
      ["TC10", "base", 5000],
      ["TH01", "bonus", 3000],
      ["TR01", "penalty", 2000],
    ]);
  });
});

describe("PairSet", () => {
  it("remembers each (agency, criterion) pair once", () => {
    const set = new PairSet(500, 2000);
    const pair = set.pair(1999, 499);
    expect(pair).toBe(1999 * 500 + 499);
    expect(set.has(pair)).toBe(false);
    expect(set.add(pair)).toBe(true);
    expect(set.has(pair)).toBe(true);
    expect(set.add(pair)).toBe(false);
    expect(set.has(set.pair(1999, 498))).toBe(false);
    expect(set.has(set.pair(0, 0))).toBe(false);
  });

  it("keeps pairs apart (model check against a Set)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(6)), { maxLength: 60 }), (pairs) => {
        const set = new PairSet(7, 10);
        const model = new Set<number>();
        for (const [agency, criterion] of pairs) {
          const pair = set.pair(agency, criterion);
          expect(set.add(pair)).toBe(!model.has(pair));
          model.add(pair);
        }
      }),
    );
  });
});

describe("agencyFromFileName", () => {
  it.each([
    ["fixtures/2019-noi-chinh/scores/STP.csv", "STP"],
    ["/tmp/BĐBP.csv", "BĐBP"],
    // A decomposed name (as some file systems hand out) comes back composed.
    ["/tmp/Tòa án nhân dân tỉnh.csv".normalize("NFD"), "Tòa án nhân dân tỉnh"],
    ["C:\\scores\\CAT.txt", "CAT"],
    ["VKSND", "VKSND"],
    ["archive.2019.csv", "archive.2019"],
  ])("%s names %s", (path, name) => {
    expect(agencyFromFileName(path)).toBe(name);
  });
});

describe("preferCodeColumns", () => {
  it.each([
    {
      header: ["Mã đơn vị", "Đơn vị", "Mã tiêu chí", "Tiêu chí", "Điểm"],
      kept: ["Mã đơn vị", "", "Mã tiêu chí", "", "Điểm"],
      ignored: ["Đơn vị", "Tiêu chí"],
    },
    {
      // Alone, "Đơn vị" and "Tiêu chí" are the code columns (contract aliases).
      header: ["Đơn vị", "Tiêu chí", "Điểm"],
      kept: ["Đơn vị", "Tiêu chí", "Điểm"],
      ignored: [],
    },
    {
      header: ["agency", "Tên đơn vị", "criterion", "points"],
      kept: ["agency", "", "criterion", "points"],
      ignored: ["Tên đơn vị"],
    },
    {
      header: ["ma_tieu_chi", "TIEU CHI", "points"],
      kept: ["ma_tieu_chi", "", "points"],
      ignored: ["TIEU CHI"],
    },
  ])("keeps $kept of $header", ({ header, kept, ignored }) => {
    expect(preferCodeColumns(header)).toEqual({ header: kept, ignored });
  });
});
