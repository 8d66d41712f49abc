import type { Catalog, Params } from "../types.js";

/**
 * Messages of the minutes area. Keys are `minutes.something`. The Vietnamese
 * wording follows the minutes template of Decree 30/2020/NĐ-CP (appendix I,
 * template 1.9) and the usual wording of an emulation bloc's year-end
 * conference; the English renders the same document for readers who do not
 * read Vietnamese (agency names stay as they are).
 */

function count(params: Params, name: string): number {
  return Number(params[name] ?? 0);
}

/** "1 ballot" / "2 ballots". */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const minutes = {
  // Header and title (template 1.9).
  "minutes.header.nation": {
    vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    en: "SOCIALIST REPUBLIC OF VIET NAM",
  },
  "minutes.header.motto": {
    vi: "Độc lập - Tự do - Hạnh phúc",
    en: "Independence - Freedom - Happiness",
  },
  "minutes.header.number": { vi: "Số: {number}", en: "No.: {number}" },
  "minutes.title": { vi: "BIÊN BẢN", en: "MINUTES" },
  "minutes.meetingName": {
    vi: "Hội nghị tổng kết công tác thi đua, khen thưởng năm {year}",
    en: "Year-end conference on emulation and commendation work, {year}",
  },

  // The opening fields, in the template's order.
  "minutes.field.start": { vi: "Thời gian bắt đầu", en: "Start" },
  "minutes.field.place": { vi: "Địa điểm", en: "Place" },
  "minutes.field.attendance": { vi: "Thành phần tham dự", en: "Attendance" },
  "minutes.field.chair": { vi: "Chủ trì", en: "Chair" },
  "minutes.field.secretary": { vi: "Thư ký", en: "Secretary" },
  "minutes.field.content": { vi: "Nội dung", en: "Proceedings" },
  "minutes.time": { vi: "{hour} giờ {minute}, ngày {date}", en: "{hour}:{minute} on {date}" },
  "minutes.day": { vi: "ngày {date}", en: "{date}" },
  "minutes.notRecorded": {
    vi: "(chưa ghi)",
    en: "(not recorded)",
  },
  "minutes.notRecordedPlain": { vi: "(chưa ghi)", en: "(not recorded)" },
  "minutes.startNotRecorded": {
    vi: "(giờ bắt đầu chưa ghi)",
    en: "(start time not recorded)",
  },

  // Attendance.
  "minutes.attendance.summary": {
    vi: (p) =>
      count(p, "absent") === 0
        ? `có mặt đủ ${p.present}/${p.members} đơn vị thành viên của Khối:`
        : `có mặt ${p.present}/${p.members} đơn vị thành viên của Khối, vắng mặt ${p.absent} đơn vị:`,
    en: (p) =>
      count(p, "absent") === 0
        ? `all ${p.members} member agencies of the bloc present:`
        : `${p.present} of ${p.members} member agencies of the bloc present, ${p.absent} absent:`,
  },
  "minutes.attendance.notRecorded": {
    vi: "(số đơn vị có mặt chưa ghi); {members} đơn vị thành viên của Khối:",
    en: "(the number present is not recorded); the bloc's {members} member agencies:",
  },
  "minutes.attendance.absent": { vi: "{name} (vắng mặt)", en: "{name} (absent)" },
  "minutes.attendance.unnamed": {
    vi: "{count} đơn vị vắng mặt chưa được ghi tên.",
    en: (p) => `${plural(count(p, "count"), "absent agency is", "absent agencies are")} not named.`,
  },
  "minutes.attendance.mismatch": {
    vi: "(Số liệu chưa khớp: {present} đơn vị có mặt và {absent} đơn vị vắng mặt được ghi, trong khi Khối có {members} đơn vị thành viên.)",
    en: "(The figures do not agree: {present} present and {absent} absent recorded, while the bloc has {members} member agencies.)",
  },
  "minutes.attendance.noMembers": {
    vi: "(chưa có danh sách đơn vị thành viên)",
    en: "(no member list)",
  },
  "minutes.convened": {
    vi: "Đơn vị tổ chức Hội nghị: {head}, Trưởng khối năm {year}; {deputy}, Phó khối năm {year}.",
    en: "Convened by {head}, head agency of the bloc in {year}, with {deputy}, deputy agency in {year}.",
  },
  "minutes.convenedNone": {
    vi: "Đơn vị tổ chức Hội nghị (Trưởng khối, Phó khối năm {year}): (chưa ghi)",
    en: "Convened by the head and deputy agencies of {year}: (not recorded)",
  },
  "minutes.convenedMissing": {
    vi: "(chưa ghi)",
    en: "(not recorded)",
  },

  // Section 1: scores.
  "minutes.section.scores": {
    vi: "Kết quả chấm điểm thi đua năm {year}",
    en: "Emulation scores for {year}",
  },
  "minutes.scores.rank": { vi: "Hạng", en: "Rank" },
  "minutes.scores.agency": { vi: "Đơn vị", en: "Agency" },
  "minutes.scores.base": { vi: "Cơ bản", en: "Base" },
  "minutes.scores.bonus": { vi: "Thưởng", en: "Bonus" },
  "minutes.scores.penalty": { vi: "Trừ", en: "Penalty" },
  "minutes.scores.total": { vi: "Tổng", en: "Total" },
  "minutes.scores.rule": {
    vi: "Tổng điểm = điểm cơ bản + điểm thưởng − điểm trừ; bằng điểm thì đồng hạng.",
    en: "Total = base points + bonus − penalty; equal totals share a rank.",
  },
  "minutes.scores.none": {
    vi: "Chưa có bảng chấm điểm nào.",
    en: "No score sheet yet.",
  },
  "minutes.scores.missing": {
    vi: "Chưa nộp bảng chấm điểm ({count} đơn vị): {names}.",
    en: (p) =>
      `No score sheet from ${plural(count(p, "count"), "agency", "agencies")}: ${p.names}.`,
  },

  // Section 2: the secret ballot.
  "minutes.section.vote": {
    vi: "Bình xét, suy tôn và bầu chọn bằng phiếu kín",
    en: "Review and election by secret ballot",
  },
  "minutes.vote.quorumMet": {
    vi: "Có mặt {present}/{members} đơn vị thành viên, đủ số lượng để biểu quyết (cần ít nhất {required} đơn vị).",
    en: "{present} of {members} member agencies present: a quorum (at least {required} needed).",
  },
  "minutes.vote.quorumNotMet": {
    vi: "Có mặt {present}/{members} đơn vị thành viên, không đủ số lượng để biểu quyết (cần ít nhất {required} đơn vị): Hội nghị không quyết định nội dung nào.",
    en: "{present} of {members} member agencies present: no quorum (at least {required} needed), so nothing is decided.",
  },
  "minutes.vote.board": { vi: "Ban kiểm phiếu gồm:", en: "Counting board:" },
  "minutes.vote.boardMissing": {
    vi: "Ban kiểm phiếu: (chưa ghi tên thành viên Ban kiểm phiếu).",
    en: "Counting board: (members not recorded).",
  },
  "minutes.vote.notTallied": {
    vi: "Chưa kiểm phiếu.",
    en: "Ballots not counted yet.",
  },
  "minutes.vote.noRaces": {
    vi: "Chưa có phiếu bầu nào được kiểm.",
    en: "No ballots have been counted.",
  },
  "minutes.vote.see": {
    vi: "Chi tiết tại biên bản kiểm phiếu (phụ lục kèm theo).",
    en: "Details in the vote-count records annexed.",
  },

  // Races.
  "minutes.race.govflag": {
    vi: "Suy tôn đơn vị dẫn đầu khối đề nghị Thủ tướng Chính phủ tặng Cờ thi đua năm {year}",
    en: "Proposal of the unit that leads the bloc for the Government Emulation Flag, {year}",
  },
  "minutes.race.flag": {
    vi: "Suy tôn đơn vị đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua năm {year}",
    en: "Proposal for the provincial Emulation Flag, {year}",
  },
  "minutes.race.certificate": {
    vi: "Bình xét đơn vị đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen năm {year}",
    en: "Proposal for the provincial Chairman's Certificate of Merit, {year}",
  },
  "minutes.race.head": {
    vi: "Bầu đơn vị Trưởng khối năm {next}",
    en: "Election of the bloc's head agency for {next}",
  },
  "minutes.race.deputy": {
    vi: "Bầu đơn vị Phó khối năm {next}",
    en: "Election of the bloc's deputy agency for {next}",
  },
  // The same races when the regulation names the award (rule label.RACE): the document says
  // the award as the regulation writes it, never the national name in its place.
  "minutes.raceNamed.govflag": {
    vi: "Suy tôn đơn vị dẫn đầu khối đề nghị tặng {award} năm {year}",
    en: "Proposal of the unit that leads the bloc for the {award}, {year}",
  },
  "minutes.raceNamed.flag": {
    vi: "Suy tôn đơn vị đề nghị tặng {award} năm {year}",
    en: "Proposal for the {award}, {year}",
  },
  "minutes.raceNamed.certificate": {
    vi: "Bình xét đơn vị đề nghị tặng {award} năm {year}",
    en: "Proposal for the {award}, {year}",
  },
  "minutes.raceNamed.head": {
    vi: "Bầu đơn vị {award} năm {next}",
    en: "Election of the {award} for {next}",
  },
  "minutes.raceNamed.deputy": {
    vi: "Bầu đơn vị {award} năm {next}",
    en: "Election of the {award} for {next}",
  },
  "minutes.raceShort.govflag": { vi: "Cờ thi đua của Chính phủ", en: "Government Emulation Flag" },
  "minutes.raceShort.flag": { vi: "Cờ thi đua", en: "Emulation Flag" },
  "minutes.raceShort.certificate": { vi: "Bằng khen", en: "Certificate of Merit" },
  "minutes.raceShort.head": { vi: "Trưởng khối", en: "Head agency" },
  "minutes.raceShort.deputy": { vi: "Phó khối", en: "Deputy agency" },
  "minutes.race.round": {
    vi: "{title} (bỏ phiếu lại, vòng {round})",
    en: "{title} (run-off, round {round})",
  },
  "minutes.race.firstRound": {
    vi: "{title} (vòng {round})",
    en: "{title} (round {round})",
  },
  "minutes.race.seats": {
    vi: "Số lượng được chọn: {seats} đơn vị.",
    en: (p) => `Seats: ${p.seats}.`,
  },
  "minutes.race.ballots": {
    vi: "Phiếu phát ra: {issued}; thu về: {returned}; hợp lệ: {valid}; không hợp lệ: {invalid}; phiếu trắng: {blank}.",
    en: "Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}; blank: {blank}.",
  },
  "minutes.race.invalidCauses": {
    vi: "Phiếu không hợp lệ do: {causes}.",
    en: "Invalid because: {causes}.",
  },
  "minutes.race.cause.overMarked": {
    vi: "ghi quá số lượng được chọn ({count})",
    en: "more names than seats ({count})",
  },
  "minutes.race.cause.nonMember": {
    vi: "ghi đơn vị không phải thành viên ({count})",
    en: "a non-member named ({count})",
  },
  "minutes.race.cause.duplicate": {
    vi: "ghi trùng một đơn vị ({count})",
    en: "an agency named twice ({count})",
  },
  "minutes.race.cause.notInRunOff": {
    vi: "ghi đơn vị ngoài danh sách bỏ phiếu lại ({count})",
    en: "an agency outside the run-off named ({count})",
  },
  "minutes.race.threshold": {
    vi: (p) =>
      `Điều kiện được chọn: ${p.strict === "true" ? "trên" : "từ"} ${p.percent} ${p.base}` +
      `${p.strict === "true" ? "" : " trở lên"} (ít nhất ${p.minVotes} phiếu).`,
    en: (p) =>
      `To be chosen: ${p.strict === "true" ? "more than" : "at least"} ${p.percent} of ${p.base}` +
      ` (at least ${plural(count(p, "minVotes"), "vote", "votes")}).`,
  },
  "minutes.race.base.members": {
    vi: "tổng số {count} đơn vị thành viên",
    en: "all {count} member agencies",
  },
  "minutes.race.base.returned": {
    vi: "{count} phiếu thu về",
    en: "the {count} ballots returned",
  },
  "minutes.race.base.present": {
    vi: "{count} đơn vị có mặt",
    en: "the {count} agencies present",
  },
  "minutes.race.base.valid": {
    vi: "{count} phiếu hợp lệ",
    en: "the {count} valid ballots",
  },
  "minutes.race.percentBase": {
    vi: "Kết quả kiểm phiếu (tỷ lệ tính trên {base}):",
    en: "Votes (percentages of {base}):",
  },
  "minutes.race.noCandidates": {
    vi: "Không đơn vị nào được ghi tên trên phiếu hợp lệ.",
    en: "No agency was named on a valid ballot.",
  },
  "minutes.table.no": { vi: "TT", en: "No." },
  "minutes.table.agency": { vi: "Đơn vị", en: "Agency" },
  "minutes.table.votes": { vi: "Số phiếu", en: "Votes" },
  "minutes.table.percent": { vi: "Tỷ lệ", en: "Percent" },
  "minutes.table.result": { vi: "Kết quả", en: "Result" },
  "minutes.result.elected": { vi: "Được chọn", en: "chosen" },
  "minutes.result.not-elected": { vi: "Hết suất", en: "no seat left" },
  "minutes.result.below-threshold": { vi: "Không đủ tỷ lệ", en: "below threshold" },
  "minutes.result.tie": { vi: "Bằng phiếu", en: "tie" },
  "minutes.result.ineligible": { vi: "Không đủ điều kiện", en: "not eligible" },
  "minutes.result.already-awarded": { vi: "Đã suy tôn Cờ", en: "flag nominee" },
  "minutes.result.already-head": { vi: "Đã là Trưởng khối", en: "already head" },
  "minutes.outcome.govflag": {
    vi: "Kết quả: suy tôn {names} là đơn vị dẫn đầu khối, đề nghị Thủ tướng Chính phủ tặng Cờ thi đua năm {year}.",
    en: "Result: {names} leads the bloc and is proposed for the Government Emulation Flag {year}.",
  },
  "minutes.outcome.flag": {
    vi: "Kết quả: suy tôn {names} đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua năm {year}.",
    en: "Result: {names} proposed for the provincial Emulation Flag {year}.",
  },
  "minutes.outcome.certificate": {
    vi: "Kết quả: đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen năm {year} cho {names}.",
    en: "Result: {names} proposed for the provincial Chairman's Certificate of Merit {year}.",
  },
  "minutes.outcome.head": {
    vi: "Kết quả: {names} được bầu làm Trưởng khối năm {next}.",
    en: "Result: {names} elected head agency of the bloc for {next}.",
  },
  "minutes.outcome.deputy": {
    vi: "Kết quả: {names} được bầu làm Phó khối năm {next}.",
    en: "Result: {names} elected deputy agency of the bloc for {next}.",
  },
  "minutes.outcomeNamed.govflag": {
    vi: "Kết quả: suy tôn {names} là đơn vị dẫn đầu khối, đề nghị tặng {award} năm {year}.",
    en: "Result: {names} leads the bloc and is proposed for the {award} {year}.",
  },
  "minutes.outcomeNamed.flag": {
    vi: "Kết quả: suy tôn {names} đề nghị tặng {award} năm {year}.",
    en: "Result: {names} proposed for the {award} {year}.",
  },
  "minutes.outcomeNamed.certificate": {
    vi: "Kết quả: đề nghị tặng {award} năm {year} cho {names}.",
    en: "Result: {names} proposed for the {award} {year}.",
  },
  "minutes.outcomeNamed.head": {
    vi: "Kết quả: {names} được bầu làm {award} năm {next}.",
    en: "Result: {names} elected {award} for {next}.",
  },
  "minutes.outcomeNamed.deputy": {
    vi: "Kết quả: {names} được bầu làm {award} năm {next}.",
    en: "Result: {names} elected {award} for {next}.",
  },
  "minutes.outcome.none": {
    vi: "Kết quả: không đơn vị nào đạt điều kiện được chọn.",
    en: "Result: no agency qualified.",
  },
  "minutes.outcome.noQuorum": {
    vi: "Kết quả: không quyết định (không đủ số đơn vị có mặt để biểu quyết).",
    en: "Result: nothing decided (no quorum).",
  },
  "minutes.outcome.seatsOpen": {
    vi: "Còn {open}/{seats} suất để trống: không còn đơn vị nào đạt điều kiện.",
    en: (p) =>
      `${p.open} of ${plural(count(p, "seats"), "seat stays", "seats stay")} empty: no other agency qualified.`,
  },
  "minutes.outcome.tie": {
    vi: "{names} bằng nhau với {votes} phiếu cho {seats} suất còn lại: chưa quyết định, cần bỏ phiếu lại giữa các đơn vị này.",
    en: (p) =>
      `${p.names} tie with ${plural(count(p, "votes"), "vote", "votes")} for ` +
      `${plural(count(p, "seats"), "remaining seat", "remaining seats")}: not decided, ` +
      "a run-off between them is needed.",
  },

  "minutes.reason.because": { vi: "Lý do: {reason}", en: "Reason: {reason}" },
  // {decree} and {law} are the numbers of the law in force for the year under
  // review (core/tally-reasons.ts, lawInForce).
  "minutes.cite.notCommended": {
    vi: (p: Params) =>
      p.decree === "98/2023/NĐ-CP" ? "(Điều 4 Nghị định 98/2023/NĐ-CP)" : `(Nghị định ${p.decree})`,
    en: (p: Params) =>
      p.decree === "98/2023/NĐ-CP" ? "(Decree 98/2023/NĐ-CP, Art. 4)" : `(Decree ${p.decree})`,
  },
  "minutes.cite.oneAward": {
    vi: (p: Params) =>
      `(nguyên tắc một thành tích chỉ đề nghị một hình thức khen thưởng, ${
        p.law === "2003"
          ? "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)"
          : `Luật Thi đua, khen thưởng số ${p.law}`
      })`,
    en: (p: Params) =>
      `(one achievement, one award: ${
        p.law === "2003"
          ? "Law on Emulation and Commendation 2003 (amended 2005, 2013)"
          : `Law on Emulation and Commendation ${p.law}`
      })`,
  },

  // Section 3: award proposals.
  "minutes.section.awards": {
    vi: "Đề nghị khen thưởng năm {year}",
    en: "Award proposals for {year}",
  },
  "minutes.award.govflag": {
    vi: "Cờ thi đua của Chính phủ (đơn vị dẫn đầu khối)",
    en: "Government Emulation Flag (the unit that leads the bloc)",
  },
  "minutes.award.flag": {
    vi: "Cờ thi đua của Ủy ban nhân dân tỉnh",
    en: "Provincial Emulation Flag",
  },
  "minutes.award.certificate": {
    vi: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    en: "Provincial Chairman's Certificate of Merit",
  },
  "minutes.award.entry": { vi: "{award}: {name} ({detail}).", en: "{award}: {name} ({detail})." },
  "minutes.award.none": {
    vi: "{award}: không có đơn vị được đề nghị.",
    en: "{award}: no agency proposed.",
  },
  "minutes.award.open": {
    vi: "{award}: còn {seats} suất chưa quyết định (cần bỏ phiếu lại).",
    en: (p) =>
      `${p.award}: ${plural(count(p, "seats"), "seat", "seats")} not decided (run-off needed).`,
  },
  "minutes.award.noBallots": {
    vi: "{award}: chưa có phiếu bầu.",
    en: "{award}: no ballots yet.",
  },
  "minutes.award.notTallied": {
    vi: "Chưa có kết quả bình xét (chưa kiểm phiếu).",
    en: "No result yet (ballots not counted).",
  },
  "minutes.award.proposal": {
    vi: "Kết quả bình xét là đề nghị của Khối; Hội đồng Thi đua - Khen thưởng tỉnh xem xét, quyết định.",
    en: "The bloc's vote is a proposal; the provincial Emulation and Commendation Council decides.",
  },
  "minutes.detail.votes": {
    vi: "{votes} phiếu, đạt {percent}",
    en: (p) => `${plural(count(p, "votes"), "vote", "votes")}, ${p.percent}`,
  },
  "minutes.detail.score": {
    vi: "tổng điểm {score}, hạng {rank}",
    en: "total score {score}, rank {rank}",
  },
  "minutes.detail.noScore": { vi: "chưa có điểm", en: "no score sheet" },

  // Section 4: passed over or not eligible.
  "minutes.section.passedOver": {
    vi: "Đơn vị không được xét hoặc không được chọn",
    en: "Agencies passed over or not eligible",
  },
  "minutes.disqualified": {
    vi: (p: Params) =>
      `${p.name}: không thuộc diện xét khen thưởng năm ${p.year}: ${p.reason} ${
        p.decree === "98/2023/NĐ-CP"
          ? "(Điều 4 Nghị định 98/2023/NĐ-CP)"
          : `(Nghị định ${p.decree})`
      }.`,
    en: (p: Params) =>
      `${p.name}: not eligible for awards in ${p.year}: ${p.reason} ${
        p.decree === "98/2023/NĐ-CP" ? "(Decree 98/2023/NĐ-CP, Art. 4)" : `(Decree ${p.decree})`
      }.`,
  },
  "minutes.disqualified.counted": {
    vi: "Số phiếu của đơn vị vẫn được kiểm và công bố: {votes}.",
    en: "Its votes are still counted and shown: {votes}.",
  },
  "minutes.passedOver": {
    vi: "{race}: {name} ({detail}): {reason}.",
    en: "{race}: {name} ({detail}): {reason}.",
  },

  // Section 5: warnings.
  "minutes.section.warnings": { vi: "Lưu ý", en: "Warnings" },

  // Section 6: next year's head and deputy.
  "minutes.section.leaders": {
    vi: "Trưởng khối, Phó khối năm {next}",
    en: "Head and deputy agencies for {next}",
  },
  "minutes.leaders.head": { vi: "Trưởng khối năm {next}", en: "Head agency for {next}" },
  "minutes.leaders.deputy": { vi: "Phó khối năm {next}", en: "Deputy agency for {next}" },
  "minutes.leaders.entry": { vi: "{role}: {name}.", en: "{role}: {name}." },
  "minutes.leaders.entryVotes": {
    vi: "{role}: {name} ({detail}).",
    en: "{role}: {name} ({detail}).",
  },
  "minutes.leaders.undecided": { vi: "{role}: chưa xác định.", en: "{role}: not decided." },
  "minutes.leaders.undecidedTie": {
    vi: "{role}: chưa xác định, cần bỏ phiếu lại giữa {names}.",
    en: "{role}: not decided; a run-off between {names} is needed.",
  },
  "minutes.leaders.notTallied": {
    vi: "Chưa xác định (chưa kiểm phiếu).",
    en: "Not decided yet (ballots not counted).",
  },
  "minutes.leaders.basis": { vi: "Căn cứ: {reason}", en: "Basis: {reason}" },

  // Section 7: what is still open.
  "minutes.section.open": { vi: "Nội dung chưa quyết định", en: "Still open" },
  "minutes.open.tie": {
    vi: "{race}: còn {seats} suất; {names} cùng {votes} phiếu. Cần bỏ phiếu lại (vòng {round}) giữa các đơn vị này.",
    en: (p) =>
      `${p.race}: ${plural(count(p, "seats"), "seat", "seats")} open; ${p.names} have ` +
      `${plural(count(p, "votes"), "vote", "votes")} each. A run-off (round ${p.round}) ` +
      "between them is needed.",
  },
  "minutes.open.noBallots": {
    vi: "{race}: chưa có phiếu bầu.",
    en: "{race}: no ballots yet.",
  },
  "minutes.open.revote": {
    vi: "{race}: không đơn vị nào đạt điều kiện được chọn; cần bầu lại (vòng {round}).",
    en: "{race}: no agency qualified; another round ({round}) is needed.",
  },
  "minutes.open.quorum": {
    vi: "Hội nghị không đủ số đơn vị có mặt để biểu quyết (có mặt {present}/{members}, cần ít nhất {required}).",
    en: "The conference lacked a quorum ({present} of {members} present, at least {required} needed).",
  },

  // Closing, signatures, recipients.
  "minutes.closing": {
    vi: "Hội nghị kết thúc vào {hour} giờ {minute}, ngày {day} tháng {month} năm {year}/.",
    en: "The conference closed at {hour}:{minute} on {day}/{month}/{year}.",
  },
  "minutes.closing.endMissing": {
    vi: "(giờ kết thúc chưa ghi)",
    en: "(closing time not recorded)",
  },
  "minutes.sign.secretary": { vi: "THƯ KÝ", en: "SECRETARY" },
  "minutes.sign.chair": { vi: "CHỦ TỌA", en: "CHAIR" },
  "minutes.sign.board": { vi: "BAN KIỂM PHIẾU", en: "COUNTING BOARD" },
  "minutes.sign.unnamed": { vi: "(chưa ghi tên)", en: "(name not recorded)" },
  "minutes.recipients": { vi: "Nơi nhận:", en: "Recipients:" },
  "minutes.recipients.council": {
    vi: "Hội đồng Thi đua - Khen thưởng {province};",
    en: "the Emulation and Commendation Council of {province};",
  },
  "minutes.recipients.councilNoProvince": {
    vi: "Hội đồng Thi đua - Khen thưởng tỉnh;",
    en: "the provincial Emulation and Commendation Council;",
  },
  "minutes.recipients.members": {
    vi: "Các đơn vị thành viên Khối;",
    en: "the member agencies of the bloc;",
  },
  "minutes.recipients.archive": { vi: "Lưu: VT.", en: "file copy (archive)." },
  "minutes.province": { vi: "tỉnh {name}", en: "{name} province" },

  // Annexes: the vote-count records.
  "minutes.annex.label": { vi: "PHỤ LỤC {n}", en: "ANNEX {n}" },
  "minutes.annex.title": { vi: "BIÊN BẢN KIỂM PHIẾU", en: "VOTE-COUNT RECORD" },
  "minutes.annex.attached": {
    vi: "(Kèm theo Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm {year} của {bloc})",
    en: "(Annexed to the minutes of the {year} year-end conference of {bloc})",
  },
  "minutes.annex.when": {
    vi: "Thời gian, địa điểm kiểm phiếu: {when}, tại {place}.",
    en: "Counted: {when}, at {place}.",
  },
  "minutes.annex.whenNoPlace": {
    vi: "Thời gian kiểm phiếu: {when}.",
    en: "Counted: {when}.",
  },
} satisfies Catalog;
