import { describe, expect, it, vi } from "vitest";
import type {
  Agency,
  AgencyTotal,
  CandidateResult,
  CandidateTally,
  RaceTally,
  Reason,
  TallyReport,
} from "../../src/core/types.js";
import { displayWidth, type MinutesData, renderMinutes } from "../../src/io/minutes/index.js";
import { expectGolden } from "../golden.js";

vi.mock("../../src/i18n/catalog/tally.js", () => ({
  tally: {
    "tally.reason.elected": {
      vi: "Được chọn với {votes} phiếu, đạt tỷ lệ trên {threshold}% (cần ít nhất {minVotes} phiếu).",
      en: "Elected with {votes} votes, more than {threshold}% (at least {minVotes} votes).",
    },
    "tally.reason.below-threshold": {
      vi: "{votes} phiếu: chưa đạt tỷ lệ trên {threshold}% (cần ít nhất {minVotes} phiếu).",
      en: "{votes} votes: below {threshold}% (at least {minVotes} votes).",
    },
    "tally.reason.flag-nominee": {
      vi: "Đã được đề nghị tặng Cờ thi đua, nên suất này dành cho đơn vị kế tiếp.",
      en: "Already the Emulation Flag nominee, so this seat goes to the next candidate.",
    },
    "tally.reason.next-head": {
      vi: "Đã được bầu làm Trưởng khối năm {year}; Trưởng khối và Phó khối là hai đơn vị khác nhau.",
      en: "Already elected head for {year}; the head and the deputy are different agencies.",
    },
    "tally.reason.tie": {
      vi: "Bằng số phiếu ({votes}), tổng điểm và điểm trừ giữa {agencies}: bỏ phiếu lại (không bốc thăm).",
      en: "Tied on votes ({votes}), total score and penalty among {agencies}: run-off (no lots).",
    },
    "tally.reason.disqualified": {
      vi: "Không đủ điều kiện khen thưởng: {reason}.",
      en: "Not eligible for an award: {reason}.",
    },
    "tally.leaders.vote": {
      vi: "bầu bằng phiếu kín (Trưởng khối năm {year}: {head}; Phó khối: {deputy}).",
      en: "secret ballot (head for {year}: {head}; deputy: {deputy}).",
    },
    "tally.warning.flag-not-top-scorer": {
      vi: "Đơn vị được đề nghị Cờ thi đua, {name} ({total} điểm, hạng {rank}), không phải đơn vị dẫn đầu khối: {topName} ({topTotal} điểm).",
      en: "The flag nominee, {name} ({total} points, rank {rank}), is not the bloc's top scorer: {topName} ({topTotal} points).",
    },
  },
}));

/** Golden files of tests/golden/minutes (tests/golden.ts). */
function golden(name: string, actual: string): void {
  expectGolden("minutes", name, actual);
}

// --- the 2019 seed case ------------------------------------------------------

const MEMBERS: Agency[] = [
  ["STP", "Sở Tư pháp", "Tư pháp"],
  ["TTT", "Thanh tra tỉnh", "Thanh tra"],
  ["BNCTU", "Ban Nội chính Tỉnh ủy", "Ban Nội chính"],
  ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "Quân sự"],
  ["BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Biên phòng"],
  ["CAT", "Công an tỉnh", "Công an"],
  ["TAND", "Tòa án nhân dân tỉnh", "Tòa án"],
  ["VKSND", "Viện kiểm sát nhân dân tỉnh", "Viện kiểm sát"],
  ["CTHADS", "Cục Thi hành án dân sự tỉnh", "Thi hành án"],
  ["TGSC", "Trại giam Sông Cái", "Trại giam Sông Cái"],
].map(([code = "", name = "", shortName = ""], index) => ({
  code,
  name,
  shortName,
  order: index + 1,
}));

const NAMES = new Map(MEMBERS.map((agency) => [agency.code, agency.name]));

