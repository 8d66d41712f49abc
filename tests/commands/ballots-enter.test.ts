import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as enterRun } from "../../src/commands/ballots-enter.js";
import { run as listRun } from "../../src/commands/ballots-list.js";
import { run as tallyRun } from "../../src/commands/tally.js";
import type { Context } from "../../src/context.js";
import { LOCK_STALE_MS } from "../../src/core/ballot-entry.js";
import type { TallyReport } from "../../src/core/types.js";
import { setMembership, upsertAgency } from "../../src/db/agencies.js";
import { loadBallots, replaceRaces, verificationStatus } from "../../src/db/ballots.js";
import { insertBloc } from "../../src/db/blocs.js";
import { openDatabase } from "../../src/db/connection.js";
import { claimEntrySession, getEntrySession } from "../../src/db/entry-sessions.js";
import { saveMeeting } from "../../src/db/meetings.js";
import { appendCount } from "../../src/db/tallies.js";
import { TdktError } from "../../src/errors.js";
import { setLang, t } from "../../src/i18n/index.js";
import { type LineReader, setLineReader } from "../../src/io/line-reader.js";
import { makeColors } from "../../src/io/output.js";

/** A stored count of round 1 whose report holds only what the run-off offer reads. */
function storedCount(reportJson: string) {
  return {
    reportJson,
    reportHash: "x",
    inputsJson: "{}",
    inputsHash: "x",
    tdktVersion: "test",
    provisional: false,
    amendReason: null,
    talliedAt: "now",
  };
}

