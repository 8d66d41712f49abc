import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countRound, judgeEntry } from "../../src/core/ballot-validity.js";
import { ProblemError } from "../../src/core/problem.js";
import {
  DEFAULT_RULES as NEW_DEFAULTS,
  parseSeats,
  type Rules,
  resolveRules,
} from "../../src/core/rules.js";
import { type BallotRound, type TallyInput, tallyYear } from "../../src/core/tally.js";
import {
  type Contender,
  compareContenders,
  compareForDisplay,
  fillSeats,
} from "../../src/core/tally-race.js";
import {
  minVotes,
  passesThreshold,
  percentOf,
  quorumMet,
  quorumRequired,
  raceSeats,
  thresholdBaseCount,
} from "../../src/core/tally-rules.js";
import type {
  Agency,
  AgencyTotal,
  BallotRace,
  Race,
  RaceTally,
  TallyReport,
} from "../../src/core/types.js";
import { hasMessage, t } from "../../src/i18n/index.js";
import { problemError } from "../../src/io/problem-text.js";

/**
 * These cases were written for the rule before the regulation's own seats:
 * certificates max(1, floor(members / 5)), which `auto` still means.
 */
const DEFAULT_RULES: Rules = resolveRules([{ key: "seats.certificate", value: "auto" }]);
void NEW_DEFAULTS;

