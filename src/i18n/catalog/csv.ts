import type { Catalog } from "../types.js";

/**
 * Messages of the CSV reader (every `tdkt … import`). Keys are `csv.something`.
 * The file, line and column are carried by the error's location, so the
 * messages do not repeat them.
 */
const SAVE_AS_CSV_VI = 'Mở tệp bằng Excel và chọn Lưu thành "CSV UTF-8 (Comma delimited) (*.csv)".';
const SAVE_AS_CSV_EN = 'Open it in Excel and use Save As "CSV UTF-8 (Comma delimited) (*.csv)".';

export const csv = {
  "csv.notFound": { vi: "không tìm thấy tệp", en: "file not found" },
  "csv.notFound.hint": {
    vi: "Kiểm tra lại đường dẫn và tên tệp.",
    en: "Check the path and the file name.",
  },
  "csv.isDirectory": {
    vi: "đây là một thư mục, không phải tệp CSV",
    en: "this is a directory, not a CSV file",
  },
  "csv.isDirectory.hint": {
    vi: "Hãy chỉ ra một tệp .csv nằm trong thư mục đó.",
    en: "Give the path of a .csv file inside it.",
  },
  "csv.unreadable": {
    vi: "không đọc được tệp ({reason})",
    en: "cannot read the file ({reason})",
  },
  "csv.unreadable.hint": {
    vi: "Kiểm tra quyền đọc tệp, hoặc đóng chương trình đang khóa tệp.",
    en: "Check that you may read the file, or close the program that holds it.",
  },
  "csv.empty": {
    vi: "tệp trống: không có dòng tiêu đề",
    en: "the file is empty: there is no header line",
  },
  "csv.empty.hint": {
    vi: "Tệp CSV cần một dòng tiêu đề (tên các cột) rồi đến các dòng dữ liệu.",
    en: "A CSV file needs a header line (the column names) followed by the data lines.",
  },
  "csv.binary": {
    vi: "tệp chứa byte NUL: đây không phải tệp văn bản CSV",
    en: "the file contains NUL bytes: it is not a CSV text file",
  },
  "csv.binary.hint": {
    vi: `${SAVE_AS_CSV_VI} Tệp UTF-16 phải có BOM.`,
    en: `${SAVE_AS_CSV_EN} A UTF-16 file must start with a byte order mark (BOM).`,
  },
  "csv.workbook": {
    vi: "đây là bảng tính Excel (.xlsx/.xls), không phải tệp CSV",
    en: "this is an Excel workbook (.xlsx/.xls), not a CSV file",
  },
  "csv.workbook.hint": { vi: SAVE_AS_CSV_VI, en: SAVE_AS_CSV_EN },
  "csv.invalidUtf8": {
    vi: "byte không hợp lệ trong UTF-8 (phần đầu tệp đã được đọc theo UTF-8)",
    en: "invalid UTF-8 bytes (the start of the file was read as UTF-8)",
  },
  "csv.invalidUtf8.hint": {
    vi: `Tệp lẫn nhiều bảng mã. ${SAVE_AS_CSV_VI}`,
    en: `The file mixes encodings. ${SAVE_AS_CSV_EN}`,
  },
  "csv.tooLong": {
    vi: "bản ghi dài quá {limit}",
    en: "the record is longer than {limit}",
  },
  "csv.tooLong.hint": {
    vi: "Kiểm tra xem tệp có đúng là CSV không, và mỗi dòng có kết thúc bằng xuống dòng không.",
    en: "Check that this is a CSV file and that its lines end with line breaks.",
  },
  "csv.tooLong.quoteHint": {
    vi: 'Có lẽ dấu ngoặc kép mở ở dòng {line} không được đóng: mỗi ô trong ngoặc kép phải kết thúc bằng một dấu ".',
    en: 'Probably the quote opened on line {line} is never closed: a quoted field must end with a ".',
  },
  "csv.unterminatedQuote": {
    vi: "dấu ngoặc kép mở ở dòng {line} không được đóng cho đến hết tệp",
    en: "the quote opened on line {line} is never closed before the end of the file",
  },
  "csv.unterminatedQuote.hint": {
    vi: 'Thêm dấu " để đóng ô, và viết dấu ngoặc kép bên trong ô thành hai dấu ("").',
    en: 'Add the closing ", and write a quote inside a quoted field as two quotes ("").',
  },
  "csv.textAfterQuote": {
    vi: "có ký tự sau dấu ngoặc kép đóng của ô {column}",
    en: "text follows the closing quote of field {column}",
  },
  "csv.textAfterQuote.hint": {
    vi: 'Trong ô có ngoặc kép, viết dấu ngoặc kép thành hai dấu, ví dụ "Trường ""A"" tỉnh".',
    en: 'Inside a quoted field write a quote as two quotes, e.g. "Trường ""A"" tỉnh".',
  },
  "csv.tooManyFields": {
    vi: "dòng có {count} ô nhưng dòng tiêu đề chỉ có {columns} cột",
    en: "the record has {count} fields but the header has {columns} columns",
  },
  "csv.tooManyFields.hint": {
    vi: "Đặt giá trị có chứa dấu phân cách {delimiter} trong ngoặc kép, hoặc bỏ giá trị thừa.",
    en: "Put a value that contains the delimiter {delimiter} in double quotes, or remove the extra value.",
  },
  "csv.missingColumn": {
    vi: "thiếu cột {column}",
    en: "missing column {column}",
  },
  "csv.missingColumn.hint": {
    vi: "Tên cột được chấp nhận: {names}. Dòng tiêu đề của tệp: {header}.",
    en: "Accepted header names: {names}. The file's header: {header}.",
  },
  "csv.duplicateColumn": {
    vi: "cột {column} xuất hiện hai lần (cột {first} và cột {second})",
    en: "column {column} appears twice (columns {first} and {second})",
  },
  "csv.duplicateColumn.hint": {
    vi: "Giữ lại một cột và xóa hoặc đổi tên cột kia.",
    en: "Keep one of them and delete or rename the other.",
  },
  "csv.delimiter.tab": { vi: "tab", en: "tab" },
  "csv.number.empty": { vi: "ô trống, cần một số", en: "empty, a number is needed" },
  "csv.number.negative": {
    vi: "{value} là số âm, cần một số không âm",
    en: "{value} is negative, a non-negative number is needed",
  },
  "csv.number.decimal-comma": {
    vi: "{value}: dấu phẩy thập phân chỉ được dùng khi tệp phân cách bằng ; hoặc tab",
    en: "{value}: a decimal comma is accepted only when the delimiter is ; or a tab",
  },
  "csv.number.decimal-comma.hint": {
    vi: "Dùng dấu chấm thập phân (1.5), hoặc lưu tệp với dấu phân cách ;.",
    en: "Write a decimal point (1.5), or save the file with ; as the delimiter.",
  },
  "csv.number.ambiguous": {
    vi: "'{value}' không rõ nghĩa trong tệp dùng dấu phẩy thập phân: là {point} (dấu chấm thập phân) hay {thousands} (dấu chấm phân cách hàng nghìn)?",
    en: "'{value}' is ambiguous in a file whose decimal mark is the comma: {point} (decimal point) or {thousands} (thousands dot)?",
  },
  "csv.titleRows": {
    vi: 'đã bỏ qua các dòng tiêu đề phía trên hàng tên cột (dòng {lines}: "{text}")',
    en: 'title rows above the header skipped (lines {lines}: "{text}")',
  },
  "csv.number.invalid": {
    vi: "{value} không phải là một số",
    en: "{value} is not a number",
  },
} satisfies Catalog;