/** Twelve members in rotation order: the order printed on the paper ballot. */
const MEMBERS = [
  ["STP", "Sở Tư pháp"],
  ["CTHADS", "Cục Thi hành án dân sự tỉnh"],
  ["VKSND", "Viện kiểm sát nhân dân tỉnh"],
  ["TTT", "Thanh tra tỉnh"],
  ["BNCTU", "Ban Nội chính Tỉnh ủy"],
  ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh"],
  ["BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
  ["CAT", "Công an tỉnh"],
  ["TAND", "Tòa án nhân dân tỉnh"],
  ["TGSC", "Trại giam Sông Cái"],
  ["HQ", "Cục Hải quan tỉnh"],
  ["KBNN", "Kho bạc Nhà nước tỉnh"],
] as const;
const CODES: readonly string[] = MEMBERS.map(([code]) => code);
const RACE_ORDER = ["flag", "certificate", "head", "deputy"] as const;

type Step = string | null | { interrupt: true };

/** A line reader that answers from a script and records every prompt (and what stood typed). */
class ScriptedReader implements LineReader {
  readonly prompts: Array<{ prompt: string; prefill: string | undefined }> = [];
  constructor(private readonly steps: Step[]) {}

  get remaining(): number {
    return this.steps.length;
  }

  async read(prompt: string, prefill?: string): Promise<string | null> {
    this.prompts.push({ prompt, prefill });
    if (this.steps.length === 0) throw new Error(`script ended, but asked: ${prompt}`);
    const step = this.steps.shift() as Step;
    if (step !== null && typeof step === "object") throw new TdktError(t("common.cancelled"));
    return step;
  }

  close(): void {}
}

let dir: string;
let dbPath: string;
let printed: string[];
let told: string[];
let json: unknown[];

function context(overrides: Partial<Context> = {}): Context {
  return {
    dbPath,
    blocCode: undefined,
    json: false,
    lang: "en",
    canPrompt: true,
    out: {
      print: (text) => printed.push(text),
      info: (text) => told.push(text),
      write: (text) => printed.push(text),
      json: (doc) => json.push(doc),
      color: makeColors(0),
      stderrIsTTY: false,
      stderr: { write: (text: string) => told.push(text) },
    },
    env: {},
    now: () => "2019-12-20T08:00:00.000Z",
    ...overrides,
  };
}

function withDb<T>(work: (db: ReturnType<typeof openDatabase>, blocId: number) => T): T {
  const db = openDatabase(dbPath, "write");
  try {
    const bloc = db.prepare("SELECT id FROM bloc").get() as { id: number };
    return work(db, bloc.id);
  } finally {
    db.close();
  }
}

async function enter(steps: Step[], options: Record<string, unknown> = {}) {
  const reader = new ScriptedReader(steps);
  setLineReader(reader);
  await enterRun(context(), ["2019"], options);
  expect(reader.remaining).toBe(0);
  return reader;
}

function issue(present: number): void {
  withDb((db, bloc) =>
    saveMeeting(db, bloc, 2019, {
      date: null,
      start: null,
      end: null,
      place: null,
      chair: null,
      secretary: null,
      countingBoard: [],
      number: null,
      present,
      absent: [],
    }),
  );
}

beforeEach(() => {
  setLang("en");
  dir = mkdtempSync(join(tmpdir(), "tdkt-enter-"));
  dbPath = join(dir, "tdkt.db");
  const db = openDatabase(dbPath, "create");
  try {
    const bloc = insertBloc(db, { code: "NOICHINH", name: "Khối", province: null }, "now");
    const ids = MEMBERS.map(([code, name]) =>
      upsertAgency(db, bloc.id, { code, name, shortName: null }),
    );
    setMembership(
      db,
      bloc.id,
      2019,
      ids.map((agencyId, index) => ({ agencyId, order: index + 1 })),
    );
  } finally {
    db.close();
  }
  printed = [];
  told = [];
  json = [];
});

afterEach(() => {
  setLineReader(undefined);
  setLang("vi");
  rmSync(dir, { recursive: true, force: true });
});

/** Ten paper ballots of the 12-member bloc as a clerk types them: one line per race. */
const TEN_BALLOTS: ReadonlyArray<readonly [string, string, string, string]> = [
  ["3", "5 8", "2", "7"],
  ["10", "5 8", "2", "12"],
  ["1", "3 11", "", ""],
  ["STP", "", "4", "9"],
  ["7", "1 2", "10", "3"],
  ["", "", "", ""],
  ["12", "6 9", "1", "2"],
  ["3", "8 10", "5", "6"],
  ["4", "2 7", "11", "1"],
  ["3", "tgsc", "2", "8"],
];

/** What a typed line means, worked out here on its own: a number is a place on the paper. */
function meaning(line: string): string[] {
  return line
    .split(" ")
    .filter((token) => token !== "")
    .map((token) =>
      /^\d+$/.test(token) ? (CODES[Number(token) - 1] ?? "?") : token.toUpperCase(),
    );
}

describe("tdkt ballots enter: speed", () => {
  it("takes ten 4-race ballots of a 12-member bloc in at most 12 keys each, stored as typed", async () => {
    const lines = TEN_BALLOTS.flat();
    const reader = await enter([...lines, "/done"]);
    // Every key counts: the characters of each line and its Enter. No other question is asked.
    const keys = TEN_BALLOTS.map((ballot) =>
      ballot.reduce((sum, line) => sum + line.length + 1, 0),
    );
    for (const count of keys) expect(count).toBeLessThanOrEqual(12);
    expect(Math.max(...keys)).toBe(12);
    expect(keys.reduce((a, b) => a + b, 0)).toBe(99);
    expect(reader.prompts).toHaveLength(41);
    expect(reader.prompts.slice(0, 4).map((p) => p.prompt)).toEqual([
      "Ballot 1 · flag (up to 1): ",
      "Ballot 1 · certificate (up to 2): ",
      "Ballot 1 · head (up to 1): ",
      "Ballot 1 · deputy (up to 1): ",
    ]);
    // The numbered list printed first, in rotation order; `10` is agency 10, never agency 1.
    expect(told.join("\n")).toContain("  10  TGSC    Trại giam Sông Cái");
    expect(told).toContain("  → Trại giam Sông Cái (TGSC)");
    // The choices of a race are shown by name before the next race is asked.
    const first = told.indexOf("  → Viện kiểm sát nhân dân tỉnh (VKSND)");
    expect(first).toBeGreaterThan(0);
    expect(told[first + 1]).toBe("  → Ban Nội chính Tỉnh ủy (BNCTU); Công an tỉnh (CAT)");
    expect(told).toContain("  → (blank)");

    // Read back through `tdkt ballots list --json`: what was typed.
    printed = [];
    json = [];
    listRun(context({ json: true }), ["2019"], {});
    const listed = json[0] as {
      ballots: Array<{ ballot: string; races: Record<string, string[]> }>;
    };
    expect(listed.ballots.map((b) => b.ballot)).toEqual(
      TEN_BALLOTS.map((_, index) => String(index + 1)),
    );
    listed.ballots.forEach((stored, index) => {
      const typed = TEN_BALLOTS[index] ?? [];
      RACE_ORDER.forEach((race, position) => {
        expect(stored.races[race]).toEqual(meaning(typed[position] ?? ""));
      });
    });

    // And through the tally: each flag candidate has the votes typed for it.
    json = [];
    tallyRun(context({ json: true }), ["2019"], {});
    const report = json[0] as TallyReport;
    const flag = report.races.find((race) => race.race === "flag");
    const typedVotes = new Map<string, number>();
    for (const ballot of TEN_BALLOTS) {
      for (const code of meaning(ballot[0])) typedVotes.set(code, (typedVotes.get(code) ?? 0) + 1);
    }
    expect(flag?.ballots.returned).toBe(10);
    expect(flag?.ballots.blank).toBe(1);
    expect(
      Object.fromEntries(
        (flag?.candidates ?? []).filter((c) => c.votes > 0).map((c) => [c.agency, c.votes]),
      ),
    ).toEqual(Object.fromEntries(typedVotes));
  });
});

describe("tdkt ballots enter: mistakes and corrections", () => {
  it("re-asks a race with a number off the paper or an unknown code; no key marks all", async () => {
    await enter(["13", "a", "0", "3", "", "", "", "/done"]);
    expect(told).toContain(
      "  there is no agency number 13: the ballot lists 12 (type this race again)",
    );
    expect(told).toContain("  no agency “a” on the ballot (type this race again)");
    expect(told).toContain(
      "  there is no agency number 0: the ballot lists 12 (type this race again)",
    );
    const flag = withDb((db, bloc) => loadBallots(db, bloc, 2019)).flag?.[0]?.ballots;
    expect(flag).toEqual([{ ballot: "1", choices: ["VKSND"] }]);
  });

  it("goes back a race with <, warns on over-marking and keeps the marks as typed", async () => {
    const reader = await enter(["1", "2 3 4", "<", "2 3", "", "", "/done"]);
    expect(told).toContain("  ⚠ 3 marked for 2 seats: this race will be invalid (< to retype)");
    // Going back puts the race's line back, typed, to edit.
    expect(reader.prompts[3]).toEqual({
      prompt: "Ballot 1 · certificate (up to 2): ",
      prefill: "2 3 4",
    });
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.certificate?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["CTHADS", "VKSND"] },
    ]);
  });

  it("shows, corrects and deletes any ballot by its number, inside the entry", async () => {
    const reader = await enter([
      ...["1", "2", "3", "4"],
      ...["5", "6", "7", "8"],
      ...["9", "10", "11", "12"],
      "/list",
      "/show 2",
      "/fix 1",
      ...["1", "2 12", "3", "4"],
      "/del 2",
      "y",
      "/del 3",
      "",
      "/show 9",
      "/done",
    ]);
    expect(told).toContain(
      "  Ballot 2  flag: BNCTU · certificate: BCHQS · head: BĐBP · deputy: CAT",
    );
    expect(told).toContain(
      [
        "Ballot 2",
        "  flag: Ban Nội chính Tỉnh ủy (BNCTU)",
        "  certificate: Bộ Chỉ huy Quân sự tỉnh (BCHQS)",
        "  head: Bộ Chỉ huy Bộ đội Biên phòng tỉnh (BĐBP)",
        "  deputy: Công an tỉnh (CAT)",
      ].join("\n"),
    );
    // A correction starts from the stored marks, typed as their numbers on the paper.
    const fix = reader.prompts.filter((p) => p.prompt.startsWith("Fix ballot 1"));
    expect(fix.map((p) => p.prefill)).toEqual(["1", "2", "3", "4"]);
    expect(told).toContain("✓ Ballot 1 corrected.");
    expect(told).toContain("Ballot 2 deleted.");
    expect(told).toContain("Ballot 3 kept.");
    expect(told).toContain("there is no ballot 9 in this entry");
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.certificate?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["CTHADS", "KBNN"] },
      { ballot: "3", choices: ["TGSC"] },
    ]);
  });

  it("continues numbering after the ballots stored and keeps what was saved on Ctrl+C", async () => {
    await enter(["1", "", "", "", "/done"]);
    const reader = new ScriptedReader(["8", "", "", "", "1", { interrupt: true }]);
    setLineReader(reader);
    await expect(enterRun(context(), ["2019"], {})).rejects.toThrow(
      "stopped: 2 of 12 ballots of round 1 are saved; the ballot being typed was not",
    );
    const flag = withDb((db, bloc) => loadBallots(db, bloc, 2019)).flag?.[0]?.ballots;
    expect(flag).toEqual([
      { ballot: "1", choices: ["STP"] },
      { ballot: "2", choices: ["CAT"] },
    ]);
    // The session ended: its row is gone.
    expect(withDb((db, bloc) => getEntrySession(db, { blocId: bloc, year: 2019, entry: 1 }))).toBe(
      undefined,
    );
  });

  it("refuses to go past the number of ballots issued", async () => {
    issue(1);
    await enter(["1", "", "", "", "5", "/done"]);
    expect(told).toContain(
      "All 1 ballots are in: no more can be added; /fix N to correct, /done to finish.",
    );
    expect(told).toContain("only commands now (/show N, /fix N, /del N, /list, /done)");
  });

  it("prints one JSON document with --json and the summary without it", async () => {
    const reader = new ScriptedReader(["", "", "", "", null]);
    setLineReader(reader);
    await enterRun(context({ json: true }), ["2019"], {});
    expect(printed).toEqual([]);
    expect(json).toEqual([
      { bloc: "NOICHINH", year: 2019, round: 1, entry: 1, ballots: 1, limit: 12 },
    ]);
  });

  it("off a terminal is a usage error pointing to ballots import", async () => {
    setLineReader(new ScriptedReader([]));
    await expect(enterRun(context({ canPrompt: false }), ["2019"], {})).rejects.toMatchObject({
      exitCode: 2,
      hint: "to import from a file, use tdkt ballots import 2019 FILE",
    });
  });
});

