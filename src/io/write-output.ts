/**
 * The one way a document command writes its `-o FILE`: the bytes go to a
 * temporary file in the same folder, are flushed to disk (fsync), then renamed
 * over the target, so that a reader sees either nothing or the whole file and
 * a failed write (a full disk, a killed process) leaves no partial file behind.
 * An existing file is kept unless the user said `--force`.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";

export interface WriteOutputOptions {
  /** Replace an existing file (`--force`). */
  force: boolean;
}

/** Fails before any work is done when the target exists and `--force` was not given. */
export function checkOutputFree(file: string, options: WriteOutputOptions): void {
  if (!options.force && existsSync(file)) {
    throw new TdktError(t("documents.output.exists", { file }), {
      hint: t("documents.output.exists.hint"),
    });
  }
}

/** Writes `content` to `file` atomically; returns the number of bytes written. */
export function writeOutputFile(
  file: string,
  content: string | Uint8Array,
  options: WriteOutputOptions,
): number {
  checkOutputFree(file, options);
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}`);
  let fd: number | undefined;
  try {
    fd = openSync(partial, "wx");
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Checked again just before the rename: another process may have made the file meanwhile.
    checkOutputFree(file, options);
    renameSync(partial, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(partial, { force: true });
    if (error instanceof TdktError) throw error;
    throw new TdktError(t("documents.output.failed", { file, message: (error as Error).message }), {
      hint: t("documents.output.failed.hint"),
    });
  }
  return bytes.length;
}
