/**
 * The pieces of the minutes renderer: number, percent and date formats, line
 * wrapping, tables, Markdown escaping, codes without a message, and a property
 * check that any names and figures still give lines of at most 80 columns.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Agency, AgencyTotal, TallyReport } from "../../src/core/types.js";
import {
  dateParts,
  decimalsOf,
  formatDate,
  formatNumber,
  formatPercent,
  formatRate,
  joinNames,
  timeParts,
} from "../../src/io/minutes/format.js";
import { escapeMarkdown, type MinutesData, renderMinutes } from "../../src/io/minutes/index.js";
import { displayWidth, textTable, wrap } from "../../src/io/minutes/layout.js";

describe("numbers, percentages and dates", () => {
  it.each([
    [90, "vi", 2, "90,00"],
    [90, "en", 2, "90.00"],
    [96.5, "vi", undefined, "96,5"],
    [1234.5, "vi", undefined, "1.234,5"],
    [1234.5, "en", undefined, "1,234.5"],
    [0.125, "en", undefined, "0.125"],
    [-0.0001, "vi", 2, "0,00"],
    [-2.5, "en", 1, "-2.5"],
  ] as const)("formatNumber(%s, %s, %s) = %s", (value, lang, places, expected) => {
    expect(formatNumber(value, lang, places)).toBe(expected);
  });

  it("prints percentages with two decimals and thresholds with as few as they need", () => {
    expect(formatPercent(66.67, "vi")).toBe("66,67%");
    expect(formatPercent(100, "en")).toBe("100.00%");
    expect(formatRate(50, "vi")).toBe("50%");
    expect(formatRate(66.67, "vi")).toBe("66,67%");
    expect(decimalsOf(99)).toBe(0);
    expect(decimalsOf(96.25)).toBe(2);
    expect(decimalsOf(1 / 3)).toBe(3);
  });

  it.each([
    ["2019-12-20", "20/12/2019"],
    ["2020-02-05", "05/02/2020"],
    ["2020-2-5", "05/02/2020"],
    ["20/12/2019", "20/12/2019"],
  ])("formatDate(%s) = %s (leading zeros, Decree 30/2020)", (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it("splits dates and times, or says it cannot", () => {
    expect(dateParts("2019-12-20")).toEqual({ day: "20", month: "12", year: "2019" });
    expect(dateParts("hôm qua")).toBeUndefined();
    expect(timeParts("8:00")).toEqual({ hour: "08", minute: "00" });
    expect(timeParts("11:30")).toEqual({ hour: "11", minute: "30" });
    expect(timeParts("sáng")).toBeUndefined();
  });

  it("joins names the way each language does", () => {
    expect(joinNames(["A"], "vi")).toBe("A");
    expect(joinNames(["A", "B", "C"], "vi")).toBe("A, B và C");
    expect(joinNames(["A", "B"], "en")).toBe("A and B");
    expect(joinNames([], "en")).toBe("");
  });
});

describe("wrap", () => {
  it("wraps at word boundaries with an indent and a hanging indent", () => {
    const lines = wrap("một hai ba bốn năm sáu bảy tám chín mười", {
      width: 16,
      indent: 2,
      hanging: 4,
    });
    expect(lines).toEqual(["  một hai ba bốn", "    năm sáu bảy", "    tám chín", "    mười"]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrap("abcdefghij", { width: 4 })).toEqual(["abcd", "efgh", "ij"]);
  });

  it("keeps a number with the word before it and a command in backticks whole", () => {
    expect(wrap("phiếu trắng: 0.", { width: 13 })).toEqual(["phiếu", "trắng: 0."]);
    const lines = wrap("dùng `tdkt meeting 2019 --present N` ngay", { width: 34 });
    expect(lines).toEqual(["dùng", "`tdkt meeting 2019 --present N`", "ngay"]);
  });

  it("measures display width, not string length", () => {
    const decomposed = "Tòa án".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(6);
    expect(displayWidth(decomposed)).toBe(6);
    expect(wrap(`${decomposed} ${decomposed}`, { width: 13 })).toHaveLength(1);
  });

  it("gives one empty line for empty text", () => {
    expect(wrap("")).toEqual([""]);
  });
});

describe("textTable", () => {
  it("right-aligns numbers, rules the header and wraps the flexible column", () => {
    const lines = textTable(
      [
        { header: "TT", align: "right" },
        { header: "Đơn vị", align: "left", flex: true },
        { header: "Số phiếu", align: "right" },
      ],
      [
        ["1", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "9"],
        ["10", "Sở Tư pháp", "10"],
      ],
      2,
      36,
    );
    expect(lines).toEqual([
      "  TT  Đơn vị                Số phiếu",
      "  --  --------------------  --------",
      "   1  Bộ Chỉ huy Bộ đội            9",
      "      Biên phòng tỉnh",
      "  10  Sở Tư pháp                  10",
    ]);
  });
});

describe("escapeMarkdown", () => {
  it("escapes what Markdown reads as markup and keeps Vietnamese as it is", () => {
    expect(escapeMarkdown("A*B_C|D [x] <y> `z` ~w\\")).toBe(
      "A\\*B\\_C\\|D \\[x\\] \\<y\\> \\`z\\` \\~w\\\\",
    );
    expect(escapeMarkdown("Tòa án nhân dân tỉnh")).toBe("Tòa án nhân dân tỉnh");
  });
});

// --- small minutes built here -------------------------------------------------------

function agencies(names: readonly string[]): Agency[] {
  return names.map((name, index) => ({
    code: `A${index + 1}`,
    name,
    shortName: null,
    order: index + 1,
  }));
}

function minutes(members: Agency[], totals: AgencyTotal[], tally: TallyReport | null): MinutesData {
  return {
    bloc: { code: "KT", name: "Khối thi đua thử", province: null },
    year: 2024,
    meeting: {
      date: "2024-12-05",
      start: "8:00",
      end: "10:15",
      place: "Hội trường",
      chair: "Chủ tọa",
      secretary: "Thư ký",
      countingBoard: ["Người kiểm phiếu"],
      number: null,
      present: members.length,
      absent: [],
    },
    members,
    totals,
    missingSheets: [],
    currentLeaders: { head: members[0]?.code ?? null, deputy: null },
    tally,
    disqualified: [],
  };
}

function flagTally(members: Agency[], votes: number[], reasonCode: string): TallyReport {
  const count = members.length;
  return {
    bloc: "KT",
    year: 2024,
    members: count,
    present: count,
    quorum: { required: Math.ceil((count * 2) / 3), met: true },
    races: [
      {
        race: "flag",
        round: 1,
        seats: 1,
        ballots: { issued: count, returned: count, valid: count, invalid: 0, blank: 0 },
        threshold: {
          base: "members",
          baseCount: count,
          minVotes: Math.floor(count / 2) + 1,
          percent: 50,
          strict: true,
        },
        candidates: members.map((agency, index) => ({
          agency: agency.code,
          name: agency.name,
          votes: votes[index] ?? 0,
          percent: Math.round(((votes[index] ?? 0) * 10000) / count) / 100,
          score: null,
          eligible: true,
          result: index === 0 ? "elected" : "below-threshold",
          reason: { code: reasonCode, params: {} },
        })),
        elected: members[0] ? [members[0].code] : [],
        tie: null,
        invalidCauses: { overMarked: 0, nonMember: 0, duplicate: 0, notInRunOff: 0 },
      },
    ],
    awards: { flag: members[0] ? [members[0].code] : [], certificate: [] },
    leaders: {
      year: 2025,
      head: null,
      deputy: null,
      mode: "vote",
      reason: { code: reasonCode, params: {} },
    },
    warnings: [{ code: "minutes.test.no-such-warning", params: { agency: "A1" } }],
  };
}

describe("codes without a message", () => {
  it("prints a reason or warning code as it is when the catalogue has no message for it", () => {
    const members = agencies(["Sở A", "Sở B", "Sở C"]);
    const data = minutes(members, [], flagTally(members, [3, 0, 0], "tally.test.no-such-reason"));
    const text = renderMinutes(data, "text", "vi");
    expect(text).toContain("Lý do: tally.test.no-such-reason");
    expect(text).toContain("- minutes.test.no-such-warning");
    const md = renderMinutes(data, "md", "en").replace(/\s+/g, " ");
    expect(md).toContain("Reason: tally.test.no-such-reason");
  });

  it("says a race with no ballots is still to be voted", () => {
    const members = agencies(["Sở A", "Sở B", "Sở C"]);
    const data = minutes(members, [], flagTally(members, [3, 0, 0], "x"));
    const text = renderMinutes(data, "text", "vi").replace(/\s+/g, " ");
    expect(text).toContain("Bằng khen: chưa có phiếu bầu");
    expect(text).toContain("Trưởng khối: chưa có phiếu bầu");
    expect(text).toContain("Trưởng khối năm 2025: chưa xác định.");
  });
});

// --- any names and figures still fit -------------------------------------------------

const syllable = fc.constantFrom(
  "Sở",
  "Tư",
  "pháp",
  "Ủy",
  "ban",
  "nhân",
  "dân",
  "tỉnh",
  "Đảng",
  "ủy",
  "Khối",
  "Bộ",
  "Chỉ",
  "huy",
  "Biên",
  "phòng",
  "Trại",
  "giam",
  "Sông",
  "Cái",
  "(PC06)",
  "Quảng",
  "Ngãi",
  "Nghiêng",
  "Chuyênnghiệpdàiquáđểvừamộtdòngbìnhthường",
);
const name = fc.array(syllable, { minLength: 1, maxLength: 24 }).map((words) => words.join(" "));

describe("any data", () => {
  it("keeps every line within 80 columns, without trailing spaces, in NFC", () => {
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom("text" as const, "md" as const),
        fc.constantFrom("vi" as const, "en" as const),
        (names, figures, format, lang) => {
          const members = agencies(names);
          const totals: AgencyTotal[] = members.map((agency, index) => ({
            agency: agency.code,
            name: agency.name,
            base: (figures[index] ?? 0) / 8,
            bonus: 1.25,
            penalty: 0.5,
            total: (figures[index] ?? 0) / 8 + 0.75,
            rank: index + 1,
          }));
          const votes = members.map((_, index) => (index === 0 ? members.length : 0));
          const data = minutes(members, totals, flagTally(members, votes, "x"));
          const out = renderMinutes(data, format, lang);
          for (const line of out.slice(0, -1).split("\n")) {
            expect(displayWidth(line)).toBeLessThanOrEqual(80);
            expect(line).not.toMatch(/\s$/);
          }
          expect(out).toBe(out.normalize("NFC"));
          expect(renderMinutes(structuredClone(data), format, lang)).toBe(out);
        },
      ),
      { numRuns: 60, seed: 20191220 },
    );
  });
});
