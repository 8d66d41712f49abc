import { RULE_DEFINITIONS, type RuleKind } from "../../core/rules.js";
import type { Catalog, Params } from "../types.js";

/**
 * Messages of the bloc's regulation: what each key allows and means (for
 * `rules show`, `rules set` errors and `rules export` comments), the reasons
 * of the new races and modes, and `rules import` / `rules export`.
 */

const RACE_VI: Record<string, string> = {
  govflag: "Cờ thi đua của Chính phủ",
  flag: "Cờ thi đua của UBND tỉnh",
  certificate: "Bằng khen của Chủ tịch UBND tỉnh",
  head: "Trưởng khối",
  deputy: "Phó khối",
};
const RACE_EN: Record<string, string> = {
  govflag: "Government Emulation Flag",
  flag: "provincial Emulation Flag",
  certificate: "Certificate of Merit",
  head: "head of the bloc",
  deputy: "deputy of the bloc",
};

/** What values a kind of key allows. */
const ALLOWED: Record<RuleKind, { vi: string; en: string }> = {
  quorum: {
    vi: "một phân số n/d từ 0 đến 1 (2/3), hoặc phần trăm (66.67%)",
    en: "a fraction n/d between 0 and 1 (2/3), or a percent (66.67%)",
  },
  races: {
    vi: "các danh hiệu xét theo thứ tự, từ govflag (Cờ Chính phủ), flag (Cờ tỉnh), certificate (Bằng khen)",
    en: "award races in order, from govflag, flag, certificate",
  },
  label: {
    vi: "tên danh hiệu theo văn bản của tỉnh",
    en: "the award's name as the province writes it",
  },
  seats: {
    vi: 'N | P% (của số thành viên) | P% remaining (của số thành viên còn lại), có thể thêm ", min M"; làm tròn xuống; 0 = không xét',
    en: 'N | P% (of members) | P% remaining (of the members left), optionally ", min M"; rounded down; 0 = not held',
  },
  percent: {
    vi: "một số từ 0 đến 100, tối đa hai chữ số thập phân (50, 66.67)",
    en: "a number from 0 to 100, at most two decimals (50, 66.67)",
  },
  base: {
    vi: "members/thanhvien (tổng số thành viên) | present/comat (số có mặt) | returned/thuve (số phiếu thu về) | valid/hople (số phiếu hợp lệ)",
    en: "members | present | returned | valid",
  },
  strict: {
    vi: "true (trên tỷ lệ) | false (từ tỷ lệ trở lên)",
    en: "true (more than the percent) | false (at least the percent)",
  },
  order: {
    vi: "votes-first/phieutruoc (xét phiếu trước) | score-first/diemtruoc (xét điểm trước)",
    en: "votes-first | score-first",
  },
  mark: {
    vi: "tick/danhdau (đánh dấu tên chọn) | strike/gachten (gạch tên không chọn)",
    en: "tick | strike",
  },
  blank: { vi: "valid/hople (hợp lệ) | invalid/khonghople (không hợp lệ)", en: "valid | invalid" },
  mode: {
    vi: "vote/bau (bầu) | rotation/luanphien (luân phiên) | top-unit/dandau (đơn vị dẫn đầu) | appointed/chidinh (cấp trên chỉ định)",
    en: "vote | rotation | top-unit | appointed",
  },
  exclude: { vi: "true (có) | false (không)", en: "true | false" },
};

