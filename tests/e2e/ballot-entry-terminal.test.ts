/**
 * Ballot entry in a real terminal: tmux runs `tdkt ballots enter` in a
 * pseudo-terminal and the test presses the keys one at a time, counting them,
 * through ten paper ballots of a 12-member bloc. The same flow runs without a
 * terminal in tests/commands/ballots-enter.test.ts, so the key count is
 * checked even where tmux is missing.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES, runTdkt, tempDir } from "./helpers.js";

const HAS_TMUX = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;
const SOCKET = `tdkt-entry-${process.pid}`;

const AGENCIES = [
  "code,name,short_name,order",
  "STP,Sở Tư pháp,,1",
  "CTHADS,Cục Thi hành án dân sự tỉnh,,2",
  "VKSND,Viện kiểm sát nhân dân tỉnh,,3",
  "TTT,Thanh tra tỉnh,,4",
  "BNCTU,Ban Nội chính Tỉnh ủy,,5",
  "BCHQS,Bộ Chỉ huy Quân sự tỉnh,,6",
  "BĐBP,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,,7",
  "CAT,Công an tỉnh,,8",
  "TAND,Tòa án nhân dân tỉnh,,9",
  "TGSC,Trại giam Sông Cái,,10",
  "HQ,Cục Hải quan tỉnh,,11",
  "KBNN,Kho bạc Nhà nước tỉnh,,12",
];
const CODES = AGENCIES.slice(1).map((line) => line.split(",")[0] ?? "");
const RACES = ["flag", "certificate", "head", "deputy"] as const;
const RACE_NAMES = ["Cờ thi đua", "Bằng khen", "Trưởng khối", "Phó khối"];

/** Ten ballots as read aloud by the counting board: one line per race. */
const BALLOTS: ReadonlyArray<readonly string[]> = [
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

function tmux(...args: string[]): string {
  const result = spawnSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tmux ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

function screen(target: string): string {
  return tmux("capture-pane", "-p", "-J", "-t", target);
}

async function waitFor(target: string, text: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (screen(target).includes(text)) return;
    if (Date.now() > until) {
      throw new Error(`"${text}" did not appear; the screen:\n${screen(target)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** Presses one key; returns 1, so the caller counts every key pressed. */
function press(target: string, key: string): number {
  if (key === "Enter") tmux("send-keys", "-t", target, "Enter");
  else tmux("send-keys", "-t", target, "-l", key);
  return 1;
}

function meaning(line: string): string[] {
  return line
    .split(" ")
    .filter((token) => token !== "")
    .map((token) =>
      /^\d+$/.test(token) ? (CODES[Number(token) - 1] ?? "?") : token.toUpperCase(),
    );
}

const where = tempDir("tdkt-terminal-");
const db = join(where.dir, "tdkt.db");

/** The command a tmux window runs; CI is unset there because the window is a terminal. */
function command(args: string, file = db): string {
  return `env -u CI -u TDKT_LANG ${process.execPath} ${BIN} --db ${file} ${args}; echo "EXIT=$?"; sleep 600`;
}

describe.skipIf(!HAS_TMUX)(
  `ballots enter in a real terminal${HAS_TMUX ? "" : " (skipped: tmux is not installed)"}`,
  () => {
    beforeAll(() => {
      const agencies = join(where.dir, "agencies.csv");
      writeFileSync(agencies, `${AGENCIES.join("\n")}\n`);
      for (const step of [
        ["init", "--bloc", "NOICHINH", "--name", "Khối thi đua các cơ quan Nội chính"],
        ["agencies", "import", "2019", agencies],
      ]) {
        const result = runTdkt(["--db", db, ...step]);
        if (result.status !== 0) throw new Error(result.stderr);
      }
      tmux(
        "new-session",
        "-d",
        "-s",
        "entry",
        "-x",
        "160",
        "-y",
        "50",
        command("ballots enter 2019"),
      );
    });

    afterAll(() => {
      spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
      where.cleanup();
    });

    it("ten 4-race ballots of a 12-member bloc, at most 12 keys each; a second clerk is sent to --verify", async () => {
      const first = "entry:0";
      const keys: number[] = [];
      for (const [index, ballot] of BALLOTS.entries()) {
        const number = index + 1;
        let count = 0;
        for (const [race, line] of ballot.entries()) {
          await waitFor(first, `Phiếu ${number} · ${RACE_NAMES[race]}`);
          for (const key of line) count += press(first, key);
          count += press(first, "Enter");
        }
        await waitFor(first, `✓ Đã lưu phiếu ${number} (${number}/12).`);
        keys.push(count);
        if (number === 5) {
          // A second clerk forgets --verify: told before typing anything; the first goes on.
          tmux("new-window", "-t", "entry", "-n", "second", command("ballots enter 2019"));
          await waitFor("entry:second", "EXIT=1");
          const told = screen("entry:second");
          expect(told).toContain("một người khác đang nhập phiếu lần 1 năm 2019");
          expect(told).toContain("tdkt ballots enter 2019 --verify");
        }
      }
      await waitFor(first, "Phiếu 11 · Cờ thi đua");
      for (const key of "/xong") press(first, key);
      press(first, "Enter");
      await waitFor(first, "EXIT=0");
      expect(screen(first)).toContain("Vòng 1 năm 2019: đã nhập 10/12 phiếu.");

      // The keys pressed, counted one by one (each Enter included).
      expect(Math.max(...keys)).toBeLessThanOrEqual(12);
      expect(keys.reduce((a, b) => a + b, 0)).toBe(99);

      // What was typed is what is stored: `ballots list` and `tally` read it back.
      const listed = JSON.parse(
        runTdkt(["--db", db, "--json", "ballots", "list", "2019"]).stdout,
      ) as {
        ballots: Array<{ ballot: string; races: Record<string, string[]> }>;
      };
      expect(listed.ballots).toHaveLength(10);
      for (const [index, stored] of listed.ballots.entries()) {
        expect(stored.ballot).toBe(String(index + 1));
        RACES.forEach((race, position) => {
          expect(stored.races[race]).toEqual(meaning(BALLOTS[index]?.[position] ?? ""));
        });
      }
      const tally = runTdkt(["--db", db, "--json", "tally", "2019"]);
      expect(tally.status).toBe(0);
      const report = JSON.parse(tally.stdout) as {
        races: Array<{ race: string; candidates: Array<{ agency: string; votes: number }> }>;
      };
      const typed = new Map<string, number>();
      for (const ballot of BALLOTS) {
        for (const code of meaning(ballot[2] ?? "")) typed.set(code, (typed.get(code) ?? 0) + 1);
      }
      const head = report.races.find((race) => race.race === "head");
      expect(
        Object.fromEntries(
          (head?.candidates ?? []).filter((c) => c.votes > 0).map((c) => [c.agency, c.votes]),
        ),
      ).toEqual(Object.fromEntries(typed));
    }, 120_000);

    it("a run-off offers only the race left tied by the stored tally, and only the tied agencies", async () => {
      const tie = join(FIXTURES, "tie-two-way");
      const tieDb = join(where.dir, "tie.db");
      for (const step of [
        ["init", "--bloc", "KTTH", "--name", "Khối thi đua các cơ quan Kinh tế tổng hợp"],
        ["agencies", "import", "2023", join(tie, "agencies.csv")],
        // The fixture's README: with the default threshold round 1 elects nobody and has no tie.
        ["rules", "set", "threshold.percent", "30"],
        ["ballots", "import", "2023", join(tie, "ballots.csv")],
        ["tally", "2023"],
      ]) {
        const result = runTdkt(["--db", tieDb, ...step]);
        if (result.status !== 0) throw new Error(result.stderr);
      }
      tmux(
        "new-window",
        "-t",
        "entry",
        "-n",
        "runoff",
        command("ballots enter 2023 --round 2", tieDb),
      );
      const target = "entry:runoff";
      await waitFor(target, "Phiếu 1 · Cờ thi đua");
      const shown = screen(target);
      expect(shown).toContain("Vòng 2 bầu lại: Cờ thi đua giữa SKHĐT, STC.");
      expect(shown).toContain(
        "Danh sách trên phiếu (Cờ thi đua):\n  1  SKHĐT  Sở Kế hoạch và Đầu tư\n  2  STC    Sở Tài chính\nMỗi",
      );
      for (const key of ["2", "Enter"]) press(target, key);
      await waitFor(target, "✓ Đã lưu phiếu 1");
      for (const key of [..."/xong", "Enter"]) press(target, key);
      await waitFor(target, "EXIT=0");
      const listed = JSON.parse(
        runTdkt(["--db", tieDb, "--json", "ballots", "list", "2023", "--round", "2"]).stdout,
      ) as { races: string[]; ballots: Array<{ ballot: string; races: Record<string, string[]> }> };
      expect(listed.races).toEqual(["flag"]);
      expect(listed.ballots).toEqual([{ ballot: "1", races: { flag: ["STC"] } }]);
    }, 60_000);
  },
);
