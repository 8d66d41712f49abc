import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/ballots-enter.js";
import type { Context } from "../../src/context.js";
import { setMembership, upsertAgency } from "../../src/db/agencies.js";
import { loadBallots, replaceRaces, verificationStatus } from "../../src/db/ballots.js";
import { insertBloc } from "../../src/db/blocs.js";
import { openDatabase } from "../../src/db/connection.js";
import { getMeeting, saveMeeting } from "../../src/db/meetings.js";
import { TdktError } from "../../src/errors.js";
import { setLang, t } from "../../src/i18n/index.js";
import { type Choice, type Prompter, setPrompter } from "../../src/io/prompts.js";

const MEMBERS = [
  ["STP", "Sở Tư pháp"],
  ["TTT", "Thanh tra tỉnh"],
  ["CAT", "Công an tỉnh"],
  ["TAND", "Tòa án nhân dân tỉnh"],
  ["VKSND", "Viện kiểm sát nhân dân tỉnh"],
  ["CTHADS", "Cục Thi hành án dân sự tỉnh"],
  ["TGSC", "Trại giam Sông Cái"],
  ["BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
  ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh"],
  ["BNCTU", "Ban Nội chính Tỉnh ủy"],
] as const;

type Step =
  | { select: string }
  | { checkbox: string[] }
  | { confirm: boolean }
  | { interrupt: true };

interface Call {
  kind: string;
  message: string;
  choices?: Array<{ name: string; value: unknown; checked?: boolean }>;
}

/** A prompter that answers from a script and records every question, failing on a surprise. */
class ScriptedPrompter implements Prompter {
  readonly calls: Call[] = [];
  constructor(private readonly steps: Step[]) {}

  private next(kind: string, message: string): Step {
    const step = this.steps.shift();
    if (!step) throw new Error(`script ended, but asked ${kind}: ${message}`);
    if ("interrupt" in step) throw new TdktError(t("common.cancelled"));
    if (!(kind in step)) {
      throw new Error(`script expected ${Object.keys(step)[0]}, but asked ${kind}: ${message}`);
    }
    return step;
  }

  get remaining(): number {
    return this.steps.length;
  }

  async input(options: { message: string }): Promise<string> {
    this.calls.push({ kind: "input", message: options.message });
    throw new Error(`unexpected input: ${options.message}`);
  }

  async confirm(options: { message: string }): Promise<boolean> {
    this.calls.push({ kind: "confirm", message: options.message });
    return (this.next("confirm", options.message) as { confirm: boolean }).confirm;
  }

  async select<T>(options: { message: string; choices: Choice<T>[] }): Promise<T> {
    this.calls.push({ kind: "select", message: options.message, choices: options.choices });
    const step = this.next("select", options.message) as { select: string };
    const choice = options.choices.find((c) => c.value === step.select);
    if (!choice) {
      throw new Error(
        `'${step.select}' is not offered: ${options.choices.map((c) => String(c.value)).join(", ")}`,
      );
    }
    return choice.value;
  }

  async checkbox<T>(options: { message: string; choices: Choice<T>[] }): Promise<T[]> {
    this.calls.push({ kind: "checkbox", message: options.message, choices: options.choices });
    const step = this.next("checkbox", options.message) as { checkbox: string[] };
    const values = options.choices.map((c) => c.value);
    for (const wanted of step.checkbox) {
      if (!values.includes(wanted as T)) throw new Error(`'${wanted}' is not a choice`);
    }
    return step.checkbox as T[];
  }
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
      json: (doc) => json.push(doc),
      color: new Chalk({ level: 0 }),
      stderrIsTTY: false,
    },
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

/** The four races of one paper ballot, in the order they are asked. */
function ballot(flag: string[], certificate: string[], head: string[], deputy: string[]): Step[] {
  return [{ checkbox: flag }, { checkbox: certificate }, { checkbox: head }, { checkbox: deputy }];
}

async function enter(steps: Step[], options: Record<string, unknown> = {}) {
  const script = new ScriptedPrompter(steps);
  setPrompter(script);
  await run(context(), ["2019"], options);
  expect(script.remaining).toBe(0);
  return script;
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
  setPrompter(undefined);
  setLang("vi");
  rmSync(dir, { recursive: true, force: true });
});

