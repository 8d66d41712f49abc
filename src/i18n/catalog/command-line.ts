/**
 * The command line itself: commander's help headings and usage messages in
 * the user's language, argument names, the columns of every import file.
 */
import type { Catalog } from "../types.js";

export const commandLine = {
  "cli.help.usage": { vi: "Cách dùng:", en: "Usage:" },
  "cli.help.arguments": { vi: "Đối số:", en: "Arguments:" },
  "cli.help.options": { vi: "Tùy chọn:", en: "Options:" },
  "cli.help.globalOptions": { vi: "Tùy chọn chung:", en: "Global Options:" },
  "cli.help.commands": { vi: "Lệnh:", en: "Commands:" },
  "cli.help.optionsWord": { vi: "tùy-chọn", en: "options" },
  "cli.help.commandWord": { vi: "lệnh", en: "command" },
  "cli.help.choices": { vi: "chọn một trong", en: "choices" },
  "cli.help.default": { vi: "mặc định", en: "default" },
  "cli.arg.year": { vi: "năm", en: "year" },
  "cli.arg.file": { vi: "tệp", en: "file" },
  "cli.arg.ballot": { vi: "số-phiếu", en: "ballot" },
  "cli.arg.files": { vi: "tệp", en: "files" },
  "cli.arg.key": { vi: "khóa", en: "key" },
  "cli.arg.value": { vi: "giá-trị", en: "value" },
  "cli.arg.agency": { vi: "đơn-vị", en: "agency" },
  "cli.arg.code": { vi: "mã", en: "code" },
  "cli.arg.name": { vi: "tên", en: "name" },
  "cli.arg.lang": { vi: "ngôn-ngữ", en: "lang" },
  "cli.arg.n": { vi: "số", en: "n" },
  "cli.arg.race": { vi: "nội-dung", en: "race" },
  "cli.arg.date": { vi: "ngày", en: "date" },
  "cli.arg.time": { vi: "giờ", en: "hh:mm" },
  "cli.arg.text": { vi: "văn-bản", en: "text" },
  "cli.arg.codes": { vi: "các-mã", en: "codes" },
  "cli.arg.names": { vi: "các-tên", en: "names" },
  "cli.arg.mark": { vi: "cách-đánh-dấu", en: "mark" },
  "cli.arg.reason": { vi: "lý-do", en: "reason" },
  "cli.arg.titles": { vi: "các-chức-vụ", en: "titles" },
  "cli.arg.format": { vi: "định-dạng", en: "format" },
  "cli.error.missingArgument": {
    vi: "thiếu đối số bắt buộc '{name}'",
    en: "missing required argument '{name}'",
  },
  "cli.error.optionMissingArgument": {
    vi: "tùy chọn '{flags}' cần một giá trị",
    en: "option '{flags}' argument missing",
  },
  "cli.error.unknownOption": { vi: "tùy chọn không có: '{flag}'", en: "unknown option '{flag}'" },
  "cli.error.unknownCommand": { vi: "lệnh không có: '{name}'", en: "unknown command '{name}'" },
  "cli.error.excessArguments": {
    vi: "thừa đối số: cần {expected}, nhận được {received}",
    en: "too many arguments: expected {expected}, got {received}",
  },
  "cli.error.invalidChoice": {
    vi: "tùy chọn '{flags}' không nhận giá trị '{value}'; chọn một trong: {choices}",
    en: "option '{flags}' argument '{value}' is invalid; allowed choices are {choices}",
  },
  "cli.error.didYouMean": { vi: "(có phải là {name}?)", en: "(did you mean {name}?)" },
  "cli.columns.title": { vi: "Các cột của tệp:", en: "The file's columns:" },
  "cli.columns.required": { vi: "bắt buộc", en: "required" },
  "cli.columns.optional": { vi: "không bắt buộc", en: "optional" },
  "cli.columns.example": {
    vi: "Ví dụ tệp (CSV, UTF-8; tiêu đề tiếng Việt hay tiếng Anh đều được):",
    en: "An example file (CSV, UTF-8; Vietnamese or English headers):",
  },
  "cli.columns.agencies": {
    vi: [
      "  code (mã, mã đơn vị)            mã đơn vị, bắt buộc",
      "  name (tên, tên đơn vị)          tên đầy đủ, bắt buộc",
      "  short_name (tên viết tắt)       tên ngắn, không bắt buộc",
      "  order (thứ tự, stt)             thứ tự luân phiên, mặc định thứ tự trong tệp",
    ].join("\n"),
    en: [
      "  code (mã, mã đơn vị)            the agency's code, required",
      "  name (tên, tên đơn vị)          its full name, required",
      "  short_name (tên viết tắt)       a short name, optional",
      "  order (thứ tự, stt)             rotation order, by default the file's order",
    ].join("\n"),
  },
  "cli.columns.criteria": {
    vi: [
      "  code (mã, mã tiêu chí)                      mã tiêu chí, bắt buộc",
      "  title (tên, tên tiêu chí, tiêu chí)         nội dung tiêu chí, bắt buộc",
      "  max_points (điểm tối đa, điểm chuẩn)        điểm tối đa, bắt buộc",
      "  kind (loại)                                 base | bonus | penalty (cơ bản | thưởng | trừ), mặc định base",
    ].join("\n"),
    en: [
      "  code (mã, mã tiêu chí)                      the criterion's code, required",
      "  title (tên, tên tiêu chí, tiêu chí)         what is scored, required",
      "  max_points (điểm tối đa, điểm chuẩn)        the most points, required",
      "  kind (loại)                                 base | bonus | penalty (cơ bản | thưởng | trừ), default base",
    ].join("\n"),
  },
  "cli.columns.scores": {
    vi: [
      "  agency (đơn vị, mã đơn vị)        mã hoặc tên đơn vị; bỏ được khi tệp mang tên mã (STP.csv) hoặc có --agency",
      "  criterion (tiêu chí, mã tiêu chí) mã tiêu chí, bắt buộc",
      "  points (điểm)                     điểm, số không âm, bắt buộc",
      "  note (ghi chú)                    ghi chú, không bắt buộc",
    ].join("\n"),
    en: [
      "  agency (đơn vị, mã đơn vị)        code or name; may be left out when the file is named after the code (STP.csv) or --agency is given",
      "  criterion (tiêu chí, mã tiêu chí) the criterion's code, required",
      "  points (điểm)                     points, a non-negative number, required",
      "  note (ghi chú)                    a note, optional",
    ].join("\n"),
  },
  "cli.columns.ballots": {
    vi: [
      "  ballot (phiếu, số phiếu)        số phiếu, bắt buộc",
      "  race (nội dung)                 flag | certificate | head | deputy | govflag",
      "                                  (co-thi-dua | bang-khen | truong-khoi | pho-khoi | co-thi-dua-chinh-phu)",
      "  choice (lựa chọn)               mã đơn vị được chọn; để trống: phiếu trống ở nội dung đó",
      "  Dạng bảng (với --race): tiêu đề ballot,MÃ1,MÃ2,… và ô x, X hoặc 1 đánh dấu lựa chọn",
    ].join("\n"),
    en: [
      "  ballot (phiếu, số phiếu)        the ballot's number, required",
      "  race (nội dung)                 flag | certificate | head | deputy | govflag",
      "                                  (co-thi-dua | bang-khen | truong-khoi | pho-khoi | co-thi-dua-chinh-phu)",
      "  choice (lựa chọn)               the chosen agency's code; empty: a blank race on that ballot",
      "  Matrix form (with --race): a header ballot,CODE1,CODE2,… and a cell x, X or 1 marking a choice",
    ].join("\n"),
  },
} satisfies Catalog;
