import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setMembership, upsertAgency } from "../../src/db/agencies.js";
import { insertBloc } from "../../src/db/blocs.js";
import { type Db, openDatabase } from "../../src/db/connection.js";
import { criteriaOf } from "../../src/db/criteria.js";
import { replaceCriteria } from "../../src/db/criteria-replace.js";
import { latestImport } from "../../src/db/import-log.js";
import { ScoreImportLog, scopesImportedFrom } from "../../src/db/score-imports.js";
import {
  deleteAgencyScores,
  type ScoreLayout,
  ScoreWriter,
  scoreCountsByAgency,
  scoreEntriesOf,
  storedScoreReader,
  suspendScoreIndexes,
} from "../../src/db/scores.js";

let db: Db;
let blocId: number;
let agencies: number[];
let criteria: number[];

beforeEach(() => {
  db = openDatabase(":memory:", "create");
  blocId = insertBloc(db, { code: "K", name: "Khối", province: null }, "2019-01-01T00:00:00Z").id;
  agencies = ["STP", "TTT", "BĐBP"].map((code) =>
    upsertAgency(db, blocId, { code, name: `Đơn vị ${code}`, shortName: null }),
  );
  setMembership(
    db,
    blocId,
    2019,
    agencies.map((agencyId, i) => ({ agencyId, order: i + 1 })),
  );
  for (const year of [2019, 2020]) {
    replaceCriteria(db, blocId, year, [
      { code: "TC01", title: "Nhiệm vụ", maxPoints: 30, kind: "base" },
      { code: "TH01", title: "Thưởng", maxPoints: 3, kind: "bonus" },
    ]);
  }
  criteria = criteriaOf(db, blocId, 2019).map((criterion) => criterion.id);
});

afterEach(() => db.close());

const rows = () =>
  db
    .prepare(
      `SELECT agency_id AS a, criterion_id AS c, points, self_points AS self,
              checked_points AS checked, note, import_id AS importId
       FROM score ORDER BY agency_id, criterion_id`,
    )
    .all();

describe("ScoreWriter", () => {
  // The import writes with foreign keys off (its ids come from the database);
  // here they are made up.
  beforeEach(() => {
    db.pragma("foreign_keys = OFF");
  });

  const layouts: Array<[string, ScoreLayout]> = [
    ["points only", { self: false, checked: false, note: false }],
    ["points and note", { self: false, checked: false, note: true }],
    ["self, checked and note", { self: true, checked: true, note: true }],
    ["checked only", { self: false, checked: true, note: false }],
  ];

  it.each(layouts)("writes every row, in full batches and the rest (%s)", (_, layout) => {
    const writer = new ScoreWriter(db, layout);
    // 2,000 agency ids × 2 criteria = 4,000 rows: several full statements and a remainder.
    const expected: unknown[] = [];
    for (let a = 1; a <= 2000; a++) {
      for (const [k, c] of criteria.entries()) {
        const self = layout.self ? 5 + k : null;
        const checked = layout.checked ? 4 + k : null;
        const note = layout.note && a % 7 === 0 ? `ghi chú ${a}` : null;
        writer.add(a, c, 1.5 + k, self, checked, note, 9);
        expected.push({ a, c, points: 1.5 + k, self, checked, note, importId: 9 });
      }
    }
    writer.flush();
    expect(rows()).toEqual(expected);
  });

  it("ignores values of columns the layout does not have", () => {
    const writer = new ScoreWriter(db, { self: false, checked: false, note: false });
    writer.add(agencies[0] as number, criteria[0] as number, 7, 8, 9, "bỏ qua", 1);
    writer.flush();
    expect(rows()).toEqual([
      {
        a: agencies[0],
        c: criteria[0],
        points: 7,
        self: null,
        checked: null,
        note: null,
        importId: 1,
      },
    ]);
  });
});

