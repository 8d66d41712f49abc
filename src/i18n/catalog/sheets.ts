import type { Catalog } from "../types.js";

/**
 * Messages of reading sheets (CSV files and Excel workbooks) in every
 * `tdkt … import`, of the total row, and of the head's check (`scores --diff`,
 * `--approve`, `--detail`). The place (`FILE:SHEET!CELL`) is carried by the
 * error's location, so the messages do not repeat it.
 */
export const sheets = {
  "cli.scores.detail": {
    vi: "điểm từng tiêu chí (nhóm và điểm cộng nhóm) của một đơn vị, hoặc của mọi đơn vị",
    en: "points per criterion (groups and their subtotals) of one agency, or of every agency",
  },
  "cli.scores.diff": {
    vi: "các tiêu chí có điểm khối chấm khác điểm tự chấm, kèm nhận xét và giải trình",
    en: "the criteria whose checked points differ from the self-score, with comments and explanations",
  },
  "cli.scores.approve": {
    vi: "thông qua bảng điểm (ghi ngày; biên bản ghi bảng điểm đã được thông qua)",
    en: "approve the score table (dated; the minutes then say it was approved)",
  },
  "check.diff.title": {
    vi: "Chênh lệch giữa điểm tự chấm và điểm khối chấm năm {year}",
    en: "Self-scores against checked points, {year}",
  },
  "check.diff.none": {
    vi: "Không có tiêu chí nào có điểm khối chấm khác điểm tự chấm.",
    en: "No criterion has checked points different from the self-score.",
  },
  "check.diff.summary": {
    vi: "Tổng cộng: {count} tiêu chí có chênh lệch.",
    en: "In all: {count} criteria differ.",
  },
  "check.col.criterion": { vi: "Tiêu chí", en: "Criterion" },
  "check.col.title": { vi: "Nội dung", en: "Title" },
  "check.col.max": { vi: "Điểm chuẩn", en: "Max" },
  "check.col.self": { vi: "Tự chấm", en: "Self" },
  "check.col.checked": { vi: "Khối chấm", en: "Checked" },
  "check.col.counted": { vi: "Điểm tính", en: "Counted" },
  "check.col.change": { vi: "Chênh lệch", en: "Change" },
  "check.col.comment": { vi: "Nhận xét", en: "Comment" },
  "check.col.explanation": { vi: "Giải trình", en: "Explanation" },
  "check.detail.title": {
    vi: "Điểm từng tiêu chí năm {year}",
    en: "Points per criterion, {year}",
  },
  "check.detail.total": {
    vi: "Cơ bản {base} + thưởng {bonus} − trừ {penalty} = tổng {total}",
    en: "Base {base} + bonus {bonus} − penalty {penalty} = total {total}",
  },
  "check.detail.rule": {
    vi: "Điểm tính: điểm khối chấm nếu có, nếu không là điểm tự chấm; mỗi nhóm tính tối đa bằng điểm chuẩn của nhóm (trong ngoặc: tổng trước khi giới hạn).",
    en: "Counted: the checked points where there are some, else the self-score; each group counts at most its maximum (in brackets: the sum before the cap).",
  },
  "check.approve.done": {
    vi: "Đã thông qua bảng điểm năm {year} ngày {date}.",
    en: "The {year} score table was approved on {date}.",
  },
  "check.approve.again": {
    vi: "Bảng điểm năm {year} đã thay đổi sau lần thông qua trước; đã thông qua lại ngày {date}.",
    en: "The {year} score table changed since it was approved; approved again on {date}.",
  },
  "check.approve.unchanged": {
    vi: "Bảng điểm năm {year} đã được thông qua ngày {date}; không có gì thay đổi.",
    en: "The {year} score table was already approved on {date}; nothing changed.",
  },
  "check.approve.noScores": {
    vi: "chưa có điểm nào của năm {year} để thông qua",
    en: "there are no scores for {year} to approve",
  },
  "minutes.scores.approved": {
    vi: "Bảng điểm đã được Hội nghị thông qua ngày {date}.",
    en: "The score table was approved by the conference on {date}.",
  },
  "criteria.parent.unknown": {
    vi: "tiêu chí {code} thuộc nhóm '{parent}', nhưng bảng không có tiêu chí mã {parent}",
    en: "criterion {code} belongs to group '{parent}', but the table has no criterion {parent}",
  },
  "criteria.parent.cycle": {
    vi: "tiêu chí {code} nằm trong chính nhánh của nó (nhóm lồng vòng)",
    en: "criterion {code} is inside its own branch (groups in a loop)",
  },
  "cli.option.sheet": {
    vi: "trang tính cần đọc trong tệp Excel (mặc định: trang đầu, hoặc mọi trang mang tên đơn vị)",
    en: "the sheet of an Excel workbook to read (default: the first, or every sheet named after an agency)",
  },
  "sheet.ods": {
    vi: "đây là bảng tính OpenDocument (.ods); tdkt đọc tệp Excel (.xlsx) và CSV",
    en: "this is an OpenDocument spreadsheet (.ods); tdkt reads Excel workbooks (.xlsx) and CSV",
  },
  "sheet.ods.hint": {
    vi: 'Mở tệp bằng LibreOffice và chọn Lưu thành "Excel 2007-365 (.xlsx)" hoặc "CSV".',
    en: 'Open it in LibreOffice and use Save As "Excel 2007-365 (.xlsx)" or "CSV".',
  },
  "sheet.xls": {
    vi: "đây là bảng tính Excel kiểu cũ (.xls); tdkt đọc tệp .xlsx và CSV",
    en: "this is an old-style Excel workbook (.xls); tdkt reads .xlsx and CSV",
  },
  "sheet.xls.hint": {
    vi: 'Mở tệp bằng Excel và chọn Lưu thành "Excel Workbook (*.xlsx)".',
    en: 'Open it in Excel and use Save As "Excel Workbook (*.xlsx)".',
  },
  "sheet.optionOnCsv": {
    vi: "--sheet chỉ dùng cho tệp Excel (.xlsx), không dùng cho tệp CSV",
    en: "--sheet applies to Excel workbooks (.xlsx), not to CSV files",
  },
  "sheet.truncated": {
    vi: "tệp Excel bị cắt cụt hoặc hỏng (không đọc được cấu trúc nén của tệp)",
    en: "the Excel file is cut short or damaged (its zip structure cannot be read)",
  },
  "sheet.bomb": {
    vi: "tệp Excel có phần nén {entry} giải nén ra lớn hơn kích thước khai báo (tệp hỏng hoặc độc hại)",
    en: "the Excel file's part {entry} unpacks to more than it declares (damaged or hostile file)",
  },
  "sheet.entities": {
    vi: "tệp Excel có khai báo DOCTYPE/ENTITY trong {entry}, điều Excel không bao giờ ghi (tệp độc hại)",
    en: "the Excel file declares a DOCTYPE/ENTITY in {entry}, which Excel never writes (hostile file)",
  },
  "sheet.tooLarge": {
    vi: "tệp Excel giải nén ra {size} MB, quá giới hạn {limit} MB mà tdkt đọc",
    en: "the Excel file unpacks to {size} MB, over the {limit} MB limit tdkt reads",
  },
  "sheet.tooLarge.hint": {
    vi: "Với bảng rất lớn, lưu thành CSV rồi nhập tệp CSV.",
    en: "For a very large table, save it as CSV and import the CSV file.",
  },
  "sheet.notWorkbook": {
    vi: "tệp nén này không phải bảng tính Excel (.xlsx)",
    en: "this zip file is not an Excel workbook (.xlsx)",
  },
  "sheet.unreadable": {
    vi: "không đọc được tệp Excel ({reason})",
    en: "the Excel file cannot be read ({reason})",
  },
  "sheet.broken.hint": {
    vi: "Mở tệp bằng Excel, kiểm tra nội dung và lưu lại thành .xlsx, hoặc xin đơn vị gửi lại tệp.",
    en: "Open the file in Excel, check it and save it again as .xlsx, or ask the agency to send it again.",
  },
  "sheet.none": {
    vi: "tệp Excel không có trang tính nào để đọc",
    en: "the Excel file has no sheet to read",
  },
  "sheet.notFound": {
    vi: "không có trang tính '{sheet}' (các trang: {sheets})",
    en: "there is no sheet '{sheet}' (sheets: {sheets})",
  },
  "sheet.notFound.hint": {
    vi: "Ghi đúng tên trang tính sau --sheet.",
    en: "Give the sheet's exact name after --sheet.",
  },
  "sheet.noHeader": {
    vi: "trang tính '{sheet}' không có hàng tiêu đề cột",
    en: "sheet '{sheet}' has no header row",
  },
  "sheet.noHeader.hint": {
    vi: "Bảng cần một hàng tiêu đề cột (ví dụ: Mã tiêu chí, Điểm tự chấm, Điểm khối chấm).",
    en: "The table needs a header row (for example: criterion, self_points, checked_points).",
  },
  "sheet.formulaNoResult": {
    vi: "ô có công thức nhưng chưa có giá trị đã tính",
    en: "the cell holds a formula without a computed value",
  },
  "sheet.formulaNoResult.hint": {
    vi: "Mở tệp bằng Excel để công thức được tính, lưu lại rồi nhập lại.",
    en: "Open the file in Excel so that its formulas are computed, save it and import again.",
  },
  "sheet.titleRows": {
    vi: "đã bỏ qua các hàng tiêu đề phía trên bảng (hàng {rows})",
    en: "title rows above the table skipped (rows {rows})",
  },
  "sheet.hiddenRows": {
    vi: "{count} hàng bị ẩn không được đọc (hàng {rows}); bỏ ẩn nếu các hàng này cần được tính",
    en: "{count} hidden rows not read (rows {rows}); unhide them if they should count",
  },
  "sheet.hiddenColumns": {
    vi: "{count} cột bị ẩn không được đọc (cột {columns}); bỏ ẩn nếu các cột này cần được tính",
    en: "{count} hidden columns not read (columns {columns}); unhide them if they should count",
  },
  "sheet.sheetsIgnored": {
    vi: "{file}: các trang tính không mang tên đơn vị thành viên không được đọc: {sheets}",
    en: "{file}: sheets not named after a member agency were not read: {sheets}",
  },
  "sheet.total.differs": {
    vi: "hàng tổng ghi {column} là {given}, nhưng tổng các hàng phía trên là {computed}",
    en: "the total row says {column} {given}, but the rows above add up to {computed}",
  },
} satisfies Catalog;
