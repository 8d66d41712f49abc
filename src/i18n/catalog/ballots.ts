import type { Catalog, Lang, Params, Text } from "../types.js";

/**
 * Messages of the ballots area (`tdkt ballots import`, `tdkt ballots enter`).
 * Keys are `ballots.something`. A `{race}` placeholder takes a race code
 * (`flag`…) and shows the race's name in the language.
 */

const RACE_LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    govflag: "Cờ thi đua Chính phủ",
    flag: "Cờ thi đua",
    certificate: "Bằng khen",
    head: "Trưởng khối",
    deputy: "Phó khối",
  },
  en: {
    govflag: "Government flag",
    flag: "flag",
    certificate: "certificate",
    head: "head",
    deputy: "deputy",
  },
};

/** A template whose `{race}` is shown as the race's name (a list `flag, head` too). */
function raced(lang: Lang, template: string): Text {
  return (params: Params) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      if (name !== "race" && name !== "races") return value;
      return value
        .split(/,\s*/)
        .map((race) => RACE_LABELS[lang][race] ?? race)
        .join(", ");
    });
}

function both(vi: string, en: string): { vi: Text; en: Text } {
  return { vi: raced("vi", vi), en: raced("en", en) };
}

export const ballots = {
  "ballots.raceName": both("{race}", "{race}"),
  "ballots.blank": { vi: "(phiếu trắng)", en: "(blank)" },

  // Reading a file
  "ballots.ballot.missing": { vi: "thiếu số phiếu", en: "the ballot number is missing" },
  "ballots.ballot.invalid": {
    vi: "số phiếu '{value}' không dùng được (tối đa 20 ký tự, không ký tự điều khiển)",
    en: "ballot number '{value}' cannot be used (at most 20 characters, no control characters)",
  },
  "ballots.ballot.reused": both(
    "số phiếu {ballot} dùng lại cho {race} sau các dòng của phiếu khác (lần đầu ở dòng {first}): một số phiếu ghi trên hai tờ phiếu?",
    "ballot number {ballot} reused for {race} after rows of other ballots (first at line {first}): one number on two paper ballots?",
  ),
  "ballots.ballot.blankAndMarked": both(
    "phiếu {ballot}, {race}: vừa để trống (dòng {blank}) vừa có lựa chọn (dòng {marked})",
    "ballot {ballot}, {race}: both left empty (line {blank}) and marked (line {marked})",
  ),
  "ballots.ballot.rowTwice": {
    vi: "số phiếu {ballot} đã có ở dòng {first}: mỗi phiếu một dòng",
    en: "ballot number {ballot} is already on line {first}: one row per ballot",
  },
  "ballots.race.missing": {
    vi: "thiếu nội dung bầu (flag, certificate, head, deputy)",
    en: "the race is missing (flag, certificate, head, deputy)",
  },
  "ballots.race.unknown": {
    vi: "nội dung bầu '{value}' không có; dùng một trong: {names}",
    en: "unknown race '{value}'; use one of: {names}",
  },
  "ballots.race.unknownNear": {
    vi: "nội dung bầu '{value}' không có; có phải '{near}'?",
    en: "unknown race '{value}'; did you mean '{near}'?",
  },
  "ballots.race.option.hint": {
    vi: "--race nhận: {names}",
    en: "--race takes: {names}",
  },
  "ballots.race.absent": both(
    "tệp không có dòng nào cho {race} (--race)",
    "the file has no row for {race} (--race)",
  ),
  "ballots.choice.unknown": {
    vi: "'{value}' không phải đơn vị thành viên (ghi mã hoặc tên đầy đủ; nếu phiếu giấy ghi đúng như vậy, thêm --keep-non-members: phần bầu đó của phiếu tính là không hợp lệ)",
    en: "'{value}' is not a member agency (write its code or full name; if the paper ballot really says so, add --keep-non-members: that race of the ballot then counts as invalid)",
  },
  "ballots.choice.unknownNear": {
    vi: "'{value}' không phải đơn vị thành viên; có phải {code} ({name})?",
    en: "'{value}' is not a member agency; did you mean {code} ({name})?",
  },
  "ballots.choice.ambiguous": {
    vi: "'{value}' chỉ nhiều đơn vị; ghi rõ mã: {codes}",
    en: "'{value}' names more than one agency; write the code: {codes}",
  },
  "ballots.matrix.noBallotColumn": {
    vi: "dạng bảng cần một cột số phiếu (ballot, phiếu hoặc số phiếu); dòng tiêu đề: {header}",
    en: "the matrix form needs a ballot-number column (ballot, phiếu or số phiếu); the header: {header}",
  },
  "ballots.matrix.columnTwice": {
    vi: "đơn vị {code} đã có ở cột {first}",
    en: "agency {code} already has column {first}",
  },
  "ballots.matrix.badMark": {
    vi: "ô '{value}' không phải dấu chọn: ghi x, X hoặc 1, hoặc để trống",
    en: "cell '{value}' is not a mark: write x, X or 1, or leave it empty",
  },
  "ballots.matrix.markWithoutAgency": {
    vi: "có dấu chọn ở cột không có tên đơn vị",
    en: "a mark in a column with no agency in the header",
  },
  "ballots.matrix.needsRace": {
    vi: "{file} ở dạng bảng (mỗi cột một đơn vị): cần --race để biết nội dung bầu",
    en: "{file} is in matrix form (one column per agency): --race must say which race it holds",
  },
  "ballots.matrix.needsRace.hint": {
    vi: "ví dụ: tdkt ballots import NĂM {file} --race flag (hoặc certificate, head, deputy); dạng dài cần cột ballot,race,choice",
    en: "e.g. tdkt ballots import YEAR {file} --race flag (or certificate, head, deputy); the long form needs columns ballot,race,choice",
  },
  "ballots.empty": { vi: "tệp không có phiếu nào", en: "the file holds no ballot" },
  "ballots.fix.hint": {
    vi: "sửa các dòng trên rồi nhập lại; chưa có phiếu nào được nhập",
    en: "fix the lines above and import again; no ballot was imported",
  },
  "ballots.moreProblems": {
    vi: "… và {count} lỗi khác",
    en: "… and {count} more problems",
  },

  // Importing
  "ballots.noMembers": {
    vi: "năm {year} chưa có danh sách đơn vị thành viên",
    en: "no member agencies are set for {year}",
  },
  "ballots.noMembers.hint": {
    vi: "nhập trước bằng tdkt agencies import {year} TỆP",
    en: "set them first with tdkt agencies import {year} FILE",
  },
  "ballots.overReturned": both(
    "{race}, vòng {round}: {returned} phiếu thu về nhiều hơn {issued} phiếu phát ra",
    "{race}, round {round}: {returned} ballots returned but only {issued} issued",
  ),
  "ballots.overReturned.hint": {
    vi: "số phiếu phát ra là số đơn vị có mặt (tdkt meeting {year} --present N); kiểm tra tệp hoặc số có mặt; không có gì được nhập",
    en: "ballots issued = agencies present (tdkt meeting {year} --present N); check the file or that number; nothing was imported",
  },
  "ballots.overReturned.hintNoMeeting": {
    vi: "chưa ghi hội nghị nên số phiếu phát ra là số thành viên ({members}); kiểm tra tệp; không có gì được nhập",
    en: "no meeting is recorded, so ballots issued = the {members} members; check the file; nothing was imported",
  },
  "ballots.roundGap": both(
    "vòng {round} cần phiếu vòng {previous} trước ({races})",
    "round {round} needs the ballots of round {previous} first ({races})",
  ),
  "ballots.roundGap.hint": {
    vi: "nhập phiếu các vòng theo thứ tự 1, 2, 3…; bỏ phiếu lại là vòng sau vòng có kết quả hòa",
    en: "import the rounds in order 1, 2, 3…; a run-off is the round after the one that tied",
  },
  "ballots.exists": both(
    "vòng {round} năm {year} đã có phiếu khác cho {races} ({count} phiếu)",
    "round {round} of {year} already has different ballots for {races} ({count} ballots)",
  ),
  "ballots.exists.hint": {
    vi: "thêm --replace để thay phiếu của các nội dung đó bằng phiếu trong tệp (các nội dung khác giữ nguyên); không có gì được nhập",
    en: "add --replace to replace the ballots of those races with the file's (other races stay); nothing was imported",
  },
  "ballots.verify.nothing": both(
    "vòng {round} chưa có phiếu nhập lần đầu ({races}) để đối chiếu",
    "round {round} has no first entry to verify ({races})",
  ),
  "ballots.verify.nothing.hint": {
    vi: "nhập phiếu lần đầu trước (tdkt ballots import hoặc tdkt ballots enter), rồi nhập lần hai với --verify",
    en: "enter the ballots first (tdkt ballots import or tdkt ballots enter), then a second time with --verify",
  },
  "ballots.done": {
    vi: "Đã nhập {count} phiếu, vòng {round} năm {year}, từ {file}.",
    en: "Imported {count} ballots, round {round} of {year}, from {file}.",
  },
  "ballots.doneVerify": {
    vi: "Đã nhập lần hai (đối chiếu) {count} phiếu, vòng {round} năm {year}, từ {file}.",
    en: "Imported the second (verification) entry of {count} ballots, round {round} of {year}, from {file}.",
  },
  "ballots.unchanged": {
    vi: "Không có gì thay đổi: phiếu vòng {round} năm {year} đã giống {file}.",
    en: "Nothing changed: the ballots of round {round} of {year} already match {file}.",
  },
  "ballots.raceLine.added": both(
    "  {race}: {count} phiếu ({blank} phiếu trắng)",
    "  {race}: {count} ballots ({blank} blank)",
  ),
  "ballots.raceLine.replaced": both(
    "  {race}: {count} phiếu ({blank} phiếu trắng), thay phiếu đã có",
    "  {race}: {count} ballots ({blank} blank), replacing those stored",
  ),
  "ballots.raceLine.same": both(
    "  {race}: {count} phiếu, không đổi",
    "  {race}: {count} ballots, unchanged",
  ),
  "ballots.skipped": {
    vi: "bỏ qua {count} dòng của nội dung khác (--race)",
    en: "{count} rows of other races left out (--race)",
  },
  "ballots.note.overMarked": both(
    "lưu ý: phiếu {ballot}, {race}: chọn {count} đơn vị cho {seats} suất; lưu đúng như ghi, khi kiểm phiếu tính là không hợp lệ",
    "note: ballot {ballot}, {race}: {count} agencies marked for {seats} seats; stored as marked, the tally counts it invalid",
  ),
  "ballots.note.duplicate": both(
    "lưu ý: phiếu {ballot}, {race}: một đơn vị được ghi hai lần; lưu đúng như ghi, khi kiểm phiếu tính là không hợp lệ",
    "note: ballot {ballot}, {race}: one agency named twice; stored as marked, the tally counts it invalid",
  ),

  // Verification (double entry)
  "ballots.verify.absent": { vi: "(không có)", en: "(none)" },
  "ballots.verify.raceDiff": both(
    "{race}: lần 1 {first}, lần 2 {second}",
    "{race}: first {first}, second {second}",
  ),
  "ballots.verify.mismatch": {
    vi: "Phiếu {ballot} nhập hai lần khác nhau: {races}",
    en: "Ballot {ballot} differs between the two entries: {races}",
  },
  "ballots.verify.extra": {
    vi: "Phiếu {ballot} có ở lần nhập thứ hai nhưng không có ở lần đầu",
    en: "Ballot {ballot} is in the second entry but not in the first",
  },
  "ballots.verify.unverified": {
    vi: "{count} phiếu chưa nhập lần hai: {list}",
    en: "{count} ballots not yet entered a second time: {list}",
  },
  "ballots.verify.allMatch": {
    vi: "Hai lần nhập khớp nhau ở mọi phiếu.",
    en: "The two entries match on every ballot.",
  },
  "ballots.verify.noMismatch": {
    vi: "Các phiếu đã nhập hai lần đều khớp.",
    en: "Every ballot entered twice matches.",
  },

  // Interactive entry
  "ballots.enter.noTty": {
    vi: "tdkt ballots enter cần chạy trong cửa sổ dòng lệnh (đầu vào không phải cửa sổ dòng lệnh)",
    en: "tdkt ballots enter needs a terminal (standard input is not one)",
  },
  "ballots.enter.noTty.hint": {
    vi: "để nhập từ tệp, dùng tdkt ballots import {year} TỆP",
    en: "to import from a file, use tdkt ballots import {year} FILE",
  },
  "ballots.enter.start": both(
    "Nhập phiếu năm {year}, vòng {round}: {issued} phiếu phát ra; nội dung: {races}.",
    "Entering the ballots of {year}, round {round}: {issued} issued; races: {races}.",
  ),
  "ballots.enter.startVerify": both(
    "Nhập lần hai để đối chiếu, năm {year}, vòng {round}: {issued} phiếu; nội dung: {races}.",
    "Second entry for verification, {year}, round {round}: {issued} ballots; races: {races}.",
  ),
  "ballots.enter.taken": {
    vi: "không lưu được phiếu {ballot}: số phiếu đã có, hoặc đã đủ {issued} phiếu (có người nhập cùng lúc?)",
    en: "cannot save ballot {ballot}: the number is taken, or all {issued} are entered (someone entering at the same time?)",
  },
  "ballots.enter.differs.hint": {
    vi: "xem lại tờ phiếu {ballot}; /sua {ballot} để nhập lại lần hai",
    en: "check paper ballot {ballot}; /fix {ballot} to type it again",
  },
  "ballots.enter.interrupted": {
    vi: "đã dừng: {count}/{issued} phiếu vòng {round} đã lưu; phiếu đang nhập dở không được lưu",
    en: "stopped: {count} of {issued} ballots of round {round} are saved; the ballot being typed was not",
  },
  "ballots.enter.interrupted.hint": {
    vi: "chạy lại tdkt ballots enter {year} để nhập tiếp",
    en: "run tdkt ballots enter {year} again to go on",
  },
  "ballots.enter.summary": {
    vi: "Vòng {round} năm {year}: đã nhập {count}/{issued} phiếu.",
    en: "Round {round} of {year}: {count} of {issued} ballots entered.",
  },
  "ballots.enter.summaryVerify": {
    vi: "Vòng {round} năm {year}: đã nhập lần hai {count}/{issued} phiếu.",
    en: "Round {round} of {year}: {count} of {issued} ballots entered a second time.",
  },
} satisfies Catalog;