// The seed case: Khối thi đua các cơ quan Nội chính, 2019, in rotation order.
const SEED: ReadonlyArray<readonly [string, string]> = [
  ["STP", "Sở Tư pháp"],
  ["TTT", "Thanh tra tỉnh"],
  ["BNCTU", "Ban Nội chính Tỉnh ủy"],
  ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh"],
  ["BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
  ["CAT", "Công an tỉnh"],
  ["TAND", "Tòa án nhân dân tỉnh"],
  ["VKSND", "Viện kiểm sát nhân dân tỉnh"],
  ["CTHADS", "Cục Thi hành án dân sự tỉnh"],
  ["TGSC", "Trại giam Sông Cái"],
];
const MEMBERS: Agency[] = SEED.map(([code, name], index) => ({
  code,
  name,
  shortName: null,
  order: index + 1,
}));

/** Totals with ranks; `penalty` defaults to 0. */
function totals(scores: Record<string, number | [number, number]>): AgencyTotal[] {
  const rows = Object.entries(scores).map(([agency, value]) => {
    const [total, penalty] = Array.isArray(value) ? value : [value, 0];
    const name = MEMBERS.find((m) => m.code === agency)?.name ?? agency;
    return { agency, name, base: total + penalty, bonus: 0, penalty, total, rank: 0 };
  });
  rows.sort((a, b) => b.total - a.total);
  return rows.map((row) => ({
    ...row,
    rank: rows.findIndex((other) => other.total === row.total) + 1,
  }));
}

/** One ballot per list of choices, numbered 1, 2, 3… */
function papers(...entries: string[][]): BallotRace[] {
  return entries.map((choices, index) => ({ ballot: String(index + 1), choices }));
}

/** Single-choice ballots from vote counts, then `blank` blank ones. */
function single(votes: Record<string, number>, blank = 0): BallotRace[] {
  const entries: string[][] = [];
  for (const [agency, count] of Object.entries(votes)) {
    for (let i = 0; i < count; i++) entries.push([agency]);
  }
  for (let i = 0; i < blank; i++) entries.push([]);
  return papers(...entries);
}

function round1(ballots: BallotRace[]): BallotRound[] {
  return [{ round: 1, ballots }];
}

function input(overrides: Partial<TallyInput> = {}): TallyInput {
  return {
    bloc: "NOICHINH",
    year: 2019,
    members: MEMBERS,
    present: 10,
    rules: DEFAULT_RULES,
    totals: totals({ STP: 101 }),
    disqualified: [],
    ballots: {},
    currentLeaders: { head: null, deputy: null },
    ...overrides,
  };
}

function rules(change: (rules: Rules) => Rules): Rules {
  return change(structuredClone(DEFAULT_RULES));
}

function race(report: TallyReport, name: Race): RaceTally {
  const found = report.races.find((r) => r.race === name);
  if (!found) throw new Error(`no race ${name}`);
  return found;
}

function candidate(tally: RaceTally, agency: string) {
  const found = tally.candidates.find((c) => c.agency === agency);
  if (!found) throw new Error(`no candidate ${agency}`);
  return found;
}

const members = new Set(MEMBERS.map((m) => m.code));

describe("ballot validity per race (244-QĐ/TW Art. 32)", () => {
  const cases: Array<{
    name: string;
    choices: string[];
    seats?: number;
    runOff?: string[];
    expected: ReturnType<typeof judgeEntry>;
  }> = [
    { name: "empty race is blank", choices: [], expected: { kind: "blank" } },
    { name: "only empty marks is blank", choices: ["", " "], expected: { kind: "blank" } },
    { name: "one member", choices: ["STP"], expected: { kind: "valid", choices: ["STP"] } },
    {
      name: "two members for two seats",
      choices: ["STP", "TGSC"],
      seats: 2,
      expected: { kind: "valid", choices: ["STP", "TGSC"] },
    },
    {
      name: "more agencies than seats",
      choices: ["STP", "TGSC"],
      expected: { kind: "invalid", cause: "overMarked" },
    },
    { name: "not a member", choices: ["XYZ"], expected: { kind: "invalid", cause: "nonMember" } },
    {
      name: "same agency twice",
      choices: ["STP", "STP"],
      seats: 2,
      expected: { kind: "invalid", cause: "duplicate" },
    },
    {
      name: "not in the run-off",
      choices: ["CAT"],
      runOff: ["STP", "TGSC"],
      expected: { kind: "invalid", cause: "notInRunOff" },
    },
    {
      name: "in the run-off",
      choices: ["TGSC"],
      runOff: ["STP", "TGSC"],
      expected: { kind: "valid", choices: ["TGSC"] },
    },
    {
      name: "decomposed Vietnamese code is the member's NFC code",
      choices: ["BĐBP".normalize("NFD")],
      expected: { kind: "valid", choices: ["BĐBP"] },
    },
  ];
  it.each(cases)("$name", ({ choices, seats, runOff, expected }) => {
    expect(
      judgeEntry(choices, { seats: seats ?? 1, members, runOff: runOff ? new Set(runOff) : null }),
    ).toEqual(expected);
  });

  it("counts returned, valid, invalid, blank and causes", () => {
    const counted = countRound(
      papers(["STP"], ["STP"], [], ["STP", "CAT"], ["XYZ"], ["TGSC"]),
      10,
      { seats: 1, members, runOff: null },
    );
    expect(counted.ballots).toEqual({
      returned: 6,
      valid: 4,
      invalid: 2,
      blank: 1,
      issued: 10,
    });
    expect(counted.invalidCauses).toEqual({
      overMarked: 1,
      nonMember: 1,
      duplicate: 0,
      notInRunOff: 0,
      blank: 0,
      notNominated: 0,
    });
    expect(Object.fromEntries(counted.votes)).toEqual({ STP: 2, TGSC: 1 });
  });
});

describe("quorum", () => {
  const cases = [
    { members: 10, present: 10, quorum: [2, 3], required: 7, met: true },
    { members: 10, present: 7, quorum: [2, 3], required: 7, met: true },
    { members: 10, present: 6, quorum: [2, 3], required: 7, met: false },
    { members: 9, present: 6, quorum: [2, 3], required: 6, met: true },
    { members: 10, present: 5, quorum: [1, 2], required: 5, met: true },
    { members: 10, present: 4, quorum: [1, 2], required: 5, met: false },
  ] as const;
  it.each(cases)("$present of $members at $quorum", (c) => {
    const r = rules((x) => ({
      ...x,
      quorum: { numerator: c.quorum[0], denominator: c.quorum[1] },
    }));
    expect(quorumRequired(c.members, r)).toBe(c.required);
    expect(quorumMet(c.present, c.members, r)).toBe(c.met);
  });
});

describe("threshold in integers", () => {
  const cases = [
    { votes: 5, base: 10, percent: 5000, strict: true, passes: false, min: 6 },
    { votes: 6, base: 10, percent: 5000, strict: true, passes: true, min: 6 },
    { votes: 5, base: 10, percent: 5000, strict: false, passes: true, min: 5 },
    { votes: 4, base: 10, percent: 5000, strict: false, passes: false, min: 5 },
    { votes: 2, base: 3, percent: 6667, strict: true, passes: false, min: 3 },
    { votes: 2, base: 3, percent: 6666, strict: true, passes: true, min: 2 },
    { votes: 0, base: 10, percent: 0, strict: false, passes: false, min: 1 },
    { votes: 1, base: 0, percent: 5000, strict: false, passes: true, min: 1 },
    { votes: 10, base: 10, percent: 10000, strict: true, passes: false, min: 11 },
  ];
  it.each(cases)("$votes of $base at $percent/100 strict=$strict", (c) => {
    const threshold = { percentHundredths: c.percent, base: "members" as const, strict: c.strict };
    expect(passesThreshold(c.votes, c.base, threshold)).toBe(c.passes);
    expect(minVotes(c.base, threshold)).toBe(c.min);
  });

  it("minVotes is the smallest vote count that passes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.boolean(),
        (base, percentHundredths, strict) => {
          const threshold = { percentHundredths, base: "members" as const, strict };
          const min = minVotes(base, threshold);
          expect(passesThreshold(min, base, threshold)).toBe(true);
          expect(passesThreshold(min - 1, base, threshold)).toBe(false);
        },
      ),
    );
  });

  it.each([
    [9, 10, 90],
    [2, 3, 66.67],
    [1, 3, 33.33],
    [5, 10, 50],
    [0, 0, 0],
    [5, 0, 0],
  ])("percent %i of %i is %d", (votes, base, expected) => {
    expect(percentOf(votes, base)).toBe(expected);
  });

  it.each([
    ["members", 10],
    ["present", 8],
    ["returned", 8],
    ["valid", 7],
  ] as const)("base %s counts %i (domain.md, Quorum and threshold)", (base, expected) => {
    expect(thresholdBaseCount(base, { members: 10, present: 8, returned: 8, valid: 7 })).toBe(
      expected,
    );
  });
});

