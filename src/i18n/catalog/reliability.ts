import type { Catalog } from "../types.js";

/** Messages of the reliability area. Keys are `reliability.something`. */
export const reliability = {
  "reliability.db.folderMissing": {
    vi: "không có thư mục {folder} để tạo cơ sở dữ liệu {path}",
    en: "the folder {folder} does not exist, so {path} cannot be created",
  },
  "reliability.db.folderMissing.hint": {
    vi: "tạo thư mục trước, hoặc chọn đường dẫn khác bằng --db FILE hay biến TDKT_DB",
    en: "create the folder first, or choose another path with --db FILE or TDKT_DB",
  },
  "reliability.db.directory.hint": {
    vi: "chỉ tệp cơ sở dữ liệu trong thư mục đó, ví dụ --db {path}/tdkt.db",
    en: "name the database file inside that folder, e.g. --db {path}/tdkt.db",
  },
  "reliability.db.empty": {
    vi: "{path} còn trống, chưa phải cơ sở dữ liệu tdkt",
    en: "{path} is empty, not yet a tdkt database",
  },
  "reliability.db.empty.hint": {
    vi: 'tạo cơ sở dữ liệu bằng `tdkt init --bloc MÃ --name "Tên khối"`, hoặc chỉ tệp khác bằng --db FILE hay biến TDKT_DB; tệp không bị thay đổi',
    en: 'create the database with `tdkt init --bloc CODE --name "NAME"`, or name another file with --db FILE or TDKT_DB; the file was not changed',
  },
  "reliability.db.foreign": {
    vi: "{path} là cơ sở dữ liệu SQLite của chương trình khác, không phải của tdkt",
    en: "{path} is an SQLite database of another program, not a tdkt database",
  },
  "reliability.db.foreign.hint": {
    vi: "chỉ đúng tệp của tdkt bằng --db FILE hay biến TDKT_DB; tdkt không thay đổi tệp này",
    en: "name the tdkt database with --db FILE or TDKT_DB; tdkt does not change this file",
  },
} satisfies Catalog;
