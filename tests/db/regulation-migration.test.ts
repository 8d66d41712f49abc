import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/connection.js";
import { MIGRATIONS } from "../../src/db/schema.js";

/** A database as version 2 left it, with one counted year and one ballot. */
function versionTwo(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(migration.sql);
  db.pragma("user_version = 2");
  db.exec(`
    INSERT INTO bloc (id, code, name, created_at) VALUES (1, 'B', 'Khối', '2020-01-01');
    INSERT INTO ballot (id, bloc_id, year, round, race, ballot_no) VALUES (7, 1, 2019, 1, 'flag', '1');
    INSERT INTO ballot_choice (ballot_id, position, choice) VALUES (7, 1, 'STP');
    INSERT INTO tally (bloc_id, year, report, report_hash, inputs_hash, tallied_at)
      VALUES (1, 2019, '{}', 'h', 'i', 'now');
  `);
  return db;
}

describe("migration 4 (the regulation)", () => {
  it("keeps every ballot and its choices, and admits govflag and strike marks", () => {
    const db = versionTwo();
    migrate(db);
    expect(db.prepare("SELECT id, race, mark FROM ballot").all()).toEqual([
      { id: 7, race: "flag", mark: "tick" },
    ]);
    expect(db.prepare("SELECT choice FROM ballot_choice WHERE ballot_id = 7").all()).toEqual([
      { choice: "STP" },
    ]);
    db.prepare(
      "INSERT INTO ballot (bloc_id, year, round, race, ballot_no, mark) VALUES (1, 2020, 1, 'govflag', '1', 'strike')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO ballot (bloc_id, year, round, race, ballot_no) VALUES (1, 2020, 1, 'medal', '2')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it("keeps the certificate seats a counted year was counted with (old auto = 20%, min 1)", () => {
    const db = versionTwo();
    migrate(db);
    expect(db.prepare("SELECT year, key, value FROM rule").all()).toEqual([
      { year: 2019, key: "seats.certificate", value: "20%, min 1" },
    ]);
  });
});
