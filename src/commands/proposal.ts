/**
 * `tdkt proposal YEAR [-o FILE]` (.txt .md .docx): the bloc's proposal letter
 * to the provincial council (io/minutes/proposal.ts), from the stored year
 * and its last tally.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import { buildProposal, escapeMarkdown, renderBlocks } from "../io/minutes/index.js";
import { parseYear, withBloc } from "./common.js";
import { yearDocument } from "./minutes.js";

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const request = documentRequest(
    options,
    ["text", "md", "docx"] as const,
    "text",
    t("documents.name.proposal"),
  );
  const data = withBloc(ctx, "read", (db, bloc) => yearDocument(db, bloc, year).data);
  const blocks = buildProposal(data, ctx.lang, request.format === "md" ? escapeMarkdown : (s) => s);
  const content = await renderBlocks(blocks, request.format, {
    lang: ctx.lang,
    title: `${t("documents.proposal.title")} ${year}`,
  });
  emitDocument(ctx, request, content, { year });
  if (!data.tally) ctx.out.info(`tdkt: ${t("minutes.cmd.missing.tally", { year })}`);
}