/** What a kind of key means, for `rules show` and the comments of `rules export`. */
const MEANING: Record<RuleKind, { vi: (race: string) => string; en: (race: string) => string }> = {
  quorum: {
    vi: () => "Số thành viên tối thiểu phải có mặt để hội nghị biểu quyết",
    en: () => "Share of the members that must be present for the conference to decide",
  },
  races: {
    vi: () =>
      "Các danh hiệu khối suy tôn, theo thứ tự xét; đơn vị đã được danh hiệu trước không xét danh hiệu sau",
    en: () =>
      "The award races, in the order decided; a winner of an earlier race is passed over later",
  },
  label: {
    vi: (race) => `Tên gọi của ${race} theo văn bản của tỉnh (để trống: tên chung)`,
    en: (race) => `The province's name of the ${race} (empty: the national name)`,
  },
  seats: {
    vi: (race) => `Số suất ${race}`,
    en: (race) => `Seats of the ${race}`,
  },
  percent: {
    vi: (race) => `Tỷ lệ phiếu cần đạt${race ? ` (${race})` : ""}`,
    en: (race) => `Share of votes needed${race ? ` (${race})` : ""}`,
  },
  base: {
    vi: (race) => `Tỷ lệ tính trên${race ? ` (${race})` : ""}`,
    en: (race) => `What the share is measured against${race ? ` (${race})` : ""}`,
  },
  strict: {
    vi: (race) => `Phải trên tỷ lệ (true) hay từ tỷ lệ trở lên (false)${race ? ` (${race})` : ""}`,
    en: (race) => `More than (true) or at least (false) the share${race ? ` (${race})` : ""}`,
  },
  order: {
    vi: () => "Thứ tự xét: số phiếu trước rồi đến điểm, hoặc điểm trước rồi đến số phiếu",
    en: () => "Order of decision: votes then score, or score then votes",
  },
  mark: {
    vi: () => "Cách đánh dấu phiếu: đánh dấu tên chọn, hoặc gạch tên không chọn",
    en: () => "How ballots are marked: tick the names chosen, or strike out the others",
  },
  blank: {
    vi: () => "Một nội dung để trống trên phiếu là hợp lệ hay không hợp lệ",
    en: () => "Whether a blank race on a ballot is valid or invalid",
  },
  mode: {
    vi: () => "Cách chọn Trưởng khối, Phó khối năm sau",
    en: () => "How next year's head and deputy are chosen",
  },
  exclude: {
    vi: () =>
      "Đơn vị không đủ điều kiện khen thưởng trong năm thì không làm Trưởng, Phó khối năm sau",
    en: () => "A unit not eligible for awards this year may not lead the bloc next year",
  },
};

const perKey: Catalog = {};
for (const definition of RULE_DEFINITIONS) {
  const race = definition.race ?? "";
  perKey[`rules.allowed.${definition.key}`] = ALLOWED[definition.kind];
  perKey[`rules.meaning.${definition.key}`] = {
    vi: MEANING[definition.kind].vi(RACE_VI[race] ?? ""),
    en: MEANING[definition.kind].en(RACE_EN[race] ?? ""),
  };
}

function raceVi(p: Params): string {
  return RACE_VI[String(p.race)] ?? String(p.race);
}
function raceEn(p: Params): string {
  return RACE_EN[String(p.race)] ?? String(p.race);
}

