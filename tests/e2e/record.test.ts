/**
 * A counted year is a record (contract, "A year's record"): each case of
 * issue "An announced year is a record", done as a user did it, can no longer
 * happen silently. Commands run in this process (tests/reliability/in-process.ts).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { tdktHere } from "../reliability/in-process.js";
import { SEED, tempDir } from "./helpers.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(): string {
  const { dir, cleanup } = tempDir("tdkt-record-");
  cleanups.push(cleanup);
  return dir;
}

async function ok(db: string, ...args: string[]): Promise<string> {
  const result = await tdktHere(["--db", db, ...args]);
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

async function fails(db: string, ...args: string[]): Promise<string> {
  const result = await tdktHere(["--db", db, ...args]);
  expect(result.status, `tdkt ${args.join(" ")} should fail: ${result.stdout}`).toBe(1);
  return result.stderr;
}

/** The 2019 seed year, entered up to the ballots (not counted). */
async function seedUpToBallots(dir: string): Promise<string> {
  const db = join(dir, "tdkt.db");
  await ok(db, "init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính");
  await ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
  await ok(db, "criteria", "import", "2019", join(SEED, "criteria.csv"));
  const sheets = readFileSync(join(SEED, "agencies.csv"), "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => join(SEED, "scores", `${line.split(",")[0]}.csv`));
  await ok(db, "import", "2019", ...sheets);
  await ok(db, "ballots", "import", "2019", join(SEED, "ballots.csv"));
  await ok(db, "meeting", "2019", "--date", "2019-12-20", "--start", "08:00", "--end", "11:30");
  await ok(db, "leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS");
  return db;
}

/** The 2019 seed year, counted once. */
async function countedSeed(dir: string): Promise<string> {
  const db = await seedUpToBallots(dir);
  await ok(db, "tally", "2019");
  return db;
}

function renamedAgencies(dir: string, from: string, to: string): string {
  const file = join(dir, "agencies-renamed.csv");
  writeFileSync(file, readFileSync(join(SEED, "agencies.csv"), "utf8").replace(from, to));
  return file;
}

async function historyOf(db: string, year: string) {
  return JSON.parse(await ok(db, "--json", "history", year)) as {
    counts: Array<{ count: number; amendReason: string | null; provisional: boolean }>;
    journal: Array<{
      command: string;
      reason: string;
      changes: Array<{ what: string; before: string | null; after: string | null }>;
    }>;
  };
}

describe("a counted year is a record", () => {
  it("renaming an agency for 2020 leaves 2019 as it was counted; renaming 2019 needs --amend", async () => {
    const dir = folder();
    const db = await countedSeed(dir);
    const minutes = await ok(db, "minutes", "2019");
    const renamed = renamedAgencies(dir, "Công an tỉnh", "Công an tỉnh Ninh Thuận");
    await ok(db, "agencies", "import", "2020", renamed);
    expect(await ok(db, "minutes", "2019")).toBe(minutes);
    await ok(db, "verify", "2019");
    expect(await ok(db, "agencies", "list", "--year", "2020")).toContain("Công an tỉnh Ninh Thuận");

    const refused = await fails(db, "agencies", "import", "2019", renamed, "--replace");
    expect(refused).toMatch(/2019.*lần 1/);
    expect(refused).toContain("--amend");
    expect(await ok(db, "minutes", "2019")).toBe(minutes);

    await ok(
      db,
      "agencies",
      "import",
      "2019",
      renamed,
      "--replace",
      "--amend",
      "Đổi tên theo QĐ 15",
    );
    const { journal } = await historyOf(db, "2019");
    expect(journal).toHaveLength(1);
    expect(journal[0]?.reason).toBe("Đổi tên theo QĐ 15");
    // The file's name, never its folder.
    expect(journal[0]?.command).toBe("tdkt agencies import 2019 agencies-renamed.csv");
    expect(journal[0]?.changes).toContainEqual({
      what: "members.CAT.name",
      before: "Công an tỉnh",
      after: "Công an tỉnh Ninh Thuận",
    });
    // The minutes now differ from the count: a draft until counted again.
    expect(await ok(db, "minutes", "2019")).toContain("DỰ THẢO");
  });

  it("rules set applies from the first year without a count, never backwards", async () => {
    const db = await countedSeed(folder());
    await ok(db, "rules", "set", "threshold.base", "present");
    await ok(db, "verify", "2019");
    const rules = (year: string) =>
      ok(db, "--json", "rules", "show", "--year", year).then(
        (text) =>
          (JSON.parse(text) as { rules: Array<{ key: string; value: string }> }).rules.find(
            (r) => r.key === "threshold.base",
          )?.value,
      );
    expect(await rules("2019")).toBe("members");
    expect(await rules("2020")).toBe("present");
    expect(await fails(db, "rules", "set", "threshold.base", "valid", "--from", "2019")).toContain(
      "--amend",
    );
    expect(await fails(db, "rules", "set", "seats.flag", "2", "--year", "2019")).toContain("2019");
    expect(await rules("2019")).toBe("members");
  });

  it("leaders set for a year whose leaders the previous count elected needs --amend", async () => {
    const db = await countedSeed(folder());
    const elected = JSON.parse(await ok(db, "--json", "leaders", "2020"));
    expect(elected).toMatchObject({ head: { code: "CTHADS" }, source: "tally" });
    const refused = await fails(db, "leaders", "set", "2020", "--head", "STP");
    expect(refused).toMatch(/2019/);
    expect(refused).toContain("--amend");
    expect(JSON.parse(await ok(db, "--json", "leaders", "2020")).head.code).toBe("CTHADS");
    await ok(db, "leaders", "set", "2020", "--head", "STP", "--amend", "Bầu lại tại hội nghị");
    expect(JSON.parse(await ok(db, "--json", "leaders", "2020")).head.code).toBe("STP");
    const { journal } = await historyOf(db, "2020");
    expect(journal[0]?.changes).toContainEqual({
      what: "leaders.head",
      before: "CTHADS",
      after: "STP",
    });
  });

  it("keeps every count: the same data stores nothing, other decisions need --amend", async () => {
    const db = await countedSeed(folder());
    const again = await tdktHere(["--db", db, "--json", "tally", "2019"]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ count: 1, provisional: false });
    expect(again.stderr).toMatch(/Không có gì thay đổi/);

    await ok(
      db,
      "disqualify",
      "2019",
      "STP",
      "--reason",
      "Thanh tra",
      "--amend",
      "Kết luận thanh tra",
    );
    const refused = await fails(db, "tally", "2019");
    expect(refused).toMatch(/lần kiểm phiếu 1/);
    expect((await historyOf(db, "2019")).counts).toHaveLength(1);
    const second = JSON.parse(
      await ok(db, "--json", "tally", "2019", "--amend", "Kết luận thanh tra"),
    );
    expect(second.count).toBe(2);
    const history = await historyOf(db, "2019");
    expect(history.counts.map((c) => [c.count, c.amendReason])).toEqual([
      [1, null],
      [2, "Kết luận thanh tra"],
    ]);
    expect(history.journal.map((entry) => entry.command)).toEqual([
      "tdkt disqualify 2019 STP",
      "tdkt tally 2019",
    ]);
    await ok(db, "verify", "2019");
  });

  it("an amendment makes the minutes a draft until the next count, which keeps the decisions", async () => {
    const db = await countedSeed(folder());
    expect(await ok(db, "minutes", "2019")).not.toContain("DỰ THẢO");
    await fails(db, "meeting", "2019", "--place", "Hội trường Công an tỉnh");
    await ok(db, "meeting", "2019", "--place", "Hội trường Công an tỉnh", "--amend", "Ghi nhầm");
    const draft = await tdktHere(["--db", db, "minutes", "2019"]);
    expect(draft.stdout).toContain("DỰ THẢO");
    expect(draft.stdout).toContain("Hội trường Công an tỉnh");
    expect(JSON.parse(await ok(db, "--json", "tally", "2019")).count).toBe(2);
    expect(await ok(db, "minutes", "2019")).not.toContain("DỰ THẢO");
    const verified = JSON.parse(await ok(db, "--json", "verify", "2019"));
    expect(verified).toMatchObject({ ok: true, count: 2, journal: [] });
  });

  it("never counts ballots whose two entries differ, and counts provisionally while entries are missing", async () => {
    const dir = folder();
    const db = await seedUpToBallots(dir);
    const lines = readFileSync(join(SEED, "ballots.csv"), "utf8").split("\n");
    const partial = join(dir, "second-partial.csv");
    writeFileSync(partial, lines.filter((l) => /^(ballot|[1-5],)/.test(l)).join("\n"));
    await ok(db, "ballots", "import", "2019", partial, "--verify");
    const provisional = JSON.parse(await ok(db, "--json", "tally", "2019"));
    expect(provisional).toMatchObject({ count: 1, provisional: true });
    const minutes = await tdktHere(["--db", db, "minutes", "2019"]);
    expect(minutes.stdout).toContain("DỰ THẢO");
    expect(minutes.stdout).not.toMatch(/hai lần|tdkt /);
    expect(minutes.stderr).toContain("--verify");

    const wrong = join(dir, "second-wrong.csv");
    writeFileSync(wrong, lines.join("\n").replace("4,deputy,CAT", "4,deputy,VKSND"));
    await ok(db, "ballots", "import", "2019", wrong, "--verify", "--replace");
    const refused = await fails(db, "tally", "2019");
    expect(refused).toContain("phiếu 4, Phó khối: lần 1 CAT, lần 2 VKSND");
    expect((await historyOf(db, "2019")).counts).toHaveLength(1);
  });

  it("approving the score table of a counted year is an amendment: refused, then journaled", async () => {
    const db = await countedSeed(folder());
    const refused = await fails(db, "scores", "2019", "--approve");
    expect(refused).toContain("--amend");
    expect((await historyOf(db, "2019")).journal).toHaveLength(0);
    await ok(db, "scores", "2019", "--approve", "--amend", "Hội nghị thông qua bảng điểm");
    const [entry] = (await historyOf(db, "2019")).journal;
    expect(entry?.command).toBe("tdkt scores 2019 --approve");
    expect(entry?.changes.map((change) => change.what)).toEqual(["scoresApproved"]);
  });

  it("refuses mistyped years and times", async () => {
    const db = await countedSeed(folder());
    const mistyped = await fails(db, "meeting", "2091", "--date", "2019-12-18");
    expect(mistyped).toContain("2019?");
    const outside = await fails(db, "meeting", "2020", "--date", "18/12/2019");
    expect(outside).toContain("ngày họp 18/12/2019 không thuộc năm 2020");
    await fails(db, "meeting", "2020", "--start", "08:00", "--end", "07:30");
    await fails(db, "disqualify", "2018", "STP", "--reason", "x");
    await ok(db, "meeting", "2020", "--date", "2021-01-15", "--start", "08:00", "--end", "11:00");
  });

  it("says when fewer members change a race's seats, and stops when every ballot over-marks", async () => {
    const dir = folder();
    const db = await countedSeed(dir);
    const nine = join(dir, "nine.csv");
    const agencies = readFileSync(join(SEED, "agencies.csv"), "utf8").split("\n");
    writeFileSync(nine, agencies.filter((line) => !line.startsWith("TGSC")).join("\n"));
    // Certificates for one in five members (the old default): 10 members give 2 seats, 9 give 1.
    await ok(db, "rules", "set", "seats.certificate", "20%, min 1", "--from", "2020");
    const imported = await tdktHere(["--db", db, "agencies", "import", "2020", nine]);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/certificate.*2.*1|seats\.certificate/);
    const ballots = join(dir, "ballots-2020.csv");
    writeFileSync(
      ballots,
      [
        "ballot,race,choice",
        "1,certificate,STP",
        "1,certificate,CAT",
        "2,certificate,STP",
        "2,certificate,TAND",
      ].join("\n"),
    );
    const refused = await fails(db, "ballots", "import", "2020", ballots);
    expect(refused).toContain("seats.certificate");
    expect(refused).toContain("rules set");
  });

  it("shows control characters from users' files escaped", async () => {
    const dir = folder();
    const db = await countedSeed(dir);
    const hostile = renamedAgencies(dir, "Công an tỉnh", "Công an\u001b[2J\u001b]0;x\u0007 tỉnh");
    await ok(db, "agencies", "import", "2020", hostile);
    const listed = await ok(db, "agencies", "list", "--year", "2020");
    expect(listed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(listed).toContain("\\u{1b}[2J");
  });

  it("backs up a consistent copy, refusing to overwrite without --force", async () => {
    const dir = folder();
    const db = await countedSeed(dir);
    const copy = join(dir, "copy.db");
    await ok(db, "backup", copy);
    expect(existsSync(copy)).toBe(true);
    expect(await fails(db, "backup", copy)).toContain("--force");
    await ok(db, "backup", copy, "--force");
    await ok(copy, "verify", "2019");
    const raw = new Database(copy, { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM tally_count").get()).toEqual({ n: 1 });
    raw.close();
  });
});

describe("the record speaks the user's language", () => {
  it("history, verify and a refusal give dates as dd/mm/yyyy and races by their names", async () => {
    const db = await countedSeed(folder());
    const refused = await fails(db, "meeting", "2019", "--place", "Hội trường Công an tỉnh");
    expect(refused).toMatch(/lần 1, ngày \d{2}\/\d{2}\/\d{4}\)/);
    await ok(db, "meeting", "2019", "--place", "Hội trường Công an tỉnh", "--amend", "Ghi nhầm");
    const history = await ok(db, "history", "2019");
    const verify = await tdktHere(["--db", db, "verify", "2019"]);
    for (const text of [history, verify.stdout, verify.stderr]) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(history).toMatch(/^Lần 1 — \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, tdkt /m);
    expect(history).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — sau lần kiểm phiếu 1: /m);
    expect(history).toContain("Cờ thi đua (vòng 1): STP");
    expect(history).toContain("Năm 2020: Trưởng khối CTHADS, Phó khối VKSND");
    expect(history).not.toMatch(/\bflag \(|\bleaders 2020/);
    expect(verify.stdout + verify.stderr).toMatch(/\d{2}\/\d{2}\/\d{4} Ghi nhầm/);
  });
});

describe("hints show dates as the user writes them", () => {
  it("the minutes of a year with no meeting ask for --date dd/mm/yyyy", async () => {
    const db = join(folder(), "tdkt.db");
    await ok(db, "init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính");
    await ok(db, "agencies", "import", "2019", join(SEED, "agencies.csv"));
    const minutes = await tdktHere(["--db", db, "minutes", "2019"]);
    expect(minutes.stderr).toContain("tdkt meeting 2019 --date dd/mm/yyyy");
    expect(minutes.stderr).not.toContain("YYYY-MM-DD");
  });
});

describe("history and leaders agree", () => {
  it("after an amended leaders set for the year the count elected, history names the new leaders", async () => {
    const db = await countedSeed(folder());
    await ok(db, "leaders", "set", "2020", "--head", "STP", "--deputy", "TAND", "--amend", "QĐ 5");
    const leaders = await ok(db, "leaders", "2020");
    expect(leaders).toContain("Trưởng khối: Sở Tư pháp (STP)");
    const history = await ok(db, "history");
    expect(history).toContain(
      "Năm 2020: Trưởng khối STP, Phó khối TAND (ghi bằng tdkt leaders set)",
    );
    expect(history).not.toContain("Trưởng khối CTHADS");
    // 2020 has no count of its own, only the journal of its leaders.
    const year = await ok(db, "history", "2020");
    expect(year.split("\n").slice(0, 3)).toEqual(["Các lần kiểm phiếu năm 2020", "", "(chưa có)"]);
  });
});
