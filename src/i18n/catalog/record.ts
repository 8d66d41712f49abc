import type { Catalog } from "../types.js";

/**
 * Messages of a year's record: counted years, amendments and the journal,
 * the counts of a year, double entry before a count, drafts, backup. Keys are
 * `record.something`.
 */
export const record = {
  "record.refused": {
    vi: "năm {year} đã kiểm phiếu (lần {count}, ngày {date}); lệnh này sẽ thay đổi dữ liệu của lần kiểm phiếu đó ({changes}). Chưa thay đổi gì.",
    en: "{year} has been counted (count {count}, {date}); this command would change what that count was made from ({changes}). Nothing was changed.",
  },
  "record.refused.leaders": {
    vi: "Trưởng khối, Phó khối năm {year} đã được bầu ở lần kiểm phiếu {count} của năm {countYear} (ngày {date}); lệnh này sẽ thay đổi kết quả đó ({changes}). Chưa thay đổi gì.",
    en: "the head and deputy of {year} were elected by count {count} of {countYear} ({date}); this command would change that result ({changes}). Nothing was changed.",
  },
  "record.refused.hint": {
    vi: 'Nếu thật sự cần sửa, chạy lại lệnh với --amend "lý do"; thay đổi sẽ được ghi vào nhật ký năm {year} (xem: tdkt history {year}).',
    en: 'If it must be corrected, run the command again with --amend "reason"; the change is written to the journal of {year} (see: tdkt history {year}).',
  },
  "record.more": { vi: "và {count} thay đổi khác", en: "and {count} more change(s)" },
  "record.amend.empty": {
    vi: "--amend cần một lý do",
    en: "--amend needs a reason",
  },
  "record.amend.empty.hint": {
    vi: 'Ví dụ: --amend "Sửa tên đơn vị theo Quyết định số 15/QĐ-UBND".',
    en: 'For example: --amend "Agency renamed by Decision 15/QĐ-UBND".',
  },
  "record.year.outside": {
    vi: "năm {year} nằm ngoài các năm của khối {bloc} (từ {first}; năm cuối có dữ liệu: {last})",
    en: "{year} is outside the years of bloc {bloc} (from {first}; last year with data: {last})",
  },
  "record.year.didYouMean": {
    vi: "Có phải ý bạn là năm {year}?",
    en: "Did you mean {year}?",
  },

  // tally
  "record.tally.mismatch": {
    vi: "hai lần nhập phiếu năm {year} khác nhau ở {count} phiếu; chưa kiểm phiếu, không lưu gì",
    en: "the two entries of the {year} ballots differ on {count} ballot(s); nothing was counted or stored",
  },
  "record.tally.mismatch.line": {
    vi: "phiếu {ballot}{round}, {race}: lần 1 {first}, lần 2 {second}",
    en: "ballot {ballot}{round}, {race}: entry 1 {first}, entry 2 {second}",
  },
  "record.tally.mismatch.extra": {
    vi: "phiếu {ballot}{round}: chỉ có ở lần nhập thứ hai",
    en: "ballot {ballot}{round}: only in the second entry",
  },
  "record.tally.mismatch.round": { vi: " (vòng {round})", en: " (round {round})" },
  "record.tally.mismatch.none": { vi: "(không có)", en: "(none)" },
  "record.tally.mismatch.blank": { vi: "(trắng)", en: "(blank)" },
  "record.tally.mismatch.hint": {
    vi: "Đối chiếu với phiếu giấy rồi sửa lần nhập sai (tdkt ballots enter {year} hoặc tdkt ballots import {year} … --replace), sau đó chạy lại tdkt tally {year}.",
    en: "Check the paper ballots, correct the wrong entry (tdkt ballots enter {year} or tdkt ballots import {year} … --replace), then run tdkt tally {year} again.",
  },
  "record.tally.unchanged": {
    vi: "Không có gì thay đổi kể từ lần kiểm phiếu {count} (ngày {date}); không lưu lần mới.",
    en: "Nothing changed since count {count} ({date}); no new count stored.",
  },
  "record.tally.stored": {
    vi: "Đã lưu lần kiểm phiếu {count} của năm {year}.",
    en: "Stored count {count} of {year}.",
  },
  "record.tally.provisional": {
    vi: "Kết quả tạm thời: {unverified} phiếu chưa được nhập lần hai để đối chiếu (tdkt ballots enter {year} --verify).",
    en: "Provisional result: {unverified} ballot(s) not yet entered a second time (tdkt ballots enter {year} --verify).",
  },
  "record.tally.decisionsChanged": {
    vi: "kết quả kiểm phiếu năm {year} khác với lần kiểm phiếu {count} đã công bố (ngày {date}): {changes}. Chưa lưu gì.",
    en: "the result of {year} differs from count {count} as announced ({date}): {changes}. Nothing was stored.",
  },
  "record.tally.decisionsChanged.hint": {
    vi: 'Nếu kết quả mới là đúng, chạy lại: tdkt tally {year} --amend "lý do"; lần kiểm phiếu cũ vẫn được giữ (tdkt history {year}).',
    en: 'If the new result is right, run again: tdkt tally {year} --amend "reason"; the earlier count is kept (tdkt history {year}).',
  },

  // history YEAR, verify
  "record.history.title": {
    vi: "Các lần kiểm phiếu năm {year}",
    en: "Counts of {year}",
  },
  "record.history.none": {
    vi: "năm {year} chưa có lần kiểm phiếu nào",
    en: "{year} has no count yet",
  },
  "record.history.none.hint": {
    vi: "Kiểm phiếu bằng: tdkt tally {year}",
    en: "Count the ballots with: tdkt tally {year}",
  },
  "record.history.count": {
    vi: "Lần {count} — {at}{provisional}{version}",
    en: "Count {count} — {at}{provisional}{version}",
  },
  "record.history.provisional": { vi: " (tạm thời)", en: " (provisional)" },
  "record.history.version": { vi: ", tdkt {version}", en: ", tdkt {version}" },
  "record.history.amend": {
    vi: "Lý do kiểm lại: {reason}",
    en: "Reason for counting again: {reason}",
  },
  "record.history.journal": { vi: "Nhật ký sửa đổi", en: "Journal of amendments" },
  "record.history.journal.none": {
    vi: "(không có sửa đổi nào sau khi kiểm phiếu)",
    en: "(no amendment after a count)",
  },
  "record.history.entry": {
    vi: "{at} — sau lần kiểm phiếu {count}: {command}",
    en: "{at} — after count {count}: {command}",
  },
  "record.history.entryLeaders": {
    vi: "{at} — lãnh đạo khối do lần kiểm phiếu năm trước bầu: {command}",
    en: "{at} — leaders elected by the previous year's count: {command}",
  },
  "record.history.reason": { vi: "Lý do: {reason}", en: "Reason: {reason}" },
  "record.verify.journal": {
    vi: "Sửa đổi sau lần kiểm phiếu {count}: {entries} (tdkt history {year})",
    en: "Amendments after count {count}: {entries} (tdkt history {year})",
  },
  "record.verify.count": {
    vi: "Lần kiểm phiếu {count} của năm {year}{provisional}",
    en: "Count {count} of {year}{provisional}",
  },

  // meeting
  "record.meeting.dateOutside": {
    vi: "ngày họp {date} không thuộc năm {year} hay quý I năm {next}",
    en: "meeting date {date} is neither in {year} nor in the first quarter of {next}",
  },
  "record.meeting.dateOutside.hint": {
    vi: "Hội nghị tổng kết năm {year} họp trong năm {year} hoặc đầu năm {next}; kiểm tra lại năm hoặc ngày.",
    en: "The {year} conference meets in {year} or early {next}; check the year or the date.",
  },
  "record.meeting.endBeforeStart": {
    vi: "giờ kết thúc {end} không sau giờ bắt đầu {start}",
    en: "end time {end} is not after start time {start}",
  },
  "record.meeting.endBeforeStart.hint": {
    vi: "Ghi giờ theo 24 giờ, ví dụ --start 08:00 --end 11:30.",
    en: "Use 24-hour times, for example --start 08:00 --end 11:30.",
  },

  // agencies import, ballots import
  "record.seats.changed": {
    vi: "Số thành viên từ {before} thành {after}: số suất {race} đổi từ {from} thành {to} (quy tắc seats.{race}; đổi bằng: tdkt rules set seats.{race} N --from {year}).",
    en: "Members go from {before} to {after}: seats of {race} change from {from} to {to} (rule seats.{race}; change it with: tdkt rules set seats.{race} N --from {year}).",
  },
  "record.overmark": {
    vi: "mọi phiếu đều đánh dấu nhiều hơn {seats} suất ở nội dung {race}: có lẽ số suất của năm {year} không đúng với phiếu đã phát",
    en: "every ballot marks more than the {seats} seat(s) of {race}: the number of seats for {year} is probably not what the ballots were printed with",
  },
  "record.overmark.hint": {
    vi: "Số suất theo quy tắc seats.{race} ({value}). Nếu quy chế cho nhiều hơn, đặt lại: tdkt rules set seats.{race} N --year {year}, rồi nhập lại phiếu.",
    en: "The seats come from rule seats.{race} ({value}). If the regulation allows more, set it: tdkt rules set seats.{race} N --year {year}, then import again.",
  },

  // rules set
  "record.rules.from": { vi: "từ năm {year}", en: "from {year}" },
  "rules.set.yearAndFrom": {
    vi: "--year và --from không dùng cùng nhau",
    en: "--year and --from cannot be used together",
  },
  "rules.set.yearAndFrom.hint": {
    vi: "--year YEAR đặt cho một năm; --from YEAR đặt từ năm đó trở đi.",
    en: "--year YEAR sets one year; --from YEAR sets that year and the later ones.",
  },

  // minutes
  "record.draft.mark": { vi: "DỰ THẢO", en: "DRAFT" },
  "record.draft.no-meeting": {
    vi: "Biên bản là dự thảo: chưa ghi hội nghị năm {year} (tdkt meeting {year} --date …).",
    en: "The minutes are a draft: the {year} meeting is not recorded (tdkt meeting {year} --date …).",
  },
  "record.draft.no-count": {
    vi: "Biên bản là dự thảo: năm {year} chưa kiểm phiếu (tdkt tally {year}).",
    en: "The minutes are a draft: {year} has not been counted (tdkt tally {year}).",
  },
  "record.draft.open-race": {
    vi: "Biên bản là dự thảo: còn nội dung bầu chưa quyết định, cần bỏ phiếu lại (tdkt ballots import {year} FILE --round N).",
    en: "The minutes are a draft: a race is still open and needs a run-off (tdkt ballots import {year} FILE --round N).",
  },
  "record.draft.unverified": {
    vi: "Biên bản là dự thảo: còn phiếu chưa được nhập lần hai để đối chiếu (tdkt ballots enter {year} --verify).",
    en: "The minutes are a draft: some ballots are not yet entered a second time (tdkt ballots enter {year} --verify).",
  },
  "record.draft.changed": {
    vi: "Biên bản là dự thảo: dữ liệu năm {year} đã thay đổi sau lần kiểm phiếu cuối (tdkt tally {year}, tdkt history {year}).",
    en: "The minutes are a draft: the {year} data changed after the latest count (tdkt tally {year}, tdkt history {year}).",
  },

  "record.minutes.meetingIncomplete": {
    vi: "Biên bản còn mục chưa ghi; ghi bằng: tdkt meeting {year} {options}",
    en: "The minutes have fields not recorded; record them with: tdkt meeting {year} {options}",
  },
  "record.minutes.noScores": {
    vi: "Chưa có bảng chấm điểm: tdkt import {year} TỆP…",
    en: "No score sheet yet: tdkt import {year} FILE…",
  },

  // backup
  "record.backup.exists": {
    vi: "tệp {file} đã có; không ghi đè",
    en: "{file} already exists; not overwritten",
  },
  "record.backup.exists.hint": {
    vi: "Chọn tên tệp khác, hoặc thêm --force để ghi đè.",
    en: "Choose another file name, or add --force to overwrite it.",
  },
  "record.backup.failed": {
    vi: "không sao lưu được vào {file}: {message}",
    en: "cannot back up into {file}: {message}",
  },
  "record.backup.failed.hint": {
    vi: "Kiểm tra thư mục đích có tồn tại, còn chỗ trống và được phép ghi.",
    en: "Check that the target folder exists, has free space and can be written.",
  },
  "record.backup.done": {
    vi: "Đã sao lưu cơ sở dữ liệu vào {file} ({pages} trang).",
    en: "Backed up the database into {file} ({pages} pages).",
  },
  "cli.backup": {
    vi: "sao lưu cơ sở dữ liệu vào một tệp (an toàn khi lệnh khác đang chạy)",
    en: "back up the database into a file (safe while other commands run)",
  },
  "cli.backup.force": { vi: "ghi đè tệp đã có", en: "overwrite an existing file" },
  "cli.option.amend": {
    vi: "sửa một năm đã kiểm phiếu, với lý do (ghi vào nhật ký)",
    en: "amend a counted year, giving the reason (written to the journal)",
  },
  "cli.rules.set.from": {
    vi: "áp dụng từ năm này trở đi (mặc định: năm đầu tiên chưa kiểm phiếu)",
    en: "apply from this year on (default: the first year without a count)",
  },
  "cli.history.year": {
    vi: "các lần kiểm phiếu và nhật ký sửa đổi của một năm",
    en: "the counts and the journal of one year",
  },
} satisfies Catalog;
