/**
 * The one CSV reader of every `tdkt … import` (contract, "Input files"):
 * encodings UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * Windows-1258; delimiters `,` `;` and tab, detected from the header; LF and
 * CRLF; RFC 4180 quoting; text normalised to NFC. It streams: the file is read
 * in chunks and handed out in batches of records, so memory stays flat
 * whatever the file's size. Every problem is a TdktError (exit 1) naming the
 * file and, where there is one, the line and field, with a hint.
 */
import { createHash } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve as absolutePath } from "node:path";
import {
  type NumberProblem,
  type NumberResult,
  readNumberCell,
  visibleText,
} from "../core/number-cell.js";
import { type Problem, Problems, problem } from "../core/problem.js";
import { headerKey } from "../core/text.js";
import { TdktError } from "../errors.js";
import { getLang, t } from "../i18n/index.js";
import { reachMoment, testMomentsOn } from "../test-moments.js";
import {
  type ChunkDecoder,
  type CsvEncoding,
  createDecoder,
  InvalidUtf8Error,
  isWorkbook,
  sniffBom,
  Utf8Decoder,
} from "./csv-decode.js";
import { type CsvDelimiter, CsvParser, type CsvRecord } from "./csv-parser.js";
import { throwProblems } from "./problem-text.js";

export type { CsvEncoding } from "./csv-decode.js";
export type { CsvDelimiter, CsvRecord } from "./csv-parser.js";

export interface CsvFile {
  path: string;
  /** The name used in messages (e.g. `scores/STP.csv`). */
  displayName: string;
  encoding: CsvEncoding;
  bom: boolean;
  delimiter: CsvDelimiter;
  /** The header cells, trimmed and NFC. */
  header: string[];
  headerLine: number;
  /**
   * The records after the header, in order, in batches (one per chunk read).
   * Fields are NFC; unquoted ones trimmed. Every record has exactly
   * `header.length` fields (missing ones are ""). Records whose fields are all
   * empty are skipped. Can be iterated once; the file is closed at the end,
   * on an error, or when the loop is left early.
   */
  batches(): AsyncIterable<CsvRecord[]>;
  /** Close the file; needed only when `batches()` is not iterated (it closes by itself). Idempotent. */
  close(): Promise<void>;
  /** Notes for the user: title rows above the header skipped, the `sep=` line read. */
  notes: Problem[];
}

export interface OpenCsvOptions {
  displayName?: string;
  /** The longest record accepted (default 1 MiB); counted in characters of decoded text. */
  maxLineBytes?: number;
  /** Bytes read at a time (default 64 KiB); small values exercise chunk boundaries in tests. */
  chunkBytes?: number;
}

/** Bytes read at a time: few system calls, and still a flat, small memory. */
/**
 * Bytes read at a time. Decoded, a chunk of 1 MiB is a string too large for
 * V8's young generation: it is freed only by a full collection, and the peak
 * memory of a long file grows with it (measured on a score import: 154 MB for
 * 1,000,000 rows, 196 MB for 5,000,000). At 64 KiB the chunks die young and
 * the peak stays flat (123 MB and 128 MB), at the same speed.
 */
const CHUNK_BYTES = 64 * 1024;
/** Characters parsed per batch (see `parse` in openCsv). */
const SLICE_CHARS = 32 * 1024;
/**
 * At least this much of a file without BOM is checked to choose between UTF-8 and Windows-1258
 * (in practice the whole first chunk read is).
 */
const SNIFF_BYTES = 64 * 1024;
const DEFAULT_MAX_LINE = 1024 * 1024;
/**
 * A pause after each chunk read, switched on only by the crash tests
 * (tests/reliability/crash-scenario.ts) so that every moment they kill at
 * (a fraction of the file parsed) lasts long enough to be seen on any
 * machine. Unset, it costs nothing.
 */
const TEST_READ_PAUSE_MS = Number(process.env.TDKT_TEST_READ_PAUSE_MS ?? 0) || 0;

