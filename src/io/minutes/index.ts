/**
 * `tdkt minutes YEAR [--format text|md|json]`: the conference minutes (biên
 * bản hội nghị, Decree 30/2020/NĐ-CP appendix I, template 1.9) with one
 * vote-count record (biên bản kiểm phiếu) per race annexed. A pure function
 * of plain data: the same data gives byte-identical output, NFC, every line at
 * most 80 display columns, no trailing spaces, a final newline.
 */
import { nfc } from "../../core/text.js";
import { type Lang, t } from "../../i18n/index.js";
import type { Block } from "./document.js";
import { buildCountRecord, buildDocument } from "./document.js";
import type { MinutesData, MinutesFormat } from "./model.js";
import { renderMinutesJson } from "./render-json.js";
import { escapeMarkdown, renderMarkdownBlocks } from "./render-markdown.js";
import { renderTextBlocks } from "./render-text.js";

export type { Block } from "./document.js";
export { buildDocument } from "./document.js";
export {
  dateParts,
  formatDate,
  formatNumber,
  formatPercent,
  joinNames,
} from "./format.js";
export { displayWidth, LINE_WIDTH, wrap } from "./layout.js";
export type { MinutesBloc, MinutesData, MinutesFormat, MinutesMeeting } from "./model.js";
export { isMinutesFormat, MINUTES_FORMATS } from "./model.js";
export { canonical, renderMinutesJson } from "./render-json.js";
export { escapeMarkdown } from "./render-markdown.js";

const keep = (text: string) => text;

/** The minutes in plain text (default), Markdown or JSON, in Vietnamese (default) or English. */
export function renderMinutes(data: MinutesData, format: MinutesFormat, lang: Lang = "vi"): string {
  switch (format) {
    case "json":
      return renderMinutesJson(data);
    case "md":
      return nfc(renderMarkdownBlocks(buildDocument(data, lang, escapeMarkdown)));
    case "text":
      return nfc(renderTextBlocks(buildDocument(data, lang, keep)));
  }
}

/** The minutes as a Word file (Decree 30/2020/NĐ-CP, template 1.9); loads the `docx` library on demand. */
export async function renderMinutesDocx(data: MinutesData, lang: Lang = "vi"): Promise<Uint8Array> {
  const { renderDocxBlocks } = await import("./render-docx.js");
  return renderDocxBlocks(buildDocument(data, lang, keep), {
    lang,
    title: `${t("minutes.title", {}, lang)} ${data.year}`,
  });
}

export type CountRecordFormat = "text" | "md" | "docx";

/** The vote-count record on its own, as text, Markdown or Word. */
export async function renderCountRecord(
  data: MinutesData,
  format: CountRecordFormat,
  lang: Lang = "vi",
): Promise<string | Uint8Array> {
  if (format === "md")
    return nfc(renderMarkdownBlocks(buildCountRecord(data, lang, escapeMarkdown)));
  const blocks = buildCountRecord(data, lang, keep);
  if (format === "text") return nfc(renderTextBlocks(blocks));
  const { renderDocxBlocks } = await import("./render-docx.js");
  return renderDocxBlocks(blocks, {
    lang,
    title: `${t("minutes.annex.title", {}, lang)} ${data.year}`,
  });
}

/**
 * Any document's blocks as plain text, Markdown or Word: the one path that
 * every document but the minutes' JSON goes through, so that all forms say
 * the same things.
 */
export async function renderBlocks(
  blocks: readonly Block[],
  format: "text" | "md" | "docx",
  options: { lang: Lang; title: string; draft?: boolean; compact?: boolean },
): Promise<string | Uint8Array> {
  if (format === "text") return nfc(renderTextBlocks(blocks));
  if (format === "md") return nfc(renderMarkdownBlocks(blocks));
  const { renderDocxBlocks } = await import("./render-docx.js");
  return renderDocxBlocks(blocks, options);
}

export { buildCountRecord } from "./document.js";
export { buildProposal } from "./proposal.js";
