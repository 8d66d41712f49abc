/**
 * Bytes to text for the CSV reader: the encodings of the contract ("Input
 * files": UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1258),
 * decoded chunk by chunk so that a character cut at a chunk boundary is
 * carried over, never mangled.
 */
import { isAscii, isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface ChunkDecoder {
  /** Text of the complete characters so far; an incomplete one is kept for the next call. */
  write(bytes: Buffer): string;
  /** What is left at the end of the input. */
  end(): string;
}

/** Thrown by the strict UTF-8 decoder; `offset` is in `bytes` (which starts with the carried-over bytes). */
export class InvalidUtf8Error extends Error {
  readonly bytes: Buffer;
  readonly offset: number;
  constructor(bytes: Buffer, offset: number) {
    super(`invalid UTF-8 at byte ${offset}`);
    this.bytes = bytes;
    this.offset = offset;
  }
}

/** The encoding announced by a byte order mark, and the mark's length. */
export function sniffBom(prefix: Buffer): { encoding: CsvEncoding; length: number } | undefined {
  if (prefix.length >= 3 && prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (prefix.length >= 2 && prefix[0] === 0xff && prefix[1] === 0xfe) {
    return { encoding: "utf-16le", length: 2 };
  }
  if (prefix.length >= 2 && prefix[0] === 0xfe && prefix[1] === 0xff) {
    return { encoding: "utf-16be", length: 2 };
  }
  return undefined;
}

/** A zip container (.xlsx, .ods) or an OLE2 compound file (.xls): a workbook, not a CSV file. */
export function isWorkbook(prefix: Buffer): boolean {
  const zip = [0x50, 0x4b, 0x03, 0x04];
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const starts = (magic: number[]) =>
    prefix.length >= magic.length && magic.every((byte, i) => prefix[i] === byte);
  return starts(zip) || starts(ole);
}

/**
 * Strict UTF-8. Validation and decoding are Node's native ones (simdutf);
 * this class only holds back a sequence cut at the end of a chunk.
 */
export class Utf8Decoder implements ChunkDecoder {
  private pending: Buffer = Buffer.alloc(0);
  // Validated already; the BOM, if any, was cut off before (a U+FEFF later is data).
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  write(chunk: Buffer): string {
    const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    const cut = completeLength(bytes);
    const body = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    if (!isUtf8(body)) throw new InvalidUtf8Error(bytes, firstInvalidUtf8(body));
    this.pending = cut === bytes.length ? Buffer.alloc(0) : Buffer.from(bytes.subarray(cut));
    // ASCII (most codes and numbers) decodes fastest as Latin-1; else TextDecoder beats toString.
    return isAscii(body) ? body.toString("latin1") : this.decoder.decode(body);
  }

  end(): string {
    if (this.pending.length > 0) throw new InvalidUtf8Error(this.pending, 0);
    return "";
  }
}

/** The length of `bytes` without a multibyte sequence cut at its end. */
function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  const stop = Math.max(0, n - 3);
  for (let k = n - 1; k >= stop; k--) {
    const b = bytes[k] as number;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return n - k < need ? k : n;
    }
  }
  return n;
}

/**
 * Offset of the first byte that breaks UTF-8 (WHATWG rules: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or `bytes.length` when the only
 * fault is a sequence cut at the end. Only used to place an error.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return n;
      const c = bytes[i + k] as number;
      if (c < low || c > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += need + 1;
  }
  return n;
}

class Utf16Decoder implements ChunkDecoder {
  private readonly decoder: TextDecoder;
  constructor(encoding: "utf-16le" | "utf-16be") {
    // The BOM is cut off before decoding; a stray one later is data.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }
  write(bytes: Buffer): string {
    return this.decoder.decode(bytes, { stream: true });
  }
  end(): string {
    return this.decoder.decode();
  }
}

/**
 * Windows-1258 writes most Vietnamese letters as a base letter plus a
 * combining tone mark (`a` + U+0300); the reader composes them to NFC after
 * splitting, per field, so a mark is never separated from its letter.
 */
class Windows1258Decoder implements ChunkDecoder {
  private readonly decoder = iconv.getDecoder("windows1258");
  write(bytes: Buffer): string {
    return this.decoder.write(bytes);
  }
  end(): string {
    return this.decoder.end() ?? "";
  }
}

export function createDecoder(encoding: CsvEncoding): ChunkDecoder {
  switch (encoding) {
    case "utf-8":
      return new Utf8Decoder();
    case "utf-16le":
    case "utf-16be":
      return new Utf16Decoder(encoding);
    case "windows-1258":
      return new Windows1258Decoder();
  }
}
