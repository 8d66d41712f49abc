import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  compareBallotNumbers,
  nextBallotNumber,
  normalizeBallotNumber,
  parseRace,
  readLongForm,
} from "../../src/core/ballot-races.js";
import type { Agency } from "../../src/core/types.js";
import {
  ballotNumbers,
  deleteBallot,
  loadBallots,
  replaceRaces,
  roundBallots,
  roundRaces,
  saveBallot,
  verificationStatus,
} from "../../src/db/ballots.js";
import { insertBloc } from "../../src/db/blocs.js";
import { type Db, openDatabase } from "../../src/db/connection.js";
import { setLang } from "../../src/i18n/index.js";

let db: Db;
let blocId: number;

beforeEach(() => {
  setLang("en");
  db = openDatabase(":memory:", "create");
  blocId = insertBloc(db, { code: "B", name: "Bloc", province: null }, "now").id;
});
afterEach(() => {
  db.close();
  setLang("vi");
});

const at = (round: number, entry: 1 | 2 = 1) => ({
  blocId,
  year: 2019,
  round,
  entry,
  importId: null,
});

describe("loadBallots", () => {
  it("gives each race its rounds in order, ballots in number order, first entries only", () => {
    replaceRaces(db, at(2), { flag: [{ ballot: "1", choices: ["STC"] }] });
    replaceRaces(db, at(1), {
      flag: [
        { ballot: "10", choices: ["STC"] },
        { ballot: "2", choices: ["SKHĐT"] },
        { ballot: "1", choices: [] },
      ],
      certificate: [
        { ballot: "2", choices: ["SCT", "CTK", "SCT"] },
        { ballot: "10", choices: [] },
        { ballot: "1", choices: ["CTK"] },
      ],
    });
    replaceRaces(db, at(1, 2), { flag: [{ ballot: "1", choices: ["KBNN"] }] });
    expect(loadBallots(db, blocId, 2019)).toEqual({
      flag: [
        {
          round: 1,
          ballots: [
            { ballot: "1", choices: [] },
            { ballot: "2", choices: ["SKHĐT"] },
            { ballot: "10", choices: ["STC"] },
          ],
        },
        { round: 2, ballots: [{ ballot: "1", choices: ["STC"] }] },
      ],
      certificate: [
        {
          round: 1,
          ballots: [
            { ballot: "1", choices: ["CTK"] },
            // As marked, in the order written, the duplicate kept (the tally judges it).
            { ballot: "2", choices: ["SCT", "CTK", "SCT"] },
            { ballot: "10", choices: [] },
          ],
        },
      ],
    });
    expect(loadBallots(db, blocId, 2020)).toEqual({});
  });

  it("is deterministic whatever order the ballots were stored in", () => {
    const ballots = ["3", "1", "B", "2", "A"].map((ballot) => ({ ballot, choices: [ballot] }));
    replaceRaces(db, at(1), { head: ballots });
    const first = loadBallots(db, blocId, 2019);
    db.prepare("DELETE FROM ballot").run();
    replaceRaces(db, at(1), { head: [...ballots].reverse() });
    expect(loadBallots(db, blocId, 2019)).toEqual(first);
    expect(first.head?.[0]?.ballots.map((b) => b.ballot)).toEqual(["1", "2", "3", "A", "B"]);
  });
});

describe("storing ballots", () => {
  it("replaceRaces replaces only the races it is given", () => {
    replaceRaces(db, at(1), {
      flag: [{ ballot: "1", choices: ["A"] }],
      head: [{ ballot: "1", choices: ["B"] }],
    });
    replaceRaces(db, at(1), { flag: [{ ballot: "1", choices: ["C"] }] });
    expect(roundBallots(db, blocId, 2019, 1)).toEqual({
      flag: [{ ballot: "1", choices: ["C"] }],
      head: [{ ballot: "1", choices: ["B"] }],
    });
    expect(roundRaces(db, blocId, 2019, 1)).toEqual(["flag", "head"]);
  });

  it("saveBallot and deleteBallot handle one paper ballot, every race of it", () => {
    const target = { blocId, year: 2019, round: 1, entry: 1 as const };
    saveBallot(db, target, "1", { flag: ["A"], certificate: [], head: ["B"] });
    saveBallot(db, target, "2", { flag: [], certificate: ["A", "B"], head: [] });
    expect(ballotNumbers(db, blocId, 2019, 1)).toEqual(["1", "2"]);
    expect(deleteBallot(db, target, "2")).toBe(3);
    expect(roundBallots(db, blocId, 2019, 1)).toEqual({
      flag: [{ ballot: "1", choices: ["A"] }],
      certificate: [{ ballot: "1", choices: [] }],
      head: [{ ballot: "1", choices: ["B"] }],
    });
    // Marks go with their ballot (ON DELETE CASCADE).
    const marks = db.prepare("SELECT COUNT(*) AS n FROM ballot_choice").get() as { n: number };
    expect(marks.n).toBe(2);
  });

  it("stores no voter identity: a ballot row holds a number, never an agency that voted", () => {
    const columns = (db.prepare("PRAGMA table_info(ballot)").all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      "id",
      "bloc_id",
      "year",
      "round",
      "race",
      "ballot_no",
      "entry",
      "import_id",
      "mark",
    ]);
  });
});