describe("tdkt ballots enter --verify", () => {
  function firstEntry(): void {
    withDb((db, bloc) =>
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        {
          flag: [
            { ballot: "1", choices: ["STP"] },
            { ballot: "2", choices: ["TGSC"] },
          ],
          certificate: [
            { ballot: "1", choices: ["TGSC", "CAT"] },
            { ballot: "2", choices: [] },
          ],
        },
      ),
    );
  }

  it("reports a mismatch at once, shows it again on restart, and /fix settles it", async () => {
    firstEntry();
    await enter(["1", "10 8", "1", "", "/done"], { verify: true });
    expect(told).toContain(
      "  Ballot 2 differs between the two entries: flag: first TGSC, second STP",
    );
    expect(told).toContain("  check paper ballot 2; /fix 2 to type it again");

    told = [];
    printed = [];
    const reader = await enter(["/fix 2", "10", "", "/done"], { verify: true });
    expect(told).toContain(
      "1 ballots still differ between the two entries (check the papers; /fix N to retype the second entry):",
    );
    expect(told).toContain(
      "  Ballot 2 differs between the two entries: flag: first TGSC, second STP",
    );
    // Only the races of the first entry are asked; the line stands as the second clerk typed it.
    expect(reader.prompts.slice(1, 3).map((p) => p.prefill)).toEqual(["1", ""]);
    expect(printed).toEqual([
      "Round 1 of 2019: 2 of 2 ballots entered a second time.",
      "The two entries match on every ballot.",
    ]);
    expect(withDb((db, bloc) => verificationStatus(db, bloc, 2019)).state).toBe("verified");
  });

  it("with no first entry is refused", async () => {
    setLineReader(new ScriptedReader([]));
    await expect(enterRun(context(), ["2019"], { verify: true })).rejects.toThrow(
      "round 1 has no first entry to verify",
    );
  });
});

