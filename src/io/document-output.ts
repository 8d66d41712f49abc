/**
 * What every document command does with `-o FILE` and `--format`: the format
 * comes from `--format`, else from the file's extension, else text; the file
 * is written atomically (writeOutputFile); without `-o` the text goes to
 * stdout. Instructions to the user go to stderr, never into a document
 * (shared/cli-contract.md, "Documents").
 */
import { extname } from "node:path";
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { displayNameOf } from "./read-table.js";
import { checkOutputFree, writeOutputFile } from "./write-output.js";

export type DocumentFormat = "text" | "md" | "json" | "docx" | "xlsx" | "csv";

const EXTENSIONS: Record<string, DocumentFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "md",
  ".json": "json",
  ".docx": "docx",
  ".xlsx": "xlsx",
  ".csv": "csv",
};

export interface DocumentRequest<F extends DocumentFormat> {
  format: F;
  output: string | undefined;
  force: boolean;
}

/**
 * The format and target of a document command, checked before any work: an
 * unknown format is a usage error (exit 2), an existing target without
 * `--force` a data error (exit 1).
 */
export function documentRequest<F extends DocumentFormat>(
  options: Record<string, unknown>,
  allowed: readonly F[],
  fallback: F,
  documentName: string,
): DocumentRequest<F> {
  const output = typeof options.output === "string" ? options.output : undefined;
  const extension = output ? extname(output).toLowerCase() : "";
  const fromExtension = EXTENSIONS[extension];
  // A file named .pdf or .doc would get text inside under a misleading name: say so instead.
  const chosen = String(
    options.format ?? fromExtension ?? (extension === "" ? fallback : extension.slice(1)),
  );
  if (!(allowed as readonly string[]).includes(chosen)) {
    throw usageError(
      t("documents.format.unknown", { format: chosen, document: documentName }),
      t("documents.format.unknown.hint", { formats: allowed.join(", ") }),
    );
  }
  if ((chosen === "docx" || chosen === "xlsx") && !output) {
    throw usageError(
      t("documents.format.needsFile", { format: chosen }),
      t("documents.format.needsFile.hint", { example: `tai-lieu.${chosen}` }),
    );
  }
  const force = options.force === true;
  if (output) checkOutputFree(output, { force });
  return { format: chosen as F, output, force };
}

/** Writes the document to `-o FILE` (atomically) or, as text, to stdout. */
export function emitDocument(
  ctx: Context,
  request: DocumentRequest<DocumentFormat>,
  content: string | Uint8Array,
  summary: Record<string, unknown> = {},
): void {
  if (request.output) {
    const bytes = writeOutputFile(request.output, content, { force: request.force });
    ctx.out.info(t("documents.output.written", { file: displayNameOf(request.output) }));
    // With --json, stdout still carries one document: what was written where.
    if (ctx.json) {
      ctx.out.json({ ...summary, format: request.format, file: request.output, bytes });
    }
    return;
  }
  // Binary formats go to a file only (documentRequest asks for -o); text goes to stdout.
  if (typeof content === "string") ctx.out.write(content);
}