describe("verificationStatus", () => {
  const first = {
    flag: [
      { ballot: "1", choices: ["A"] },
      { ballot: "2", choices: ["B"] },
    ],
    certificate: [
      { ballot: "1", choices: ["A", "B"] },
      { ballot: "2", choices: [] },
    ],
  };

  it("none: no second entry", () => {
    replaceRaces(db, at(1), first);
    expect(verificationStatus(db, blocId, 2019)).toMatchObject({ state: "none", mismatched: 0 });
  });

  it("partial: some ballots not yet entered twice", () => {
    replaceRaces(db, at(1), first);
    replaceRaces(db, at(1, 2), {
      flag: [{ ballot: "1", choices: ["A"] }],
      certificate: [{ ballot: "1", choices: ["B", "A"] }],
    });
    const status = verificationStatus(db, blocId, 2019);
    expect(status.state).toBe("partial");
    expect(status.unverified).toBe(1);
    expect(status.rounds).toEqual([
      { round: 1, first: 2, second: 1, mismatched: [], unverified: ["2"], extra: [] },
    ]);
  });

  it("verified: every ballot alike (the order of marks on a paper means nothing)", () => {
    replaceRaces(db, at(1), first);
    replaceRaces(db, at(1, 2), {
      flag: first.flag,
      certificate: [
        { ballot: "1", choices: ["B", "A"] },
        { ballot: "2", choices: [] },
      ],
    });
    expect(verificationStatus(db, blocId, 2019).state).toBe("verified");
  });

  it("mismatch: a race differs, a race is missing, or a ballot is extra", () => {
    replaceRaces(db, at(1), first);
    replaceRaces(db, at(2), { flag: [{ ballot: "1", choices: ["A"] }] });
    replaceRaces(db, at(1, 2), {
      flag: [
        { ballot: "1", choices: ["A"] },
        { ballot: "2", choices: ["A"] },
        { ballot: "3", choices: ["A"] },
      ],
      certificate: [{ ballot: "2", choices: [] }],
    });
    const status = verificationStatus(db, blocId, 2019);
    expect(status.state).toBe("mismatch");
    expect(status.rounds[0]).toEqual({
      round: 1,
      first: 2,
      second: 3,
      mismatched: [
        { ballot: "1", races: [{ race: "certificate", first: ["A", "B"], second: null }] },
        { ballot: "2", races: [{ race: "flag", first: ["B"], second: ["A"] }] },
      ],
      unverified: [],
      extra: ["3"],
    });
    // Round 2 has no second entry at all.
    expect(status.rounds[1]).toMatchObject({ round: 2, unverified: ["1"] });
    expect(status.mismatched).toBe(3);
    expect(status.unverified).toBe(1);
  });
});

describe("reading what people write (the core the import stores from)", () => {
  it.each([
    ["flag", "flag"],
    ["FLAG", "flag"],
    ["co-thi-dua", "flag"],
    ["Cờ thi đua", "flag"],
    ["co thi dua", "flag"],
    ["certificate", "certificate"],
    ["bang-khen", "certificate"],
    ["Bằng khen", "certificate"],
    ["head", "head"],
    ["truong-khoi", "head"],
    ["Trưởng khối", "head"],
    ["deputy", "deputy"],
    ["pho_khoi", "deputy"],
    ["Phó khối", "deputy"],
    ["flg", undefined],
    ["", undefined],
  ])("race %j → %s", (text, race) => {
    expect(parseRace(text)).toBe(race);
  });

  it.each([
    ["7", "7"],
    [" 007 ", "7"],
    ["0", "0"],
    ["A12", "A12"],
    ["", undefined],
    ["x".repeat(21), undefined],
  ])("ballot number %j → %j", (text, number) => {
    expect(normalizeBallotNumber(text)).toBe(number);
  });

  it("orders ballot numbers as people count and numbers the next one in sequence", () => {
    expect(["10", "B", "2", "1", "A"].sort(compareBallotNumbers)).toEqual([
      "1",
      "2",
      "10",
      "A",
      "B",
    ]);
    expect(nextBallotNumber([])).toBe("1");
    expect(nextBallotNumber(["1", "9", "A", "3"])).toBe("10");
  });

  it("gives every ballot of a long-form file every race of the file", () => {
    const members: Agency[] = [
      { code: "A", name: "Agency A", shortName: null, order: 1 },
      { code: "B", name: "Agency B", shortName: null, order: 2 },
    ];
    const { sheet, problems } = readLongForm(
      [
        { line: 2, ballot: "1", race: "flag", choice: "A" },
        { line: 3, ballot: "1", race: "head", choice: "Agency B" },
        { line: 4, ballot: "2", race: "flag", choice: "" },
      ],
      { members, columns: { ballot: 1, race: 2, choice: 3 } },
    );
    expect(problems).toEqual([]);
    expect(sheet).toEqual({
      flag: [
        { ballot: "1", choices: ["A"] },
        { ballot: "2", choices: [] },
      ],
      head: [
        { ballot: "1", choices: ["B"] },
        { ballot: "2", choices: [] },
      ],
    });
  });
});