describe("tdkt ballots enter: run-off", () => {
  function roundOneWithTie(): void {
    withDb((db, bloc) => {
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        {
          flag: [
            { ballot: "1", choices: ["STP"] },
            { ballot: "2", choices: ["TGSC"] },
          ],
          head: [
            { ballot: "1", choices: ["CAT"] },
            { ballot: "2", choices: ["CAT"] },
          ],
        },
      );
      const report = {
        races: [
          { race: "flag", round: 1, tie: { agencies: ["TGSC", "STP"], votes: 1, seatsOpen: 1 } },
          { race: "head", round: 1, tie: null },
        ],
      };
      appendCount(db, bloc, 2019, storedCount(JSON.stringify(report)));
    });
  }

  it("offers only the open race and only the tied agencies, numbered as on the run-off paper", async () => {
    roundOneWithTie();
    const reader = await enter(["2", "/done"], { round: "2" });
    expect(told).toContain("Round 2 run-off: flag between STP, TGSC.");
    expect(told).toContain(
      ["The ballot's list (flag):", "  1  STP   Sở Tư pháp", "  2  TGSC  Trại giam Sông Cái"].join(
        "\n",
      ),
    );
    // One open race: it is taken without a question.
    expect(reader.prompts[0]?.prompt).toBe("Ballot 1 · flag (up to 1): ");
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.flag?.map((r) => r.ballots)).toEqual([
      [
        { ballot: "1", choices: ["STP"] },
        { ballot: "2", choices: ["TGSC"] },
      ],
      [{ ballot: "1", choices: ["TGSC"] }],
    ]);
    expect(ballots.head?.map((r) => r.round)).toEqual([1]);
  });

  it("with two races open proposes both (Enter) or takes the ones named by number", async () => {
    withDb((db, bloc) => {
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        {
          flag: [{ ballot: "1", choices: ["STP"] }],
          head: [{ ballot: "1", choices: ["CAT"] }],
        },
      );
      const tie = (agencies: string[]) => ({ agencies, votes: 1, seatsOpen: 1 });
      appendCount(
        db,
        bloc,
        2019,
        storedCount(
          JSON.stringify({
            races: [
              { race: "flag", round: 1, tie: tie(["TGSC", "STP"]) },
              { race: "head", round: 1, tie: tie(["CAT", "TTT", "KBNN"]) },
            ],
          }),
        ),
      );
    });
    const both = await enter(["", "1", "3", "/done"], { round: "2" });
    expect(both.prompts.map((p) => p.prompt)).toEqual([
      "Enter these races? Enter = yes, or type the race numbers (1 flag, 2 head): ",
      "Ballot 1 · flag (up to 1): ",
      "Ballot 1 · head (up to 1): ",
      "Ballot 2 · flag (up to 1): ",
    ]);
    expect(told).toContain("Round 2 run-off: head between TTT, CAT, KBNN.");
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.flag?.[1]?.ballots).toEqual([{ ballot: "1", choices: ["STP"] }]);
    expect(ballots.head?.[1]?.ballots).toEqual([{ ballot: "1", choices: ["KBNN"] }]);
  });

  it("a run-off of one race chosen out of two holds only that race", async () => {
    withDb((db, bloc) => {
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        { flag: [{ ballot: "1", choices: ["STP"] }], head: [{ ballot: "1", choices: ["CAT"] }] },
      );
      const tie = (agencies: string[]) => ({ agencies, votes: 1, seatsOpen: 1 });
      appendCount(
        db,
        bloc,
        2019,
        storedCount(
          JSON.stringify({
            races: [
              { race: "flag", round: 1, tie: tie(["TGSC", "STP"]) },
              { race: "head", round: 1, tie: tie(["CAT", "TTT"]) },
            ],
          }),
        ),
      );
    });
    await enter(["3", "2", "2", "/done"], { round: "2" });
    expect(told).toContain("  type numbers from the list (1 flag, 2 head), separated by spaces");
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.flag?.map((r) => r.round)).toEqual([1]);
    expect(ballots.head?.[1]?.ballots).toEqual([{ ballot: "1", choices: ["CAT"] }]);
  });

  it("refuses a run-off before the previous round is counted", async () => {
    withDb((db, bloc) =>
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        { flag: [{ ballot: "1", choices: ["STP"] }] },
      ),
    );
    setLineReader(new ScriptedReader([]));
    await expect(enterRun(context(), ["2019"], { round: "2" })).rejects.toMatchObject({
      message: "round 2 is a run-off, but round 1 has not been counted",
      hint: "run tdkt tally 2019 to find the races still tied, then enter round 2",
    });
  });
});

