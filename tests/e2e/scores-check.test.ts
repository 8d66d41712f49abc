/**
 * The head's check through the built binary: `scores --diff`, `--approve`
 * (and the minutes saying so), `--detail` with the groups of a criteria tree.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type RunResult, runTdkt, SEED, seededCopies } from "./helpers.js";

const { fresh, path } = seededCopies("tdkt-check-");

function tdkt(db: string, ...args: string[]): RunResult {
  return runTdkt(["--db", db, ...args]);
}

function ok(db: string, ...args: string[]): string {
  const result = tdkt(db, ...args);
  if (result.status !== 0) throw new Error(`tdkt ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

function file(name: string, lines: string[]): string {
  const file = path(name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** STP checked down on two criteria with comments; TTT checked as it scored itself. */
function checkedYear(): string {
  const db = fresh();
  const sheet = file("khoi-cham.csv", [
    "Đơn vị,Tiêu chí,Điểm tự chấm,Điểm khối chấm,Nhận xét,Giải trình",
    "STP,TC01,30,28.5,Thiếu báo cáo quý IV,Đã gửi bổ sung ngày 20/12",
    "STP,TC02,10,10,,",
    "STP,TC03,9,8,Chưa có sản phẩm số,",
    "TTT,TC01,29,29,,",
    "TTT,TC02,9.5,9.5,,",
  ]);
  ok(db, "import", "2019", sheet);
  return db;
}

describe("scores --diff", () => {
  it("lists every criterion where self and checked differ, by agency, with both comments", () => {
    const out = ok(checkedYear(), "scores", "2019", "--diff");
    expect(out).toContain("STP – Sở Tư pháp");
    expect(out).not.toContain("TTT –");
    expect(out).toMatch(
      /TC01\s+30\s+28,5\s+−1,5\s+Thiếu báo cáo quý IV\s+Đã gửi bổ sung ngày 20\/12/,
    );
    expect(out).toMatch(/TC03\s+9\s+8\s+−1\s+Chưa có sản phẩm số/);
    expect(out).not.toMatch(/TC02\s+10/);
    expect(out).toContain("2 tiêu chí có chênh lệch");
  });

  it("as JSON, with both values and the comments", () => {
    const document = JSON.parse(ok(checkedYear(), "--json", "scores", "2019", "--diff"));
    expect(document.differences).toEqual([
      {
        agency: "STP",
        criterion: "TC01",
        self: 30,
        checked: 28.5,
        change: -1.5,
        comment: "Thiếu báo cáo quý IV",
        explanation: "Đã gửi bổ sung ngày 20/12",
      },
      {
        agency: "STP",
        criterion: "TC03",
        self: 9,
        checked: 8,
        change: -1,
        comment: "Chưa có sản phẩm số",
        explanation: null,
      },
    ]);
  });
});

describe("scores --approve", () => {
  it("fixes the table with the date; again changes nothing; a changed score needs approving again", () => {
    const db = checkedYear();
    const env = { TDKT_NOW: "2019-12-26T09:00:00.000Z" };
    const first = runTdkt(["--db", db, "scores", "2019", "--approve"], { env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Đã thông qua bảng điểm năm 2019 ngày \d\d\/\d\d\/\d{4}\./);
    const again = tdkt(db, "scores", "2019", "--approve");
    expect(again.stdout).toContain("không có gì thay đổi");
    ok(db, "import", "2019", join(SEED, "scores", "CAT.csv"));
    expect(ok(db, "scores", "2019", "--approve")).toContain("đã thay đổi sau lần thông qua trước");
  });

  it("the minutes say the table was approved, and only once it is", () => {
    const db = checkedYear();
    expect(ok(db, "minutes", "2019")).not.toContain("Bảng điểm đã được Hội nghị thông qua");
    ok(db, "scores", "2019", "--approve");
    expect(ok(db, "minutes", "2019")).toMatch(
      /Bảng điểm đã được Hội nghị thông qua ngày \d\d\/\d\d\/\d{4}\./,
    );
  });

  it("refuses a year without scores", () => {
    const result = tdkt(fresh(), "scores", "2019", "--approve");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("chưa có điểm nào của năm 2019");
  });
});

describe("scores --detail with a criteria tree", () => {
  it("shows groups with their capped subtotals, and ranks by the capped total", () => {
    const db = fresh();
    ok(
      db,
      "criteria",
      "import",
      "2019",
      file("cay.csv", [
        "Mã,Nội dung tiêu chí,Điểm chuẩn,Loại",
        "I,Thực hiện nhiệm vụ,50,base",
        "1,Nhiệm vụ chính trị,30,base",
        "1.1,Chỉ tiêu kế hoạch,20,base",
        "1.2,Chất lượng công việc,20,base",
        "2,Cải cách hành chính,20,base",
        "II,Điểm thưởng,5,bonus",
        "3,Sáng kiến,3,bonus",
        "4,Khen thưởng,3,bonus",
      ]),
      "--replace",
    );
    ok(
      db,
      "import",
      "2019",
      file("khoi.csv", [
        "agency,criterion,points",
        "STP,1.1,20",
        "STP,1.2,15",
        "STP,2,18",
        "STP,3,3",
        "STP,4,3",
        "TTT,1.1,18",
        "TTT,1.2,10",
        "TTT,2,20",
      ]),
    );
    const out = ok(db, "scores", "2019", "--detail", "STP");
    expect(out).toContain("STP – Sở Tư pháp");
    // 1: 20 + 15 = 35, capped at 30; I: 30 + 18 = 48; II: 3 + 3 = 6, capped at 5.
    expect(out).toMatch(/\n {2}1\s+Nhiệm vụ chính trị\s+30\s+30 \(35\)/);
    expect(out).toMatch(/\n {4}1\.2\s+Chất lượng công việc\s+20\s+15/);
    expect(out).toMatch(/\nI\s+Thực hiện nhiệm vụ\s+50\s+48\n/);
    expect(out).toMatch(/\nII\s+Điểm thưởng\s+5\s+5 \(6\)/);
    expect(out).toContain("Cơ bản 48 + thưởng 5 − trừ 0 = tổng 53");
    const ranking = JSON.parse(ok(db, "--json", "scores", "2019"));
    expect(
      ranking.agencies.map((a: { agency: string; total: number }) => [a.agency, a.total]),
    ).toEqual([
      ["STP", 53],
      ["TTT", 48],
    ]);
  });
});
