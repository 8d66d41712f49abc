import { describe, expect, it } from "vitest";
import { nextInRotation, rotateLeaders, rotationOrder } from "../../src/core/leaders.js";
import { DEFAULT_RULES, type Rules } from "../../src/core/rules.js";
import { type TallyInput, tallyYear } from "../../src/core/tally.js";
import type { Agency, BallotRace, RaceTally, TallyReport } from "../../src/core/types.js";

// Rotation order deliberately differs from the array order.
const MEMBERS: Agency[] = [
  { code: "TGSC", name: "Trại giam Sông Cái", shortName: null, order: 10 },
  { code: "STP", name: "Sở Tư pháp", shortName: null, order: 1 },
  { code: "TTT", name: "Thanh tra tỉnh", shortName: null, order: 2 },
  { code: "BNCTU", name: "Ban Nội chính Tỉnh ủy", shortName: null, order: 3 },
  { code: "BCHQS", name: "Bộ Chỉ huy Quân sự tỉnh", shortName: null, order: 4 },
  { code: "BĐBP", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", shortName: null, order: 5 },
  { code: "CAT", name: "Công an tỉnh", shortName: null, order: 6 },
  { code: "TAND", name: "Tòa án nhân dân tỉnh", shortName: null, order: 7 },
  { code: "VKSND", name: "Viện kiểm sát nhân dân tỉnh", shortName: null, order: 8 },
  { code: "CTHADS", name: "Cục Thi hành án dân sự tỉnh", shortName: null, order: 9 },
];

const ROTATION: Rules = { ...DEFAULT_RULES, leadersMode: "rotation" };

function ballots(votes: Record<string, number>, blank = 0): BallotRace[] {
  const entries: string[][] = [];
  for (const [agency, count] of Object.entries(votes)) {
    for (let i = 0; i < count; i++) entries.push([agency]);
  }
  for (let i = 0; i < blank; i++) entries.push([]);
  return entries.map((choices, index) => ({ ballot: String(index + 1), choices }));
}

function input(overrides: Partial<TallyInput>): TallyInput {
  return {
    bloc: "NOICHINH",
    year: 2019,
    members: MEMBERS,
    present: 10,
    rules: DEFAULT_RULES,
    totals: [],
    disqualified: [],
    ballots: {},
    currentLeaders: { head: "STP", deputy: "CTHADS" },
    ...overrides,
  };
}

function race(report: TallyReport, name: RaceTally["race"]): RaceTally {
  const found = report.races.find((r) => r.race === name);
  if (!found) throw new Error(`no race ${name}`);
  return found;
}

describe("rotation order", () => {
  it("follows `order`, not the order of the list", () => {
    expect(rotationOrder(MEMBERS).map((a) => a.code)).toEqual([
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
    ]);
  });

  it.each([
    { after: "CTHADS", skip: [], next: "TGSC" },
    { after: "TGSC", skip: [], next: "STP" },
    { after: "TGSC", skip: ["STP"], next: "TTT" },
    { after: "STP", skip: [], next: "TTT" },
    { after: "XYZ", skip: [], next: null },
  ])("after $after (skipping $skip): $next", ({ after, skip, next }) => {
    expect(nextInRotation(MEMBERS, after, new Set(skip))).toBe(next);
  });

  it("a bloc of one has no next member", () => {
    expect(nextInRotation(MEMBERS.slice(0, 1), "TGSC")).toBeNull();
  });
});

describe("rotateLeaders", () => {
  it("this year's deputy becomes head, the next in order deputy", () => {
    expect(rotateLeaders(MEMBERS, { head: "STP", deputy: "CTHADS" }, ROTATION)).toMatchObject({
      head: "CTHADS",
      deputy: "TGSC",
      reason: { code: "tally.leaders.rotation", rule: "leaders.mode", value: "rotation" },
    });
  });

  it("wraps round from the last member to the first", () => {
    expect(rotateLeaders(MEMBERS, { head: "CTHADS", deputy: "TGSC" }, ROTATION)).toMatchObject({
      head: "TGSC",
      deputy: "STP",
    });
  });

  it.each([
    { current: { head: "STP", deputy: null }, code: "tally.leaders.rotation-no-deputy" },
    { current: { head: null, deputy: null }, code: "tally.leaders.rotation-no-deputy" },
    { current: { head: "STP", deputy: "XYZ" }, code: "tally.leaders.rotation-not-member" },
  ])("an unknown deputy ($current.deputy) decides nobody", ({ current, code }) => {
    expect(rotateLeaders(MEMBERS, current, ROTATION)).toMatchObject({
      head: null,
      deputy: null,
      reason: { code },
    });
  });
});

describe("leaders by vote", () => {
  it("an agency winning both races is head; the deputy seat goes to the next qualifying", () => {
    // At 30% both CTHADS (6) and VKSND (4) pass the deputy race; CTHADS leads it.
    const report = tallyYear(
      input({
        rules: {
          ...DEFAULT_RULES,
          threshold: { ...DEFAULT_RULES.threshold, percentHundredths: 3000 },
        },
        ballots: {
          head: [{ round: 1, ballots: ballots({ CTHADS: 8, VKSND: 2 }) }],
          deputy: [{ round: 1, ballots: ballots({ CTHADS: 6, VKSND: 4 }) }],
        },
      }),
    );
    expect(report.leaders).toMatchObject({ year: 2020, head: "CTHADS", deputy: "VKSND" });
    const deputy = race(report, "deputy");
    expect(deputy.candidates.find((c) => c.agency === "CTHADS")).toMatchObject({
      result: "already-awarded",
      eligible: false,
      reason: { code: "tally.reason.next-head", params: { agency: "CTHADS", year: 2020 } },
    });
  });

  it("head = deputy winner with no other qualifying candidate leaves the deputy open", () => {
    const report = tallyYear(
      input({
        ballots: {
          head: [{ round: 1, ballots: ballots({ CTHADS: 9, VKSND: 1 }) }],
          deputy: [{ round: 1, ballots: ballots({ CTHADS: 6, VKSND: 4 }) }],
        },
      }),
    );
    expect(report.leaders).toMatchObject({
      head: "CTHADS",
      deputy: null,
      reason: { code: "tally.leaders.vote-open" },
    });
    expect(race(report, "deputy").candidates.map((c) => [c.agency, c.result])).toEqual([
      ["CTHADS", "already-awarded"],
      ["VKSND", "below-threshold"],
    ]);
  });

  it("disqualification does not apply to the leader races", () => {
    const report = tallyYear(
      input({
        disqualified: [{ agency: "CTHADS", reason: "Đang thanh tra" }],
        ballots: {
          head: [{ round: 1, ballots: ballots({ CTHADS: 8 }) }],
          deputy: [{ round: 1, ballots: ballots({ VKSND: 7 }) }],
        },
      }),
    );
    expect(report.leaders).toMatchObject({
      head: "CTHADS",
      deputy: "VKSND",
      reason: { code: "tally.leaders.vote" },
    });
    expect(race(report, "head").candidates[0]).toMatchObject({ eligible: true, result: "elected" });
  });

  it("a tied head race leaves head open, and a tied agency's deputy seat pending", () => {
    const report = tallyYear(
      input({
        rules: {
          ...DEFAULT_RULES,
          threshold: { ...DEFAULT_RULES.threshold, percentHundredths: 4000 },
        },
        ballots: {
          head: [{ round: 1, ballots: ballots({ CTHADS: 5, VKSND: 5 }) }],
          deputy: [{ round: 1, ballots: ballots({ VKSND: 7, CAT: 3 }) }],
        },
      }),
    );
    // VKSND wins the deputy race but may yet be next year's head: not decided.
    expect(report.leaders).toMatchObject({ head: null, deputy: null });
    expect(report.warnings).toContainEqual({
      code: "tally.warning.head-undecided",
      params: { agencies: "CTHADS, VKSND", seatsOpen: 1 },
    });
  });
});

describe("leaders by rotation", () => {
  it("ignores the vote but still counts and shows it, with a warning", () => {
    const report = tallyYear(
      input({
        rules: ROTATION,
        currentLeaders: { head: "CTHADS", deputy: "TGSC" },
        ballots: { head: [{ round: 1, ballots: ballots({ VKSND: 9 }) }] },
      }),
    );
    expect(report.leaders).toMatchObject({
      year: 2020,
      head: "TGSC",
      deputy: "STP",
      mode: "rotation",
    });
    const head = race(report, "head");
    expect(head.elected).toEqual([]);
    expect(head.candidates[0]).toMatchObject({
      agency: "VKSND",
      votes: 9,
      result: "not-elected",
      reason: { code: "tally.reason.rotation" },
    });
    expect(report.warnings).toContainEqual({
      code: "tally.warning.rotation-decides",
      params: { race: "head" },
    });
    // No ballot is needed for leaders under rotation.
    expect(report.warnings).not.toContainEqual({
      code: "tally.warning.no-ballots",
      params: { race: "deputy" },
    });
  });

  it("an unknown deputy leaves next year's leaders null with a reason", () => {
    const report = tallyYear(
      input({ rules: ROTATION, currentLeaders: { head: "STP", deputy: null } }),
    );
    expect(report.leaders).toMatchObject({
      head: null,
      deputy: null,
      reason: { code: "tally.leaders.rotation-no-deputy" },
    });
  });
});