export const regulation = {
  ...perKey,
  "rules.race.name.govflag": { vi: RACE_VI.govflag as string, en: RACE_EN.govflag as string },
  "rules.race.name.flag": { vi: RACE_VI.flag as string, en: RACE_EN.flag as string },
  "rules.race.name.certificate": {
    vi: RACE_VI.certificate as string,
    en: RACE_EN.certificate as string,
  },
  "rules.race.name.head": { vi: RACE_VI.head as string, en: RACE_EN.head as string },
  "rules.race.name.deputy": { vi: RACE_VI.deputy as string, en: RACE_EN.deputy as string },
  "rules.races.title": {
    vi: "Các nội dung xét năm {year} ({members} thành viên)",
    en: "Races of {year} ({members} members)",
  },
  "rules.races.noYear": {
    vi: "Các nội dung xét (chưa chọn năm: số suất tính theo {members} thành viên)",
    en: "Races (no year given: seats for {members} members)",
  },
  "rules.col.race": { vi: "Nội dung", en: "Race" },
  "rules.col.label": { vi: "Tên gọi", en: "Name" },
  "rules.col.seats": { vi: "Số suất", en: "Seats" },
  "rules.col.threshold": { vi: "Ngưỡng", en: "Threshold" },
  "rules.col.meaning": { vi: "Ý nghĩa", en: "Meaning" },
  "rules.notHeld": { vi: "không xét", en: "not held" },
  "rules.threshold.text": {
    vi: (p: Params) =>
      `${p.strict === "true" ? "trên" : "từ"} ${p.percent}% ${
        {
          members: "tổng số thành viên",
          present: "số có mặt",
          returned: "số phiếu thu về",
          valid: "số phiếu hợp lệ",
        }[String(p.base)] ?? p.base
      }`,
    en: (p: Params) =>
      `${p.strict === "true" ? "more than" : "at least"} ${p.percent}% of ${
        {
          members: "members",
          present: "present",
          returned: "ballots returned",
          valid: "valid ballots",
        }[String(p.base)] ?? p.base
      }`,
  },

  "cli.ballots.mark": {
    vi: "cách đánh dấu phiếu: tick/danhdau (tên được chọn) hoặc strike/gachten (tên bị gạch); mặc định theo ballot.mark",
    en: "how the ballots were marked: tick (the names chosen) or strike (the names struck out); default ballot.mark",
  },
  "cli.rules.export": {
    vi: "xuất quy chế ra tệp YAML có chú thích",
    en: "write the regulation as a commented YAML file",
  },
  "cli.rules.export.output": { vi: "ghi vào tệp (.yaml)", en: "write to a file (.yaml)" },
  "cli.rules.export.force": { vi: "ghi đè tệp đã có", en: "overwrite an existing file" },
  "cli.rules.import": {
    vi: "nạp quy chế từ tệp YAML (khóa, giá trị tiếng Anh hoặc tiếng Việt)",
    en: "load the regulation from a YAML file (keys and values in English or Vietnamese)",
  },
  "cli.rules.import.year": { vi: "chỉ áp dụng cho năm này", en: "for this year only" },
  "cli.rules.import.from": {
    vi: "áp dụng từ năm này trở đi (mặc định: năm đầu tiên chưa kiểm phiếu)",
    en: "from this year on (default: the first year without a count)",
  },
  "ballots.enter.race.strike": {
    vi: (p: Params) =>
      `Phiếu ${p.ballot} – ${raceVi(p)}: chọn các tên BỊ GẠCH (gạch tên); các tên còn lại là phiếu bầu, tối đa ${p.seats}`,
    en: (p: Params) =>
      `Ballot ${p.ballot} – ${raceEn(p)}: choose the names STRUCK OUT; the names left are the votes, at most ${p.seats}`,
  },
  "cli.nominees": {
    vi: "danh sách đề cử của một nội dung bầu (phiếu ghi tên ngoài danh sách không hợp lệ ở nội dung đó)",
    en: "the shortlist of a race (a vote off it makes that race of the ballot invalid)",
  },
  "cli.nominees.clear": { vi: "xóa danh sách đề cử", en: "remove the shortlist" },
  "nominees.none": {
    vi: (p: Params) =>
      `${raceVi(p)} năm ${p.year}, vòng ${p.round}: không có danh sách đề cử (mọi thành viên).`,
    en: (p: Params) => `${raceEn(p)} ${p.year}, round ${p.round}: no shortlist (every member).`,
  },
  "nominees.list": {
    vi: (p: Params) => `${raceVi(p)} năm ${p.year}, vòng ${p.round}, danh sách đề cử: ${p.codes}`,
    en: (p: Params) => `${raceEn(p)} ${p.year}, round ${p.round}, shortlist: ${p.codes}`,
  },
  "tally.view.cause.blank": {
    vi: "{n} phiếu để trống (quy chế tính là không hợp lệ)",
    en: "{n} blank (invalid under the regulation)",
  },
  "tally.view.cause.notNominated": {
    vi: "{n} phiếu ghi đơn vị ngoài danh sách đề cử",
    en: "{n} naming an agency off the shortlist",
  },
  "minutes.race.cause.blank": {
    vi: "để trống, theo quy chế là không hợp lệ ({count})",
    en: "left blank, invalid under the regulation ({count})",
  },
  "minutes.race.cause.notNominated": {
    vi: "ghi đơn vị ngoài danh sách đề cử ({count})",
    en: "an agency off the shortlist named ({count})",
  },
  "cli.leaders.reference": {
    vi: "số, ngày của quyết định chỉ định (leaders.mode appointed)",
    en: "the reference of the appointing decision (leaders.mode appointed)",
  },
  // rules export / import
  "rules.export.header": {
    vi: "Quy chế hoạt động của khối {bloc}, xuất bởi tdkt rules export{from}. Sửa rồi nạp lại bằng tdkt rules import.",
    en: "Regulation of bloc {bloc}, written by tdkt rules export{from}. Edit, then load with tdkt rules import.",
  },
  "rules.export.done": { vi: "Đã ghi quy chế vào {file}", en: "Regulation written to {file}" },
  "rules.import.done": {
    vi: "Đã nạp {count} quy định từ {file} ({scope})",
    en: "{count} rules loaded from {file} ({scope})",
  },
  "rules.import.yaml": {
    vi: "tệp YAML không đọc được: {detail}",
    en: "the YAML file cannot be read: {detail}",
  },
  "rules.import.notMapping": {
    vi: "tệp quy chế phải là một bảng khóa: giá trị",
    en: "a regulation file must be a mapping of keys to values",
  },
  "rules.import.key": { vi: "không có quy định '{key}'", en: "no rule '{key}'" },
  "rules.import.value": {
    vi: "giá trị '{value}' không hợp lệ cho {key}; cho phép: {allowed}",
    en: "'{value}' is not a valid value for {key}; allowed: {allowed}",
  },
  "rules.import.twice": { vi: "quy định {key} được ghi hai lần", en: "rule {key} is given twice" },
  "rules.import.hint": {
    vi: "sửa tệp rồi chạy lại; không có quy định nào được nạp (xem tdkt rules show)",
    en: "fix the file and run again; no rule was loaded (see tdkt rules show)",
  },
  "rules.import.read": { vi: "không đọc được tệp {file}", en: "cannot read {file}" },

  // Reasons and warnings of the tally
  "tally.reason.earlier-award": {
    vi: (p: Params) =>
      `Đã được suy tôn ${raceVi(p)}; mỗi thành tích chỉ đề nghị một hình thức khen thưởng, nên suất này dành cho đơn vị kế tiếp.`,
    en: (p: Params) =>
      `Already chosen for the ${raceEn(p)}; one achievement gets one award, so this seat goes to the next candidate.`,
  },
  "tally.reason.elected-score-first": {
    vi: "Trúng cử theo thứ tự điểm ({score} điểm), đạt ngưỡng với {votes} phiếu ({percent}%).",
    en: "Elected in order of score ({score} points), passing the threshold with {votes} votes ({percent}%).",
  },
  "tally.reason.lost-score-first": {
    vi: "Đạt ngưỡng ({votes} phiếu) nhưng điểm ({score}) thấp hơn các đơn vị đã nhận đủ {seats} suất.",
    en: "Passed the threshold ({votes} votes) but scored lower ({score}) than those filling the {seats} seats.",
  },
  "tally.reason.leaders-by-mode": {
    vi: "Trưởng khối, Phó khối năm sau không xác định bằng phiếu bầu theo quy chế.",
    en: "Next year's head and deputy are not chosen by this vote under the regulation.",
  },
  "tally.race.leaders-by-mode": {
    vi: "Theo quy chế, phiếu được kiểm và công bố nhưng không quyết định Trưởng khối, Phó khối.",
    en: "Under the regulation the ballots are counted and shown but do not choose the leaders.",
  },
  "tally.warning.mode-decides": {
    vi: (p: Params) =>
      `Trưởng khối, Phó khối theo quy chế (${p.mode}): phiếu ${raceVi(p)} được kiểm nhưng không quyết định kết quả.`,
    en: (p: Params) =>
      `Leaders under the regulation (${p.mode}): the ${raceEn(p)} ballots are counted but decide nothing.`,
  },
  "tally.leaders.appointed": {
    vi: "Trưởng khối, Phó khối năm {year} do cấp trên chỉ định; ghi bằng tdkt leaders set.",
    en: "The head and deputy for {year} are appointed from above; record them with tdkt leaders set.",
  },
  "tally.leaders.top-unit": {
    vi: "Đơn vị dẫn đầu ({head}) làm Trưởng khối năm {year}, đơn vị kế tiếp ({deputy}) làm Phó khối.",
    en: "The leading unit ({head}) heads the bloc in {year}; the next ({deputy}) is deputy.",
  },
  "tally.leaders.top-unit-open": {
    vi: "Chưa xác định được đơn vị dẫn đầu: Trưởng khối {head}, Phó khối {deputy} (năm {year}).",
    en: "The leading unit is not yet decided: head {head}, deputy {deputy} ({year}).",
  },
  "tally.reason.barred-from-leading": {
    vi: "Không đủ điều kiện khen thưởng năm nay nên không làm Trưởng, Phó khối năm {year}.",
    en: "Not eligible for awards this year, so may not lead the bloc in {year}.",
  },
  "tally.warning.race-undecided": {
    vi: (p: Params) =>
      `${raceVi(p)} chưa xác định (bằng phiếu giữa ${p.agencies}): kết quả các danh hiệu sau có thể thay đổi sau khi bỏ phiếu lại.`,
    en: (p: Params) =>
      `The ${raceEn(p)} is undecided (tie among ${p.agencies}): later awards may change after the run-off.`,
  },
  "tally.warning.race-not-held": {
    vi: (p: Params) => `Có phiếu cho ${raceVi(p)} nhưng quy chế năm nay không xét nội dung này.`,
    en: (p: Params) =>
      `There are ballots for the ${raceEn(p)}, which the regulation does not hold this year.`,
  },
  "tally.leading-unit": {
    vi: "Đơn vị dẫn đầu khối: {agency}",
    en: "Unit leading the bloc: {agency}",
  },
} satisfies Catalog;
