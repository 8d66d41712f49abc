import { existsSync, renameSync, rmSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { displayNameOf } from "../io/read-table.js";
import { openForCommand } from "./common.js";

/**
 * `tdkt backup FILE [--force]`: a consistent copy of the database with
 * SQLite's online backup, which copies page by page and restarts over pages
 * that another command writes meanwhile, so the secretary may back up while
 * clerks enter ballots. Written next to the target and renamed: a failed
 * backup never leaves half a file under the name asked for.
 */
export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const file = args[0] ?? "";
  if (existsSync(file) && options.force !== true) {
    throw new TdktError(t("record.backup.exists", { file }), {
      hint: t("record.backup.exists.hint"),
    });
  }
  const db = openForCommand(ctx, "read");
  const partial = `${file}.partial-${process.pid}`;
  let pages = 0;
  try {
    const result = await db.backup(partial);
    pages = result.totalPages;
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new TdktError(t("record.backup.failed", { file, message: (error as Error).message }), {
      hint: t("record.backup.failed.hint"),
    });
  } finally {
    db.close();
  }
  if (ctx.json) ctx.out.json({ file, pages });
  else ctx.out.info(t("record.backup.done", { file: displayNameOf(file), pages }));
}
