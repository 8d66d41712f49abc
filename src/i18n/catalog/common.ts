import type { Catalog } from "../types.js";

/** Messages of the command surface and the shared machinery. Keys are `cli.…` and `common.…`. */
export const common = {
  "cli.description": {
    vi: "Thi đua – Khen thưởng: chấm điểm, bỏ phiếu, suy tôn, bầu Trưởng/Phó khối và biên bản hội nghị tổng kết của khối thi đua.",
    en: "Emulation and commendation: scores, secret ballot, awards, next year's head and deputy, and the year-end conference minutes of an emulation bloc.",
  },
  "cli.examples": { vi: "Ví dụ:", en: "Examples:" },
  "cli.usage.hint": {
    vi: "xem cách dùng: tdkt --help, hoặc tdkt LỆNH --help",
    en: "see the usage: tdkt --help, or tdkt COMMAND --help",
  },
  "cli.option.version": { vi: "in phiên bản", en: "print the version" },
  "cli.option.help": { vi: "hiện hướng dẫn", en: "show help" },
  "cli.option.db": {
    vi: "tệp cơ sở dữ liệu (mặc định: $TDKT_DB, rồi ./tdkt.db)",
    en: "database file (default: $TDKT_DB, else ./tdkt.db)",
  },
  "cli.option.bloc": {
    vi: "mã khối thi đua (bỏ qua được khi CSDL chỉ có một khối)",
    en: "bloc code (may be left out when the database holds one bloc)",
  },
  "cli.option.json": {
    vi: "in đúng một tài liệu JSON ra stdout",
    en: "print exactly one JSON document on stdout",
  },
  "cli.option.lang": { vi: "ngôn ngữ: vi (mặc định) hoặc en", en: "language: vi (default) or en" },
  "cli.option.year": { vi: "năm", en: "year" },
  "cli.option.replace": {
    vi: "thay dữ liệu đã có bằng dữ liệu của tệp",
    en: "replace the data already stored with the file's",
  },
  "cli.option.dryRun": {
    vi: "chỉ kiểm tra và báo sẽ thay đổi gì, không ghi",
    en: "validate and report what would change, write nothing",
  },
  "cli.init": {
    vi: "tạo CSDL (nếu chưa có) và thêm một khối thi đua",
    en: "create the database if needed and add a bloc",
  },
  "cli.init.name": { vi: "tên khối thi đua", en: "the bloc's name" },
  "cli.init.province": { vi: "tên tỉnh", en: "the province" },
  "cli.init.interactive": {
    vi: "hỏi từng mục (trong cửa sổ dòng lệnh)",
    en: "asks for each value (on a terminal)",
  },
  "cli.agencies": { vi: "cơ quan, đơn vị thành viên", en: "member agencies" },
  "cli.agencies.import": {
    vi: "nhập danh sách thành viên của năm (và các năm sau, đến khi đổi)",
    en: "set the member agencies for the year (and later years, until changed)",
  },
  "cli.agencies.list": { vi: "liệt kê thành viên", en: "list the member agencies" },
  "cli.criteria": { vi: "bảng chấm điểm", en: "scoring table" },
  "cli.criteria.import": { vi: "nhập bảng chấm điểm của năm", en: "set the year's scoring table" },
  "cli.criteria.list": { vi: "in bảng chấm điểm của năm", en: "print the year's scoring table" },
  "cli.import": {
    vi: "nhập bảng tự chấm/khối chấm điểm của các đơn vị",
    en: "import agencies' score sheets",
  },
  "cli.import.agency": {
    vi: "đơn vị của mọi dòng (khi tệp không có cột đơn vị)",
    en: "the agency of every row (when the file has no agency column)",
  },
  "cli.scores": { vi: "xếp hạng theo tổng điểm", en: "ranking by total score" },
  "cli.ballots": { vi: "phiếu bầu kín", en: "secret ballots" },
  "cli.ballots.import": { vi: "nhập phiếu bầu từ tệp", en: "import ballots from a file" },
  "cli.ballots.enter": {
    vi: "nhập phiếu giấy từng phiếu một (trong cửa sổ dòng lệnh)",
    en: "enter paper ballots one at a time (on a terminal)",
  },
  "cli.ballots.round": { vi: "vòng bỏ phiếu (mặc định 1)", en: "voting round (default 1)" },
  "cli.ballots.race": {
    vi: "nội dung bầu của tệp dạng bảng: flag|certificate|head|deputy",
    en: "the race of a matrix-form file: flag|certificate|head|deputy",
  },
  "cli.ballots.keepNonMembers": {
    vi: "giữ lựa chọn ghi đơn vị không phải thành viên (phần bầu đó tính là không hợp lệ)",
    en: "keep a choice naming a non-member (that race of the ballot counts as invalid)",
  },
  "cli.ballots.verify": {
    vi: "nhập lần hai để đối chiếu (người nhập thứ hai)",
    en: "second entry for verification (a second clerk)",
  },
  "cli.meeting": {
    vi: "ghi (hoặc xem) thông tin hội nghị tổng kết",
    en: "record (or show) the year-end conference",
  },
  "cli.meeting.date": { vi: "ngày họp", en: "date of the meeting" },
  "cli.meeting.start": { vi: "giờ bắt đầu", en: "start time" },
  "cli.meeting.end": { vi: "giờ kết thúc", en: "end time" },
  "cli.meeting.place": { vi: "địa điểm", en: "place" },
  "cli.meeting.chair": { vi: "chủ trì (chủ tọa)", en: "chair" },
  "cli.meeting.secretary": { vi: "thư ký", en: "secretary" },
  "cli.meeting.present": {
    vi: "số đơn vị thành viên có mặt (= số phiếu phát ra; mặc định: tất cả)",
    en: "member agencies present (= ballots issued; default: all)",
  },
  "cli.meeting.absent": {
    vi: "mã các đơn vị vắng mặt, cách nhau bởi dấu phẩy",
    en: "codes of the absent agencies, comma-separated",
  },
  "cli.meeting.absentExample": { vi: "một đơn vị vắng mặt", en: "one agency absent" },
  "cli.meeting.showExample": { vi: "xem thông tin đã ghi", en: "show what is recorded" },
  "cli.meeting.countingBoard": {
    vi: "ban kiểm phiếu, các tên cách nhau bởi dấu chấm phẩy",
    en: "counting board, names separated by semicolons",
  },
  "cli.meeting.number": { vi: "số biên bản (Số: …/BB-…)", en: "document number of the minutes" },
  "cli.rules": {
    vi: "quy định của khối (ngưỡng, số suất, …)",
    en: "the bloc's rules (threshold, seats, …)",
  },
  "cli.rules.show": { vi: "xem các quy định đang áp dụng", en: "show the rules in force" },
  "cli.rules.set": { vi: "đặt một quy định", en: "set one rule" },
  "cli.rules.set.year": {
    vi: "chỉ cho năm này (mặc định: từ năm đầu tiên chưa kiểm phiếu trở đi)",
    en: "for this year only (default: from the first year without a count onward)",
  },
  "cli.disqualify": {
    vi: "đánh dấu đơn vị không đủ điều kiện khen thưởng trong năm",
    en: "mark an agency ineligible for awards that year",
  },
  "cli.disqualify.reason": { vi: "lý do (bắt buộc)", en: "the reason (required)" },
  "cli.disqualify.remove": { vi: "bỏ đánh dấu", en: "lift the mark" },
  "cli.leaders": { vi: "Trưởng khối, Phó khối", en: "head and deputy of the bloc" },
  "cli.leaders.show": {
    vi: "xem Trưởng khối, Phó khối của năm",
    en: "show the year's head and deputy",
  },
  "cli.leaders.set": {
    vi: "ghi Trưởng khối, Phó khối của năm (năm đầu, hoặc đính chính)",
    en: "record the year's head and deputy (a first year, or a correction)",
  },
  "cli.leaders.head": { vi: "mã đơn vị Trưởng khối", en: "code of the head agency" },
  "cli.leaders.deputy": { vi: "mã đơn vị Phó khối", en: "code of the deputy agency" },
  "cli.tally": {
    vi: "kiểm phiếu và quyết định: Cờ thi đua, Bằng khen, Trưởng/Phó khối năm sau",
    en: "count the ballots and decide: flag, certificates, next year's head and deputy",
  },
  "cli.minutes": { vi: "in biên bản hội nghị", en: "print the conference minutes" },
  "cli.minutes.format": {
    vi: "định dạng (mặc định text; json khi có --json)",
    en: "format (default text; json with --json)",
  },
  "cli.minutes.output": { vi: "ghi ra tệp", en: "write to a file" },
  "cli.minutes.force": { vi: "ghi đè tệp đã có", en: "overwrite an existing file" },
  "cli.history": {
    vi: "lịch sử các năm: Trưởng/Phó khối, Cờ, Bằng khen",
    en: "the years so far: heads, deputies, flags, certificates",
  },
  "cli.verify": {
    vi: "tính lại kết quả từ phiếu và điểm đã lưu, đối chiếu với kết quả đã công bố",
    en: "recompute the result from the stored ballots and scores and compare with what was reported",
  },
  "cli.demo": {
    vi: "chạy trọn năm 2019 của khối Nội chính trên CSDL tạm và in biên bản",
    en: "run the whole 2019 seed case in a throwaway database and print the minutes",
  },

  "common.internal": { vi: "lỗi nội bộ: {message}", en: "internal error: {message}" },
  "common.internal.hint": {
    vi: "chạy lại với TDKT_DEBUG=1 để xem chi tiết, và báo lỗi kèm chi tiết đó",
    en: "run again with TDKT_DEBUG=1 for details, and report the bug with them",
  },
  "common.year.invalid": {
    vi: "năm không hợp lệ: '{value}'",
    en: "not a year: '{value}'",
  },
  "common.year.hint": {
    vi: "viết năm bằng 4 chữ số, ví dụ 2019",
    en: "write the year in 4 digits, e.g. 2019",
  },
  "common.number.invalid": {
    vi: "{option} phải là số nguyên dương, không phải '{value}'",
    en: "{option} must be a positive whole number, not '{value}'",
  },
  "common.db.missing": {
    vi: "không có cơ sở dữ liệu {path}",
    en: "no database at {path}",
  },
  "common.db.missing.hint": {
    vi: "tạo bằng `tdkt init`, hoặc chỉ tệp khác bằng --db FILE hay biến TDKT_DB",
    en: "create one with `tdkt init`, or name another with --db FILE or TDKT_DB",
  },
  "common.db.directory": {
    vi: "{path} là một thư mục, không phải tệp cơ sở dữ liệu",
    en: "{path} is a folder, not a database file",
  },
  "common.db.newer": {
    vi: "{path} được tạo bởi phiên bản tdkt mới hơn (lược đồ {version}; bản này biết đến {known})",
    en: "{path} was made by a newer tdkt (schema {version}; this one knows up to {known})",
  },
  "common.db.newer.hint": {
    vi: "cập nhật tdkt lên bản mới hơn; tệp không bị thay đổi",
    en: "upgrade tdkt; the file was not changed",
  },
  "common.db.notDatabase": {
    vi: "{path} không phải cơ sở dữ liệu tdkt (SQLite) hoặc đã hỏng",
    en: "{path} is not a tdkt (SQLite) database, or it is damaged",
  },
  "common.db.notDatabase.hint": {
    vi: "kiểm tra --db / TDKT_DB; khôi phục từ bản sao lưu nếu tệp hỏng",
    en: "check --db / TDKT_DB; restore a backup if the file is damaged",
  },
  "common.db.busy": {
    vi: "cơ sở dữ liệu {path} đang bận (một lệnh khác đang ghi) sau {seconds} giây chờ",
    en: "the database {path} is busy (another command is writing) after waiting {seconds} s",
  },
  "common.db.busy.hint": {
    vi: "chạy lại khi lệnh kia xong (TDKT_BUSY_TIMEOUT đặt thời gian chờ, tính bằng ms); không có gì bị thay đổi",
    en: "run again when the other command is done (TDKT_BUSY_TIMEOUT sets the wait in ms); nothing was changed",
  },
  "common.db.readonly": {
    vi: "không ghi được vào {path} (tệp hoặc thư mục chỉ đọc)",
    en: "cannot write to {path} (the file or its folder is read-only)",
  },
  "common.db.readonly.hint": {
    vi: "cấp quyền ghi cho tệp và thư mục chứa nó, hoặc dùng --db với tệp khác",
    en: "make the file and its folder writable, or use --db with another file",
  },
  "common.db.io": {
    vi: "lỗi đọc/ghi đĩa với {path} ({code})",
    en: "disk error on {path} ({code})",
  },
  "common.db.io.hint": {
    vi: "kiểm tra dung lượng đĩa và quyền ghi; không có gì bị thay đổi",
    en: "check free disk space and permissions; nothing was changed",
  },
  "common.bloc.unknown": {
    vi: "không có khối '{code}' trong {path}",
    en: "no bloc '{code}' in {path}",
  },
  "common.bloc.known": { vi: "các khối đã có: {codes}", en: "blocs here: {codes}" },
  "common.bloc.none": { vi: "{path} chưa có khối thi đua nào", en: "{path} holds no bloc yet" },
  "common.bloc.none.hint": {
    vi: 'thêm bằng `tdkt init --bloc MÃ --name "Tên khối"`',
    en: 'add one with `tdkt init --bloc CODE --name "Bloc name"`',
  },
  "common.bloc.choose": {
    vi: "cơ sở dữ liệu có {count} khối: chọn một bằng --bloc MÃ",
    en: "the database holds {count} blocs: choose one with --bloc CODE",
  },
  "common.noPrompt": {
    vi: "thiếu {options} (không hỏi được vì đầu vào không phải cửa sổ dòng lệnh)",
    en: "missing {options} (cannot ask: standard input is not a terminal)",
  },
  "common.cancelled": { vi: "đã hủy; không có gì thay đổi", en: "cancelled; nothing changed" },
  "common.unchanged": { vi: "không có gì thay đổi", en: "nothing changed" },
} satisfies Catalog;