describe("seats", () => {
  it.each([
    ["flag", "auto", 10, 1],
    ["certificate", "auto", 10, 2],
    ["certificate", "auto", 4, 1],
    ["certificate", "auto", 14, 2],
    ["certificate", "auto", 15, 3],
    ["certificate", "20% remaining, min 1", 10, 1],
    ["certificate", "20% remaining, min 1", 16, 3],
    ["certificate", "3", 10, 3],
    ["head", "auto", 10, 1],
    ["deputy", "auto", 10, 1],
  ] as const)("%s (certificate %s) with %i members: %i", (name, certificate, count, seats) => {
    const spec = parseSeats(certificate);
    if (!spec) throw new Error(certificate);
    const r = rules((x) => ({ ...x, seats: { ...x.seats, certificate: spec } }));
    expect(raceSeats(name, r, count)).toBe(seats);
  });
});

describe("choosing winners", () => {
  const c = (agency: string, votes: number, score: number | null, penalty = 0): Contender => ({
    agency,
    name: agency,
    votes,
    score,
    penalty,
  });
  it.each([
    { name: "more votes first", a: c("A", 7, 80), b: c("B", 6, 99), first: "A" },
    { name: "then higher score", a: c("A", 7, 80), b: c("B", 7, 90), first: "B" },
    { name: "no score sheet lowest", a: c("A", 7, null), b: c("B", 7, 1), first: "B" },
    { name: "then fewer penalty", a: c("A", 7, 90, 2), b: c("B", 7, 90, 1), first: "B" },
  ])("$name", ({ a, b, first }) => {
    expect([a, b].sort(compareContenders)[0]?.agency).toBe(first);
    expect([b, a].sort(compareContenders)[0]?.agency).toBe(first);
  });

  it("equal votes, score and penalty compare as a true tie", () => {
    expect(compareContenders(c("A", 7, 90.5, 1), c("B", 7, 90.5, 1))).toBe(0);
    expect(compareForDisplay(c("A", 7, 90.5, 1), c("B", 7, 90.5, 1))).toBeLessThan(0);
  });

  it.each([
    { seats: 1, list: [c("A", 8, 90), c("B", 6, 95)], elected: ["A"], tie: null },
    { seats: 1, list: [c("A", 6, 90), c("B", 6, 95)], elected: ["B"], tie: null },
    {
      seats: 1,
      list: [c("A", 6, 90), c("B", 6, 90)],
      elected: [],
      tie: { agencies: ["A", "B"], votes: 6, seatsOpen: 1 },
    },
    {
      seats: 2,
      list: [c("A", 9, 90), c("B", 6, 90), c("C", 6, 90)],
      elected: ["A"],
      tie: { agencies: ["B", "C"], votes: 6, seatsOpen: 1 },
    },
    {
      seats: 2,
      list: [c("C", 6, 90), c("B", 6, 90), c("A", 6, 90)],
      elected: [],
      tie: { agencies: ["A", "B", "C"], votes: 6, seatsOpen: 2 },
    },
    { seats: 2, list: [c("A", 6, 90), c("B", 6, 90)], elected: ["A", "B"], tie: null },
    { seats: 2, list: [c("A", 6, 90)], elected: ["A"], tie: null },
  ])("fills $seats seat(s): $elected", ({ seats, list, elected, tie }) => {
    expect(fillSeats(list, seats)).toEqual({ elected, tie });
  });
});