describe("tdkt ballots enter", () => {
  it("enters two ballots, undoes the second, finishes: one ballot stored", async () => {
    const script = await enter([
      { select: "next" },
      ...ballot(["STP"], ["TGSC", "CAT"], ["CTHADS"], ["VKSND"]),
      { select: "save" },
      { select: "next" },
      ...ballot(["TGSC"], [], ["STP"], ["CAT"]),
      { select: "save" },
      { select: "undo" },
      { confirm: true },
      { select: "finish" },
    ]);
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots).toEqual({
      flag: [{ round: 1, ballots: [{ ballot: "1", choices: ["STP"] }] }],
      certificate: [{ round: 1, ballots: [{ ballot: "1", choices: ["TGSC", "CAT"] }] }],
      head: [{ round: 1, ballots: [{ ballot: "1", choices: ["CTHADS"] }] }],
      deputy: [{ round: 1, ballots: [{ ballot: "1", choices: ["VKSND"] }] }],
    });
    // The menus offered ballots 1, 2, then 2 again after the undo; the count ran along.
    const menus = script.calls.filter((c) => c.message === t("ballots.enter.menu"));
    expect(menus.map((m) => m.choices?.map((c) => c.name))).toEqual([
      ["Enter ballot 1", "Finish"],
      ["Enter ballot 2", "Undo the last ballot (1)", "Finish"],
      ["Enter ballot 3", "Undo the last ballot (2)", "Finish"],
      ["Enter ballot 2", "Undo the last ballot (1)", "Finish"],
    ]);
    expect(told).toContain("2 of 10 ballots entered (round 1).");
    expect(told).toContain("Ballot 2 deleted.");
    // Each race says how many may be chosen: certificates 20% of the 9 left after the flag = 1.
    const races = script.calls.filter((c) => c.kind === "checkbox").slice(0, 4);
    expect(races.map((c) => c.message)).toEqual([
      "Ballot 1 – flag: choose up to 1 (none = blank)",
      "Ballot 1 – certificate: choose up to 1 (none = blank)",
      "Ballot 1 – head: choose up to 1 (none = blank)",
      "Ballot 1 – deputy: choose up to 1 (none = blank)",
    ]);
    expect(races[0]?.choices?.[0]).toMatchObject({ name: "STP – Sở Tư pháp", value: "STP" });
    expect(printed).toEqual(["Round 1 of 2019: 1 of 10 ballots entered."]);
  });

  it("continues numbering after the ballots stored and keeps what was saved on Ctrl+C", async () => {
    await enter([
      { select: "next" },
      ...ballot(["STP"], [], [], []),
      { select: "save" },
      { select: "finish" },
    ]);
    const script = new ScriptedPrompter([
      { select: "next" },
      ...ballot(["CAT"], ["TGSC"], ["CTHADS"], ["VKSND"]),
      { select: "save" },
      { select: "next" },
      { checkbox: ["STP"] },
      { interrupt: true },
    ]);
    setPrompter(script);
    await expect(run(context(), ["2019"], {})).rejects.toThrow(
      "stopped: 2 of 10 ballots of round 1 are saved; the ballot being typed was not",
    );
    const flag = withDb((db, bloc) => loadBallots(db, bloc, 2019)).flag?.[0]?.ballots;
    expect(flag).toEqual([
      { ballot: "1", choices: ["STP"] },
      { ballot: "2", choices: ["CAT"] },
    ]);
  });

  it("warns on over-marking at review but saves as marked; re-entering starts from the marks", async () => {
    const script = await enter([
      { select: "next" },
      ...ballot(["STP", "TGSC"], ["TGSC", "CAT", "TTT"], [], ["VKSND"]),
      { select: "redo" },
      ...ballot(["STP", "TGSC"], ["TGSC", "CAT", "TTT"], [], ["VKSND"]),
      { select: "save" },
      { select: "finish" },
    ]);
    const review = told.find((text) => text.startsWith("Ballot 1:")) ?? "";
    expect(review).toContain("flag: STP, TGSC");
    expect(review).toContain("⚠ 2 marked for 1 seats: this race will be invalid");
    expect(review).toContain("⚠ 3 marked for 1 seats: this race will be invalid");
    expect(review).toContain("head: (blank)");
    const redoFlag = script.calls.filter((c) => c.kind === "checkbox")[4];
    expect(redoFlag?.choices?.filter((c) => c.checked).map((c) => c.value)).toEqual([
      "STP",
      "TGSC",
    ]);
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.certificate?.[0]?.ballots).toEqual([
      { ballot: "1", choices: ["TGSC", "CAT", "TTT"] },
    ]);
    expect(ballots.head?.[0]?.ballots).toEqual([{ ballot: "1", choices: [] }]);
  });

  it("refuses to go past the number of ballots issued", async () => {
    withDb((db, bloc) => {
      const meeting = getMeeting(db, bloc, 2019);
      expect(meeting).toBeUndefined();
      saveMeeting(db, bloc, 2019, {
        date: null,
        start: null,
        end: null,
        place: null,
        chair: null,
        secretary: null,
        countingBoard: [],
        number: null,
        present: 1,
        absent: [],
      });
    });
    const script = await enter([
      { select: "next" },
      ...ballot(["STP"], [], [], []),
      { select: "save" },
      { select: "finish" },
    ]);
    const last = script.calls.filter((c) => c.kind === "select").at(-1);
    expect(last?.choices?.map((c) => c.value)).toEqual(["undo", "finish"]);
    expect(told).toContain("All 1 ballots are entered: no more can be added.");
  });

  it("--verify enters the same papers again and reports every ballot that differs", async () => {
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
    const script = await enter(
      [
        { select: "next" },
        { checkbox: ["STP"] },
        { checkbox: ["CAT", "TGSC"] },
        { select: "save" },
        { select: "next" },
        { checkbox: ["STP"] },
        { checkbox: [] },
        { select: "save" },
        { select: "finish" },
      ],
      { verify: true },
    );
    // Only the races of the first entry are asked; the numbers follow the first entry.
    expect(script.calls.filter((c) => c.kind === "checkbox")).toHaveLength(4);
    expect(told).toContain(
      "Ballot 2 differs between the two entries: flag: first TGSC, second STP",
    );
    expect(printed).toEqual([
      "Round 1 of 2019: 2 of 2 ballots entered a second time.",
      "Ballot 2 differs between the two entries: flag: first TGSC, second STP",
    ]);
    const status = withDb((db, bloc) => verificationStatus(db, bloc, 2019));
    expect(status.state).toBe("mismatch");
    expect(status.rounds[0]?.mismatched).toEqual([
      { ballot: "2", races: [{ race: "flag", first: ["TGSC"], second: ["STP"] }] },
    ]);
    // The tally still counts the first entry only.
    const flag = withDb((db, bloc) => loadBallots(db, bloc, 2019)).flag?.[0]?.ballots;
    expect(flag?.map((b) => b.choices)).toEqual([["STP"], ["TGSC"]]);
  });

  it("--verify with no first entry is refused", async () => {
    setPrompter(new ScriptedPrompter([]));
    await expect(run(context(), ["2019"], { verify: true })).rejects.toThrow(
      "round 1 has no first entry to verify",
    );
  });

  it("asks which races a run-off round holds", async () => {
    withDb((db, bloc) =>
      replaceRaces(
        db,
        { blocId: bloc, year: 2019, round: 1, entry: 1, importId: null },
        { flag: [{ ballot: "1", choices: ["STP"] }], head: [{ ballot: "1", choices: ["CAT"] }] },
      ),
    );
    const script = new ScriptedPrompter([
      { checkbox: ["flag"] },
      { select: "next" },
      { checkbox: ["TGSC"] },
      { select: "save" },
      { select: "finish" },
    ]);
    setPrompter(script);
    await run(context(), ["2019"], { round: "2" });
    expect(script.calls[0]?.choices?.map((c) => c.value)).toEqual(["flag", "head"]);
    const ballots = withDb((db, bloc) => loadBallots(db, bloc, 2019));
    expect(ballots.flag?.map((r) => r.round)).toEqual([1, 2]);
    expect(ballots.head?.map((r) => r.round)).toEqual([1]);
  });

  it("off a terminal is a usage error pointing to ballots import", async () => {
    setPrompter(new ScriptedPrompter([]));
    const attempt = run(context({ canPrompt: false }), ["2019"], {});
    await expect(attempt).rejects.toMatchObject({
      exitCode: 2,
      hint: "to import from a file, use tdkt ballots import 2019 FILE",
    });
  });

  it("prints one JSON document with --json", async () => {
    const script = new ScriptedPrompter([
      { select: "next" },
      ...ballot([], [], [], []),
      { select: "save" },
      { select: "finish" },
    ]);
    setPrompter(script);
    await run(context({ json: true }), ["2019"], {});
    expect(printed).toEqual([]);
    expect(json).toEqual([
      { bloc: "NOICHINH", year: 2019, round: 1, entry: 1, ballots: 1, limit: 10 },
    ]);
  });
});
