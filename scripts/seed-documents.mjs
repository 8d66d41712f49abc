#!/usr/bin/env node
/**
 * The seed year's documents (fixtures/2019-noi-chinh): builds a database in a
 * temporary folder through the command line, as a secretary would, then
 * writes the minutes, the vote-count record, the proposal letter, the ballots
 * and the score table into the folder given (default docs/seed-2019).
 * With --pdf, converts the Word files to PDF with LibreOffice
 * (`soffice --headless --convert-to pdf`) and renders the first page of the
 * minutes to PNG (pdftoppm), for a person to look at.
 *
 *   npm run docs:seed            # the five documents
 *   npm run docs:pdf             # and their PDFs, and docs/minutes-2019-page1.png
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const seed = join(root, "fixtures", "2019-noi-chinh");
const args = process.argv.slice(2);
const pdf = args.includes("--pdf");
const target = resolve(
  args.find((arg) => !arg.startsWith("--")) ?? join(root, "docs", "seed-2019"),
);
const work = mkdtempSync(join(tmpdir(), "tdkt-seed-"));
const db = join(work, "tdkt.db");

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    process.stderr.write(`${command} ${commandArgs.join(" ")}\n${result.stdout}${result.stderr}`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

const tdkt = (...commandArgs) =>
  run(process.execPath, [join(root, "bin", "tdkt.js"), "--db", db, ...commandArgs], {
    env: { ...process.env, TDKT_LANG: "vi" },
  });

try {
  const sheets = readdirSync(join(seed, "scores"))
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => join(seed, "scores", name));
  tdkt(
    "init",
    "--bloc",
    "NOICHINH",
    "--name",
    "Khối thi đua các cơ quan Nội chính",
    "--province",
    "Tỉnh Mẫu",
    "--parent",
    "UBND TỈNH MẪU",
  );
  tdkt("agencies", "import", "2019", join(seed, "agencies.csv"));
  tdkt("criteria", "import", "2019", join(seed, "criteria.csv"));
  tdkt("import", "2019", ...sheets);
  tdkt("leaders", "set", "2019", "--head", "STP", "--deputy", "CTHADS");
  // The people are invented (fixtures/2019-noi-chinh/README.md).
  tdkt(
    "meeting",
    "2019",
    "--date",
    "2019-12-20",
    "--start",
    "08:00",
    "--end",
    "11:30",
    "--place",
    "Sở Tư pháp",
    "--present",
    "10",
    "--chair",
    "Nguyễn Văn Hùng",
    "--chair-title",
    "Giám đốc Sở Tư pháp, Trưởng khối",
    "--secretary",
    "Trần Thị Thu Hà",
    "--secretary-title",
    "Chánh Văn phòng Sở Tư pháp",
    "--counting-board",
    "Lê Minh Tuấn; Phạm Thị Lan; Đặng Quốc Bảo",
    "--counting-board-titles",
    "Phó Chánh Thanh tra tỉnh, Trưởng ban; Phó Chánh án Tòa án nhân dân tỉnh, thành viên; " +
      "Phó Cục trưởng Cục Thi hành án dân sự tỉnh, thành viên",
  );
  tdkt("ballots", "import", "2019", join(seed, "ballots.csv"));
  tdkt("tally", "2019");
  mkdirSync(target, { recursive: true });
  const documents = [
    ["minutes", "2019", "-o", join(target, "bien-ban-2019.docx")],
    ["count-record", "2019", "-o", join(target, "bien-ban-kiem-phieu-2019.docx")],
    ["proposal", "2019", "-o", join(target, "to-trinh-2019.docx")],
    ["ballots", "print", "2019", "-o", join(target, "phieu-bau-2019.docx")],
    ["scores", "2019", "-o", join(target, "bang-diem-2019.xlsx")],
  ];
  for (const document of documents) tdkt(...document, "--force");
  process.stdout.write(`${target}\n`);
  if (pdf) {
    const words = readdirSync(target).filter((name) => name.endsWith(".docx"));
    run(
      "soffice",
      [
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        target,
        ...words.map((name) => join(target, name)),
      ],
      { env: { ...process.env, HOME: work } },
    );
    run("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(target, "bien-ban-2019.pdf"),
      join(work, "page1"),
    ]);
    mkdirSync(join(root, "docs"), { recursive: true });
    copyFileSync(join(work, "page1.png"), join(root, "docs", "minutes-2019-page1.png"));
    process.stdout.write(`${join(root, "docs", "minutes-2019-page1.png")}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