describe("tallyYear: threshold in a race", () => {
  it("exactly 50% is not enough under the strict default (5 of 10)", () => {
    const report = tallyYear(input({ ballots: { flag: round1(single({ STP: 5, TTT: 5 })) } }));
    const flag = race(report, "flag");
    expect(flag.threshold).toEqual({
      base: "members",
      baseCount: 10,
      minVotes: 6,
      percent: 50,
      strict: true,
    });
    expect(candidate(flag, "STP")).toMatchObject({
      votes: 5,
      percent: 50,
      result: "below-threshold",
      reason: { code: "tally.reason.below-threshold", rule: "threshold.percent", value: "50" },
    });
    expect(flag.elected).toEqual([]);
    expect(report.awards.flag).toEqual([]);
  });

  it("6 of 10 passes", () => {
    const report = tallyYear(input({ ballots: { flag: round1(single({ STP: 6, TTT: 4 })) } }));
    expect(candidate(race(report, "flag"), "STP")).toMatchObject({
      votes: 6,
      percent: 60,
      result: "elected",
      reason: { code: "tally.reason.elected" },
    });
    expect(report.awards.flag).toEqual(["STP"]);
  });

  it("non-strict passes at 50%", () => {
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, strict: false } }));
    const report = tallyYear(
      input({ rules: r, ballots: { flag: round1(single({ STP: 5, TTT: 4 }, 1)) } }),
    );
    expect(race(report, "flag").threshold.minVotes).toBe(5);
    expect(candidate(race(report, "flag"), "STP").result).toBe("elected");
    expect(candidate(race(report, "flag"), "STP").reason.value).toBe("50");
  });

  it("base valid counts the valid ballots of the race", () => {
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, base: "valid" } }));
    // 8 returned, 1 invalid: 7 valid (one blank); 4 of 7 is more than half.
    const ballots = papers(["STP"], ["STP"], ["STP"], ["STP"], ["TTT"], ["TTT"], [], ["XYZ"]);
    const report = tallyYear(input({ present: 8, rules: r, ballots: { flag: round1(ballots) } }));
    const flag = race(report, "flag");
    expect(flag.threshold).toMatchObject({ base: "valid", baseCount: 7, minVotes: 4 });
    expect(candidate(flag, "STP")).toMatchObject({ percent: 57.14, result: "elected" });
  });
});