describe("tdkt ballots enter: one clerk per entry", () => {
  it("sends a second clerk to --verify while the first is typing, before anything is typed", async () => {
    withDb((db, bloc) =>
      claimEntrySession(
        db,
        { blocId: bloc, year: 2019, entry: 1 },
        { round: 1, pid: 4242, host: "phong-hop", heartbeatAt: Date.now() },
      ),
    );
    const reader = new ScriptedReader([]);
    setLineReader(reader);
    await expect(enterRun(context(), ["2019"], {})).rejects.toMatchObject({
      message:
        "someone else is entering the ballots of 2019 (entry 1, round 1, host phong-hop, process 4242)",
      hint: "a second clerk uses: tdkt ballots enter 2019 --verify (second entry, to compare); nothing was lost",
    });
    expect(reader.prompts).toEqual([]);
    // The first clerk's session is untouched.
    expect(
      withDb((db, bloc) => getEntrySession(db, { blocId: bloc, year: 2019, entry: 1 }))?.host,
    ).toBe("phong-hop");
  });

  it("takes over a crashed session: silent for too long, or its process gone on this machine", async () => {
    withDb((db, bloc) =>
      claimEntrySession(
        db,
        { blocId: bloc, year: 2019, entry: 1 },
        { round: 1, pid: 4242, host: "phong-hop", heartbeatAt: Date.now() - LOCK_STALE_MS - 1 },
      ),
    );
    await enter(["1", "", "", "", "/done"]);
    withDb((db, bloc) =>
      claimEntrySession(
        db,
        { blocId: bloc, year: 2019, entry: 1 },
        // No process has a pid this high (Linux caps pids at 2^22).
        { round: 1, pid: 2 ** 22 + 7, host: hostname(), heartbeatAt: Date.now() },
      ),
    );
    await enter(["2", "", "", "", "/done"]);
    const flag = withDb((db, bloc) => loadBallots(db, bloc, 2019)).flag?.[0]?.ballots;
    expect(flag?.map((b) => b.choices)).toEqual([["STP"], ["CTHADS"]]);
  });
});
