import type { Catalog } from "../types.js";

/**
 * Messages of the ballot entry screen (`tdkt ballots enter`) and of
 * `tdkt ballots list` / `tdkt ballots show`. Keys are `entry.something`.
 * `{race}` here is already the race's name in the language.
 */
export const ballotEntry = {
  "entry.token.number": {
    vi: "không có đơn vị số {value}: phiếu có {count} đơn vị (gõ lại nội dung này)",
    en: "there is no agency number {value}: the ballot lists {count} (type this race again)",
  },
  "entry.token.ambiguous": {
    vi: "“{value}” có thể là {codes}: gõ số hoặc mã đầy đủ",
    en: "“{value}” may be {codes}: type the number or the full code",
  },
  "entry.token.unknownNear": {
    vi: "không có đơn vị “{value}”; có phải {code}? (gõ lại nội dung này)",
    en: "no agency “{value}”; did you mean {code}? (type this race again)",
  },
  "entry.token.unknown": {
    vi: "không có đơn vị “{value}” trên phiếu (gõ lại nội dung này)",
    en: "no agency “{value}” on the ballot (type this race again)",
  },
  "entry.command.unknown": {
    vi: "không hiểu lệnh “{value}”; gõ /? để xem các lệnh",
    en: "unknown command “{value}”; type /? for the commands",
  },
  "entry.command.needsBallot": {
    vi: "lệnh “{value}” cần một số phiếu, ví dụ /xem 3",
    en: "“{value}” needs a ballot number, for example /show 3",
  },
  "entry.keys": {
    vi: [
      "Mỗi nội dung: gõ số (hoặc mã) các đơn vị được đánh dấu, cách nhau bằng dấu cách, rồi Enter;",
      "  chỉ Enter = nội dung đó để trắng; < = quay lại nội dung trước của phiếu đang nhập.",
      "Lệnh: /xem N  xem phiếu N · /sua N  nhập lại phiếu N · /xoa N  xóa phiếu N",
      "      /ds  danh sách phiếu đã nhập · /xong  kết thúc · /?  các phím này",
    ].join("\n"),
    en: [
      "Each race: type the numbers (or codes) of the marked agencies, separated by spaces, then Enter;",
      "  Enter alone = that race is blank; < = back to the previous race of this ballot.",
      "Commands: /show N  show ballot N · /fix N  retype ballot N · /del N  delete ballot N",
      "          /list  ballots entered · /done  finish · /?  these keys",
    ].join("\n"),
  },
  "entry.list.title": {
    vi: "Danh sách trên phiếu ({races}):",
    en: "The ballot's list ({races}):",
  },
  "entry.prompt.race": {
    vi: "Phiếu {ballot} · {race} (tối đa {seats}): ",
    en: "Ballot {ballot} · {race} (up to {seats}): ",
  },
  "entry.prompt.strike": {
    vi: "Phiếu {ballot} · {race} (gạch tên: gõ các tên bị gạch; giữ lại tối đa {seats}): ",
    en: "Ballot {ballot} · {race} (struck out: type the names struck; keep up to {seats}): ",
  },
  "entry.prompt.correctStrike": {
    vi: "Sửa phiếu {ballot} · {race} (gạch tên: gõ các tên bị gạch; giữ lại tối đa {seats}): ",
    en: "Fix ballot {ballot} · {race} (struck out: type the names struck; keep up to {seats}): ",
  },
  "entry.prompt.correct": {
    vi: "Sửa phiếu {ballot} · {race} (tối đa {seats}): ",
    en: "Fix ballot {ballot} · {race} (up to {seats}): ",
  },
  "entry.prompt.command": { vi: "Lệnh: ", en: "Command: " },
  "entry.full": {
    vi: "Đã đủ {issued} phiếu: không nhập thêm được; /sua N để sửa, /xong để kết thúc.",
    en: "All {issued} ballots are in: no more can be added; /fix N to correct, /done to finish.",
  },
  "entry.full.commandsOnly": {
    vi: "chỉ còn nhận lệnh (/xem N, /sua N, /xoa N, /ds, /xong)",
    en: "only commands now (/show N, /fix N, /del N, /list, /done)",
  },
  "entry.unsaved": {
    vi: "Phiếu {ballot} đang nhập dở: không lưu.",
    en: "Ballot {ballot} was not finished: not saved.",
  },
  "entry.back.first": {
    vi: "đang ở nội dung đầu tiên của phiếu",
    en: "this is the first race of the ballot",
  },
  "entry.finishFirst": {
    vi: "nhập xong phiếu {ballot} trước (hoặc /xong để bỏ phiếu đang nhập dở)",
    en: "finish ballot {ballot} first (or /done to drop the ballot being typed)",
  },
  "entry.overMarked": {
    vi: "⚠ đánh dấu {count} cho {seats} suất: nội dung này sẽ không hợp lệ (< để gõ lại)",
    en: "⚠ {count} marked for {seats} seats: this race will be invalid (< to retype)",
  },
  "entry.duplicate": {
    vi: "⚠ một đơn vị được gõ hai lần: nội dung này sẽ không hợp lệ (< để gõ lại)",
    en: "⚠ one agency typed twice: this race will be invalid (< to retype)",
  },
  "entry.saved": {
    vi: "✓ Đã lưu phiếu {ballot} ({count}/{issued}).",
    en: "✓ Ballot {ballot} saved ({count} of {issued}).",
  },
  "entry.corrected": {
    vi: "✓ Đã sửa phiếu {ballot}.",
    en: "✓ Ballot {ballot} corrected.",
  },
  "entry.correct.start": {
    vi: "Sửa phiếu {ballot}: Enter giữ nguyên nội dung, hoặc xóa dòng và gõ lại.",
    en: "Fixing ballot {ballot}: Enter keeps a race, or clear the line and type it again.",
  },
  "entry.list.none": { vi: "Chưa có phiếu nào.", en: "No ballot yet." },
  "entry.notFound": {
    vi: "không có phiếu số {ballot} trong lần nhập này",
    en: "there is no ballot {ballot} in this entry",
  },
  "entry.delete.confirm": {
    vi: "Xóa phiếu {ballot}? (c = có, Enter = không): ",
    en: "Delete ballot {ballot}? (y = yes, Enter = no): ",
  },
  "entry.deleted": { vi: "Đã xóa phiếu {ballot}.", en: "Ballot {ballot} deleted." },
  "entry.delete.kept": { vi: "Giữ phiếu {ballot}.", en: "Ballot {ballot} kept." },
  "entry.ballotLabel": { vi: "Phiếu {ballot}", en: "Ballot {ballot}" },
  "entry.busy": {
    vi: "một người khác đang nhập phiếu lần {entry} năm {year} (vòng {round}, máy {host}, tiến trình {pid})",
    en: "someone else is entering the ballots of {year} (entry {entry}, round {round}, host {host}, process {pid})",
  },
  "entry.busy.hint": {
    vi: "người nhập thứ hai dùng: tdkt ballots enter {year} --verify (nhập lần hai để đối chiếu); chưa có gì bị mất",
    en: "a second clerk uses: tdkt ballots enter {year} --verify (second entry, to compare); nothing was lost",
  },
  "entry.busy.verify.hint": {
    vi: "chờ người kia kết thúc (/xong), rồi chạy lại lệnh này; chưa có gì bị mất",
    en: "wait until the other clerk finishes (/done), then run this again; nothing was lost",
  },
  "entry.runoff.noTally": {
    vi: "vòng {round} là vòng bầu lại, nhưng chưa có kết quả kiểm phiếu vòng {previous}",
    en: "round {round} is a run-off, but round {previous} has not been counted",
  },
  "entry.runoff.noTally.hint": {
    vi: "chạy tdkt tally {year} để biết nội dung nào còn bằng phiếu, rồi nhập vòng {round}",
    en: "run tdkt tally {year} to find the races still tied, then enter round {round}",
  },
  "entry.runoff.noTie": {
    vi: "sau vòng {previous} không còn nội dung nào bằng phiếu: không cần bầu lại vòng {round}",
    en: "no race is tied after round {previous}: round {round} is not needed",
  },
  "entry.runoff.open": {
    vi: "Vòng {round} bầu lại: {race} giữa {agencies}.",
    en: "Round {round} run-off: {race} between {agencies}.",
  },
  "entry.runoff.choose": {
    vi: "Nhập các nội dung trên? Enter = đồng ý, hoặc gõ số nội dung ({list}): ",
    en: "Enter these races? Enter = yes, or type the race numbers ({list}): ",
  },
  "entry.runoff.bad": {
    vi: "gõ số trong danh sách ({list}), cách nhau bằng dấu cách",
    en: "type numbers from the list ({list}), separated by spaces",
  },
  "entry.verify.open": {
    vi: "Còn {count} phiếu lệch giữa hai lần nhập (xem lại tờ phiếu; /sua N để nhập lại lần hai):",
    en: "{count} ballots still differ between the two entries (check the papers; /fix N to retype the second entry):",
  },
  "cli.ballots.list": {
    vi: "liệt kê các phiếu đã nhập của một năm",
    en: "list the ballots entered for a year",
  },
  "cli.ballots.show": {
    vi: "xem một phiếu theo số phiếu",
    en: "show one ballot by its number",
  },
  "cli.ballots.delete": {
    vi: "xóa một phiếu theo số phiếu",
    en: "delete one ballot by its number",
  },
  "cli.ballots.entryVerify": {
    vi: "lần nhập thứ hai (đối chiếu) thay cho lần đầu",
    en: "the second (verification) entry instead of the first",
  },
  "list.ballot": { vi: "Phiếu", en: "Ballot" },
  "list.none": {
    vi: "Vòng {round} năm {year} chưa có phiếu nào (lần nhập {entry}).",
    en: "Round {round} of {year} has no ballots (entry {entry}).",
  },
  "show.notFound": {
    vi: "không có phiếu số {ballot} ở vòng {round} năm {year}",
    en: "there is no ballot {ballot} in round {round} of {year}",
  },
  "show.notFound.hint": {
    vi: "xem các số phiếu đã nhập: tdkt ballots list {year} --round {round}",
    en: "see the ballot numbers entered: tdkt ballots list {year} --round {round}",
  },
  "show.title": {
    vi: "Phiếu {ballot} – vòng {round} năm {year}",
    en: "Ballot {ballot} – round {round} of {year}",
  },
  "show.entry": { vi: "Lần nhập {entry}:", en: "Entry {entry}:" },
  "show.notEntered": { vi: "(chưa nhập)", en: "(not entered)" },
  "delete.done": {
    vi: "Đã xóa phiếu {ballot} (vòng {round}, lần nhập {entry}) năm {year}.",
    en: "Ballot {ballot} deleted (round {round}, entry {entry}) of {year}.",
  },
} satisfies Catalog;