describe("tallyYear: ballots", () => {
  it("an invalid race voids only that race of the ballot", () => {
    const flag = papers(["STP", "TTT"], ["XYZ"], ["STP"], [], ["STP"]);
    const certificate = papers(["TGSC"], ["TGSC", "TGSC"], ["TGSC"], ["TGSC", "CAT"], ["CAT"]);
    const report = tallyYear(
      input({ present: 7, ballots: { flag: round1(flag), certificate: round1(certificate) } }),
    );
    expect(race(report, "flag").ballots).toMatchObject({
      returned: 5,
      valid: 3,
      invalid: 2,
      blank: 1,
    });
    expect(race(report, "flag").invalidCauses).toEqual({
      overMarked: 1,
      nonMember: 1,
      duplicate: 0,
      notInRunOff: 0,
      blank: 0,
      notNominated: 0,
    });
    expect(race(report, "certificate").ballots).toMatchObject({
      returned: 5,
      valid: 4,
      invalid: 1,
      blank: 0,
    });
    expect(race(report, "certificate").invalidCauses.duplicate).toBe(1);
    expect(candidate(race(report, "certificate"), "TGSC").votes).toBe(3);
  });

  it("candidates are every member with a vote, in display order", () => {
    // Equal votes and no score sheets: Vietnamese collation of the names.
    const report = tallyYear(
      input({
        totals: [],
        ballots: {
          flag: round1(single({ TAND: 1, CTHADS: 1, CAT: 1, BCHQS: 1, BĐBP: 1, BNCTU: 1, STP: 2 })),
        },
      }),
    );
    // Ban < Bộ Chỉ huy Bộ đội… < Bộ Chỉ huy Quân sự < Công < Cục < Tòa.
    expect(race(report, "flag").candidates.map((c) => c.agency)).toEqual([
      "STP",
      "BNCTU",
      "BĐBP",
      "BCHQS",
      "CAT",
      "CTHADS",
      "TAND",
    ]);
    expect(candidate(race(report, "flag"), "CAT").score).toBeNull();
  });

  it("only races with ballots are reported, in contract order, and missing ones warned", () => {
    const report = tallyYear(
      input({
        ballots: {
          deputy: round1(single({ VKSND: 7 })),
          flag: round1(single({ STP: 9 })),
        },
      }),
    );
    expect(report.races.map((r) => r.race)).toEqual(["flag", "deputy"]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        { code: "tally.warning.no-ballots", params: { race: "certificate" } },
        { code: "tally.warning.no-ballots", params: { race: "head" } },
      ]),
    );
  });

  it.each([
    {
      name: "more ballots returned than issued",
      present: 5,
      ballots: { flag: round1(single({ STP: 6 })) },
      message: /6.*5/,
    },
    {
      name: "a ballot counted twice in a round",
      present: 10,
      ballots: {
        flag: round1([
          { ballot: "7", choices: ["STP"] },
          { ballot: "7", choices: ["TTT"] },
        ]),
      },
      message: /7/,
    },
    {
      name: "a round without the one before",
      present: 10,
      ballots: { flag: [{ round: 2, ballots: single({ STP: 6 }) }] },
      message: /1/,
    },
  ])("refuses $name (exit 1, with a hint)", ({ present, ballots, message }) => {
    let error: unknown;
    try {
      tallyYear(input({ present, ballots }));
    } catch (caught) {
      error = caught;
    }
    // The core speaks in codes; the text is io's (src/io/problem-text.ts).
    expect(error).toBeInstanceOf(ProblemError);
    const text = problemError((error as ProblemError).problem);
    expect(text.exitCode).toBe(1);
    expect(text.message).toMatch(message);
    expect(text.hint).toBeTruthy();
  });

  it("refuses more agencies present than members", () => {
    expect(() => tallyYear(input({ present: 11 }))).toThrow(ProblemError);
  });
});

describe("tallyYear: quorum", () => {
  it("6 of 10 present with 2/3: counted and shown, nothing decided", () => {
    const report = tallyYear(
      input({
        present: 6,
        ballots: {
          flag: round1(single({ STP: 6 })),
          certificate: round1(single({ TGSC: 6 })),
          head: round1(single({ CTHADS: 6 })),
          deputy: round1(single({ VKSND: 6 })),
        },
      }),
    );
    expect(report.quorum).toEqual({ required: 7, met: false });
    expect(report.races).toHaveLength(4);
    for (const tally of report.races) {
      expect(tally.elected).toEqual([]);
      expect(tally.candidates[0]).toMatchObject({
        votes: 6,
        result: "not-elected",
        reason: { code: "tally.reason.quorum-not-met", rule: "quorum", value: "2/3" },
      });
      expect(tally.reason?.code).toBe("tally.race.quorum-not-met");
    }
    expect(report.awards).toEqual({ flag: [], certificate: [] });
    expect(report.leaders).toMatchObject({
      year: 2020,
      head: null,
      deputy: null,
      reason: { code: "tally.leaders.quorum-not-met" },
    });
    expect(report.warnings[0]).toEqual({
      code: "tally.warning.quorum-not-met",
      params: { present: 6, members: 10, required: 7, quorum: "2/3" },
    });
  });
});

