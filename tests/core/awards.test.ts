import { describe, expect, it } from "vitest";
import {
  certificateExclusions,
  disqualifiedExclusions,
  flagLeaderWarnings,
} from "../../src/core/awards.js";
import { DEFAULT_RULES as NEW_DEFAULTS, type Rules, resolveRules } from "../../src/core/rules.js";
import { type TallyInput, tallyYear } from "../../src/core/tally.js";
import type {
  Agency,
  AgencyTotal,
  BallotRace,
  RaceTally,
  TallyReport,
} from "../../src/core/types.js";

/**
 * These cases were written for the rule before the regulation's own seats:
 * certificates max(1, floor(members / 5)), which `auto` still means.
 */
const DEFAULT_RULES: Rules = resolveRules([{ key: "seats.certificate", value: "auto" }]);
void NEW_DEFAULTS;

const MEMBERS: Agency[] = [
  "STP",
  "TTT",
  "BNCTU",
  "BCHQS",
  "BĐBP",
  "CAT",
  "TAND",
  "VKSND",
  "CTHADS",
  "TGSC",
].map((code, index) => ({ code, name: `Đơn vị ${code}`, shortName: null, order: index + 1 }));

function totals(scores: Record<string, number>): AgencyTotal[] {
  const rows = Object.entries(scores)
    .map(([agency, total]) => ({
      agency,
      name: `Đơn vị ${agency}`,
      base: total,
      bonus: 0,
      penalty: 0,
      total,
      rank: 0,
    }))
    .sort((a, b) => b.total - a.total);
  return rows.map((row) => ({ ...row, rank: rows.findIndex((o) => o.total === row.total) + 1 }));
}

/** Ballots from vote counts, one entry a ballot; a list names several agencies on one ballot. */
function ballots(...entries: Array<string | string[]>): BallotRace[] {
  return entries.map((entry, index) => ({
    ballot: String(index + 1),
    choices: Array.isArray(entry) ? entry : [entry],
  }));
}

function repeat<T>(item: T, times: number): T[] {
  return Array.from({ length: times }, () => item);
}

function input(overrides: Partial<TallyInput>): TallyInput {
  return {
    bloc: "NOICHINH",
    year: 2019,
    members: MEMBERS,
    present: 10,
    rules: DEFAULT_RULES,
    totals: totals({ STP: 101, TGSC: 98, CAT: 97, TTT: 90 }),
    disqualified: [],
    ballots: {},
    currentLeaders: { head: null, deputy: null },
    ...overrides,
  };
}

function race(report: TallyReport, name: RaceTally["race"]): RaceTally {
  const found = report.races.find((r) => r.race === name);
  if (!found) throw new Error(`no race ${name}`);
  return found;
}

function results(tally: RaceTally): Array<[string, number, string, boolean]> {
  return tally.candidates.map((c) => [c.agency, c.votes, c.result, c.eligible]);
}

describe("exclusions", () => {
  it("a disqualified agency carries the secretary's reason (Decree 98/2023 Art. 4)", () => {
    const excluded = disqualifiedExclusions([{ agency: "CAT", reason: "Đang thanh tra" }], 2024);
    expect(excluded.get("CAT")).toEqual({
      result: "ineligible",
      reason: {
        code: "tally.reason.disqualified",
        source: expect.stringContaining("98/2023/NĐ-CP"),
        params: { agency: "CAT", reason: "Đang thanh tra" },
      },
    });
  });

  it("the flag nominee is already awarded in the certificate race; disqualification wins", () => {
    const excluded = certificateExclusions([{ agency: "CAT", reason: "x" }], ["STP", "CAT"], 2024);
    expect(excluded.get("STP")?.result).toBe("already-awarded");
    expect(excluded.get("STP")?.reason.source).toContain("06/2022/QH15");
    expect(excluded.get("CAT")?.result).toBe("ineligible");
  });
});

describe("flag to the bloc's leader (Circular 08/2017/TT-BNV Art. 8)", () => {
  const scores = totals({ STP: 101, TGSC: 98, CAT: 98 });
  it.each([
    { nominees: ["STP"], seats: 1, codes: [] },
    { nominees: ["TGSC"], seats: 1, codes: ["tally.warning.flag-not-top-scorer"] },
    { nominees: ["TGSC"], seats: 2, codes: [] },
    { nominees: ["TTT"], seats: 1, codes: ["tally.warning.flag-no-score"] },
    { nominees: [], seats: 1, codes: [] },
  ])("$nominees with $seats seat(s): $codes", ({ nominees, seats, codes }) => {
    expect(flagLeaderWarnings(nominees, scores, seats).map((w) => w.code)).toEqual(codes);
  });

  it("names both agencies and their totals", () => {
    expect(flagLeaderWarnings(["CAT"], scores, 1)[0]?.params).toMatchObject({
      agency: "CAT",
      total: 98,
      rank: 2,
      top: "STP",
      topTotal: 101,
    });
  });
});

