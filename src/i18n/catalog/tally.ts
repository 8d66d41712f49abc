import type { Catalog, Lang, Params } from "../types.js";

/**
 * Messages of the tally area. Keys are `tally.something`. Reason and warning
 * codes of the tally report are keys here; their params fill the messages.
 */

const RACE_NAMES = {
  vi: {
    govflag: "Cờ thi đua của Chính phủ",
    flag: "Cờ thi đua của UBND tỉnh",
    certificate: "Bằng khen của Chủ tịch UBND tỉnh",
    head: "Trưởng khối",
    deputy: "Phó khối",
  },
  en: {
    govflag: "Government Emulation Flag",
    flag: "Emulation Flag",
    certificate: "Certificate of Merit",
    head: "head of the bloc",
    deputy: "deputy of the bloc",
  },
} as const;

const BASE_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    members: "cơ quan, đơn vị thành viên",
    present: "cơ quan, đơn vị có mặt",
    returned: "phiếu thu về",
    valid: "phiếu hợp lệ",
  },
  en: {
    members: "member agencies",
    present: "agencies present",
    returned: "ballots returned",
    valid: "valid ballots",
  },
};

function raceName(lang: Lang, params: Params): string {
  const race = String(params.race ?? "");
  const names: Record<string, string> = RACE_NAMES[lang];
  return names[race] ?? race;
}