/** Invented scores; CAT and VKSND share rank 4 (equal totals share a rank). */
const TOTALS: AgencyTotal[] = (
  [
    ["STP", 96, 3, 0, 99, 1],
    ["TGSC", 94.5, 2, 0, 96.5, 2],
    ["CTHADS", 94, 1.5, 0, 95.5, 3],
    ["CAT", 94, 0.5, 0, 94.5, 4],
    ["VKSND", 93.5, 1, 0, 94.5, 4],
    ["TAND", 92.5, 1, 0, 93.5, 6],
    ["BCHQS", 92, 1, 0.5, 92.5, 7],
    ["BĐBP", 91.5, 0.5, 0, 92, 8],
    ["TTT", 91, 0.5, 0, 91.5, 9],
    ["BNCTU", 90, 0, 0, 90, 10],
  ] as const
).map(([agency, base, bonus, penalty, total, rank]) => ({
  agency,
  name: NAMES.get(agency) ?? agency,
  base,
  bonus,
  penalty,
  total,
  rank,
}));

const MEMBER_BASE = { base: "members", baseCount: 10, minVotes: 6, threshold: 50 } as const;

function reasonFor(result: CandidateResult, votes: number): Reason {
  switch (result) {
    case "elected":
    case "below-threshold":
      return {
        code: `tally.reason.${result}`,
        rule: "threshold.percent",
        value: "50",
        source: "Party rule 244-QĐ/TW Art. 32 (more than half)",
        params: { ...MEMBER_BASE, strict: "true", votes },
      };
    case "already-awarded":
      return { code: "tally.reason.flag-nominee", source: "Law 06/2022/QH15", params: {} };
    case "not-elected":
      return { code: "tally.reason.seats-filled", rule: "seats.certificate", value: "auto" };
    default:
      return { code: `tally.reason.${result}`, params: {} };
  }
}

function candidate(
  agency: string,
  votes: number,
  result: CandidateResult,
  reason: Reason = reasonFor(result, votes),
  baseCount = 10,
): CandidateTally {
  return {
    agency,
    name: NAMES.get(agency) ?? agency,
    votes,
    percent: Math.round((votes * 10000) / baseCount) / 100,
    score: TOTALS.find((total) => total.agency === agency)?.total ?? null,
    eligible: result !== "ineligible",
    result,
    reason,
  };
}

function race(
  name: RaceTally["race"],
  seats: number,
  ballots: [issued: number, returned: number, valid: number, invalid: number, blank: number],
  candidates: CandidateTally[],
  extra: Partial<RaceTally> = {},
): RaceTally {
  const [issued, returned, valid, invalid, blank] = ballots;
  return {
    race: name,
    round: 1,
    seats,
    ballots: { issued, returned, valid, invalid, blank },
    threshold: { base: "members", baseCount: 10, minVotes: 6, percent: 50, strict: true },
    candidates,
    elected: candidates.filter((entry) => entry.result === "elected").map((entry) => entry.agency),
    tie: null,
    invalidCauses: { overMarked: 0, nonMember: 0, duplicate: 0, notInRunOff: 0 },
    ...extra,
  };
}

function tally(races: RaceTally[], extra: Partial<TallyReport> = {}): TallyReport {
  const awarded = (name: string) => races.find((entry) => entry.race === name)?.elected ?? [];
  const head = awarded("head")[0] ?? null;
  const deputy = awarded("deputy")[0] ?? null;
  return {
    bloc: "NOICHINH",
    year: 2019,
    members: 10,
    present: 10,
    quorum: { required: 7, met: true },
    races,
    awards: { flag: awarded("flag"), certificate: awarded("certificate") },
    leaders: {
      year: 2020,
      head,
      deputy,
      mode: "vote",
      reason: {
        code: "tally.leaders.vote",
        rule: "leaders.mode",
        value: "vote",
        source: "provincial notice of 2018",
        params: { year: 2020, head: head ?? "—", deputy: deputy ?? "—" },
      },
    },
    warnings: [],
    ...extra,
  };
}

