/**
 * Checks a workbook's zip container before a spreadsheet library unpacks it:
 * a score sheet is small, and a hostile or broken file (a truncated download,
 * a zip bomb whose entries unpack to gigabytes, XML declaring entities) must
 * end in a clear error with bounded memory, not in an exhausted process.
 *
 * Every entry is inflated here once, with Node's `maxOutputLength` set to the
 * size the entry declares: an entry that lies about its size stops at that
 * size instead of filling memory. The declared sizes together are capped.
 */
import { inflateRawSync } from "node:zlib";

/** Unpacked bytes of all entries together: a sheet of tens of thousands of cells is far below. */
export const UNPACKED_LIMIT = 16 * 1024 * 1024;
const ENTRY_LIMIT = 2000;

export type ZipProblem =
  | { kind: "truncated" }
  | { kind: "tooLarge"; unpacked: number; limit: number }
  | { kind: "bomb"; entry: string }
  | { kind: "entities"; entry: string }
  | { kind: "ods" }
  | { kind: "notWorkbook" };

export type ZipCheck = { ok: true } | { ok: false; problem: ZipProblem };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  offset: number;
}

/** The central directory's entries, or undefined when the file is cut or not a zip. */
function entriesOf(zip: Buffer): Entry[] | undefined {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let at = zip.length - 22; at >= from; at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (at + size > end) return undefined;
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      unpacked: zip.readUInt32LE(at + 24),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry no further than its declared size; undefined when it is cut or lies. */
function unpack(zip: Buffer, entry: Entry): Buffer | "cut" | "lies" {
  const at = entry.offset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) return "cut";
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressed > zip.length) return "cut";
  const data = zip.subarray(start, start + entry.compressed);
  if (entry.method === 0) return entry.compressed === entry.unpacked ? data : "lies";
  if (entry.method !== 8) return "lies";
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.unpacked) });
    return out.length === entry.unpacked ? out : "lies";
  } catch (error) {
    return error instanceof RangeError ? "lies" : "cut";
  }
}

/**
 * Whether `zip` is a workbook that is safe to hand to the spreadsheet library.
 * OpenDocument (.ods) is told apart for its own message.
 */
export function checkWorkbookZip(zip: Buffer): ZipCheck {
  const entries = entriesOf(zip);
  if (entries === undefined) return { ok: false, problem: { kind: "truncated" } };
  if (entries.length > ENTRY_LIMIT) {
    return { ok: false, problem: { kind: "tooLarge", unpacked: -1, limit: UNPACKED_LIMIT } };
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpacked, 0);
  if (unpacked > UNPACKED_LIMIT) {
    return { ok: false, problem: { kind: "tooLarge", unpacked, limit: UNPACKED_LIMIT } };
  }
  const names = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const content = unpack(zip, entry);
    if (content === "cut") return { ok: false, problem: { kind: "truncated" } };
    if (content === "lies") return { ok: false, problem: { kind: "bomb", entry: entry.name } };
    if (
      entry.name === "mimetype" &&
      content.toString("latin1").startsWith("application/vnd.oasis.opendocument")
    ) {
      return { ok: false, problem: { kind: "ods" } };
    }
    // Excel never writes a document type declaration; one in a workbook is an entity attack.
    if (
      /\.(xml|rels)$/i.test(entry.name) &&
      /<!(DOCTYPE|ENTITY)/i.test(content.toString("latin1"))
    ) {
      return { ok: false, problem: { kind: "entities", entry: entry.name } };
    }
  }
  if (!names.has("xl/workbook.xml")) {
    return { ok: false, problem: { kind: names.has("content.xml") ? "ods" : "notWorkbook" } };
  }
  return { ok: true };
}