/** The race's name at the start of a sentence. */
function sentenceRaceName(lang: Lang, params: Params): string {
  const name = raceName(lang, params);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

function baseName(lang: Lang, params: Params): string {
  const base = String(params.base ?? "");
  return BASE_NAMES[lang][base] ?? base;
}

/** Percentages are printed with two decimals (domain.md), in the language's own notation. */
function percent(lang: Lang, value: string | number | undefined): string {
  const number = Number(value ?? 0);
  const format = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${format.format(number)}%`;
}

/** The threshold as a rule: "trên 50%" / "more than 50%", or "từ 50% trở lên" / "at least 50%". */
function rule(lang: Lang, params: Params): string {
  const strict = String(params.strict) !== "false";
  const value = `${String(params.threshold).replace(".", lang === "vi" ? "," : ".")}%`;
  if (lang === "vi") return strict ? `trên ${value}` : `từ ${value} trở lên`;
  return strict ? `more than ${value}` : `at least ${value}`;
}

function share(lang: Lang, params: Params): string {
  const votes = Number(params.votes ?? 0);
  const of = `${percent(lang, params.percent)} ${lang === "vi" ? "của" : "of"} ${params.baseCount} ${baseName(lang, params)}`;
  return lang === "vi"
    ? `${votes} phiếu (${of})`
    : `${votes} vote${votes === 1 ? "" : "s"} (${of})`;
}

/** A number as people read it: a decimal comma in Vietnamese, no grouping (years stay 2020). */
function num(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 3,
    useGrouping: false,
  }).format(value);
}

/** A message from `{name}` templates, its numbers written for the language. */
function msg(vi: string, en: string): { vi: (p: Params) => string; en: (p: Params) => string } {
  const fill =
    (lang: Lang, template: string) =>
    (params: Params): string =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === "number" ? num(lang, value) : value;
      });
  return { vi: fill("vi", vi), en: fill("en", en) };
}

export const tally = {
  // Names, for renderers.
  "tally.name.govflag": { vi: RACE_NAMES.vi.govflag, en: RACE_NAMES.en.govflag },
  "tally.name.flag": { vi: RACE_NAMES.vi.flag, en: RACE_NAMES.en.flag },
  "tally.name.certificate": {
    vi: RACE_NAMES.vi.certificate,
    en: RACE_NAMES.en.certificate,
  },
  "tally.name.head": { vi: RACE_NAMES.vi.head, en: RACE_NAMES.en.head },
  "tally.name.deputy": { vi: RACE_NAMES.vi.deputy, en: RACE_NAMES.en.deputy },
  "tally.base.members": { vi: "tổng số cơ quan, đơn vị thành viên", en: "all member agencies" },
  "tally.base.present": { vi: "số cơ quan, đơn vị có mặt", en: "agencies present" },
  "tally.base.valid": { vi: "số phiếu hợp lệ", en: "valid ballots" },
  "tally.result.elected": { vi: "Được chọn", en: "Elected" },
  "tally.result.not-elected": { vi: "Không được chọn", en: "Not elected" },
  "tally.result.below-threshold": { vi: "Không đủ tỷ lệ phiếu", en: "Below threshold" },
  "tally.result.tie": { vi: "Bằng phiếu, bỏ phiếu lại", en: "Tie: run-off" },
  "tally.result.ineligible": { vi: "Không đủ điều kiện", en: "Ineligible" },
  "tally.result.already-awarded": { vi: "Đã được chọn ở nội dung khác", en: "Already chosen" },

  // Reasons of candidate results.
  "tally.reason.elected": {
    vi: (p: Params) =>
      `Được chọn với ${share("vi", p)}, đạt tỷ lệ ${rule("vi", p)} theo quy định (cần ít nhất ${p.minVotes} phiếu).`,
    en: (p: Params) =>
      `Elected with ${share("en", p)}; the rule asks for ${rule("en", p)} (at least ${p.minVotes} votes).`,
  },
  "tally.reason.below-threshold": {
    vi: (p: Params) =>
      `${share("vi", p)}: chưa đạt tỷ lệ ${rule("vi", p)} theo quy định (cần ít nhất ${p.minVotes} phiếu).`,
    en: (p: Params) =>
      `${share("en", p)}: below the rule of ${rule("en", p)} (at least ${p.minVotes} votes).`,
  },
  "tally.reason.elected-on-score": msg(
    "Được chọn: bằng số phiếu ({votes}) với {other} nhưng tổng điểm cao hơn ({score} so với {otherScore}).",
    "Elected: equal votes ({votes}) with {other}, but a higher total score ({score} against {otherScore}).",
  ),
  "tally.reason.elected-on-penalty": msg(
    "Được chọn: bằng số phiếu ({votes}) và tổng điểm với {other} nhưng ít điểm trừ hơn ({penalty} so với {otherPenalty}).",
    "Elected: equal votes ({votes}) and total score with {other}, but fewer penalty points ({penalty} against {otherPenalty}).",
  ),
  "tally.reason.lost-on-score": msg(
    "Không được chọn: bằng số phiếu ({votes}) với {other} nhưng tổng điểm thấp hơn ({score} so với {otherScore}).",
    "Not elected: equal votes ({votes}) with {other}, but a lower total score ({score} against {otherScore}).",
  ),
  "tally.reason.lost-on-penalty": msg(
    "Không được chọn: bằng số phiếu ({votes}) và tổng điểm với {other} nhưng nhiều điểm trừ hơn ({penalty} so với {otherPenalty}).",
    "Not elected: equal votes ({votes}) and total score with {other}, but more penalty points ({penalty} against {otherPenalty}).",
  ),
  "tally.reason.seats-filled": msg(
    "Đạt tỷ lệ phiếu nhưng {seats} suất đã dành cho đơn vị xếp trên (nhiều phiếu hơn, hoặc bằng phiếu mà điểm cao hơn).",
    "Passed the threshold, but the {seats} seat(s) went to candidates ranked higher (more votes, or equal votes and a higher score).",
  ),
  "tally.reason.tie": msg(
    "Bằng số phiếu ({votes}), tổng điểm và điểm trừ giữa {agencies}: {seatsOpen} suất để trống, bỏ phiếu lại giữa các đơn vị này (không bốc thăm).",
    "Tied on votes ({votes}), total score and penalty points among {agencies}: {seatsOpen} seat(s) stay open for a run-off among them (no lots are drawn).",
  ),
  "tally.reason.disqualified": msg(
    "Không đủ điều kiện khen thưởng: {reason}. Số phiếu vẫn được kiểm và công bố.",
    "Not eligible for an award: {reason}. Its votes are still counted and shown.",
  ),
  "tally.reason.flag-nominee": {
    vi: "Đã được đề nghị tặng Cờ thi đua; mỗi thành tích chỉ đề nghị một hình thức khen thưởng, nên suất này dành cho đơn vị kế tiếp.",
    en: "Already the Emulation Flag nominee; one achievement gets one award, so this seat goes to the next candidate.",
  },
  "tally.reason.next-head": msg(
    "Đã được bầu làm Trưởng khối năm {year}; Trưởng khối và Phó khối là hai đơn vị khác nhau, nên suất Phó khối dành cho đơn vị kế tiếp.",
    "Already elected head of the bloc for {year}; the head and the deputy are different agencies, so the deputy seat goes to the next candidate.",
  ),
  "tally.reason.quorum-not-met": msg(
    "Chưa đủ số cơ quan, đơn vị dự họp ({present}/{members}, cần ít nhất {required} theo tỷ lệ {quorum}): không quyết định kết quả.",
    "Quorum not met ({present} of {members} present, at least {required} needed at {quorum}): nothing is decided.",
  ),
  "tally.reason.rotation": {
    vi: "Trưởng khối, Phó khối năm sau xác định theo luân phiên, không theo kết quả bỏ phiếu.",
    en: "Next year's head and deputy follow the rotation, not the vote.",
  },

  // The state of a race after a round.
  "tally.race.decided": msg(
    "Đã đủ {seats} suất: {elected}.",
    "All {seats} seat(s) filled: {elected}.",
  ),
  "tally.race.tie": msg(
    "{seatsOpen} suất để trống do bằng phiếu giữa {agencies} ({votes} phiếu): cần bỏ phiếu lại giữa các đơn vị này.",
    "{seatsOpen} seat(s) open after a tie among {agencies} ({votes} votes): a run-off among them is needed.",
  ),
  "tally.race.seats-open": {
    vi: (p: Params) =>
      p.elected
        ? `Đã chọn ${p.elected}; ${p.seatsOpen}/${p.seats} suất để trống vì không còn đơn vị nào khác được xét đạt tỷ lệ phiếu (cần ít nhất ${p.minVotes} phiếu).`
        : `Không có đơn vị được xét nào đạt tỷ lệ phiếu (cần ít nhất ${p.minVotes} phiếu): ${p.seatsOpen} suất để trống.`,
    en: (p: Params) =>
      p.elected
        ? `Chosen: ${p.elected}; ${p.seatsOpen} of ${p.seats} seat(s) stay open, as no other eligible candidate passed the threshold (at least ${p.minVotes} votes).`
        : `No eligible candidate passed the threshold (at least ${p.minVotes} votes): ${p.seatsOpen} seat(s) stay open.`,
  },
  "tally.race.quorum-not-met": msg(
    "Chưa đủ số cơ quan, đơn vị dự họp ({present}/{members}, cần ít nhất {required}): phiếu được kiểm và công bố nhưng không quyết định kết quả.",
    "Quorum not met ({present} of {members} present, at least {required} needed): the ballots are counted and shown but decide nothing.",
  ),
  "tally.race.rotation": {
    vi: "Trưởng khối, Phó khối theo luân phiên: phiếu được kiểm và công bố nhưng không quyết định kết quả.",
    en: "Leaders by rotation: the ballots are counted and shown but decide nothing.",
  },

  // Next year's leaders.
  "tally.leaders.vote": msg(
    "Bầu bằng phiếu kín: Trưởng khối năm {year} là {head}, Phó khối là {deputy}.",
    "Elected by secret ballot: {head} heads the bloc in {year}, {deputy} is deputy.",
  ),
  "tally.leaders.vote-open": msg(
    "Bầu bằng phiếu kín, năm {year}: Trưởng khối {head}, Phó khối {deputy}; vị trí chưa xác định (—) cần bỏ phiếu lại.",
    "Secret ballot for {year}: head {head}, deputy {deputy}; a place not yet decided (—) needs another round.",
  ),
  "tally.leaders.rotation": msg(
    "Luân phiên: Phó khối năm nay ({previousDeputy}) làm Trưởng khối; đơn vị kế tiếp theo thứ tự luân phiên ({deputy}) làm Phó khối.",
    "Rotation: this year's deputy ({previousDeputy}) becomes head; the next member in rotation order ({deputy}) becomes deputy.",
  ),
  "tally.leaders.rotation-no-deputy": {
    vi: "Luân phiên: chưa biết Phó khối năm nay nên chưa xác định được Trưởng khối, Phó khối năm sau (ghi nhận bằng `tdkt leaders set`).",
    en: "Rotation: this year's deputy is not known, so next year's head and deputy cannot be decided (record them with `tdkt leaders set`).",
  },
  "tally.leaders.rotation-not-member": msg(
    "Luân phiên: Phó khối năm nay ({agency}) không phải thành viên của khối trong năm nên chưa xác định được Trưởng khối, Phó khối năm sau.",
    "Rotation: this year's deputy ({agency}) is not a member this year, so next year's head and deputy cannot be decided.",
  ),
  "tally.leaders.quorum-not-met": msg(
    "Chưa đủ số cơ quan, đơn vị dự họp ({present}/{members}, cần ít nhất {required}): chưa xác định Trưởng khối, Phó khối năm sau.",
    "Quorum not met ({present} of {members} present, at least {required} needed): next year's head and deputy are not decided.",
  ),

  // Warnings.
  "tally.warning.quorum-not-met": msg(
    "Chỉ có {present}/{members} cơ quan, đơn vị dự họp, chưa đủ {required} theo tỷ lệ {quorum}: hội nghị chưa quyết định được kết quả.",
    "Only {present} of {members} agencies present, fewer than the {required} a quorum of {quorum} needs: nothing is decided.",
  ),
  "tally.warning.no-ballots": {
    vi: (p: Params) => `Chưa có phiếu cho nội dung ${raceName("vi", p)}.`,
    en: (p: Params) => `No ballots for the ${raceName("en", p)} race.`,
  },
  "tally.warning.round-ignored": {
    vi: (p: Params) =>
      `Phiếu vòng ${p.round} của nội dung ${raceName("vi", p)} không được kiểm: các suất đã đủ ở vòng trước.`,
    en: (p: Params) =>
      `Round ${p.round} of the ${raceName("en", p)} race is not counted: every seat was filled in an earlier round.`,
  },
  "tally.warning.flag-not-top-scorer": msg(
    "Đơn vị được đề nghị Cờ thi đua, {name} ({agency}, {total} điểm, hạng {rank}), không phải đơn vị dẫn đầu khối theo điểm: {topName} ({top}, {topTotal} điểm). Theo quy chế khối, Cờ thi đua xét tặng đơn vị dẫn đầu khối.",
    "The Emulation Flag nominee, {name} ({agency}, {total} points, rank {rank}), is not the bloc's top scorer: {topName} ({top}, {topTotal} points). Under the bloc's regulation the flag goes to the unit that leads the bloc.",
  ),
  "tally.warning.flag-no-score": msg(
    "Đơn vị được đề nghị Cờ thi đua ({agency}) chưa có bảng chấm điểm, nên chưa so được với đơn vị dẫn đầu khối theo quy chế khối.",
    "The Emulation Flag nominee ({agency}) has no score sheet, so it cannot be compared with the bloc's leader under the bloc's regulation.",
  ),
  "tally.warning.flag-undecided": msg(
    "Cờ thi đua chưa xác định (bằng phiếu giữa {agencies}): kết quả Bằng khen có thể thay đổi sau khi bỏ phiếu lại.",
    "The Emulation Flag is undecided (tie among {agencies}): the Certificate of Merit may change after the run-off.",
  ),
  "tally.warning.head-undecided": msg(
    "Trưởng khối chưa xác định (bằng phiếu giữa {agencies}): kết quả Phó khối có thể thay đổi sau khi bỏ phiếu lại.",
    "The head is undecided (tie among {agencies}): the deputy may change after the run-off.",
  ),
  "tally.warning.rotation-decides": {
    vi: (p: Params) =>
      `Trưởng khối, Phó khối theo luân phiên: phiếu bầu ${raceName("vi", p)} được kiểm và công bố nhưng không quyết định kết quả.`,
    en: (p: Params) =>
      `Leaders by rotation: the ballots for ${raceName("en", p)} are counted and shown but decide nothing.`,
  },

  // Errors.
  "tally.error.present": msg(
    "Số cơ quan, đơn vị có mặt ({present}) không hợp lệ: phải là số nguyên từ 0 đến số thành viên ({members}).",
    "The number of agencies present ({present}) is not valid: it must be a whole number from 0 to the number of members ({members}).",
  ),
  "tally.error.present.hint": {
    vi: "Ghi đúng số cơ quan, đơn vị có mặt: tdkt meeting NĂM --present N.",
    en: "Record the number of agencies present: tdkt meeting YEAR --present N.",
  },
  "tally.error.round-number": {
    vi: (p: Params) =>
      `Số vòng bỏ phiếu của nội dung ${raceName("vi", p)} không hợp lệ: ${p.round}.`,
    en: (p: Params) =>
      `The round number of the ${raceName("en", p)} race is not valid: ${p.round}.`,
  },
  "tally.error.round-missing": {
    vi: (p: Params) =>
      `Có phiếu vòng ${p.next} của nội dung ${raceName("vi", p)} nhưng chưa có phiếu vòng ${p.round}.`,
    en: (p: Params) =>
      `The ${raceName("en", p)} race has ballots for round ${p.next} but none for round ${p.round}.`,
  },
  "tally.error.round-twice": {
    vi: (p: Params) => `Vòng ${p.round} của nội dung ${raceName("vi", p)} xuất hiện hai lần.`,
    en: (p: Params) => `Round ${p.round} of the ${raceName("en", p)} race appears twice.`,
  },
  "tally.error.round.hint": msg(
    "Nhập phiếu của vòng {round}: tdkt ballots import NĂM TỆP --round {round}.",
    "Import the ballots of round {round}: tdkt ballots import YEAR FILE --round {round}.",
  ),
  "tally.error.over-returned": {
    vi: (p: Params) =>
      `Nội dung ${raceName("vi", p)}, vòng ${p.round}: số phiếu thu về (${p.returned}) nhiều hơn số phiếu phát ra (${p.issued}, bằng số cơ quan, đơn vị có mặt).`,
    en: (p: Params) =>
      `${sentenceRaceName("en", p)} race, round ${p.round}: more ballots returned (${p.returned}) than issued (${p.issued}, the agencies present).`,
  },
  "tally.error.over-returned.hint": msg(
    "Nhập lại đúng số phiếu (tdkt ballots import NĂM TỆP --round {round} --replace), hoặc ghi đúng số có mặt: tdkt meeting NĂM --present N.",
    "Import fewer ballots (tdkt ballots import YEAR FILE --round {round} --replace), or record the meeting's --present: tdkt meeting YEAR --present N.",
  ),
  "tally.error.ballot-twice": {
    vi: (p: Params) =>
      `Nội dung ${raceName("vi", p)}, vòng ${p.round}: phiếu ${p.ballot} được tính hai lần.`,
    en: (p: Params) =>
      `${sentenceRaceName("en", p)} race, round ${p.round}: ballot ${p.ballot} is counted twice.`,
  },
  "tally.warning.ballots-partial": msg(
    "{unverified} phiếu chưa được nhập lần hai để đối chiếu (tdkt ballots enter {year} --verify).",
    "{unverified} ballot(s) not yet entered a second time for verification (tdkt ballots enter {year} --verify).",
  ),
  "tally.warning.ballots-mismatch": msg(
    "{mismatched} phiếu có hai lần nhập khác nhau: kiểm tra lại phiếu giấy trước khi công bố.",
    "{mismatched} ballot(s) were entered differently the two times: check the paper ballots before announcing.",
  ),
  "tally.view.title": {
    vi: "Kết quả kiểm phiếu năm {year} – khối {bloc}",
    en: "Tally {year} – bloc {bloc}",
  },
  "tally.view.quorum": msg(
    "Thành viên {members}, có mặt {present}; số có mặt tối thiểu {required}: {met}",
    "Members {members}, present {present}; quorum {required}: {met}",
  ),
  "tally.view.quorum.met": { vi: "đủ", en: "met" },
  "tally.view.quorum.notMet": {
    vi: "KHÔNG ĐỦ – chưa quyết định được",
    en: "NOT MET – nothing can be decided",
  },
  "tally.view.noBallots": msg(
    "Chưa có phiếu bầu năm {year}: nhập bằng tdkt ballots import {year} TỆP hoặc tdkt ballots enter {year}.",
    "No ballots for {year} yet: import them with tdkt ballots import {year} FILE or tdkt ballots enter {year}.",
  ),
  "tally.view.race": msg(
    "{race} (vòng {round}) – {seats} suất",
    "{race} (round {round}) – {seats} seat(s)",
  ),
  "tally.view.ballots": msg(
    "Phiếu: phát ra {issued}, thu về {returned}, hợp lệ {valid}, không hợp lệ {invalid}, phiếu trắng {blank}",
    "Ballots: issued {issued}, returned {returned}, valid {valid}, invalid {invalid}, blank {blank}",
  ),
  "tally.view.invalidBecause": { vi: "Không hợp lệ vì:", en: "Invalid because:" },
  "tally.view.cause.overMarked": msg("{n} phiếu chọn quá số suất", "{n} over-marked"),
  "tally.view.cause.nonMember": msg(
    "{n} phiếu ghi đơn vị không phải thành viên",
    "{n} naming a non-member",
  ),
  "tally.view.cause.duplicate": msg("{n} phiếu ghi trùng một đơn vị", "{n} naming an agency twice"),
  "tally.view.cause.notInRunOff": msg(
    "{n} phiếu chọn đơn vị ngoài danh sách bầu lại",
    "{n} naming an agency outside the run-off",
  ),
  "tally.view.threshold": msg(
    "Ngưỡng: {comparison} {percent}% {base} ({baseCount}) = ít nhất {minVotes} phiếu",
    "Threshold: {comparison} {percent}% of {base} ({baseCount}) = at least {minVotes} votes",
  ),
  "tally.view.moreThan": { vi: "trên", en: "more than" },
  "tally.view.atLeast": { vi: "từ", en: "at least" },
  "tally.view.col.agency": { vi: "Đơn vị", en: "Agency" },
  "tally.view.col.votes": { vi: "Phiếu", en: "Votes" },
  "tally.view.col.percent": { vi: "Tỷ lệ", en: "Percent" },
  "tally.view.col.score": { vi: "Tổng điểm", en: "Score" },
  "tally.view.col.result": { vi: "Kết quả", en: "Result" },
  "tally.view.decisions": { vi: "KẾT QUẢ", en: "DECISIONS" },
  "tally.view.none": { vi: "(không có)", en: "(none)" },
  "tally.view.leaders": msg("Năm {year}", "{year}"),
  "tally.view.warnings": { vi: "CẢNH BÁO", en: "WARNINGS" },
  "tally.cmd.noBallots": msg(
    "năm {year} chưa có phiếu bầu nào: không có gì để kiểm; không có gì được ghi",
    "no ballots for {year}: nothing to count; nothing was written",
  ),
  "tally.cmd.noBallots.hint": msg(
    "kiểm tra lại năm; nhập phiếu bằng tdkt ballots import {year} TỆP hoặc tdkt ballots enter {year}",
    "check the year; import ballots with tdkt ballots import {year} FILE or tdkt ballots enter {year}",
  ),
} satisfies Catalog;