const SEED_TALLY = tally([
  race(
    "flag",
    1,
    [10, 10, 10, 0, 0],
    [candidate("STP", 9, "elected"), candidate("TGSC", 1, "below-threshold")],
  ),
  race(
    "certificate",
    2,
    [10, 10, 9, 1, 0],
    [
      candidate("TGSC", 8, "elected"),
      candidate("STP", 6, "already-awarded"),
      candidate("CTHADS", 3, "below-threshold"),
      candidate("CAT", 1, "below-threshold"),
    ],
    { invalidCauses: { overMarked: 1, nonMember: 0, duplicate: 0, notInRunOff: 0 } },
  ),
  race(
    "head",
    1,
    [10, 10, 10, 0, 0],
    [candidate("CTHADS", 8, "elected"), candidate("VKSND", 2, "below-threshold")],
  ),
  race(
    "deputy",
    1,
    [10, 10, 10, 0, 1],
    [candidate("VKSND", 7, "elected"), candidate("TAND", 2, "below-threshold")],
  ),
]);

const SEED: MinutesData = {
  bloc: { code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính", province: "Tỉnh Mẫu" },
  year: 2019,
  meeting: {
    date: "2019-12-20",
    start: "08:00",
    end: "11:30",
    place: "Sở Tư pháp",
    chair: "Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp, Trưởng khối",
    secretary: "Bà Trần Thị Thu Hà – Chánh Văn phòng Sở Tư pháp",
    countingBoard: [
      "Ông Lê Minh Tuấn – Phó Chánh Thanh tra tỉnh, Trưởng ban",
      "Bà Phạm Thị Lan – Phó Chánh án Tòa án nhân dân tỉnh",
      "Ông Đặng Quốc Bảo – Phó Cục trưởng Cục Thi hành án dân sự tỉnh",
    ],
    number: null,
    present: 10,
    absent: [],
  },
  members: MEMBERS,
  totals: TOTALS,
  missingSheets: [],
  currentLeaders: { head: "STP", deputy: "TTT" },
  tally: SEED_TALLY,
  disqualified: [],
};

// --- variants ------------------------------------------------------------------

/** The flag goes to the second scorer (a warning) and two agencies tie for the last certificate seat. */
const TIE: MinutesData = {
  ...SEED,
  tally: tally(
    [
      race(
        "flag",
        1,
        [10, 10, 10, 0, 0],
        [candidate("TGSC", 7, "elected"), candidate("STP", 3, "below-threshold")],
      ),
      race(
        "certificate",
        2,
        [10, 10, 10, 0, 0],
        [
          candidate("STP", 7, "elected"),
          candidate("CAT", 6, "tie", {
            code: "tally.reason.tie",
            params: { votes: 6, agencies: "CAT, VKSND", seatsOpen: 1 },
          }),
          candidate("VKSND", 6, "tie", {
            code: "tally.reason.tie",
            params: { votes: 6, agencies: "CAT, VKSND", seatsOpen: 1 },
          }),
          candidate("TGSC", 1, "already-awarded"),
        ],
        { tie: { agencies: ["CAT", "VKSND"], votes: 6, seatsOpen: 1 } },
      ),
      SEED_TALLY.races[2] as RaceTally,
      SEED_TALLY.races[3] as RaceTally,
    ],
    {
      warnings: [
        {
          code: "tally.warning.flag-not-top-scorer",
          params: {
            agency: "TGSC",
            name: "Trại giam Sông Cái",
            total: 96.5,
            rank: 2,
            top: "STP",
            topName: "Sở Tư pháp",
            topTotal: 99,
          },
        },
      ],
    },
  ),
};

/** The tie of TIE decided in a run-off (round 2 of the certificate race). */
const RUN_OFF: MinutesData = (() => {
  const base = TIE.tally as TallyReport;
  const first = base.races[1] as RaceTally;
  const second = race(
    "certificate",
    2,
    [10, 10, 9, 1, 0],
    [candidate("CAT", 7, "elected"), candidate("VKSND", 2, "below-threshold")],
    {
      round: 2,
      elected: ["STP", "CAT"],
      invalidCauses: { overMarked: 0, nonMember: 0, duplicate: 0, notInRunOff: 1 },
      previousRounds: [first],
    },
  );
  return {
    ...TIE,
    tally: {
      ...base,
      races: [base.races[0] as RaceTally, second, ...base.races.slice(2)],
      awards: { flag: ["TGSC"], certificate: ["STP", "CAT"] },
    },
  };
})();

/**
 * Seven of ten present, two absent named and one not; a number but no closing
 * time, no secretary, no counting board; TAND marked ineligible (its votes are
 * still shown); the head-elect passed over for deputy.
 */
const ABSENT: MinutesData = {
  ...SEED,
  meeting: {
    date: "2019-12-20",
    start: "14:00",
    end: null,
    place: "Hội trường Công an tỉnh, số 1 đường Trần Hưng Đạo",
    chair: "Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp, Trưởng khối",
    secretary: null,
    countingBoard: [],
    number: "05",
    present: 7,
    absent: ["BĐBP", "TGSC"],
  },
  disqualified: [{ agency: "TAND", reason: "đang xác minh nội dung đơn khiếu nại, tố cáo" }],
  tally: tally(
    [
      race(
        "flag",
        1,
        [7, 7, 7, 0, 0],
        [
          candidate("STP", 6, "elected"),
          candidate("TAND", 1, "ineligible", {
            code: "tally.reason.disqualified",
            params: { reason: "đang xác minh nội dung đơn khiếu nại, tố cáo" },
          }),
        ],
      ),
      race(
        "certificate",
        2,
        [7, 7, 6, 1, 0],
        [
          candidate("CTHADS", 6, "elected"),
          candidate("TAND", 3, "ineligible", {
            code: "tally.reason.disqualified",
            params: { reason: "đang xác minh nội dung đơn khiếu nại, tố cáo" },
          }),
          candidate("STP", 2, "already-awarded"),
          candidate("CAT", 1, "below-threshold"),
        ],
        { invalidCauses: { overMarked: 0, nonMember: 0, duplicate: 1, notInRunOff: 0 } },
      ),
      race(
        "head",
        1,
        [7, 7, 7, 0, 0],
        [candidate("CTHADS", 6, "elected"), candidate("VKSND", 1, "below-threshold")],
      ),
      race(
        "deputy",
        1,
        [7, 7, 7, 0, 0],
        [
          candidate("VKSND", 6, "elected"),
          candidate("CTHADS", 1, "already-awarded", {
            code: "tally.reason.next-head",
            params: { agency: "CTHADS", year: 2020 },
          }),
        ],
      ),
    ],
    { present: 7 },
  ),
};

/** Before the conference: two sheets missing, no meeting, no leaders recorded, no tally. */
const NO_MEETING: MinutesData = {
  ...SEED,
  meeting: null,
  totals: TOTALS.filter((total) => total.agency !== "BNCTU" && total.agency !== "TGSC").map(
    (total, index) => ({ ...total, rank: index === 3 ? 3 : index + 1 }),
  ),
  missingSheets: ["BNCTU", "TGSC"],
  currentLeaders: { head: null, deputy: null },
  tally: null,
};

const CASES: { name: string; data: MinutesData }[] = [
  { name: "seed-2019", data: SEED },
  { name: "tie-2019", data: TIE },
  { name: "run-off-2019", data: RUN_OFF },
  { name: "absent-2019", data: ABSENT },
  { name: "no-meeting-2019", data: NO_MEETING },
];

const GOLDENS: { file: string; data: MinutesData; format: "text" | "md"; lang: "vi" | "en" }[] = [
  { file: "seed-2019.vi.txt", data: SEED, format: "text", lang: "vi" },
  { file: "seed-2019.vi.md", data: SEED, format: "md", lang: "vi" },
  { file: "seed-2019.en.txt", data: SEED, format: "text", lang: "en" },
  { file: "seed-2019.en.md", data: SEED, format: "md", lang: "en" },
  { file: "tie-2019.vi.txt", data: TIE, format: "text", lang: "vi" },
  { file: "tie-2019.en.txt", data: TIE, format: "text", lang: "en" },
  { file: "run-off-2019.vi.txt", data: RUN_OFF, format: "text", lang: "vi" },
  { file: "absent-2019.vi.txt", data: ABSENT, format: "text", lang: "vi" },
  { file: "absent-2019.vi.md", data: ABSENT, format: "md", lang: "vi" },
  { file: "no-meeting-2019.vi.txt", data: NO_MEETING, format: "text", lang: "vi" },
  { file: "no-meeting-2019.en.txt", data: NO_MEETING, format: "text", lang: "en" },
];

describe("minutes golden files", () => {
  it.each(GOLDENS)("$file", ({ file, data, format, lang }) => {
    golden(file, renderMinutes(data, format, lang));
  });
});

// --- properties every output must have -------------------------------------------

const OUTPUTS = CASES.flatMap(({ name, data }) =>
  (["text", "md"] as const).flatMap((format) =>
    (["vi", "en"] as const).map((lang) => ({
      label: `${name} ${format} ${lang}`,
      data,
      format,
      lang,
    })),
  ),
);

describe("every rendering", () => {
  it.each(OUTPUTS)(
    "$label: lines fit 80 columns, no trailing spaces, NFC, one final newline",
    ({ data, format, lang }) => {
      const out = renderMinutes(data, format, lang);
      expect(out.endsWith("\n")).toBe(true);
      expect(out.endsWith("\n\n")).toBe(false);
      expect(out.normalize("NFC")).toBe(out);
      const lines = out.slice(0, -1).split("\n");
      const wide = lines.filter((line) => displayWidth(line) > 80);
      expect(wide).toEqual([]);
      const trailing = lines.filter((line) => /[ \t]$/.test(line));
      expect(trailing).toEqual([]);
      expect(out).not.toMatch(/\r|\t/);
    },
  );

  it.each(OUTPUTS)("$label: the same data gives the same bytes", ({ data, format, lang }) => {
    const copy = structuredClone(data);
    expect(renderMinutes(copy, format, lang)).toBe(renderMinutes(data, format, lang));
  });
});

/** The text with every run of spaces and line breaks made one space: wrapped phrases read whole. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("what the seed minutes say", () => {
  const vi = renderMinutes(SEED, "text", "vi");
  const en = renderMinutes(SEED, "text", "en");

  it("has the two-column header, number to fill, title and meeting name", () => {
    const lines = vi.split("\n");
    expect(lines[0]).toMatch(
      /^ +KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/,
    );
    expect(lines[1]).toMatch(/^ +-+ +Độc lập - Tự do - Hạnh phúc$/);
    expect(vi).toContain("Số: …/BB-NOICHINH");
    expect(vi).toMatch(/^ +BIÊN BẢN$/m);
    expect(vi).toContain("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019");
  });

  it("keeps the template's order of fields", () => {
    const order = [
      "Thời gian bắt đầu:",
      "Địa điểm:",
      "Thành phần tham dự:",
      "Chủ trì:",
      "Thư ký:",
      "Nội dung:",
    ];
    const positions = order.map((label) => vi.indexOf(label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(vi).toContain("Thời gian bắt đầu: 08 giờ 00, ngày 20/12/2019");
  });

  it("writes percentages Vietnamese-style with the base named", () => {
    expect(vi).toContain("90,00%");
    expect(vi).toContain("tổng số 10 đơn vị thành viên");
    expect(en).toContain("90.00%");
    expect(en).not.toContain("90,00%");
  });

  it("names the proposals and next year's leaders", () => {
    const text = flat(vi);
    expect(text).toContain(
      "suy tôn Sở Tư pháp đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua năm 2019",
    );
    expect(text).toContain("tặng Bằng khen năm 2019 cho Trại giam Sông Cái");
    expect(text).toContain("Cục Thi hành án dân sự tỉnh được bầu làm Trưởng khối năm 2020");
    expect(text).toContain("Viện kiểm sát nhân dân tỉnh được bầu làm Phó khối năm 2020");
  });

  it("closes, signs and addresses as template 1.9 does", () => {
    expect(vi).toContain("Hội nghị kết thúc vào 11 giờ 30, ngày 20 tháng 12 năm 2019/.");
    expect(vi).toMatch(/^ +THƯ KÝ +CHỦ TỌA$/m);
    expect(vi).toContain("Nơi nhận:");
    expect(vi).toContain("- Lưu: VT.");
    expect(vi).toContain("- Hội đồng Thi đua - Khen thưởng Tỉnh Mẫu;");
    expect(vi.indexOf("Nơi nhận:")).toBeGreaterThan(vi.indexOf("CHỦ TỌA"));
  });

  it("annexes one vote-count record per race", () => {
    expect(vi.match(/BIÊN BẢN KIỂM PHIẾU/g)).toHaveLength(4);
    expect(vi.match(/PHỤ LỤC \d/g)).toEqual(["PHỤ LỤC 1", "PHỤ LỤC 2", "PHỤ LỤC 3", "PHỤ LỤC 4"]);
    expect(vi.indexOf("PHỤ LỤC 1")).toBeGreaterThan(vi.indexOf("Nơi nhận:"));
  });

  it("counts every member present with no absentee", () => {
    expect(vi).toContain("có mặt đủ 10/10 đơn vị thành viên");
    expect(vi).not.toContain("vắng mặt)");
  });
});

describe("missing pieces are named, never invented", () => {
  it("says the meeting is not recorded, and no command (instructions go to stderr)", () => {
    const out = flat(renderMinutes(NO_MEETING, "text", "vi"));
    expect(out).toContain("Thời gian bắt đầu: (chưa ghi)");
    expect(out).not.toContain("tdkt ");
    expect(out).toContain("Chưa kiểm phiếu");
    expect(out).toContain("Hội nghị kết thúc vào … giờ …, ngày … tháng … năm …/.");
    expect(out).toContain("Chưa nộp bảng chấm điểm (2 đơn vị)");
    expect(out).not.toContain("BIÊN BẢN KIỂM PHIẾU");
  });

  it("names the tie and the run-off needed, between whom", () => {
    const out = flat(renderMinutes(TIE, "text", "vi"));
    expect(out).toContain("Công an tỉnh và Viện kiểm sát nhân dân tỉnh cùng 6 phiếu");
    expect(out).toContain("Cần bỏ phiếu lại (vòng 2)");
    expect(out).toContain("không phải đơn vị dẫn đầu khối");
  });

  it("shows a run-off's rounds in the order of proceedings", () => {
    const out = flat(renderMinutes(RUN_OFF, "text", "vi"));
    const first = out.indexOf("Bằng khen năm 2019 (vòng 1)");
    const second = out.indexOf("(bỏ phiếu lại, vòng 2)");
    const head = out.indexOf("Bầu đơn vị Trưởng khối năm 2020");
    expect(first).toBeGreaterThan(0);
    expect(head).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(head);
    expect(out.match(/BIÊN BẢN KIỂM PHIẾU/g)).toHaveLength(5);
    expect(out).not.toContain("Cần bỏ phiếu lại");
  });

  it("lists absent members and says how many are not named", () => {
    const out = flat(renderMinutes(ABSENT, "text", "vi"));
    expect(out).toContain("có mặt 7/10 đơn vị thành viên của Khối, vắng mặt 3 đơn vị:");
    expect(out).toContain("Bộ Chỉ huy Bộ đội Biên phòng tỉnh (vắng mặt)");
    expect(out).toContain("Trại giam Sông Cái (vắng mặt)");
    expect(out).toContain("1 đơn vị vắng mặt chưa được ghi tên.");
    expect(out).toContain("Số: 05/BB-NOICHINH");
    expect(out).toContain("(chưa ghi tên thành viên Ban kiểm phiếu)");
    expect(out).toContain("(giờ kết thúc chưa ghi)");
    expect(out).toContain("Tòa án nhân dân tỉnh: không thuộc diện xét khen thưởng năm 2019");
  });

  it("asks for another round when no agency qualifies as deputy", () => {
    const base = SEED.tally as TallyReport;
    const deputy = race(
      "deputy",
      1,
      [10, 10, 10, 0, 0],
      [candidate("VKSND", 5, "below-threshold"), candidate("TAND", 5, "below-threshold")],
    );
    const data: MinutesData = {
      ...SEED,
      tally: {
        ...base,
        races: [...base.races.slice(0, 3), deputy],
        leaders: { ...base.leaders, deputy: null },
      },
    };
    const out = flat(renderMinutes(data, "text", "vi"));
    expect(out).toContain("Phó khối năm 2020: chưa xác định.");
    expect(out).toContain(
      "Phó khối: không đơn vị nào đạt điều kiện được chọn; cần bầu lại (vòng 2)",
    );
    expect(out).toContain("Kết quả: không đơn vị nào đạt điều kiện được chọn.");
  });

  it("says when the quorum is not met, and decides nothing", () => {
    const base = ABSENT.tally as TallyReport;
    const data: MinutesData = {
      ...ABSENT,
      meeting: { ...(ABSENT.meeting as NonNullable<MinutesData["meeting"]>), present: 6 },
      tally: { ...base, present: 6, quorum: { required: 7, met: false } },
    };
    const out = flat(renderMinutes(data, "text", "vi"));
    expect(out).toContain("không đủ số lượng để biểu quyết (cần ít nhất 7 đơn vị)");
    expect(out).toContain("Kết quả: không quyết định");
  });
});

describe("layout of long names and Markdown data", () => {
  const LONG =
    "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực và cải cách tư pháp của Tỉnh ủy tỉnh Mẫu";
  const data: MinutesData = {
    ...SEED,
    members: MEMBERS.map((agency) =>
      agency.code === "STP" ? { ...agency, name: LONG, shortName: "BCĐ PCTN" } : agency,
    ),
    totals: TOTALS.map((total) => (total.agency === "STP" ? { ...total, name: LONG } : total)),
  };

  it("wraps a long agency name inside its table column, keeping every word", () => {
    const lines = renderMinutes(data, "text", "vi").split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const row = lines.findIndex((line) => /^ +1 {2}Ban Chỉ đạo/.test(line));
    expect(row).toBeGreaterThan(0);
    // The rule of dashes under the header gives each column's span.
    const rule = lines[row - 1] ?? "";
    const spans = [...rule.matchAll(/-+/g)].map((match) => [
      match.index,
      match.index + match[0].length,
    ]);
    const [start, end] = spans[1] ?? [0, 0];
    const next = lines.findIndex((line, index) => index > row && /^ +2 {2}/.test(line));
    const name = lines
      .slice(row, next)
      .map((line) => line.slice(start, end).trim())
      .join(" ");
    expect(name).toBe(LONG);
    expect(next - row).toBeGreaterThan(1);
  });

  it("abbreviates to the short name in a Markdown table that would not fit", () => {
    const out = renderMinutes(data, "md", "vi");
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^\| *1 \| BCĐ PCTN +\|/m);
  });

  it("escapes Markdown in data", () => {
    const tricky: MinutesData = {
      ...SEED,
      bloc: { ...SEED.bloc, name: "Khối *Nội chính* | A_B" },
    };
    const out = renderMinutes(tricky, "md", "vi");
    expect(out).toContain("KHỐI \\*NỘI CHÍNH\\* \\| A\\_B");
  });
});

describe("--format json", () => {
  it("is the data, keys in a fixed order, 2-space indent, one final newline", () => {
    const out = renderMinutes(SEED, "json", "vi");
    expect(out.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(out);
    expect(parsed.format).toBe("tdkt-minutes");
    expect(parsed.bloc).toEqual(SEED.bloc);
    expect(parsed.tally).toEqual(SEED.tally);
    expect(parsed.members).toEqual(SEED.members);
    expect(Object.keys(parsed).slice(0, 5)).toEqual([
      "format",
      "version",
      "bloc",
      "year",
      "meeting",
    ]);
    expect(out.split("\n")[1]).toBe('  "format": "tdkt-minutes",');
  });

  it("does not depend on the order the caller built its objects in, nor on the language", () => {
    const reversed = JSON.parse(
      JSON.stringify(SEED, (_key, value) =>
        value && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    );
    expect(renderMinutes(reversed, "json", "en")).toBe(renderMinutes(SEED, "json", "vi"));
  });

  it("normalises strings to NFC", () => {
    const decomposed: MinutesData = {
      ...SEED,
      bloc: { ...SEED.bloc, name: SEED.bloc.name.normalize("NFD") },
    };
    const out = renderMinutes(decomposed, "json", "vi");
    expect(out).toBe(out.normalize("NFC"));
    expect(JSON.parse(out).bloc.name).toBe(SEED.bloc.name);
  });
});

describe("a draft", () => {
  it("carries DỰ THẢO in every format, with its reasons as codes in JSON", () => {
    const draft = {
      ...NO_MEETING,
      draft: { reasons: ["no-meeting" as const, "no-count" as const] },
    };
    expect(renderMinutes(draft, "text", "vi").split("\n").slice(0, 12).join("\n")).toContain(
      "DỰ THẢO",
    );
    expect(renderMinutes(draft, "md", "vi")).toContain("**DỰ THẢO**");
    expect(renderMinutes(draft, "text", "en")).toContain("DRAFT");
    expect(JSON.parse(renderMinutes(draft, "json")).draft).toEqual({
      reasons: ["no-meeting", "no-count"],
    });
    expect(renderMinutes(NO_MEETING, "text", "vi")).not.toContain("DỰ THẢO");
  });
});

describe("the regulation's own names of the awards (label.RACE)", () => {
  const named: MinutesData = {
    ...SEED,
    tally: {
      ...SEED_TALLY,
      labels: { flag: "Cờ thi đua của Bộ Công an", certificate: "Bằng khen của Bộ trưởng" },
    },
  };

  it("titles, results and passed-over lines say the award as the regulation names it", () => {
    const text = flat(renderMinutes(named, "text", "vi"));
    expect(text).toContain("a) Suy tôn đơn vị đề nghị tặng Cờ thi đua của Bộ Công an năm 2019");
    expect(text).toContain(
      "Kết quả: suy tôn Sở Tư pháp đề nghị tặng Cờ thi đua của Bộ Công an năm 2019.",
    );
    expect(text).toContain("Bình xét đơn vị đề nghị tặng Bằng khen của Bộ trưởng năm 2019");
    expect(text).toContain("Bằng khen của Bộ trưởng: Sở Tư pháp");
    expect(text).not.toContain("Ủy ban nhân dân tỉnh tặng");
    // Without a label the national names stay.
    expect(flat(renderMinutes(SEED, "text", "vi"))).toContain(
      "Suy tôn đơn vị đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua năm 2019",
    );
  });
});