export async function openCsv(path: string, options: OpenCsvOptions = {}): Promise<CsvFile> {
  const displayName = options.displayName ?? path;
  const maxRecordLength = options.maxLineBytes ?? DEFAULT_MAX_LINE;
  await checkReadable(path, displayName);

  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES });
  const reader = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      if (stream.closed) resolve();
      else {
        stream.once("close", () => resolve());
        stream.destroy();
      }
    });
    return closed;
  };
  // The crash tests' moments (src/test-moments.ts): each tenth of the file
  // read (`csv-10` … `csv-90`), and the file read and closed (`csv-end`).
  const size = testMomentsOn ? (await stat(path)).size : 0;
  let read = 0;
  let tenths = 0;
  const next = async (): Promise<Buffer | undefined> => {
    try {
      const result = await reader.next();
      if (testMomentsOn) {
        if (!result.done) {
          read += result.value.length;
          while (tenths < 9 && read * 10 >= size * (tenths + 1)) {
            tenths++;
            reachMoment(`csv-${tenths * 10}`, absolutePath(path));
          }
        } else {
          await close();
          reachMoment("csv-end", absolutePath(path));
        }
      }
      if (TEST_READ_PAUSE_MS > 0) {
        // At the end, once the file is closed too (the moment after reading).
        if (result.done) await close();
        await new Promise((resolve) => setTimeout(resolve, TEST_READ_PAUSE_MS));
      }
      return result.done ? undefined : result.value;
    } catch (error) {
      throw fileError(error, displayName);
    }
  };

  try {
    // The first bytes decide the encoding.
    const head: Buffer[] = [];
    let headLength = 0;
    let eof = false;
    while (headLength < SNIFF_BYTES) {
      const chunk = await next();
      if (chunk === undefined) {
        eof = true;
        break;
      }
      head.push(chunk);
      headLength += chunk.length;
    }
    let prefix = Buffer.concat(head, headLength);
    if (isWorkbook(prefix)) {
      throw new TdktError(t("csv.workbook"), {
        location: { file: displayName },
        hint: t("csv.workbook.hint"),
      });
    }
    // Made once the first text is read: a `sep=` line there may set the delimiter.
    let parser: CsvParser | undefined;
    const lineAfterPending = () => parser?.lineAfterPending() ?? 1;
    const binary = (line: number) =>
      new TdktError(t("csv.binary"), {
        location: { file: displayName, line },
        hint: t("csv.binary.hint"),
      });
    const bom = sniffBom(prefix);
    let encoding: CsvEncoding;
    let decoder: ChunkDecoder;
    let firstText: string | undefined;
    if (bom) {
      encoding = bom.encoding;
      prefix = prefix.subarray(bom.length);
      decoder = createDecoder(encoding);
    } else {
      // NUL bytes: binary (or UTF-16 without its BOM), whatever the 8-bit encoding.
      const nul = prefix.indexOf(0);
      if (nul !== -1) throw binary(1 + countByte(prefix, 0x0a, nul));
      // UTF-8 if what was read first (the first 64 KiB chunk) is valid
      // UTF-8, a character cut at its end carried over; else Windows-1258, the legacy Vietnamese
      // code page. A later chunk that is not UTF-8 is then an error, not a silent switch.
      const utf8 = new Utf8Decoder();
      try {
        firstText = utf8.write(prefix);
        if (eof) firstText += utf8.end();
        encoding = "utf-8";
        decoder = utf8;
      } catch (error) {
        if (!(error instanceof InvalidUtf8Error)) throw error;
        firstText = undefined;
        encoding = "windows-1258";
        decoder = createDecoder(encoding);
      }
    }

    const wide = encoding === "utf-16le" || encoding === "utf-16be";
    const decode = (bytes: Buffer, final: boolean): string => {
      // A NUL byte: binary, not text (found in the bytes, faster than in the text, where UTF-16 allows).
      const nul = wide ? -1 : bytes.indexOf(0);
      if (nul !== -1) throw binary(lineAfterPending() + countByte(bytes, 0x0a, nul));
      try {
        const text = decoder.write(bytes);
        return final ? text + decoder.end() : text;
      } catch (error) {
        if (!(error instanceof InvalidUtf8Error)) throw error;
        const line = lineAfterPending() + countByte(error.bytes, 0x0a, error.offset);
        throw new TdktError(t("csv.invalidUtf8"), {
          location: { file: displayName, line },
          hint: t("csv.invalidUtf8.hint"),
        });
      }
    };
    // Text goes to the parser in slices, one batch each: small batches die young (cheap for the
    // garbage collector) while the file is still read in large chunks (few system calls).
    function* parse(text: string, final: boolean): Generator<CsvRecord[]> {
      const nul = wide ? text.indexOf("\u0000") : -1;
      if (nul !== -1) throw binary(lineAfterPending() + countLineFeeds(text, nul));
      if (parser === undefined) throw new Error("the parser is made before text is parsed");
      let from = 0;
      do {
        const to = Math.min(from + SLICE_CHARS, text.length);
        const records = parser.push(
          from === 0 && to === text.length ? text : text.slice(from, to),
          final && to === text.length,
        );
        if (records.length > 0) yield records;
        from = to;
      } while (from < text.length);
    }
    const notes: Problem[] = [];
    const start = prepareStart(firstText ?? decode(prefix, eof), displayName, notes);
    parser = new CsvParser({
      file: displayName,
      maxRecordLength,
      ...(start.delimiter ? { delimiter: start.delimiter } : {}),
    });
    async function* produce(): AsyncGenerator<CsvRecord[]> {
      yield* parse(start.text, eof);
      while (!eof) {
        const chunk = await next();
        if (chunk === undefined) eof = true;
        yield* parse(decode(chunk ?? Buffer.alloc(0), eof), eof);
      }
    }

    const source = produce();
    let pending: CsvRecord[][] = [];
    while (parser.header === undefined) {
      const result = await source.next();
      if (result.done) break;
      pending.push(result.value);
    }
    const header = parser.header as CsvRecord | undefined;
    if (header === undefined) {
      throw new TdktError(t("csv.empty"), {
        location: { file: displayName },
        hint: t("csv.empty.hint"),
      });
    }

    let started = false;
    async function* batches(): AsyncGenerator<CsvRecord[]> {
      if (started) throw new Error("CsvFile.batches() can be iterated only once");
      started = true;
      try {
        const ready = pending;
        pending = [];
        for (const batch of ready) if (batch.length > 0) yield batch;
        yield* source;
      } finally {
        await close();
      }
    }

    return {
      path,
      displayName,
      encoding,
      bom: bom !== undefined,
      delimiter: parser.delimiter ?? ",",
      notes,
      header: header.fields,
      headerLine: header.line,
      batches,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The lines of the start of a file searched for the header below title rows. */
const TITLE_SEARCH_LINES = 20;
const SEP_LINE = /^sep=([,;\t])[ \t]*$/i;

/**
 * The start of a file as spreadsheets write it, made plain for the parser
 * (line numbers kept: the lines dropped are left empty):
 * - Excel's `sep=;` first line sets the delimiter;
 * - title rows above the header (`BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024`, a single
 *   cell each) are skipped, and named in a note. The header is the first line
 *   with two non-empty fields.
 */
function prepareStart(
  text: string,
  file: string,
  notes: Problem[],
): { text: string; delimiter: CsvDelimiter | undefined } {
  const parts = text.split(/(\r\n|\n|\r)/);
  // parts: line, separator, line, separator, …; the last line may be incomplete.
  const complete = Math.min(TITLE_SEARCH_LINES, Math.floor(parts.length / 2));
  let delimiter: CsvDelimiter | undefined;
  let first = 0;
  const sep = SEP_LINE.exec((parts[0] ?? "").replace(/^\uFEFF/, ""));
  if (sep && complete > 0) {
    delimiter = sep[1] as CsvDelimiter;
    parts[0] = "";
    first = 1;
  }
  const titles: number[] = [];
  let header = -1;
  for (let k = first; k < complete; k++) {
    const line = parts[2 * k] as string;
    if (line.trim() === "") continue;
    if (line.includes('"') && !/^\s*"[^"]*"[\s,;\t]*$/.test(line)) break;
    const fields = line
      .split(delimiter ?? /[,;\t]/)
      .filter((field) => field.replace(/["\s\p{Cf}]/gu, "") !== "");
    if (fields.length >= 2) {
      header = k;
      break;
    }
    titles.push(k);
  }
  if (header > 0 && titles.length > 0) {
    const shown = (parts[2 * (titles[0] as number)] as string)
      .replace(/["\p{Cf}]/gu, "")
      .replace(/[,;\t]+\s*$/, "")
      .trim();
    notes.push(
      problem(
        "csv.titleRows",
        { lines: titles.map((k) => k + 1).join(", "), text: shown },
        { file, line: (titles[0] as number) + 1 },
      ),
    );
    for (const k of titles) parts[2 * k] = "";
  }
  return first > 0 || (titles.length > 0 && header > 0)
    ? { text: parts.join(""), delimiter }
    : { text, delimiter };
}

/** Missing, a directory, not readable: each its own message, before any byte is read. */
async function checkReadable(path: string, displayName: string, allowEmpty = false): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(error, displayName);
  }
  if (info.isDirectory()) {
    throw new TdktError(t("csv.isDirectory"), {
      location: { file: displayName },
      hint: t("csv.isDirectory.hint"),
    });
  }
  if (!allowEmpty && info.isFile() && info.size === 0) {
    throw new TdktError(t("csv.empty"), {
      location: { file: displayName },
      hint: t("csv.empty.hint"),
    });
  }
}

function fileError(error: unknown, displayName: string): TdktError {
  if (error instanceof TdktError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const location = { file: displayName };
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new TdktError(t("csv.notFound"), { location, hint: t("csv.notFound.hint") });
  }
  if (code === "EISDIR") {
    return new TdktError(t("csv.isDirectory"), { location, hint: t("csv.isDirectory.hint") });
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new TdktError(t("csv.unreadable", { reason }), {
    location,
    hint: t("csv.unreadable.hint"),
  });
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let count = 0;
  for (let k = bytes.indexOf(byte); k !== -1 && k < end; k = bytes.indexOf(byte, k + 1)) count++;
  return count;
}

function countLineFeeds(text: string, end: number): number {
  let count = 0;
  for (let k = text.indexOf("\n"); k !== -1 && k < end; k = text.indexOf("\n", k + 1)) count++;
  return count;
}

/* ------------------------------------------------------------------ headers */

export interface ColumnSpec {
  key: string;
  /** Accepted header names besides the key itself (English name, Vietnamese aliases). */
  aliases: readonly string[];
  required: boolean;
}

export interface ColumnMapping<K extends string> {
  /** 0-based field index of each column, undefined when an optional column is absent. */
  index: Record<K, number | undefined>;
  /** Header cells that match no column, as written (the caller may warn). */
  extra: string[];
}

/**
 * Match the header cells to `spec` by `headerKey` (case, accents, spaces, `_`
 * and `-` ignored; contract, "Input files"). The spec's key itself is accepted
 * too (`short_name` matches `Short name`). A missing required column or a
 * column given twice is an error naming the file and the header line; empty
 * header cells are ignored.
 */
export function mapColumns<K extends string>(
  file: Pick<CsvFile, "displayName" | "header" | "headerLine">,
  spec: Record<K, Omit<ColumnSpec, "key">>,
): ColumnMapping<K> {
  const keys = Object.keys(spec) as K[];
  const byName = new Map<string, K>();
  for (const key of keys) {
    for (const name of [key, ...spec[key].aliases]) {
      const folded = headerKey(name);
      if (!byName.has(folded)) byName.set(folded, key);
    }
  }
  const index = {} as Record<K, number | undefined>;
  for (const key of keys) index[key] = undefined;
  const extra: string[] = [];
  const problems = new Problems();
  file.header.forEach((cell, i) => {
    if (cell === "") return;
    const key = byName.get(headerKey(cell));
    if (key === undefined) {
      extra.push(cell);
      return;
    }
    const seen = index[key];
    if (seen !== undefined) {
      problems.add({
        ...problem(
          "csv.duplicateColumn",
          { column: cell, first: seen + 1, second: i + 1 },
          { file: file.displayName, line: file.headerLine, column: i + 1 },
        ),
        hint: { code: "csv.duplicateColumn.hint" },
      });
      return;
    }
    index[key] = i;
  });
  const header = file.header.filter((cell) => cell !== "").join(", ");
  for (const key of keys) {
    if (!spec[key].required || index[key] !== undefined) continue;
    const names = [...new Set([key, ...spec[key].aliases])].join(", ");
    // In Vietnamese the column is named by its Vietnamese header, the code after it.
    const local = spec[key].aliases
      .filter((alias) => /[^\u0000-\u007f]/.test(alias))
      .sort((a, b) => b.length - a.length)[0];
    const column = getLang() === "vi" && local ? `${local} (${key})` : key;
    problems.add({
      ...problem(
        "csv.missingColumn",
        { column },
        { file: file.displayName, line: file.headerLine },
      ),
      hint: { code: "csv.missingColumn.hint", params: { names, header } },
    });
  }
  throwProblems(problems);
  return { index, extra };
}

/* ------------------------------------------------------------------ numbers */

export type { NumberProblem, NumberResult } from "../core/number-cell.js";
export { visibleText, withoutFormatChars } from "../core/number-cell.js";

/**
 * A non-negative decimal number as a person writes it in a score sheet:
 * digits, optionally a decimal mark and more digits, blanks and invisible
 * format characters (U+200B …) ignored. The decimal comma (`1,5`) is read in
 * every file: in a `,` file it can only come quoted (`"38,50"`, as
 * LibreOffice writes it in a Vietnamese locale), which is unambiguous. In a
 * file whose decimal mark is the comma (delimiter `;` or tab), `1.234` is
 * refused as ambiguous (1.234, or 1234 with a thousands dot). No signs,
 * exponents, `Infinity` or hex. `problem` says why a cell was refused, so the
 * caller can say so (the catalogue has `csv.number.<problem>` messages).
 */
export function readNumber(text: string, delimiter: CsvDelimiter): NumberResult {
  return readNumberCell(text, delimiter !== ",");
}

/**
 * `readNumber`'s value, or undefined for anything that is not a non-negative
 * number (negative numbers included: the caller reports; use `readNumber` to
 * tell a negative number from a typo).
 */
export function parseNumber(text: string, delimiter: CsvDelimiter): number | undefined {
  const result = readNumber(text, delimiter);
  return result.ok ? result.value : undefined;
}

/** The message (and hint, for a decimal comma) for a refused number cell, for the caller's error. */
export function numberProblemText(
  problem: NumberProblem,
  value: string,
): { message: string; hint?: string } {
  const shown = visibleText(value.trim());
  const message =
    problem === "ambiguous"
      ? t("csv.number.ambiguous", {
          value: shown,
          point: value.trim(),
          thousands: value.trim().replace(/\./g, ""),
        })
      : t(`csv.number.${problem}`, { value: shown });
  return problem === "decimal-comma"
    ? { message, hint: t("csv.number.decimal-comma.hint") }
    : { message };
}

/* ------------------------------------------------------------------ hashing */

/** SHA-256 (hex) of the file's bytes, streamed: the identity of an import, for idempotent re-imports. */
export async function hashFile(path: string, displayName: string = path): Promise<string> {
  await checkReadable(path, displayName, true);
  const hash = createHash("sha256");
  const stream: ReadStream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) hash.update(chunk as Buffer);
  } catch (error) {
    throw fileError(error, displayName);
  } finally {
    stream.destroy();
  }
  return hash.digest("hex");
}
