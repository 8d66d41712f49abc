/**
 * Vietnamese everywhere by default: every message of the catalogue in
 * Vietnamese, and every command's --help, hold no English word outside codes
 * and commands (the ALLOWED list, which names what a user types or a file
 * holds: command names, column headers, race and rule codes).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli.js";
import type { Catalog } from "../../src/i18n/types.js";
import { runTdkt } from "../e2e/helpers.js";

const CATALOG = fileURLToPath(new URL("../../src/i18n/catalog", import.meta.url));

/** Words a user types or a file holds: commands, headers, codes of races, rules and formats. */
const ALLOWED = new Set([
  ...COMMANDS.flatMap((command) => command.name.split(/[ -]/)),
  // column headers of the import files
  ...["code", "name", "short", "order", "title", "max", "points", "kind", "agency", "criterion"],
  ...["note", "ballot", "race", "choice", "self", "checked", "comment", "explanation"],
  // criterion kinds, races, rule keys and values (cli-contract.md)
  ...["base", "bonus", "penalty", "flag", "certificate", "head", "deputy", "govflag"],
  ...["members", "present", "returned", "valid", "invalid", "strict", "true", "false"],
  ...["quorum", "threshold", "percent", "seats", "label", "races", "awards", "remaining", "min"],
  ...["mode", "vote", "rotation", "top", "unit", "appointed", "exclude", "ineligible", "first"],
  ...["votes", "score", "tick", "strike", "blank", "leaders", "from", "year", "round"],
  ...["replace", "amend", "force", "output", "format", "lang", "bloc", "db", "json", "help"],
  ...["version", "debug", "busy", "timeout", "dry", "run", "keep", "non", "counting", "board"],
  ...["date", "start", "end", "place", "chair", "secretary", "number", "absent", "reason"],
  ...["remove", "detail", "province", "elected", "not", "below", "tie", "already", "awarded"],
  // formats, tools and standards
  ...["text", "md", "txt", "csv", "docx", "xlsx", "yaml", "npm", "npx", "node", "sqlite"],
  ...["sqlite3", "utf", "bom", "wal", "nfc", "shm", "stdout", "stderr", "stdin", "excel"],
  ...["libreoffice", "opendocument", "ods", "xls"],
  // units, keys and abbreviations Vietnamese writes as they are (stt: số thứ tự;
  // TTr: tờ trình, as a document number writes it)
  ...["byte", "tab", "ms", "stt", "ttr", "auto", "floor"],
]);

/** Codes of five letters or more: agencies and blocs of the examples, formats. */
const UPPER_CODES = new Set(["NOICHINH", "CTHADS", "VKSND", "BCHQS", "UBND", "TDKT"]);

/** English words shaped like Vietnamese syllables (so the syllable test lets them through). */
const ENGLISH_LOOKALIKES = new Set([
  "the",
  "not",
  "be",
  "by",
  "he",
  "we",
  "it",
  "at",
  "get",
  "yet",
]);

/** A Vietnamese syllable written without marks: initial, one to three vowels, a final. */
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** The English words of a Vietnamese text, codes and commands left out. */
function englishWords(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, " ") // code spans
    .replace(/"[^"\n]*"/g, " ") // a name quoted as it is (Excel's "CSV UTF-8 (Comma delimited)")
    .replace(/'[^'\n]*'/g, " ") // what the user typed, quoted back
    .replace(/\{\w+\}/g, "X") // placeholders
    .replace(/\$ .*$/gm, " ") // example command lines of the help
    .replace(/\b(?:npx )?tdkt(?: [^\s,;:()]+)*/g, " ") // a command named in a sentence
    .replace(/(^|\s)--?[\w-]+(=\S*)?/g, " ") // options
    .replace(/<[^>\s]+>|\[[^\]\s]+\]/g, " "); // value names in usage lines
  const found: string[] = [];
  for (const token of prose.split(/[^\p{L}\p{N}_./@:-]+/u)) {
    const bare = token.replace(/[.:]+$/, "");
    if (bare === "" || /[\d_./@:]/.test(bare)) continue; // numbers, files, keys, paths
    for (const word of bare.split("-")) {
      if (!/^[A-Za-z]+$/.test(word)) continue; // has Vietnamese letters, or empty
      // A code (N, STP, YYYY), unless a long one that is not a known code (AGENCY, USAGE).
      if (word.length === 1) continue;
      if (word === word.toUpperCase()) {
        if (word.length > 4 && !UPPER_CODES.has(word)) found.push(word);
        continue;
      }
      const lower = word.toLowerCase();
      if (ALLOWED.has(lower)) continue;
      if (SYLLABLE.test(lower) && !ENGLISH_LOOKALIKES.has(lower)) continue;
      found.push(word);
    }
  }
  return found;
}

