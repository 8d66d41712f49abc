import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { allAgencies, membersOf, setMembership, upsertAgency } from "../../src/db/agencies.js";
import { insertBloc, listBlocs } from "../../src/db/blocs.js";
import { openDatabase } from "../../src/db/connection.js";
import { leadersOf, setLeaders } from "../../src/db/leaders.js";
import { ruleSettings, setRule, setRuleFrom } from "../../src/db/rules.js";
import { SCHEMA_VERSION } from "../../src/db/schema.js";
import { appendCount, countsOf, getTally } from "../../src/db/tallies.js";
import { TdktError } from "../../src/errors.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempPath(): string {
  const folder = mkdtempSync(join(tmpdir(), "tdkt-db-"));
  folders.push(folder);
  return join(folder, "t.db");
}

describe("the database", () => {
  it("migrates a new database to the current schema with foreign keys on", () => {
    const db = openDatabase(":memory:", "create");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(() =>
      db.prepare("INSERT INTO agency (bloc_id, code, name) VALUES (999, 'X', 'X')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it("uses WAL and a busy timeout on a file", () => {
    const path = tempPath();
    const db = openDatabase(path, "create");
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it("refuses to create a database unless asked", () => {
    const path = tempPath();
    expect(() => openDatabase(path, "read")).toThrow(TdktError);
    expect(() => openDatabase(path, "write")).toThrow(TdktError);
  });

  it("refuses a database from a newer schema, unchanged", () => {
    const path = tempPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(path, "read")).toThrow(/newer|mới hơn/);
    const check = new Database(path);
    expect(check.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it("keeps membership per year and carries it forward", () => {
    const db = openDatabase(":memory:", "create");
    const bloc = insertBloc(db, { code: "B", name: "Khối", province: null }, "now");
    const a = upsertAgency(db, bloc.id, { code: "A", name: "Cơ quan A", shortName: null });
    const b = upsertAgency(db, bloc.id, { code: "B", name: "Cơ quan B", shortName: null });
    setMembership(db, bloc.id, 2019, [
      { agencyId: b, order: 1 },
      { agencyId: a, order: 2 },
    ]);
    setMembership(db, bloc.id, 2022, [{ agencyId: a, order: 1 }]);
    expect(membersOf(db, bloc.id, 2018)).toEqual([]);
    expect(membersOf(db, bloc.id, 2021).map((m) => m.code)).toEqual(["B", "A"]);
    expect(membersOf(db, bloc.id, 2023).map((m) => m.code)).toEqual(["A"]);
    expect(listBlocs(db)).toHaveLength(1);
    db.close();
  });

  it("takes a year's rules after the bloc's", () => {
    const db = openDatabase(":memory:", "create");
    const bloc = insertBloc(db, { code: "B", name: "Khối", province: null }, "now");
    setRule(db, bloc.id, 2019, "threshold.base", "valid");
    setRuleFrom(db, bloc.id, 0, "threshold.base", "present");
    expect(ruleSettings(db, bloc.id, 2019).map((s) => s.value)).toEqual(["present", "valid"]);
    expect(ruleSettings(db, bloc.id, 2020).map((s) => s.value)).toEqual(["present"]);
    // From a year onward: earlier years keep what they had.
    setRuleFrom(db, bloc.id, 2021, "threshold.base", "returned");
    expect(ruleSettings(db, bloc.id, 2020).map((s) => s.value)).toEqual(["present"]);
    expect(ruleSettings(db, bloc.id, 2022).map((s) => s.value)).toEqual(["returned"]);
    // A later "from" replaces the settings from that year on, not before.
    setRuleFrom(db, bloc.id, 2020, "threshold.base", "valid");
    expect(ruleSettings(db, bloc.id, 2019).map((s) => s.value)).toEqual(["present", "valid"]);
    expect(ruleSettings(db, bloc.id, 2024).map((s) => s.value)).toEqual(["valid"]);
    db.close();
  });

  it("chains leaders: an explicit record, else the previous year's tally", () => {
    const db = openDatabase(":memory:", "create");
    const bloc = insertBloc(db, { code: "B", name: "Khối", province: null }, "now");
    const a = upsertAgency(db, bloc.id, { code: "A", name: "A", shortName: null });
    const b = upsertAgency(db, bloc.id, { code: "B", name: "B", shortName: null });
    setLeaders(db, bloc.id, 2019, a, b);
    expect(leadersOf(db, bloc.id, 2019)).toEqual({ head: "A", deputy: "B", source: "set" });
    expect(leadersOf(db, bloc.id, 2020).source).toBe("none");
    const report = { leaders: { year: 2020, head: "B", deputy: "A" } };
    appendCount(db, bloc.id, 2019, {
      reportJson: JSON.stringify(report),
      reportHash: "h",
      inputsJson: "{}",
      inputsHash: "i",
      tdktVersion: "0.0.0",
      provisional: false,
      amendReason: null,
      talliedAt: "now",
    });
    expect(leadersOf(db, bloc.id, 2020)).toEqual({ head: "B", deputy: "A", source: "tally" });
    db.close();
  });

  it("keeps every count, numbered, and each membership set's own names", () => {
    const db = openDatabase(":memory:", "create");
    const bloc = insertBloc(db, { code: "B", name: "Khối", province: null }, "now");
    const a = upsertAgency(db, bloc.id, { code: "A", name: "Sở Nội vụ", shortName: "SNV" });
    setMembership(db, bloc.id, 2024, [
      { agencyId: a, order: 1, name: "Sở Nội vụ", shortName: "SNV" },
    ]);
    upsertAgency(db, bloc.id, { code: "A", name: "Sở Nội vụ và Lao động", shortName: null });
    setMembership(db, bloc.id, 2025, [{ agencyId: a, order: 1, name: "Sở Nội vụ và Lao động" }]);
    expect(membersOf(db, bloc.id, 2024)[0]).toMatchObject({ name: "Sở Nội vụ", shortName: "SNV" });
    expect(membersOf(db, bloc.id, 2026)[0]?.name).toBe("Sở Nội vụ và Lao động");
    // Setting the earlier year again keeps the agency's latest name as its own.
    upsertAgency(db, bloc.id, { code: "A", name: "Sở Nội vụ", shortName: "SNV" });
    setMembership(db, bloc.id, 2024, [
      { agencyId: a, order: 1, name: "Sở Nội vụ", shortName: "SNV" },
    ]);
    expect(allAgencies(db, bloc.id)[0]?.name).toBe("Sở Nội vụ và Lao động");
    const count = (hash: string) =>
      appendCount(db, bloc.id, 2024, {
        reportJson: "{}",
        reportHash: hash,
        inputsJson: "{}",
        inputsHash: "i",
        tdktVersion: "0.0.0",
        provisional: false,
        amendReason: null,
        talliedAt: "now",
      });
    expect([count("h1"), count("h2")]).toEqual([1, 2]);
    expect(countsOf(db, bloc.id, 2024).map((c) => c.reportHash)).toEqual(["h1", "h2"]);
    expect(getTally(db, bloc.id, 2024)?.count).toBe(2);
    db.close();
  });

  it("upgrades a database of release 0.1.0 in place: its result is count 1, its names every year's", () => {
    const path = tempPath();
    copyFileSync(new URL("./fixtures/release-0.1.0-seed-2019.db", import.meta.url), path);
    const before = new Database(path, { readonly: true });
    expect(before.pragma("user_version", { simple: true })).toBe(2);
    const old = before.prepare("SELECT report, report_hash, inputs_hash FROM tally").get() as {
      report: string;
      report_hash: string;
      inputs_hash: string;
    };
    const names = before.prepare("SELECT code, name FROM agency ORDER BY code").all();
    before.close();

    const db = openDatabase(path, "write");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const bloc = listBlocs(db)[0];
    if (!bloc) throw new Error("no bloc");
    const counts = countsOf(db, bloc.id, 2019);
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({
      count: 1,
      reportJson: old.report,
      reportHash: old.report_hash,
      inputsHash: old.inputs_hash,
      inputsJson: null,
      tdktVersion: null,
      provisional: false,
    });
    // The names known when upgrading are the names of every year so far, and stay
    // when a later year renames.
    const members = membersOf(db, bloc.id, 2019);
    expect(
      members.map(({ code, name }) => ({ code, name })).sort((x, y) => (x.code < y.code ? -1 : 1)),
    ).toEqual(names);
    const stp = members.find((m) => m.code === "STP");
    if (!stp) throw new Error("no STP");
    upsertAgency(db, bloc.id, { code: "STP", name: "Sở Tư pháp (mới)", shortName: null });
    setMembership(db, bloc.id, 2020, [{ agencyId: stp.id, order: 1, name: "Sở Tư pháp (mới)" }]);
    expect(membersOf(db, bloc.id, 2019).find((m) => m.code === "STP")?.name).toBe(stp.name);
    // The bloc-wide rule holds from the first year on; the counted year keeps
    // the certificate seats it was counted with (migration 4: the old `auto`).
    expect(ruleSettings(db, bloc.id, 2019)).toEqual([
      { key: "threshold.base", value: "members", year: 0, from: 0 },
      { key: "seats.certificate", value: "20%, min 1", year: 2019, from: 2019 },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'tally'").get()).toBeUndefined();
    db.close();
  });
});

describe("migration 5: titles apart from names, the bloc's parent body", () => {
  it("keeps a meeting written with the old single field, and stores titles and the parent", async () => {
    const { getMeeting, saveMeeting } = await import("../../src/db/meetings.js");
    const { findBloc, setBlocParent } = await import("../../src/db/blocs.js");
    const { MIGRATIONS } = await import("../../src/db/schema.js");
    const path = tempPath();
    // A database as version 2 left it, with a meeting in the single field.
    const old = new Database(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) old.exec(migration.sql);
    old.pragma("user_version = 2");
    old
      .prepare(
        "INSERT INTO bloc (code, name, province, created_at) VALUES ('NC', 'Khối', NULL, 'x')",
      )
      .run();
    old
      .prepare("INSERT INTO meeting (bloc_id, year, date, chair) VALUES (1, 2019, '2019-12-20', ?)")
      .run("Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp");
    old.close();
    const db = openDatabase(path, "write");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const meeting = getMeeting(db, 1, 2019);
    expect(meeting?.chair).toBe("Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp");
    expect(meeting?.chairTitle).toBeNull();
    expect(meeting?.countingBoardTitles).toEqual([]);
    expect(findBloc(db, "NC")?.parent).toBeNull();
    if (!meeting) throw new Error("meeting lost");
    saveMeeting(db, 1, 2019, {
      ...meeting,
      chair: "Nguyễn Văn Hùng",
      chairTitle: "Giám đốc Sở Tư pháp",
      countingBoard: ["Lê Minh Tuấn", "Phạm Thị Lan"],
      countingBoardTitles: ["Trưởng ban", null],
    });
    setBlocParent(db, 1, "UBND tỉnh Mẫu");
    expect(getMeeting(db, 1, 2019)).toMatchObject({
      chair: "Nguyễn Văn Hùng",
      chairTitle: "Giám đốc Sở Tư pháp",
      countingBoardTitles: ["Trưởng ban", null],
    });
    expect(findBloc(db, "NC")?.parent).toBe("UBND tỉnh Mẫu");
    db.close();
  });
});
