import type { Catalog } from "../types.js";

/**
 * Messages of the scores area (`tdkt import`, `tdkt scores`). Keys are
 * `scores.something`. A problem's file, line and column are carried by the
 * error's location; each message says what is wrong and what to do, because
 * in a batch of problems only the last hint is printed.
 */
export const scores = {
  /* ------------------------------------------------------------ refusals */
  "scores.noCriteria": {
    vi: "năm {year} chưa có bảng chấm điểm, nên không kiểm tra được điểm; không nhập gì",
    en: "there is no scoring table for {year}, so the scores cannot be checked; nothing imported",
  },
  "scores.noCriteria.hint": {
    vi: "nhập bảng chấm điểm trước: tdkt criteria import {year} TỆP",
    en: "import the scoring table first: tdkt criteria import {year} FILE",
  },
  "scores.fix.hint": {
    vi: "Không có gì được nhập. Sửa các lỗi trên rồi chạy lại lệnh (thêm --dry-run để chỉ kiểm tra).",
    en: "Nothing was imported. Fix the problems above and run the command again (add --dry-run to check only).",
  },
  "scores.more": {
    vi: "… và {count} lỗi nữa (chỉ in {shown} lỗi đầu)",
    en: "… and {count} more problems (only the first {shown} are shown)",
  },

  /* ------------------------------------------------------ file problems */
  "scores.file.twice": {
    vi: "tệp được chỉ ra hai lần trong lệnh; bỏ bớt một lần",
    en: "the file is given twice; give it once",
  },
  "scores.file.empty": {
    vi: "tệp không có dòng điểm nào dưới dòng tiêu đề",
    en: "the file holds no score rows below its header",
  },
  "scores.pointsColumn.missing": {
    vi: "thiếu cột điểm: cần cột {names}; dòng tiêu đề của tệp: {header}",
    en: "no points column: one of {names} is needed; the file's header: {header}",
  },
  "scores.agency.noSource": {
    vi: "tệp không có cột đơn vị, và tên tệp '{name}' không phải mã hay tên của đơn vị thành viên nào năm {year}{suggestion}; thêm cột agency (mã đơn vị), đặt tên tệp theo mã đơn vị (ví dụ STP.csv), hoặc dùng --agency MÃ",
    en: "the file has no agency column, and its name '{name}' is not the code or name of a member agency in {year}{suggestion}; add an agency column, name the file after the agency's code (e.g. STP.csv), or give --agency CODE",
  },
  "scores.suggest": { vi: " (có phải {code}?)", en: " (did you mean {code}?)" },
  "scores.columns.ignored": {
    vi: "{file}: bỏ qua cột không dùng đến: {columns}",
    en: "{file}: ignoring columns not used: {columns}",
  },

  /* ------------------------------------------------------- row problems */
  "scores.agency.missing": {
    vi: "thiếu đơn vị; ghi mã đơn vị (ví dụ STP) vào ô này",
    en: "the agency is missing; write the agency's code (e.g. STP) in this cell",
  },
  "scores.agency.unknown": {
    vi: "'{value}' không phải đơn vị thành viên của khối năm {year}{suggestion}; ghi mã đơn vị như trong tdkt agencies list --year {year}",
    en: "'{value}' is not a member agency of the bloc in {year}{suggestion}; write the agency's code as in tdkt agencies list --year {year}",
  },
  "scores.agency.notMember": {
    vi: "{code} ({name}) không phải thành viên của khối năm {year}; bỏ các dòng của đơn vị này, hoặc sửa danh sách thành viên năm {year}",
    en: "{code} ({name}) is not a member of the bloc in {year}; remove its rows, or correct the {year} member list",
  },
  "scores.agency.ambiguous": {
    vi: "'{value}' có thể là {codes}; ghi rõ mã đơn vị",
    en: "'{value}' could be {codes}; write the agency's code",
  },
  "scores.agency.notOption": {
    vi: "dòng này của đơn vị {code}, nhưng --agency là {option}; bỏ --agency hoặc sửa đơn vị",
    en: "this row is for {code}, but --agency says {option}; drop --agency or correct the agency",
  },
  "scores.agency.otherFile": {
    vi: "điểm của {code} đã có trong {file}; mỗi đơn vị lấy điểm từ một tệp: gộp các dòng của {code} vào một tệp",
    en: "{code}'s scores are in {file} already; an agency's scores come from one file: put {code}'s rows in one file",
  },
  "scores.criterion.missing": {
    vi: "thiếu mã tiêu chí; ghi mã như trong tdkt criteria list {year}",
    en: "the criterion is missing; write its code as in tdkt criteria list {year}",
  },
  "scores.criterion.unknown": {
    vi: "không có tiêu chí '{value}' trong bảng chấm điểm năm {year}{suggestion}; ghi mã như trong tdkt criteria list {year}",
    en: "there is no criterion '{value}' in the {year} scoring table{suggestion}; write its code as in tdkt criteria list {year}",
  },
  "scores.points.empty": {
    vi: "thiếu điểm; ghi số điểm (0 nếu không có điểm)",
    en: "the points are missing; write the points (0 for none)",
  },
  "scores.points.invalid": {
    vi: "{column} '{value}' không phải là số; ghi một số như 9 hoặc {example}",
    en: "{column} '{value}' is not a number; write a number such as 9 or {example}",
  },
  "scores.points.negative": {
    vi: "{column} {value} là số âm; điểm không được âm",
    en: "{column} {value} is negative; points cannot be negative",
  },
  "scores.points.negativePenalty": {
    vi: "{column} {value} là số âm; {criterion} là tiêu chí điểm trừ: ghi số điểm bị trừ bằng số dương ({positive})",
    en: "{column} {value} is negative; {criterion} is a penalty criterion: enter the points taken off as a positive number ({positive})",
  },
  "scores.points.decimalComma": {
    vi: "{column} '{value}': tệp phân cách bằng dấu phẩy nên không dùng được dấu phẩy thập phân; ghi {fixed}, hoặc lưu tệp với dấu phân cách ;",
    en: "{column} '{value}': the file is comma-separated, so a decimal comma cannot be used; write {fixed}, or save the file with ; as the delimiter",
  },
  "scores.points.overMax": {
    vi: "{column} {value} vượt điểm tối đa {max} của tiêu chí {criterion}; ghi tối đa {max}",
    en: "{column} {value} is over the maximum {max} of criterion {criterion}; write at most {max}",
  },
  "scores.column.points": { vi: "điểm", en: "points" },
  "scores.column.self": { vi: "điểm tự chấm", en: "self points" },
  "scores.column.checked": { vi: "điểm khối chấm", en: "checked points" },
  "scores.line": { vi: "dòng {line}", en: "line {line}" },
  "scores.duplicate": {
    vi: "{agency} có tiêu chí {criterion} lần thứ hai (lần đầu ở {first}); giữ một dòng, xóa dòng kia",
    en: "{agency} has criterion {criterion} a second time (first at {first}); keep one row and delete the other",
  },

  /* --------------------------------------------- data already stored */
  "scores.differs": {
    vi: "{agency} đã có {count} điểm năm {year} khác với tệp này (tiêu chí {criterion}: đã lưu {stored}, trong tệp {given}); thêm --replace để thay toàn bộ điểm của {agency} bằng tệp này",
    en: "{agency} already has {count} scores for {year} that differ from this file (criterion {criterion}: stored {stored}, in the file {given}); add --replace to replace all of {agency}'s scores with this file",
  },
  "scores.differs.detail": {
    vi: "{agency} đã có {count} điểm năm {year} khác với tệp này (tiêu chí {criterion}: khác điểm tự chấm, khối chấm hoặc ghi chú); thêm --replace để thay toàn bộ điểm của {agency} bằng tệp này",
    en: "{agency} already has {count} scores for {year} that differ from this file (criterion {criterion}: the self or checked points or the note differ); add --replace to replace all of {agency}'s scores with this file",
  },
  "scores.differs.count": {
    vi: "{agency} đã có {count} điểm năm {year}, tệp này có {rows}; thêm --replace để thay toàn bộ điểm của {agency} bằng tệp này",
    en: "{agency} already has {count} scores for {year}, this file has {rows}; add --replace to replace all of {agency}'s scores with this file",
  },
  "scores.notStored": { vi: "(chưa có)", en: "(none)" },

  /* ------------------------------------------------------- the report */
  "scores.import.title": {
    vi: "Nhập điểm năm {year} – khối {bloc}:",
    en: "Scores for {year} – bloc {bloc}:",
  },
  "scores.import.dryRunTitle": {
    vi: "Chạy thử (--dry-run) nhập điểm năm {year} – khối {bloc}: chưa ghi gì.",
    en: "Dry run (--dry-run) of the {year} scores – bloc {bloc}: nothing written.",
  },
  "scores.import.fileUnchanged": {
    vi: "{file}: đã nhập tệp này trước đó ({agencies}); không có gì thay đổi",
    en: "{file}: this file was imported before ({agencies}); nothing changed",
  },
  "scores.import.file": {
    vi: "{file}: {rows} dòng, {agencies}",
    en: "{file}: {rows} rows, {agencies}",
  },
  "scores.import.manyAgencies": { vi: "{count} đơn vị", en: "{count} agencies" },
  "scores.status.added": { vi: "mới", en: "new" },
  "scores.status.replaced": { vi: "thay", en: "replaced" },
  "scores.status.unchanged": { vi: "không đổi", en: "unchanged" },
  "scores.import.summary": {
    vi: "Tổng cộng: {files} tệp, {rows} dòng, {agencies} đơn vị ({added} mới, {replaced} thay, {unchanged} không đổi).",
    en: "In all: {files} files, {rows} rows, {agencies} agencies ({added} new, {replaced} replaced, {unchanged} unchanged).",
  },
  "scores.import.wouldSummary": {
    vi: "Nếu chạy thật: {files} tệp, {rows} dòng, {agencies} đơn vị ({added} mới, {replaced} thay, {unchanged} không đổi).",
    en: "If run for real: {files} files, {rows} rows, {agencies} agencies ({added} new, {replaced} replaced, {unchanged} unchanged).",
  },
  "scores.import.nothingChanged": {
    vi: "Không có gì thay đổi.",
    en: "Nothing changed.",
  },
  "scores.import.time": {
    vi: "Thời gian nhập: {seconds} s ({rate} dòng/s).",
    en: "Import time: {seconds} s ({rate} rows/s).",
  },
  "scores.import.timeOnly": {
    vi: "Thời gian: {seconds} s.",
    en: "Time: {seconds} s.",
  },
  "scores.import.missingBase": {
    vi: "{agency}: thiếu {count} tiêu chí cơ bản ({list}), được tính 0 điểm",
    en: "{agency}: {count} base criteria missing ({list}), counted as 0 points",
  },
  "scores.progress.label": { vi: "Đang nhập điểm", en: "Importing scores" },
  "scores.progress.rows": { vi: "{rows} dòng", en: "{rows} rows" },

  /* ------------------------------------------------------ tdkt scores */
  "scores.title": {
    vi: "Xếp hạng điểm thi đua năm {year} – {bloc}",
    en: "Ranking by total score, {year} – {bloc}",
  },
  "scores.col.rank": { vi: "Hạng", en: "Rank" },
  "scores.col.code": { vi: "Mã", en: "Code" },
  "scores.col.name": { vi: "Tên đơn vị", en: "Agency" },
  "scores.col.base": { vi: "Cơ bản", en: "Base" },
  "scores.col.bonus": { vi: "Thưởng", en: "Bonus" },
  "scores.col.penalty": { vi: "Trừ", en: "Penalty" },
  "scores.col.total": { vi: "Tổng", en: "Total" },
  "scores.rule": {
    vi: "Tổng = điểm cơ bản (mỗi tiêu chí tối đa bằng điểm chuẩn) + điểm thưởng − điểm trừ; bằng tổng điểm thì cùng hạng.",
    en: "Total = base points (each at most its criterion's maximum) + bonus − penalty; equal totals share a rank.",
  },
  "scores.missing": {
    vi: "Chưa nộp ({count}): {list}",
    en: "No sheet yet ({count}): {list}",
  },
  "scores.none": {
    vi: "chưa đơn vị nào nộp bảng điểm năm {year}",
    en: "no agency has sent a score sheet for {year} yet",
  },
  "scores.none.hint": {
    vi: "nhập bằng tdkt import {year} TỆP...",
    en: "import them with tdkt import {year} FILE...",
  },
} satisfies Catalog;