/** Every Vietnamese message: templates as written, functions called with sample parameters. */
async function vietnameseMessages(): Promise<Array<[string, string]>> {
  const sample = new Proxy({} as Record<string, string | number>, {
    get: (_target, key) => (typeof key === "string" ? 2 : undefined),
    has: () => true,
  });
  const messages: Array<[string, string]> = [];
  for (const file of readdirSync(CATALOG).filter((name) => name.endsWith(".ts"))) {
    const module = (await import(join(CATALOG, file))) as Record<string, Catalog>;
    for (const catalog of Object.values(module)) {
      for (const [key, entry] of Object.entries(catalog)) {
        const text = typeof entry.vi === "function" ? entry.vi(sample) : entry.vi;
        messages.push([key, text]);
      }
    }
  }
  return messages;
}

describe("Vietnamese by default", () => {
  it("the scan finds English words, and lets codes, commands and Vietnamese through", () => {
    expect(englishWords("Usage: tdkt [options] [command]")).toEqual(["Usage"]);
    expect(englishWords("error: missing required argument 'year'")).toEqual([
      "error",
      "missing",
      "required",
      "argument",
    ]);
    expect(englishWords("AGENCY: cột title không có")).toEqual(["AGENCY"]);
    expect(englishWords("đơn-vị CTHADS, năm YYYY, mã STP")).toEqual([]);
    expect(englishWords("cột criterion: the file has no points")).toEqual(["the", "file", "has"]);
    expect(englishWords("tùy chọn không có: '--nope'")).toEqual([]);
    expect(englishWords("Cách dùng: tdkt ballots import [tùy-chọn] <năm> <tệp>")).toEqual([]);
    expect(englishWords("thi đua khen thuong, xem `tdkt --help`, STP.csv:14")).toEqual([]);
  });

  it("every message of the catalogue", async () => {
    const messages = await vietnameseMessages();
    expect(messages.length).toBeGreaterThan(300);
    const leaks = messages
      .map(([key, text]) => [key, englishWords(text).join(" ")] as const)
      .filter(([, words]) => words !== "");
    expect(leaks.map((l) => (Array.isArray(l) ? l.join(": ") : l)).join("\n")).toBe("");
  });

  it("every command's --help, and a usage error", () => {
    const runs = [
      [],
      ...COMMANDS.map((command) => command.name.split(" ")),
      ["tally"],
      ["--nope", "tally", "2019"],
      ["tally", "2019", "2020"],
      ["frobnicate"],
      ["--lang", "fr", "tally"],
    ];
    const leaks: string[] = [];
    for (const words of runs) {
      const help = words.length === 0 || !["tally", "frobnicate"].includes(words[0] as string);
      const args =
        help && !words.includes("--nope") && !words.includes("--lang") && words.length <= 2
          ? [...words, "--help"]
          : words;
      const result = runTdkt(args);
      const text = result.stdout + result.stderr;
      expect(text.length, args.join(" ")).toBeGreaterThan(10);
      const english = englishWords(text);
      if (english.length > 0) leaks.push(`${args.join(" ")}: ${english.join(" ")}`);
    }
    expect(leaks.map((l) => (Array.isArray(l) ? l.join(": ") : l)).join("\n")).toBe("");
  });
});