describe("tallyYear: ties and run-offs", () => {
  const scores = totals({ STP: 101, TGSC: 95, CAT: 95, TTT: 90 });
  it("two agencies tied on votes and score leave the seat open, then a run-off decides", () => {
    // Certificate, 2 seats: STP on every ballot, TGSC and CAT 5 each with equal scores;
    // under the non-strict rule 5 of 10 passes, so STP is elected and one seat stays open.
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, strict: false } }));
    const roundOne = papers(
      ["STP", "TGSC"],
      ["STP", "TGSC"],
      ["STP", "TGSC"],
      ["STP", "TGSC"],
      ["STP", "TGSC"],
      ["STP", "CAT"],
      ["STP", "CAT"],
      ["STP", "CAT"],
      ["STP", "CAT"],
      ["STP", "CAT"],
    );
    const tied = tallyYear(
      input({ rules: r, totals: scores, ballots: { certificate: round1(roundOne) } }),
    );
    const certificate = race(tied, "certificate");
    // STP is not the flag nominee here (no flag ballots), so it fills a seat.
    expect(certificate.elected).toEqual(["STP"]);
    expect(certificate.tie).toEqual({ agencies: ["CAT", "TGSC"], votes: 5, seatsOpen: 1 });
    expect(candidate(certificate, "TGSC")).toMatchObject({
      result: "tie",
      reason: { code: "tally.reason.tie" },
    });
    expect(certificate.reason?.code).toBe("tally.race.tie");
    expect(tied.awards.certificate).toEqual(["STP"]);

    // Round 2 among CAT and TGSC only; a vote for STP or TTT is invalid now.
    const roundTwo = papers(
      ["TGSC"],
      ["TGSC"],
      ["TGSC"],
      ["TGSC"],
      ["TGSC"],
      ["TGSC"],
      ["CAT"],
      ["CAT"],
      ["STP"],
      ["CAT", "TGSC"],
    );
    const decided = tallyYear(
      input({
        rules: r,
        totals: scores,
        ballots: {
          certificate: [
            { round: 1, ballots: roundOne },
            { round: 2, ballots: roundTwo },
          ],
        },
      }),
    );
    const after = race(decided, "certificate");
    expect(after.round).toBe(2);
    expect(after.elected).toEqual(["STP", "TGSC"]);
    expect(after.tie).toBeNull();
    expect(after.candidates.map((c) => [c.agency, c.votes, c.result])).toEqual([
      ["TGSC", 6, "elected"],
      ["CAT", 2, "below-threshold"],
    ]);
    expect(after.invalidCauses).toEqual({
      overMarked: 1,
      nonMember: 0,
      duplicate: 0,
      notInRunOff: 1,
      blank: 0,
      notNominated: 0,
    });
    expect(after.previousRounds?.map((p) => p.round)).toEqual([1]);
    expect(after.previousRounds?.[0]?.tie).toEqual(certificate.tie);
    expect(decided.awards.certificate).toEqual(["STP", "TGSC"]);
  });

  it("a run-off candidate without a vote is still shown", () => {
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, percentHundredths: 4000 } }));
    const report = tallyYear(
      input({
        rules: r,
        totals: totals({ STP: 90, TTT: 90 }),
        ballots: {
          flag: [
            { round: 1, ballots: single({ STP: 5, TTT: 5 }) },
            { round: 2, ballots: single({ STP: 10 }) },
          ],
        },
      }),
    );
    const flag = race(report, "flag");
    expect(flag.previousRounds?.[0]?.tie).toEqual({
      agencies: ["STP", "TTT"],
      votes: 5,
      seatsOpen: 1,
    });
    expect(flag.candidates.map((c) => [c.agency, c.votes, c.result])).toEqual([
      ["STP", 10, "elected"],
      ["TTT", 0, "below-threshold"],
    ]);
  });

  it("a round after every seat is filled is not counted, with a warning", () => {
    const report = tallyYear(
      input({
        ballots: {
          flag: [
            { round: 1, ballots: single({ STP: 9 }) },
            { round: 2, ballots: single({ TTT: 9 }) },
          ],
        },
      }),
    );
    expect(race(report, "flag")).toMatchObject({ round: 1, elected: ["STP"] });
    expect(report.warnings).toContainEqual({
      code: "tally.warning.round-ignored",
      params: { race: "flag", round: 2 },
    });
  });

  it("a re-vote after an open seat without a tie excludes the agencies already elected", () => {
    // 2 certificate seats; round 1 elects only TGSC; round 2 is open to the others.
    const report = tallyYear(
      input({
        ballots: {
          certificate: [
            { round: 1, ballots: single({ TGSC: 8, CAT: 2 }) },
            { round: 2, ballots: single({ CAT: 7, TGSC: 1, TTT: 2 }) },
          ],
        },
      }),
    );
    const certificate = race(report, "certificate");
    expect(certificate.elected).toEqual(["TGSC", "CAT"]);
    expect(certificate.invalidCauses.notInRunOff).toBe(1);
    expect(certificate.previousRounds?.[0]?.reason?.code).toBe("tally.race.seats-open");
  });

  it("equal votes broken by score say so", () => {
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, percentHundredths: 4000 } }));
    const report = tallyYear(
      input({
        rules: r,
        totals: totals({ STP: 101, TTT: 99 }),
        ballots: { flag: round1(single({ STP: 5, TTT: 5 })) },
      }),
    );
    const flag = race(report, "flag");
    expect(candidate(flag, "STP")).toMatchObject({
      result: "elected",
      reason: { code: "tally.reason.elected-on-score", params: { other: "TTT", score: 101 } },
    });
    expect(candidate(flag, "TTT")).toMatchObject({
      result: "not-elected",
      reason: { code: "tally.reason.lost-on-score", params: { other: "STP", otherScore: 101 } },
    });
  });

  it("equal votes and score broken by fewer penalty points", () => {
    const r = rules((x) => ({ ...x, threshold: { ...x.threshold, percentHundredths: 4000 } }));
    const report = tallyYear(
      input({
        rules: r,
        totals: totals({ STP: [95, 2], TTT: [95, 1] }),
        ballots: { flag: round1(single({ STP: 5, TTT: 5 })) },
      }),
    );
    expect(report.awards.flag).toEqual(["TTT"]);
    expect(candidate(race(report, "flag"), "STP").reason.code).toBe("tally.reason.lost-on-penalty");
  });
});

