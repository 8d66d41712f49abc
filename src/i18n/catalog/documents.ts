import type { Catalog } from "../types.js";

/**
 * Messages of the documents the office files: writing `-o FILE`, the Word and
 * Excel forms, the vote-count record, the proposal letter, the paper ballots,
 * the bloc's parent body. Keys are `documents.something`, `bloc.something`
 * and `cli.…` for the options they add.
 */
export const documents = {
  "documents.output.exists": { vi: "tệp {file} đã có", en: "{file} already exists" },
  "documents.output.exists.hint": {
    vi: "thêm --force để ghi đè, hoặc chọn tên tệp khác",
    en: "add --force to overwrite it, or choose another file name",
  },
  "documents.output.failed": {
    vi: "không ghi được {file}: {message}",
    en: "could not write {file}: {message}",
  },
  "documents.output.failed.hint": {
    vi: "kiểm tra thư mục có tồn tại, có quyền ghi và còn chỗ trống; không có tệp dở dang nào được để lại",
    en: "check that the folder exists, is writable and has room; no partial file was left",
  },
  "documents.output.written": { vi: "Đã ghi {file}", en: "Written: {file}" },
  "documents.format.unknown": {
    vi: "định dạng '{format}' không dùng được cho {document}",
    en: "format '{format}' is not available for {document}",
  },
  "documents.format.unknown.hint": {
    vi: "dùng một trong: {formats} (theo đuôi tệp của -o, hoặc --format)",
    en: "use one of: {formats} (from the extension of -o, or --format)",
  },
  "documents.format.needsFile": {
    vi: "định dạng '{format}' là tệp nhị phân, không in ra màn hình được",
    en: "format '{format}' is a binary file and cannot be printed to the terminal",
  },
  "documents.format.needsFile.hint": {
    vi: "ghi ra tệp bằng -o, ví dụ: -o {example}",
    en: "write it to a file with -o, for example: -o {example}",
  },
  "documents.name.minutes": { vi: "biên bản hội nghị", en: "the minutes" },
  "documents.name.countRecord": { vi: "biên bản kiểm phiếu", en: "the vote-count record" },
  "documents.name.proposal": { vi: "tờ trình", en: "the proposal letter" },
  "documents.name.ballots": { vi: "phiếu bầu", en: "the ballots" },
  "documents.name.scores": { vi: "bảng điểm", en: "the score table" },
  // Symbols of the document kinds in "Số: …/BB-…" (Decree 30/2020/NĐ-CP, appendix III).
  "documents.minutes.numberSuffix": { vi: "BB", en: "BB" },
  "documents.countRecord.numberSuffix": { vi: "BB", en: "BB" },
  "documents.proposal.numberSuffix": { vi: "TTr", en: "TTr" },
  "documents.countRecord.closing": {
    vi: "Biên bản kiểm phiếu được lập xong ngay sau khi kiểm phiếu, Ban kiểm phiếu thống nhất và cùng ký tên dưới đây./.",
    en: "This record was drawn up right after the count; the counting board agrees with it and signs below.",
  },
  // The score table (tdkt scores -o).
  "documents.scores.title": {
    vi: "Bảng điểm thi đua năm {year} – {bloc}",
    en: "Emulation scores {year} – {bloc}",
  },
  "documents.scores.sheet.ranking": { vi: "Xếp hạng", en: "Ranking" },
  "documents.scores.sheet.detail": { vi: "Điểm chi tiết", en: "Points" },
  "documents.scores.sheet.criteria": { vi: "Tiêu chí", en: "Criteria" },
  "documents.scores.col.no": { vi: "TT", en: "No." },
  "documents.scores.col.self": { vi: "{code} tự chấm", en: "{code} self" },
  "documents.scores.col.checked": { vi: "{code} thẩm định", en: "{code} checked" },
  "documents.scores.col.title": { vi: "Tiêu chí", en: "Criterion" },
  "documents.scores.col.kind": { vi: "Loại", en: "Kind" },
  "documents.scores.col.max": { vi: "Điểm tối đa", en: "Maximum" },
  "documents.scores.maxima": { vi: "Điểm tối đa", en: "Maximum" },
  "documents.scores.kind.base": { vi: "cơ bản", en: "base" },
  "documents.scores.kind.bonus": { vi: "thưởng", en: "bonus" },
  "documents.scores.kind.penalty": { vi: "trừ", en: "penalty" },
  // The paper ballot (tdkt ballots print).
  "documents.ballot.title": { vi: "PHIẾU BẦU", en: "BALLOT" },
  "documents.ballot.subtitle": {
    vi: "Hội nghị tổng kết công tác thi đua, khen thưởng năm {year}",
    en: "Year-end conference on emulation and commendation work, {year}",
  },
  "documents.ballot.subtitleRound": {
    vi: "Hội nghị tổng kết công tác thi đua, khen thưởng năm {year} – bầu lại lần {round}",
    en: "Year-end conference on emulation and commendation work, {year} – run-off, round {round}",
  },
  "documents.ballot.howTo": {
    vi: "Cách ghi phiếu: đánh dấu X vào ô bên cạnh đơn vị được chọn. Ở mỗi mục, chọn quá số đơn vị được chọn thì mục đó không hợp lệ; không đánh dấu ô nào là phiếu trắng.",
    en: "Mark X in the box next to each agency you choose. In each race, more marks than seats spoil that race; no mark is a blank vote.",
  },
  "documents.ballot.seats": {
    vi: "(chọn không quá {seats} đơn vị)",
    en: "(choose at most {seats})",
  },
  "documents.ballot.mark": { vi: "Ô chọn", en: "Mark" },
  "documents.ballot.note": {
    vi: "Phiếu không ghi tên người bầu; không viết thêm vào phiếu.",
    en: "Do not write your name or anything else on the ballot.",
  },
  "documents.ballot.noRunOff": {
    vi: "năm {year} không có mục nào phải bầu lại ở vòng {round}",
    en: "no race of {year} goes to a run-off in round {round}",
  },
  "documents.ballot.noRunOff.hint": {
    vi: "xem kết quả kiểm phiếu bằng tdkt tally {year}; vòng bầu lại có khi có đơn vị bằng phiếu",
    en: "see the count with tdkt tally {year}; a run-off round exists when agencies tie",
  },
  "documents.ballot.noRaces": {
    vi: "năm {year} không có mục nào để bầu (số suất đều bằng 0)",
    en: "no race to vote on in {year} (every race has no seat)",
  },
  "cli.ballots.print": {
    vi: "in phiếu bầu, mỗi phiếu một trang",
    en: "print the paper ballots, one per page",
  },
  "cli.ballots.copies": {
    vi: "số phiếu in (mặc định: số đơn vị có mặt khi ghi tệp .docx, 1 khi in ra màn hình)",
    en: "how many ballots (default: those present for a Word file, 1 on the terminal)",
  },
  // The proposal letter (tdkt proposal), after Form 01 of Appendix I of the decree in force.
  "documents.and": { vi: " và ", en: " and " },
  "documents.proposal.title": { vi: "TỜ TRÌNH", en: "PROPOSAL" },
  "documents.proposal.subtitle": {
    vi: "Về việc đề nghị tặng {awards} năm {year}",
    en: "Proposal for the {awards}, {year}",
  },
  "documents.proposal.dateLine": {
    vi: "{place}, ngày … tháng … năm …",
    en: "{place}, … (date)",
  },
  "documents.proposal.award.flag": {
    vi: "Cờ thi đua của Ủy ban nhân dân tỉnh",
    en: "provincial Emulation Flag",
  },
  "documents.proposal.award.certificate": {
    vi: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    en: "provincial Chairman's Certificate of Merit",
  },
  "documents.proposal.to": {
    vi: "Kính gửi: Hội đồng Thi đua - Khen thưởng {province}.",
    en: "To: the Emulation and Commendation Council of {province}.",
  },
  "documents.proposal.toNoProvince": {
    vi: "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh.",
    en: "To: the provincial Emulation and Commendation Council.",
  },
  "documents.proposal.grounds.2003": {
    vi: "Căn cứ Luật Thi đua, Khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005 và năm 2013;\nCăn cứ Nghị định số 91/2017/NĐ-CP của Chính phủ;",
    en: "Under the Law on Emulation and Commendation 2003, amended in 2005 and 2013;\nUnder Decree 91/2017/NĐ-CP of the Government;",
  },
  "documents.proposal.grounds.2024": {
    vi: "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;\nCăn cứ Nghị định số 98/2023/NĐ-CP của Chính phủ;",
    en: "Under the Law on Emulation and Commendation 06/2022/QH15;\nUnder Decree 98/2023/NĐ-CP of the Government;",
  },
  "documents.proposal.grounds.2025": {
    vi: "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;\nCăn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;",
    en: "Under the Law on Emulation and Commendation 06/2022/QH15;\nUnder Decree 152/2025/NĐ-CP of 14/6/2025 of the Government;",
  },
  "documents.proposal.groundsMeeting": {
    vi: "Căn cứ kết quả chấm điểm, bình xét, suy tôn tại Hội nghị tổng kết công tác thi đua, khen thưởng năm {year} ngày {date},",
    en: "Following the scores and the vote of the {year} year-end conference of {date},",
  },
  "documents.proposal.groundsMeetingNoDate": {
    vi: "Căn cứ kết quả chấm điểm, bình xét, suy tôn tại Hội nghị tổng kết công tác thi đua, khen thưởng năm {year},",
    en: "Following the scores and the vote of the {year} year-end conference,",
  },
  "documents.proposal.request": {
    vi: "{bloc} kính đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh khen thưởng các tập thể sau:",
    en: "{bloc} asks the Council to consider and put the following collectives to the Provincial People's Committee and its Chairman for an award:",
  },
  "documents.proposal.notTallied": {
    vi: "(Chưa kiểm phiếu: danh sách đề nghị có sau khi kiểm phiếu.)",
    en: "(Ballots not counted yet: the list follows the count.)",
  },
  "documents.proposal.awardHeading": {
    vi: "{n}. {award}: {count} tập thể",
    en: "{n}. {award}: {count} collective(s)",
  },
  "documents.proposal.none": { vi: "Không có tập thể nào.", en: "None." },
  "documents.proposal.col.name": { vi: "Tên tập thể", en: "Collective" },
  "documents.proposal.col.score": { vi: "Tổng điểm", en: "Total score" },
  "documents.proposal.col.rank": { vi: "Xếp hạng", en: "Rank" },
  "documents.proposal.base": {
    vi: "Tỷ lệ phiếu tính trên tổng số {count} đơn vị.",
    en: "Percentages of {count} agencies.",
  },
  "documents.proposal.attached": { vi: "Hồ sơ kèm theo:", en: "Documents attached:" },
  "documents.proposal.attached.minutes": {
    vi: "Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm {year};",
    en: "the minutes of the {year} year-end conference;",
  },
  "documents.proposal.attached.countRecord": {
    vi: "Biên bản kiểm phiếu;",
    en: "the vote-count record;",
  },
  "documents.proposal.attached.scores": {
    vi: "Bảng tổng hợp kết quả chấm điểm thi đua năm {year};",
    en: "the {year} score table;",
  },
  "documents.proposal.attached.report": {
    vi: "Báo cáo thành tích của {name} (do đơn vị lập);",
    en: "the achievement report of {name} (drawn up by the agency);",
  },
  "documents.proposal.closing": {
    vi: "{bloc} kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, quyết định./.",
    en: "{bloc} submits this proposal to the Council for its decision.",
  },
  "documents.proposal.signTitle": { vi: "TRƯỞNG KHỐI", en: "HEAD OF THE BLOC" },
  "documents.proposal.recipients.above": { vi: "Như trên;", en: "as above;" },
  "cli.proposal": {
    vi: "in tờ trình đề nghị khen thưởng gửi Hội đồng Thi đua - Khen thưởng",
    en: "print the proposal letter to the Emulation and Commendation Council",
  },
  "documents.page": { vi: "Trang", en: "Page" },

  // tdkt bloc set
  "cli.bloc": { vi: "thông tin của khối", en: "the bloc's details" },
  "cli.bloc.set": {
    vi: "sửa thông tin của khối (cơ quan chủ quản in ở đầu văn bản)",
    en: "change the bloc's details (the parent body printed in documents' header)",
  },
  "cli.bloc.parent": {
    vi: 'cơ quan chủ quản in trên tên khối, ví dụ "UBND TỈNH …" ("" để bỏ)',
    en: 'the parent body printed above the bloc, e.g. "UBND TỈNH …" ("" removes it)',
  },
  "bloc.set.nothing": {
    vi: "không có gì để sửa",
    en: "nothing to change",
  },
  "bloc.set.nothing.hint": {
    vi: 'dùng --parent "UBND TỈNH …"',
    en: 'use --parent "UBND TỈNH …"',
  },
  "bloc.set.saved": {
    vi: "Đã lưu cơ quan chủ quản của khối {bloc}: {parent}",
    en: "Saved the parent body of bloc {bloc}: {parent}",
  },
  "bloc.set.none": { vi: "(không có)", en: "(none)" },

  // tdkt meeting: titles apart from names
  "cli.meeting.chairTitle": {
    vi: "chức vụ của chủ tọa (tên ghi ở --chair, không kèm Ông/Bà)",
    en: "the chair's title (the name goes in --chair, without Mr/Ms)",
  },
  "cli.meeting.secretaryTitle": {
    vi: "chức vụ của thư ký",
    en: "the secretary's title",
  },
  "cli.meeting.countingBoardTitles": {
    vi: "chức vụ của từng thành viên ban kiểm phiếu, cùng thứ tự, cách nhau bởi ;",
    en: "the title of each member of the counting board, same order, separated by ;",
  },
  "meeting.boardTitles.tooMany": {
    vi: "có {titles} chức vụ cho {names} thành viên ban kiểm phiếu",
    en: "{titles} titles for {names} members of the counting board",
  },
  "meeting.boardTitles.tooMany.hint": {
    vi: 'ghi chức vụ theo đúng thứ tự tên ở --counting-board, cách nhau bởi ; (ví dụ --counting-board "A; B" --counting-board-titles "Trưởng ban; Thành viên")',
    en: 'give the titles in the order of the names in --counting-board, separated by ; (e.g. --counting-board "A; B" --counting-board-titles "Head; Member")',
  },
  "cli.init.parent": {
    vi: 'cơ quan chủ quản in trên tên khối, ví dụ "UBND TỈNH …"',
    en: 'the parent body printed above the bloc, e.g. "UBND TỈNH …"',
  },
  "cli.document.output": {
    vi: "ghi ra tệp; định dạng theo đuôi tệp ({formats})",
    en: "write to a file; the format follows the extension ({formats})",
  },
  "cli.document.format": { vi: "định dạng ({formats})", en: "format ({formats})" },
  "cli.countRecord": {
    vi: "in biên bản kiểm phiếu để Ban kiểm phiếu ký",
    en: "print the vote-count record for the counting board to sign",
  },
  "cli.document.force": { vi: "ghi đè tệp đã có", en: "overwrite an existing file" },
} satisfies Catalog;