describe("scores of a year", () => {
  beforeEach(() => {
    const log = new ScoreImportLog(db);
    for (const scope of ["STP", "TTT", "STP"]) {
      log.log({ blocId, year: 2019, scope, fileName: "x.csv", contentHash: "h", importedAt: "t" });
    }
    const writer = new ScoreWriter(db, { self: true, checked: true, note: true });
    const [stp, ttt] = agencies as [number, number];
    const [tc01, th01] = criteria as [number, number];
    writer.add(stp, tc01, 29, 30, 29, "khối chấm lại", 1);
    writer.add(stp, th01, 2, 2, null, null, 1);
    writer.add(ttt, tc01, 28.5, 28.5, null, null, 2);
    // Another year's table: not counted for 2019.
    const [tc01of2020] = criteriaOf(db, blocId, 2020).map((criterion) => criterion.id);
    writer.add(stp, tc01of2020 as number, 10, null, null, null, 3);
    writer.flush();
  });

  it("reads the counted points of the year, by code", () => {
    const entries = scoreEntriesOf(db, blocId, 2019).sort(
      (a, b) => a.agency.localeCompare(b.agency) || a.criterion.localeCompare(b.criterion),
    );
    expect(entries).toEqual([
      { agency: "STP", criterion: "TC01", points: 29 },
      { agency: "STP", criterion: "TH01", points: 2 },
      { agency: "TTT", criterion: "TC01", points: 28.5 },
    ]);
  });

  it("counts scores per agency for the year only", () => {
    expect(scoreCountsByAgency(db, blocId, 2019)).toEqual(
      new Map([
        [agencies[0], 2],
        [agencies[1], 1],
      ]),
    );
    expect(scoreCountsByAgency(db, blocId, 2020)).toEqual(new Map([[agencies[0], 1]]));
  });

  it("deletes one agency's scores of one year", () => {
    expect(deleteAgencyScores(db, blocId, 2019, agencies[0] as number)).toBe(2);
    expect(scoreCountsByAgency(db, blocId, 2019)).toEqual(new Map([[agencies[1], 1]]));
    expect(scoreCountsByAgency(db, blocId, 2020)).toEqual(new Map([[agencies[0], 1]]));
  });

  it("reads one stored score by its key", () => {
    const read = storedScoreReader(db);
    expect(read(agencies[0] as number, criteria[0] as number)).toEqual({
      points: 29,
      selfPoints: 30,
      checkedPoints: 29,
      note: "khối chấm lại",
      comment: null,
      explanation: null,
    });
    expect(read(agencies[2] as number, criteria[0] as number)).toBeUndefined();
  });
});

describe("suspendScoreIndexes", () => {
  it("drops the score table's secondary indexes and builds the same again", () => {
    db.exec("CREATE INDEX score_by_note ON score(note)");
    const schema = () =>
      db
        .prepare("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'score' ORDER BY name")
        .all();
    const before = schema();
    const restore = suspendScoreIndexes(db);
    expect(schema().map((row) => (row as { name: string }).name)).not.toContain("score_by_note");
    restore();
    expect(schema()).toEqual(before);
  });

  it("the schema has no index on score besides its key (migration 2)", () => {
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'score' AND sql IS NOT NULL",
      )
      .all();
    expect(indexes).toEqual([]);
  });
});

describe("ScoreImportLog", () => {
  it("logs one entry per agency, finds the latest and the scopes of a hash", () => {
    const log = new ScoreImportLog(db);
    const entry = {
      blocId,
      year: 2019,
      fileName: "scores.csv",
      importedAt: "2019-12-01T00:00:00Z",
    };
    const first = log.log({ ...entry, scope: "STP", contentHash: "aaa" });
    log.log({ ...entry, scope: "TTT", contentHash: "aaa" });
    const later = log.log({ ...entry, scope: "STP", contentHash: "bbb" });
    log.setRowCount(later, 12);
    expect(later).toBeGreaterThan(first);
    expect(log.latestOf(blocId, 2019, "STP")).toMatchObject({
      id: later,
      contentHash: "bbb",
      rowCount: 12,
    });
    // The same rows as the shared import log reads.
    expect(latestImport(db, blocId, 2019, "scores", "STP")).toEqual(
      log.latestOf(blocId, 2019, "STP"),
    );
    expect(scopesImportedFrom(db, blocId, 2019, "aaa").sort()).toEqual(["STP", "TTT"]);
    expect(scopesImportedFrom(db, blocId, 2020, "aaa")).toEqual([]);
  });
});
