import type { Catalog } from "../types.js";

/** Messages of the bloc's setup: init, agencies, criteria, meeting, rules, leaders, disqualify. */
export const setup = {
  "init.ask.code": { vi: "Mã khối thi đua (ví dụ NOICHINH):", en: "Bloc code (e.g. NOICHINH):" },
  "init.ask.name": { vi: "Tên khối thi đua:", en: "Bloc name:" },
  "init.ask.province": { vi: "Tỉnh (có thể bỏ trống):", en: "Province (may be left empty):" },
  "init.code.invalid": {
    vi: "mã khối '{code}' không hợp lệ: dùng chữ, số, '_', '-' hoặc '.', tối đa 32 ký tự",
    en: "bloc code '{code}' is not valid: use letters, digits, '_', '-' or '.', at most 32",
  },
  "init.name.empty": { vi: "tên khối không được để trống", en: "the bloc's name cannot be empty" },
  "init.usage.hint": {
    vi: 'ví dụ: tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính"',
    en: 'for example: tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính"',
  },
  "init.exists": {
    vi: "khối '{code}' đã có trong {path}",
    en: "bloc '{code}' already exists in {path}",
  },
  "init.exists.hint": {
    vi: "chọn mã khác, hoặc dùng khối đã có với --bloc",
    en: "choose another code, or use the existing bloc with --bloc",
  },
  "init.done": {
    vi: "Đã tạo khối {code} – {name} trong {path}",
    en: "Created bloc {code} – {name} in {path}",
  },
  "init.next": {
    vi: "Tiếp theo: tdkt agencies import NĂM TỆP (danh sách thành viên), rồi tdkt criteria import NĂM TỆP",
    en: "Next: tdkt agencies import YEAR FILE (the members), then tdkt criteria import YEAR FILE",
  },

  "agencies.code.missing": { vi: "thiếu mã đơn vị", en: "the agency code is missing" },
  "agencies.code.invalid": {
    vi: "mã đơn vị '{code}' không hợp lệ: dùng chữ, số, '_', '-' hoặc '.', không có dấu cách",
    en: "agency code '{code}' is not valid: use letters, digits, '_', '-' or '.', no spaces",
  },
  "agencies.code.duplicate": {
    vi: "mã đơn vị '{code}' lặp lại (đã có ở dòng {line})",
    en: "agency code '{code}' appears twice (first at line {line})",
  },
  "agencies.name.missing": { vi: "thiếu tên đơn vị", en: "the agency name is missing" },
  "agencies.order.invalid": {
    vi: "thứ tự '{value}' không phải số nguyên dương",
    en: "order '{value}' is not a positive whole number",
  },
  "agencies.order.duplicate": {
    vi: "thứ tự {order} lặp lại (đã có ở dòng {line})",
    en: "order {order} appears twice (first at line {line})",
  },
  "agencies.order.missing": {
    vi: "thiếu thứ tự (cột thứ tự phải điền cho mọi dòng)",
    en: "the order is missing (fill the order column on every row)",
  },
  "agencies.empty": { vi: "tệp không có đơn vị nào", en: "the file lists no agency" },
  "agencies.fix.hint": {
    vi: "sửa các dòng trên rồi nhập lại; chưa có gì được ghi",
    en: "fix the rows above and import again; nothing was written",
  },
  "agencies.exists": {
    vi: "năm {year} đã có danh sách {count} thành viên khác với tệp",
    en: "{year} already has a different list of {count} members",
  },
  "agencies.exists.hint": {
    vi: "thêm --replace để thay danh sách từ năm này",
    en: "add --replace to replace the list from this year on",
  },
  "agencies.done": {
    vi: "Đã nhập {count} đơn vị thành viên cho năm {year} và các năm sau (từ {file})",
    en: "Imported {count} member agencies for {year} and later years (from {file})",
  },
  "agencies.unchanged": {
    vi: "{file}: danh sách {count} thành viên năm {year} không đổi; không có gì thay đổi",
    en: "{file}: the {count} members of {year} are unchanged; nothing changed",
  },
  "agencies.none": { vi: "khối {bloc} chưa có thành viên", en: "bloc {bloc} has no members yet" },
  "agencies.noneForYear": {
    vi: "năm {year} chưa có thành viên",
    en: "no member agencies for {year}",
  },
  "agencies.none.hint": {
    vi: "nhập bằng tdkt agencies import NĂM TỆP",
    en: "import them with tdkt agencies import YEAR FILE",
  },
  "agencies.list.title": {
    vi: "{bloc} – thành viên năm {year} ({count} đơn vị)",
    en: "{bloc} – members in {year} ({count} agencies)",
  },
  "agencies.col.order": { vi: "TT", en: "#" },
  "agencies.col.code": { vi: "Mã", en: "Code" },
  "agencies.col.name": { vi: "Tên đơn vị", en: "Name" },
  "agencies.col.short": { vi: "Viết tắt", en: "Short name" },
  "agency.unknown": {
    vi: "{option}: '{value}' không phải đơn vị thành viên năm {year}",
    en: "{option}: '{value}' is not a member agency in {year}",
  },
  "agency.ambiguous": {
    vi: "{option}: '{value}' chỉ nhiều đơn vị",
    en: "{option}: '{value}' names more than one agency",
  },
  "agency.candidates": { vi: "ghi rõ mã: {codes}", en: "give the code: {codes}" },
  "agency.didYouMean": { vi: "có phải {code} ({name})?", en: "did you mean {code} ({name})?" },
  "agency.listHint": {
    vi: "xem danh sách bằng tdkt agencies list --year {year}",
    en: "see the list with tdkt agencies list --year {year}",
  },

  "criteria.code.missing": { vi: "thiếu mã tiêu chí", en: "the criterion code is missing" },
  "criteria.code.invalid": {
    vi: "mã tiêu chí '{code}' không hợp lệ (không dùng dấu cách)",
    en: "criterion code '{code}' is not valid (no spaces)",
  },
  "criteria.code.duplicate": {
    vi: "mã tiêu chí '{code}' lặp lại (đã có ở dòng {line})",
    en: "criterion code '{code}' appears twice (first at line {line})",
  },
  "criteria.title.missing": { vi: "thiếu tên tiêu chí", en: "the criterion title is missing" },
  "criteria.max.invalid": {
    vi: "điểm tối đa '{value}' không phải số không âm",
    en: "maximum points '{value}' is not a non-negative number",
  },
  "criteria.kind.invalid": {
    vi: "loại '{value}' không hợp lệ: dùng cơ bản | thưởng | trừ (base | bonus | penalty)",
    en: "kind '{value}' is not valid: use base | bonus | penalty (cơ bản | thưởng | trừ)",
  },
  "criteria.empty": { vi: "tệp không có tiêu chí nào", en: "the file lists no criterion" },
  "criteria.fix.hint": {
    vi: "sửa các dòng trên rồi nhập lại; chưa có gì được ghi",
    en: "fix the rows above and import again; nothing was written",
  },
  "criteria.exists": {
    vi: "năm {year} đã có bảng chấm điểm khác ({count} tiêu chí)",
    en: "{year} already has a different scoring table ({count} criteria)",
  },
  "criteria.exists.hint": {
    vi: "thêm --replace để thay bảng chấm điểm",
    en: "add --replace to replace the scoring table",
  },
  "criteria.scoresBeyond": {
    vi: "{count} điểm đã nhập không còn hợp với bảng mới (tiêu chí bị bỏ hoặc vượt điểm tối đa mới): {list}",
    en: "{count} stored scores would not fit the new table (criterion removed or over its new maximum): {list}",
  },
  "criteria.scoresBeyond.hint": {
    vi: "nhập lại các bảng điểm đó với --replace trước, hoặc giữ tiêu chí; chưa có gì được ghi",
    en: "re-import those score sheets with --replace first, or keep the criteria; nothing was written",
  },
  "criteria.done": {
    vi: "Đã nhập bảng chấm điểm năm {year}: {count} tiêu chí (cơ bản {base}, thưởng {bonus}, trừ {penalty}) từ {file}",
    en: "Imported the {year} scoring table: {count} criteria (base {base}, bonus {bonus}, penalty {penalty}) from {file}",
  },
  "criteria.unchanged": {
    vi: "{file}: bảng chấm điểm năm {year} ({count} tiêu chí) không đổi; không có gì thay đổi",
    en: "{file}: the {year} scoring table ({count} criteria) is unchanged; nothing changed",
  },
  "criteria.none": { vi: "năm {year} chưa có bảng chấm điểm", en: "no scoring table for {year}" },
  "criteria.none.hint": {
    vi: "nhập bằng tdkt criteria import {year} TỆP",
    en: "import one with tdkt criteria import {year} FILE",
  },
  "criteria.list.title": {
    vi: "Bảng chấm điểm năm {year} ({count} tiêu chí)",
    en: "Scoring table {year} ({count} criteria)",
  },
  "criteria.col.code": { vi: "Mã", en: "Code" },
  "criteria.col.title": { vi: "Tiêu chí", en: "Criterion" },
  "criteria.col.max": { vi: "Tối đa", en: "Max" },
  "criteria.col.kind": { vi: "Loại", en: "Kind" },
  "criteria.kind.base": { vi: "cơ bản", en: "base" },
  "criteria.kind.bonus": { vi: "thưởng", en: "bonus" },
  "criteria.kind.penalty": { vi: "trừ", en: "penalty" },

  "meeting.date.invalid": { vi: "ngày '{value}' không hợp lệ", en: "'{value}' is not a date" },
  "meeting.date.hint": {
    vi: "viết ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 20/12/2019",
    en: "write it as YYYY-MM-DD or dd/mm/yyyy, e.g. 2019-12-20",
  },
  "meeting.time.invalid": {
    vi: "{option}: giờ '{value}' không hợp lệ",
    en: "{option}: '{value}' is not a time",
  },
  "meeting.time.hint": {
    vi: "viết giờ dạng HH:MM, ví dụ 08:00",
    en: "write it as HH:MM, e.g. 08:00",
  },
  "meeting.noMembers": {
    vi: "năm {year} chưa có thành viên: không ghi được hội nghị",
    en: "no member agencies for {year}: cannot record the meeting",
  },
  "meeting.absent.unknown": {
    vi: "--absent: '{value}' không phải đơn vị thành viên năm {year}",
    en: "--absent: '{value}' is not a member agency in {year}",
  },
  "meeting.absent.hint": {
    vi: "ghi mã đơn vị, cách nhau bởi dấu phẩy: --absent TGSC,CAT",
    en: "give agency codes separated by commas: --absent TGSC,CAT",
  },
  "meeting.didYouMean": { vi: "có phải {code}?", en: "did you mean {code}?" },
  "meeting.present.tooMany": {
    vi: "số đơn vị có mặt ({present}) lớn hơn số thành viên ({members})",
    en: "agencies present ({present}) exceed the members ({members})",
  },
  "meeting.present.mismatch": {
    vi: "--present {present} không khớp với {members} thành viên trừ {absent} vắng mặt",
    en: "--present {present} does not match {members} members less {absent} absent",
  },
  "meeting.present.belowReturned": {
    vi: "số phiếu phát ra ({issued}) ít hơn số phiếu đã nhập ({returned})",
    en: "ballots issued ({issued}) would be fewer than ballots already imported ({returned})",
  },
  "meeting.present.belowReturned.hint": {
    vi: "kiểm tra lại số đơn vị có mặt, hoặc nhập lại phiếu với --replace",
    en: "check the number present, or re-import the ballots with --replace",
  },
  "meeting.saved": {
    vi: "Đã ghi hội nghị tổng kết năm {year}:",
    en: "Recorded the {year} conference:",
  },
  "meeting.title": { vi: "Hội nghị tổng kết năm {year}:", en: "The {year} conference:" },
  "meeting.none": { vi: "chưa ghi hội nghị năm {year}", en: "no conference recorded for {year}" },
  "meeting.none.hint": {
    vi: 'ghi bằng tdkt meeting {year} --date dd/mm/yyyy --place "…"',
    en: 'record it with tdkt meeting {year} --date YYYY-MM-DD --place "…"',
  },
  "meeting.field.date": { vi: "Ngày", en: "Date" },
  "meeting.field.time": { vi: "Thời gian", en: "Time" },
  "meeting.field.place": { vi: "Địa điểm", en: "Place" },
  "meeting.field.chair": { vi: "Chủ trì", en: "Chair" },
  "meeting.field.secretary": { vi: "Thư ký", en: "Secretary" },
  "meeting.field.present": { vi: "Có mặt", en: "Present" },
  "meeting.field.absent": { vi: "Vắng mặt", en: "Absent" },
  "meeting.field.countingBoard": { vi: "Ban kiểm phiếu", en: "Counting board" },
  "meeting.field.number": { vi: "Số biên bản", en: "Document number" },

  "rules.title": { vi: "Quy định của khối {bloc} ({year})", en: "Rules of bloc {bloc} ({year})" },
  "rules.allYears": { vi: "mọi năm", en: "every year" },
  "rules.col.key": { vi: "Khóa", en: "Key" },
  "rules.col.value": { vi: "Giá trị", en: "Value" },
  "rules.col.default": { vi: "Mặc định", en: "Default" },
  "rules.col.set": { vi: "Đặt cho", en: "Set for" },
  "rules.setFor.default": { vi: "(mặc định)", en: "(default)" },
  "rules.setFor.bloc": { vi: "mọi năm", en: "every year" },
  "rules.setFor.year": { vi: "năm {year}", en: "{year}" },
  "rules.key.unknown": { vi: "không có quy định '{key}'", en: "no rule '{key}'" },
  "rules.key.allowed": { vi: "các khóa: {keys}", en: "keys: {keys}" },
  "rules.value.invalid": {
    vi: "giá trị '{value}' không hợp lệ cho {key}",
    en: "'{value}' is not a valid value for {key}",
  },
  "rules.value.allowed": { vi: "cho phép: {allowed}", en: "allowed: {allowed}" },
  // What each rule key allows: src/i18n/catalog/regulation.ts.
  "rules.set.done": { vi: "{key} = {value} ({scope})", en: "{key} = {value} ({scope})" },

  "disqualify.reason.missing": { vi: "thiếu --reason", en: "missing --reason" },
  "disqualify.reason.hint": {
    vi: 'ghi lý do, ví dụ --reason "Đang thanh tra theo Quyết định số 12/QĐ-TTr" (Nghị định 98/2023/NĐ-CP Điều 4)',
    en: 'give the reason, e.g. --reason "Under inspection, Decision 12/QĐ-TTr" (Decree 98/2023/NĐ-CP Art. 4)',
  },
  "disqualify.done": {
    vi: "{name} ({code}) không đủ điều kiện khen thưởng năm {year}: {reason}",
    en: "{name} ({code}) is not eligible for awards in {year}: {reason}",
  },
  "disqualify.removed": {
    vi: "Đã bỏ đánh dấu: {name} ({code}) đủ điều kiện khen thưởng năm {year}",
    en: "Lifted: {name} ({code}) is eligible for awards in {year}",
  },
  "disqualify.notMarked": {
    vi: "{name} ({code}) không bị đánh dấu năm {year}; không có gì thay đổi",
    en: "{name} ({code}) was not marked for {year}; nothing changed",
  },
  "disqualify.retally": {
    vi: "năm {year} đã kiểm phiếu: chạy lại tdkt tally {year} để cập nhật kết quả",
    en: "{year} was already tallied: run tdkt tally {year} again to update the result",
  },

  "leaders.title": { vi: "{bloc} – năm {year}", en: "{bloc} – {year}" },
  "leaders.head": { vi: "Trưởng khối", en: "Head" },
  "leaders.deputy": { vi: "Phó khối", en: "Deputy" },
  "leaders.unknown": { vi: "(chưa xác định)", en: "(not known)" },
  "leaders.source.set": {
    vi: "(ghi bằng tdkt leaders set)",
    en: "(recorded with tdkt leaders set)",
  },
  "leaders.source.tally": {
    vi: "(theo kết quả kiểm phiếu năm {previous})",
    en: "(as the {previous} tally decided)",
  },
  "leaders.source.none": { vi: "(chưa có)", en: "(none recorded)" },
  "leaders.none.hint": {
    vi: "ghi bằng tdkt leaders set {year} --head MÃ --deputy MÃ",
    en: "record them with tdkt leaders set {year} --head CODE --deputy CODE",
  },
  "leaders.set.hint": {
    vi: "ví dụ: tdkt leaders set 2019 --head STP --deputy CTHADS",
    en: "for example: tdkt leaders set 2019 --head STP --deputy CTHADS",
  },
  "leaders.same": {
    vi: "{code} không thể vừa là Trưởng khối vừa là Phó khối",
    en: "{code} cannot be both head and deputy",
  },
  "leaders.same.hint": {
    vi: "Trưởng khối và Phó khối phải là hai đơn vị khác nhau",
    en: "the head and the deputy must be different agencies",
  },
  "leaders.set.done": {
    vi: "Năm {year}: Trưởng khối {head}, Phó khối {deputy}",
    en: "{year}: head {head}, deputy {deputy}",
  },
  "demo.start": {
    vi: "Chạy năm 2019 của khối Nội chính (dữ liệu mẫu) trên CSDL tạm trong {folder}…",
    en: "Running the 2019 Nội chính bloc (sample data) in a throwaway database in {folder}…",
  },
  "demo.done": {
    vi: "Xong. CSDL tạm đã được xóa; CSDL của bạn không bị động đến. Tự làm: xem README.md.",
    en: "Done. The throwaway database is deleted; yours was not touched. To do it yourself: see README.md.",
  },
  "demo.failed": { vi: "bản chạy thử thất bại: {message}", en: "the demo failed: {message}" },
  "verify.none": { vi: "năm {year} chưa được kiểm phiếu", en: "{year} has not been tallied" },
  "verify.none.hint": { vi: "chạy tdkt tally {year} trước", en: "run tdkt tally {year} first" },
  "verify.report-hash.ok": {
    vi: "Kết quả đã lưu khớp với mã băm của nó",
    en: "The stored result matches its hash",
  },
  "verify.report-hash.bad": {
    vi: "Kết quả đã lưu bị sửa sau khi kiểm phiếu (mã băm không khớp)",
    en: "The stored result was edited after the tally (its hash does not match)",
  },
  "verify.inputs.ok": {
    vi: "Phiếu, điểm, quy định và thành viên không đổi từ lần kiểm phiếu",
    en: "Ballots, scores, rules and members are unchanged since the tally",
  },
  "verify.inputs.bad": {
    vi: "Phiếu, điểm, quy định hoặc thành viên đã thay đổi sau lần kiểm phiếu",
    en: "Ballots, scores, rules or members changed after the tally",
  },
  "verify.decisions.ok": {
    vi: "Tính lại từ dữ liệu đã lưu cho đúng kết quả đã công bố",
    en: "Recomputing from the stored data gives the reported result",
  },
  "verify.decisions.bad": {
    vi: "Tính lại từ dữ liệu đã lưu cho kết quả khác với kết quả đã công bố",
    en: "Recomputing from the stored data gives a different result from the one reported",
  },
  "verify.countsDiffer": {
    vi: "các quyết định như cũ, nhưng số phiếu hoặc số liệu đã khác",
    en: "the decisions are the same, but vote counts or figures differ",
  },
  "verify.failed": {
    vi: "kết quả năm {year} (kiểm phiếu lúc {talliedAt}) không còn khớp với dữ liệu đã lưu",
    en: "the {year} result (tallied at {talliedAt}) no longer matches the stored data",
  },
  "verify.failed.hint": {
    vi: "tìm hiểu vì sao dữ liệu bị thay đổi; nếu thay đổi là đúng, kiểm phiếu lại: tdkt tally {year}",
    en: "find out why the data changed; if the change is right, tally again: tdkt tally {year}",
  },
  "verify.ok": {
    vi: "Năm {year}: kết quả kiểm phiếu lúc {talliedAt} được xác nhận.",
    en: "{year}: the result tallied at {talliedAt} is confirmed.",
  },
  "history.none": {
    vi: "khối {bloc} chưa có năm nào được kiểm phiếu",
    en: "bloc {bloc} has no tallied year yet",
  },
  "history.none.hint": {
    vi: "kiểm phiếu bằng tdkt tally NĂM",
    en: "tally a year with tdkt tally YEAR",
  },
  "history.title": { vi: "{bloc} – các năm", en: "{bloc} – the years" },
  "history.col.year": { vi: "Năm", en: "Year" },
  "history.col.flag": { vi: "Cờ thi đua", en: "Flag" },
  "history.col.certificate": { vi: "Bằng khen", en: "Certificate" },
  "history.col.agency": { vi: "Đơn vị", en: "Agency" },
  "history.next.set": {
    vi: "Năm {year}: Trưởng khối {head}, Phó khối {deputy} (ghi bằng tdkt leaders set)",
    en: "{year}: head {head}, deputy {deputy} (recorded with tdkt leaders set)",
  },
  "history.next": {
    vi: "Năm {year}: Trưởng khối {head}, Phó khối {deputy} (theo kết quả năm trước)",
    en: "{year}: head {head}, deputy {deputy} (as the year before decided)",
  },
  "history.counts": { vi: "Số lần của mỗi đơn vị", en: "Times for each agency" },
  "minutes.cmd.format": { vi: "định dạng '{format}' không có", en: "no format '{format}'" },
  "minutes.cmd.format.hint": {
    vi: "dùng --format text, md hoặc json",
    en: "use --format text, md or json",
  },
  "minutes.cmd.exists": { vi: "tệp {file} đã có", en: "{file} already exists" },
  "minutes.cmd.exists.hint": {
    vi: "thêm --force để ghi đè, hoặc chọn tên khác với -o",
    en: "add --force to overwrite it, or choose another name with -o",
  },
  "minutes.cmd.writeFailed": {
    vi: "không ghi được {file}: {message}",
    en: "cannot write {file}: {message}",
  },
  "minutes.cmd.writeFailed.hint": {
    vi: "kiểm tra thư mục có tồn tại và ghi được không, hoặc chọn tệp khác với -o",
    en: "check that the folder exists and is writable, or choose another file with -o",
  },
  "minutes.cmd.written": { vi: "Đã ghi biên bản vào {file}", en: "Minutes written to {file}" },
  "minutes.cmd.missing.members": {
    vi: "năm {year} chưa có thành viên: tdkt agencies import {year} TỆP",
    en: "no member agencies for {year}: tdkt agencies import {year} FILE",
  },
  "minutes.cmd.missing.meeting": {
    vi: 'chưa ghi hội nghị: tdkt meeting {year} --date dd/mm/yyyy --start HH:MM --place "…" --chair "…" --chair-title "…" --secretary "…" --secretary-title "…"',
    en: 'the conference is not recorded: tdkt meeting {year} --date YYYY-MM-DD --start HH:MM --place "…" --chair "…" --chair-title "…" --secretary "…" --secretary-title "…"',
  },
  "minutes.cmd.missing.tally": {
    vi: "chưa kiểm phiếu: tdkt tally {year}",
    en: "the ballots are not tallied: tdkt tally {year}",
  },
  "minutes.cmd.stale": {
    vi: "dữ liệu đã thay đổi sau lần kiểm phiếu: biên bản ghi kết quả đã công bố; chạy tdkt tally {year} nếu cần kiểm lại",
    en: "the data changed after the tally: the minutes show the announced result; run tdkt tally {year} to count again",
  },
  "common.noValue": { vi: "thiếu {options}", en: "missing {options}" },
} satisfies Catalog;