describe("tallyYear: the seed case (Nội chính 2019)", () => {
  // Invented, plausible ballots and scores: the source publishes only the results.
  const seedTotals = totals({
    STP: 101,
    TGSC: 98.5,
    CTHADS: 97,
    VKSND: 96,
    CAT: 95.5,
    TAND: 95,
    TTT: 94,
    BCHQS: 93,
    BĐBP: 92.5,
    BNCTU: 92,
  });
  const seedInput = input({
    totals: seedTotals,
    currentLeaders: { head: "STP", deputy: "CTHADS" },
    ballots: {
      flag: round1(single({ STP: 9, TGSC: 1 })),
      certificate: round1(
        papers(
          ["TGSC", "STP"],
          ["TGSC", "STP"],
          ["TGSC", "STP"],
          ["TGSC", "STP"],
          ["TGSC", "CAT"],
          ["TGSC", "CAT"],
          ["TGSC", "CAT"],
          ["TGSC"],
          ["STP", "CAT"],
          [],
        ),
      ),
      head: round1(single({ CTHADS: 8, VKSND: 1, STP: 1 })),
      deputy: round1(single({ VKSND: 7, CTHADS: 2 }, 1)),
    },
  });
  const report = tallyYear(seedInput);

  it("decides flag STP, certificate TGSC only, head CTHADS, deputy VKSND", () => {
    expect(report.quorum).toEqual({ required: 7, met: true });
    expect(report.awards).toEqual({ flag: ["STP"], certificate: ["TGSC"] });
    expect(report.leaders).toMatchObject({
      year: 2020,
      head: "CTHADS",
      deputy: "VKSND",
      mode: "vote",
    });
    expect(report.warnings).toEqual([]);
  });

  it("shows the certificate race with two seats, the flag nominee passed over", () => {
    const certificate = race(report, "certificate");
    expect(certificate.seats).toBe(2);
    expect(certificate.candidates.map((c) => [c.agency, c.votes, c.result])).toEqual([
      ["TGSC", 8, "elected"],
      ["STP", 5, "already-awarded"],
      ["CAT", 4, "below-threshold"],
    ]);
    expect(certificate.reason).toMatchObject({
      code: "tally.race.seats-open",
      params: { seatsOpen: 1, seats: 2 },
    });
  });

  it("matches the contract's JSON shape for the flag race", () => {
    const flag = race(report, "flag");
    expect(flag).toMatchObject({
      race: "flag",
      round: 1,
      seats: 1,
      ballots: { returned: 10, valid: 10, invalid: 0, blank: 0 },
      threshold: { base: "members", baseCount: 10, minVotes: 6 },
      elected: ["STP"],
      tie: null,
    });
    expect(flag.candidates[0]).toEqual({
      agency: "STP",
      name: "Sở Tư pháp",
      votes: 9,
      percent: 90,
      score: 101,
      eligible: true,
      result: "elected",
      reason: expect.objectContaining({ code: "tally.reason.elected" }),
    });
  });

  it("is deterministic: the same input gives the same JSON", () => {
    expect(JSON.stringify(tallyYear(seedInput))).toBe(JSON.stringify(report));
  });
});