describe("award races in tallyYear", () => {
  it("the flag nominee is passed over in the certificate race and the next moves up", () => {
    const report = tallyYear(
      input({
        rules: {
          ...DEFAULT_RULES,
          seats: { ...DEFAULT_RULES.seats, certificate: { kind: "fixed", count: 1 } },
        },
        ballots: {
          flag: [{ round: 1, ballots: ballots(...repeat("STP", 9), "TGSC") }],
          certificate: [{ round: 1, ballots: ballots(...repeat("STP", 4), ...repeat("TGSC", 6)) }],
        },
      }),
    );
    expect(results(race(report, "certificate"))).toEqual([
      ["TGSC", 6, "elected", true],
      ["STP", 4, "already-awarded", false],
    ]);
    expect(report.awards).toEqual({ flag: ["STP"], certificate: ["TGSC"] });
  });

  it("the flag nominee leading the certificate vote does not take its seat", () => {
    const report = tallyYear(
      input({
        ballots: {
          flag: [{ round: 1, ballots: ballots(...repeat("STP", 10)) }],
          certificate: [
            {
              round: 1,
              ballots: ballots(...repeat(["STP", "TGSC"], 6), ...repeat(["STP", "CAT"], 4)),
            },
          ],
        },
      }),
    );
    const certificate = race(report, "certificate");
    expect(results(certificate)).toEqual([
      ["STP", 10, "already-awarded", false],
      ["TGSC", 6, "elected", true],
      ["CAT", 4, "below-threshold", true],
    ]);
    expect(certificate.candidates[0]?.reason.code).toBe("tally.reason.flag-nominee");
    expect(report.awards.certificate).toEqual(["TGSC"]);
  });

  it("a disqualified agency is ineligible, its votes shown with the reason", () => {
    const report = tallyYear(
      input({
        disqualified: [{ agency: "STP", reason: "Đang xác minh đơn khiếu nại" }],
        ballots: {
          flag: [{ round: 1, ballots: ballots(...repeat("STP", 7), ...repeat("TGSC", 3)) }],
          certificate: [{ round: 1, ballots: ballots(...repeat("STP", 8), ...repeat("CAT", 2)) }],
        },
      }),
    );
    const flag = race(report, "flag");
    expect(results(flag)).toEqual([
      ["STP", 7, "ineligible", false],
      ["TGSC", 3, "below-threshold", true],
    ]);
    expect(flag.candidates[0]?.reason.params).toMatchObject({
      reason: "Đang xác minh đơn khiếu nại",
    });
    expect(flag.ballots.valid).toBe(10);
    expect(report.awards).toEqual({ flag: [], certificate: [] });
    expect(race(report, "certificate").candidates[0]?.result).toBe("ineligible");
  });

  it("a flag nominee that is not the top scorer gets a warning, not a block", () => {
    const report = tallyYear(
      input({ ballots: { flag: [{ round: 1, ballots: ballots(...repeat("TGSC", 8)) }] } }),
    );
    expect(report.awards.flag).toEqual(["TGSC"]);
    expect(report.warnings).toContainEqual({
      code: "tally.warning.flag-not-top-scorer",
      params: expect.objectContaining({ agency: "TGSC", total: 98, top: "STP", topTotal: 101 }),
    });
  });

  it("a tied flag leaves a tied agency's certificate pending, with a warning", () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      threshold: { ...DEFAULT_RULES.threshold, percentHundredths: 4000 },
    };
    const report = tallyYear(
      input({
        rules,
        totals: totals({ STP: 100, TGSC: 100 }),
        ballots: {
          flag: [{ round: 1, ballots: ballots(...repeat("STP", 5), ...repeat("TGSC", 5)) }],
          certificate: [{ round: 1, ballots: ballots(...repeat("STP", 7), ...repeat("CAT", 3)) }],
        },
      }),
    );
    expect(race(report, "flag").tie).toEqual({ agencies: ["STP", "TGSC"], votes: 5, seatsOpen: 1 });
    // STP wins the certificate race but may yet be the flag nominee: not decided.
    expect(race(report, "certificate").elected).toEqual(["STP"]);
    expect(report.awards).toEqual({ flag: [], certificate: [] });
    expect(report.warnings).toContainEqual({
      code: "tally.warning.flag-undecided",
      params: { agencies: "STP, TGSC", seatsOpen: 1 },
    });
  });

  it("a tied flag leaves the certificate of an agency outside the tie decided", () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      threshold: { ...DEFAULT_RULES.threshold, percentHundredths: 4000 },
    };
    const report = tallyYear(
      input({
        rules,
        totals: totals({ STP: 100, TGSC: 100, CAT: 90 }),
        ballots: {
          flag: [{ round: 1, ballots: ballots(...repeat("STP", 5), ...repeat("TGSC", 5)) }],
          certificate: [{ round: 1, ballots: ballots(...repeat("CAT", 7), ...repeat("STP", 3)) }],
        },
      }),
    );
    expect(report.awards).toEqual({ flag: [], certificate: ["CAT"] });
  });

  it("the flag run-off then moves the certificate on", () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      threshold: { ...DEFAULT_RULES.threshold, percentHundredths: 4000 },
    };
    const report = tallyYear(
      input({
        rules,
        totals: totals({ STP: 100, TGSC: 100, CAT: 90 }),
        ballots: {
          flag: [
            { round: 1, ballots: ballots(...repeat("STP", 5), ...repeat("TGSC", 5)) },
            { round: 2, ballots: ballots(...repeat("STP", 7), ...repeat("TGSC", 3)) },
          ],
          certificate: [
            { round: 1, ballots: ballots(...repeat(["STP", "CAT"], 7), ...repeat("TGSC", 3)) },
          ],
        },
      }),
    );
    expect(report.awards).toEqual({ flag: ["STP"], certificate: ["CAT"] });
    expect(report.warnings.map((w) => w.code)).not.toContain("tally.warning.flag-undecided");
  });
});
