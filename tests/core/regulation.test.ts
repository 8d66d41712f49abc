/**
 * The tally under the bloc's own regulation (domain.md, "Rules"): table-driven
 * cases of each setting with its source in the name, and properties that must
 * hold under every regulation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countRound, type EntryLimits, strikeToTicks } from "../../src/core/ballot-validity.js";
import { resolveRules } from "../../src/core/rules.js";
import { type TallyInput, tallyYear } from "../../src/core/tally.js";
import type { Agency, AgencyTotal, BallotRace, Race, TallyReport } from "../../src/core/types.js";

const CODES = ["A", "B", "C", "D", "E", "G", "H", "K", "L", "M"];
const MEMBERS: Agency[] = CODES.map((code, index) => ({
  code,
  name: `Đơn vị ${code}`,
  shortName: null,
  order: index + 1,
}));
const SCORES: AgencyTotal[] = CODES.map((code, index) => ({
  agency: code,
  name: `Đơn vị ${code}`,
  base: 100 - index,
  bonus: 0,
  penalty: 0,
  total: 100 - index,
  rank: index + 1,
}));

function papers(...entries: string[][]): BallotRace[] {
  return entries.map((choices, index) => ({ ballot: String(index + 1), choices }));
}

function repeat(times: number, ...choices: string[]): string[][] {
  return Array.from({ length: times }, () => [...choices]);
}

function tally(
  settings: Array<{ key: string; value: string }>,
  ballots: Partial<Record<Race, BallotRace[]>>,
  overrides: Partial<TallyInput> = {},
): TallyReport {
  const rounds: TallyInput["ballots"] = {};
  for (const [race, entries] of Object.entries(ballots) as Array<[Race, BallotRace[]]>) {
    rounds[race] = [{ round: 1, ballots: entries }];
  }
  return tallyYear({
    bloc: "B",
    year: 2024,
    members: MEMBERS,
    present: 10,
    rules: resolveRules(settings),
    totals: SCORES,
    disqualified: [],
    ballots: rounds,
    currentLeaders: { head: "A", deputy: "B" },
    ...overrides,
  });
}

const raceOf = (report: TallyReport, race: Race) => report.races.find((r) => r.race === race);

describe("award races (Law 06/2022/QH15 Art. 25; Quảng Ninh QĐ 1174/QĐ-UBND 2017)", () => {
  it("Government flag first; its winner is passed over in the flag and leads the bloc", () => {
    const report = tally([{ key: "races.awards", value: "govflag,flag,certificate" }], {
      govflag: papers(...repeat(8, "A"), ...repeat(2, "B")),
      flag: papers(...repeat(6, "A"), ...repeat(4, "B")),
      certificate: papers(...repeat(6, "C"), ...repeat(4, "A")),
    });
    expect(report.awards).toEqual({ govflag: ["A"], flag: [], certificate: ["C"] });
    expect(raceOf(report, "flag")?.candidates[0]).toMatchObject({
      agency: "A",
      result: "already-awarded",
    });
    expect(report.leadingUnit).toBe("A");
  });

  it("a race of 0 seats is not held (seats.flag 0: Lâm Đồng allots per year)", () => {
    const report = tally([{ key: "seats.flag", value: "0" }], {
      flag: papers(...repeat(10, "A")),
      certificate: papers(...repeat(10, "B")),
    });
    expect(raceOf(report, "flag")).toBeUndefined();
    expect(report.awards.flag).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain("tally.warning.race-not-held");
  });

  it("the award's own name is carried to the report (label.RACE)", () => {
    const report = tally([{ key: "label.flag", value: "Cờ “Đơn vị dẫn đầu phong trào thi đua”" }], {
      flag: papers(...repeat(10, "A")),
    });
    expect(report.labels?.flag).toBe("Cờ “Đơn vị dẫn đầu phong trào thi đua”");
  });
});

describe("thresholds per race and base (domain.md, Quorum and threshold)", () => {
  it.each([
    // [settings, votes for A, invalid ballots (the rest of the 10 are blank), elected?, source]
    [
      [
        { key: "threshold.flag.percent", value: "80" },
        { key: "threshold.flag.strict", value: "false" },
      ],
      8,
      0,
      true,
      "TT 01/2019/TT-VKSTC: at least 80%",
    ],
    [
      [
        { key: "threshold.flag.percent", value: "80" },
        { key: "threshold.flag.strict", value: "false" },
      ],
      7,
      0,
      false,
      "TT 01/2019/TT-VKSTC: at least 80%",
    ],
    [
      [
        { key: "threshold.flag.percent", value: "2/3" },
        { key: "threshold.flag.strict", value: "false" },
      ],
      7,
      0,
      true,
      "TT 04/2016/TT-TANDTC: at least 2/3",
    ],
    [
      [
        { key: "threshold.flag.percent", value: "2/3" },
        { key: "threshold.flag.strict", value: "false" },
      ],
      6,
      0,
      false,
      "TT 04/2016/TT-TANDTC: at least 2/3",
    ],
    [
      [{ key: "threshold.base", value: "valid" }],
      4,
      3,
      true,
      "TT 01/2021/TT-BNV: more than half of the 7 valid",
    ],
    [
      [{ key: "threshold.base", value: "returned" }],
      4,
      3,
      false,
      "Youth Union guide: more than half of the 10 returned",
    ],
    [[], 5, 0, false, "default: more than half of the 10 members"],
    [[], 6, 0, true, "default: more than half of the 10 members"],
  ] as const)(
    "%j: %i votes, %i invalid: elected = %s (%s)",
    (settings, votes, invalid, elected, _source) => {
      const entries = [
        ...repeat(votes, "A"),
        ...repeat(invalid, "A", "B"),
        ...repeat(10 - votes - invalid),
      ];
      const report = tally([...settings], { flag: papers(...entries) });
      expect(report.awards.flag).toEqual(elected ? ["A"] : []);
    },
  );

  it("the certificate keeps the bloc-wide threshold when only the flag's is set", () => {
    const report = tally([{ key: "threshold.flag.percent", value: "80" }], {
      certificate: papers(...repeat(6, "B"), ...repeat(4)),
    });
    expect(report.awards.certificate).toEqual(["B"]);
  });
});

describe("order of decision (Ninh Thuận; Trà Ôn 2022)", () => {
  it("score-first: the higher score wins among those past the threshold, not the more votes", () => {
    const ballots = { flag: papers(...repeat(6, "B", "A"), ...repeat(4, "B", "C")) };
    const settings = (order: string) => [
      { key: "order", value: order },
      { key: "seats.flag", value: "1" },
      { key: "threshold.strict", value: "false" },
    ];
    // Two names on a ballot for one seat are over-marked: one seat, one name each.
    const single = { flag: ballots.flag.map((b) => ({ ...b, choices: b.choices.slice(1) })) };
    // A 6 votes (score 100), C 4 (score 98): votes-first and score-first agree.
    expect(tally(settings("votes-first"), single).awards.flag).toEqual(["A"]);
    // B 10 votes (score 99), A 6 (score 100): with two seats both pass; by score A is first.
    const two = [...settings("score-first"), { key: "seats.flag", value: "2" }];
    const scoreFirst = tally(two, ballots);
    expect(
      raceOf(scoreFirst, "flag")
        ?.candidates.map((c) => c.agency)
        .slice(0, 2),
    ).toEqual(["A", "B"]);
    expect(raceOf(scoreFirst, "flag")?.candidates[0]?.reason.rule).toBe("order");
    // One seat, score first: A (6 of 10, at least 50%) beats B's 4 votes on score.
    const oneSeat = tally(settings("score-first"), {
      flag: papers(...repeat(6, "A"), ...repeat(4, "B")),
    });
    expect(oneSeat.awards.flag).toEqual(["A"]);
    const flipped = tally(settings("score-first"), {
      flag: papers(...repeat(5, "A"), ...repeat(5, "B")),
    });
    // A and B both have 5 of 10 (at least 50%): score decides, A (100) over B (99).
    expect(flipped.awards.flag).toEqual(["A"]);
    expect(
      tally(settings("votes-first"), { flag: papers(...repeat(4, "A"), ...repeat(6, "B")) }).awards
        .flag,
    ).toEqual(["B"]);
    expect(
      tally(settings("score-first"), { flag: papers(...repeat(5, "A"), ...repeat(5, "G")) }).awards
        .flag,
    ).toEqual(["A"]);
  });

  it("score-first: equal scores and votes across the last seat leave it open, never lots", () => {
    const equal = SCORES.map((s) => (s.agency === "B" ? { ...s, total: 100 } : s));
    const report = tally(
      [{ key: "order", value: "score-first" }],
      { flag: papers(...repeat(5, "A"), ...repeat(5, "B")) },
      { totals: equal, present: 10 },
    );
    // 5 of 10 is not more than half: nobody passes; with at least 50% both pass and tie.
    expect(report.awards.flag).toEqual([]);
    const tied = tally(
      [
        { key: "order", value: "score-first" },
        { key: "threshold.strict", value: "false" },
      ],
      { flag: papers(...repeat(5, "A"), ...repeat(5, "B")) },
      { totals: equal },
    );
    expect(raceOf(tied, "flag")?.tie).toMatchObject({ agencies: ["A", "B"], seatsOpen: 1 });
  });
});

describe("ballots (domain.md, Ballots)", () => {
  const limits: EntryLimits = { seats: 1, members: new Set(CODES), runOff: null };

  it.each([
    // [struck, counted as, source]
    [CODES.filter((c) => c !== "A"), { ticks: ["A"] }, "gạch tên: the name left is the vote"],
    [
      CODES.filter((c) => c !== "A" && c !== "B"),
      { ticks: ["A", "B"] },
      "two left for one seat: over-marked",
    ],
    [["Z"], { invalid: "nonMember" }, "a struck name that is not a member"],
    [["A", "A"], { invalid: "duplicate" }, "a name struck twice"],
  ] as const)("strike %j → %j (%s)", (struck, expected, _source) => {
    expect(strikeToTicks(struck, limits)).toEqual(expected);
  });

  it("ballot.blank invalid counts a blank race invalid (counting guides)", () => {
    const entries = papers(["A"], [], []);
    expect(countRound(entries, 3, { ...limits, blankInvalid: true }).ballots).toMatchObject({
      valid: 1,
      invalid: 2,
      blank: 0,
    });
    expect(countRound(entries, 3, limits).ballots).toMatchObject({ valid: 3, blank: 2 });
  });

  it("a vote off the shortlist makes that race of the ballot invalid (tdkt nominees)", () => {
    const counted = countRound(papers(["A"], ["C"]), 2, {
      ...limits,
      shortlist: new Set(["A", "B"]),
    });
    expect(counted.ballots).toMatchObject({ valid: 1, invalid: 1 });
    expect(counted.invalidCauses.notNominated).toBe(1);
  });
});

describe("leaders (domain.md, Head and deputy)", () => {
  it("top-unit (Bắc Ninh 2022): the first award race's winner heads, the next is deputy", () => {
    const report = tally([{ key: "leaders.mode", value: "dẫn đầu" }], {
      flag: papers(...repeat(7, "C"), ...repeat(3, "D")),
    });
    expect(report.leaders).toMatchObject({ head: "C", deputy: "D", mode: "top-unit" });
  });

  it("appointed (procuracy): the tally decides no leader", () => {
    const report = tally([{ key: "leaders.mode", value: "appointed" }], {
      flag: papers(...repeat(10, "C")),
    });
    expect(report.leaders).toMatchObject({ head: null, deputy: null, mode: "appointed" });
    expect(report.leaders.reason.code).toBe("tally.leaders.appointed");
  });

  it("exclude-ineligible (procuracy): a disqualified unit may not lead next year", () => {
    const ballots = {
      flag: papers(...repeat(10, "C")),
      head: papers(...repeat(8, "E"), ...repeat(2, "G")),
    };
    const settings = [{ key: "threshold.percent", value: "10" }];
    const disqualified = [{ agency: "E", reason: "Đang thanh tra" }];
    expect(tally(settings, ballots, { disqualified }).leaders.head).toBe("E");
    const barred = tally(
      [...settings, { key: "leaders.exclude-ineligible", value: "true" }],
      ballots,
      { disqualified },
    );
    expect(barred.leaders.head).toBe("G");
  });
});

describe("properties under random regulations", () => {
  const regulation = fc.record({
    awards: fc.constantFrom(
      "flag,certificate",
      "govflag,flag,certificate",
      "govflag,certificate",
      "certificate",
    ),
    flagSeats: fc.constantFrom("0", "1", "2", "3"),
    certificate: fc.constantFrom("20% remaining, min 1", "50% remaining", "2", "20%"),
    percent: fc.constantFrom("50", "2/3", "30", "80"),
    base: fc.constantFrom("members", "present", "returned", "valid"),
    strict: fc.boolean(),
    order: fc.constantFrom("votes-first", "score-first"),
    blank: fc.constantFrom("valid", "invalid"),
  });
  const toSettings = (r: {
    awards: string;
    flagSeats: string;
    certificate: string;
    percent: string;
    base: string;
    strict: boolean;
    order: string;
    blank: string;
  }) => [
    { key: "races.awards", value: r.awards },
    { key: "seats.flag", value: r.flagSeats },
    { key: "seats.certificate", value: r.certificate },
    { key: "threshold.percent", value: r.percent },
    { key: "threshold.base", value: r.base },
    { key: "threshold.strict", value: String(r.strict) },
    { key: "order", value: r.order },
    { key: "ballot.blank", value: r.blank },
  ];
  const entry = fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 3 });
  const sheet = fc.record({
    govflag: fc.array(entry, { minLength: 1, maxLength: 10 }),
    flag: fc.array(entry, { minLength: 1, maxLength: 10 }),
    certificate: fc.array(entry, { minLength: 1, maxLength: 10 }),
    head: fc.array(entry, { minLength: 1, maxLength: 10 }),
    deputy: fc.array(entry, { minLength: 1, maxLength: 10 }),
  });
  const asBallots = (s: Record<Race, string[][]>) =>
    Object.fromEntries(Object.entries(s).map(([race, entries]) => [race, papers(...entries)]));

  it("elected ≤ seats in every race, no unit in two award races, head ≠ deputy", () => {
    fc.assert(
      fc.property(regulation, sheet, (r, s) => {
        const report = tally(toSettings(r), asBallots(s));
        for (const race of report.races)
          expect(race.elected.length).toBeLessThanOrEqual(race.seats);
        const awarded = Object.values(report.awards).flat();
        expect(new Set(awarded).size).toBe(awarded.length);
        if (report.leaders.head !== null)
          expect(report.leaders.deputy).not.toBe(report.leaders.head);
      }),
      { numRuns: 150 },
    );
  });

  it("the order of the ballots never matters", () => {
    fc.assert(
      fc.property(regulation, sheet, fc.integer({ min: 1, max: 9 }), (r, s, shift) => {
        const forward = tally(toSettings(r), asBallots(s));
        const rotated = Object.fromEntries(
          Object.entries(s).map(([race, entries]) => {
            const k = shift % entries.length;
            return [race, [...entries.slice(k), ...entries.slice(0, k)].reverse()];
          }),
        ) as Record<Race, string[][]>;
        const backward = tally(toSettings(r), asBallots(rotated));
        expect(backward.awards).toEqual(forward.awards);
        expect(backward.leaders).toEqual(forward.leaders);
        expect(backward.races.map((x) => x.candidates)).toEqual(
          forward.races.map((x) => x.candidates),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("a strike-out ballot and its ticked equivalent count the same", () => {
    fc.assert(
      fc.property(regulation, sheet, (r, s) => {
        const ticked = tally(toSettings(r), asBallots(s));
        // Each race struck: every member not chosen is struck out.
        const struck = Object.fromEntries(
          Object.entries(s).map(([race, entries]) => [
            race,
            papers(...entries).map((paper) => ({
              ...paper,
              mark: "strike" as const,
              choices: CODES.filter((code) => !paper.choices.includes(code)),
            })),
          ]),
        );
        const counted = tally(toSettings(r), struck);
        expect(counted.races.map((x) => [x.race, x.ballots, x.elected])).toEqual(
          ticked.races.map((x) => [x.race, x.ballots, x.elected]),
        );
        expect(counted.awards).toEqual(ticked.awards);
      }),
      { numRuns: 100 },
    );
  });
});
