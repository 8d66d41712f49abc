/**
 * `tdkt count-record YEAR [-o FILE]` (.txt .md .docx): the vote-count record
 * (biên bản kiểm phiếu) that the counting board signs right after counting,
 * from the stored year and its last tally.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { t } from "../i18n/index.js";
import { documentRequest, emitDocument } from "../io/document-output.js";
import { renderCountRecord } from "../io/minutes/index.js";
import { parseYear, withBloc } from "./common.js";
import { yearDocument } from "./minutes.js";

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const request = documentRequest(
    options,
    ["text", "md", "docx"] as const,
    "text",
    t("documents.name.countRecord"),
  );
  const data = withBloc(ctx, "read", (db, bloc) => yearDocument(db, bloc, year).data);
  emitDocument(ctx, request, await renderCountRecord(data, request.format, ctx.lang), { year });
  if (!data.tally) ctx.out.info(`tdkt: ${t("minutes.cmd.missing.tally", { year })}`);
  if (!data.meeting) ctx.out.info(`tdkt: ${t("minutes.cmd.missing.meeting", { year })}`);
}