describe("properties", () => {
  const codes = [...MEMBERS.map((m) => m.code), "XYZ"];
  const entry = fc.array(fc.constantFrom(...codes), { maxLength: 3 });
  const raceBallots = fc
    .array(entry, { minLength: 1, maxLength: 10 })
    .map((entries) => papers(...entries));
  const roundsOf = fc.oneof(
    raceBallots.map((b) => [{ round: 1, ballots: b }]),
    fc.tuple(raceBallots, raceBallots).map(([a, b]) => [
      { round: 1, ballots: a },
      { round: 2, ballots: b },
    ]),
  );
  const ballotsArb = fc.record({
    flag: roundsOf,
    certificate: roundsOf,
    head: roundsOf,
    deputy: roundsOf,
  });
  const rulesArb = fc.record({
    strict: fc.boolean(),
    percent: fc.constantFrom(3000, 4000, 5000),
    base: fc.constantFrom("members" as const, "present" as const, "valid" as const),
    mode: fc.constantFrom("vote" as const, "rotation" as const),
  });
  const scoreArb = fc.constantFrom(
    totals({ STP: 90, TTT: 90, CAT: 80 }),
    totals({ STP: 90, TGSC: 95, CAT: 95, VKSND: 70 }),
  );

  function build(
    ballots: TallyInput["ballots"],
    r: {
      strict: boolean;
      percent: number;
      base: "members" | "present" | "valid";
      mode: "vote" | "rotation";
    },
    scores: AgencyTotal[],
  ): TallyInput {
    return input({
      ballots,
      totals: scores,
      currentLeaders: { head: "STP", deputy: "TGSC" },
      disqualified: [{ agency: "CAT", reason: "đang thanh tra" }],
      rules: rules((x) => ({
        ...x,
        threshold: { percentHundredths: r.percent, base: r.base, strict: r.strict },
        leadersMode: r.mode,
      })),
    });
  }

  function allRounds(report: TallyReport): RaceTally[] {
    return report.races.flatMap((r) => [...(r.previousRounds ?? []), r]);
  }

  it("valid + invalid = returned, blank ≤ valid, elected ≤ seats", () => {
    fc.assert(
      fc.property(ballotsArb, rulesArb, scoreArb, (ballots, r, scores) => {
        const report = tallyYear(build(ballots, r, scores));
        for (const tally of allRounds(report)) {
          const b = tally.ballots;
          expect(b.valid + b.invalid).toBe(b.returned);
          expect(b.blank).toBeLessThanOrEqual(b.valid);
          const causes = tally.invalidCauses;
          expect(causes.overMarked + causes.nonMember + causes.duplicate + causes.notInRunOff).toBe(
            b.invalid,
          );
          expect(tally.elected.length).toBeLessThanOrEqual(tally.seats);
          expect(new Set(tally.elected).size).toBe(tally.elected.length);
          const elected = tally.candidates.filter((c) => c.result === "elected");
          expect(elected.every((c) => c.votes >= tally.threshold.minVotes)).toBe(true);
        }
        const flag = report.awards.flag ?? [];
        const certificate = report.awards.certificate ?? [];
        expect(flag.some((a) => certificate.includes(a))).toBe(false);
        expect(report.awards.flag).not.toContain("CAT");
        expect(report.awards.certificate).not.toContain("CAT");
        if (report.leaders.head !== null)
          expect(report.leaders.deputy).not.toBe(report.leaders.head);
      }),
    );
  });

  it("the outcome does not depend on the order of the ballots", () => {
    fc.assert(
      fc.property(ballotsArb, rulesArb, scoreArb, fc.integer(), (ballots, r, scores, seed) => {
        const shuffled = Object.fromEntries(
          Object.entries(ballots).map(([name, rounds]) => [
            name,
            [...rounds].reverse().map((round) => ({
              round: round.round,
              ballots: shuffle(round.ballots, seed),
            })),
          ]),
        ) as TallyInput["ballots"];
        const a = tallyYear(build(ballots, r, scores));
        const b = tallyYear(build(shuffled, r, scores));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
    );
  });

  it("every reason and warning code is a message in vi and en, fully filled", () => {
    fc.assert(
      fc.property(ballotsArb, rulesArb, scoreArb, (ballots, r, scores) => {
        const report = tallyYear(build(ballots, r, scores));
        const reasons = [
          report.leaders.reason,
          ...allRounds(report).flatMap((tally) => [
            ...(tally.reason ? [tally.reason] : []),
            ...tally.candidates.map((c) => c.reason),
          ]),
          ...report.warnings,
        ];
        for (const { code, params } of reasons) {
          expect(hasMessage(code), code).toBe(true);
          if (!hasMessage(code)) continue;
          for (const lang of ["vi", "en"] as const) {
            const text = t(code, params ?? {}, lang);
            expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

/** A deterministic shuffle (Fisher–Yates on a small linear congruential generator). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
