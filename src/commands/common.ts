/**
 * What the commands share: opening the database in the right mode, choosing
 * the bloc, running a write as one transaction, parsing years.
 */
import type { Context } from "../context.js";
import { type BlocRow, findBloc, listBlocs } from "../db/blocs.js";
import { type Db, type OpenMode, openDatabase, translateSqliteError } from "../db/connection.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";

export { parseYear } from "../io/arguments.js";

export function openForCommand(ctx: Context, mode: OpenMode): Db {
  return openDatabase(ctx.dbPath, mode, ctx.env);
}

/** The bloc named by --bloc, or the only bloc of the database. */
export function selectBloc(ctx: Context, db: Db): BlocRow {
  if (ctx.blocCode !== undefined) {
    const bloc = findBloc(db, ctx.blocCode);
    if (!bloc) {
      const codes = listBlocs(db).map((b) => b.code);
      throw new TdktError(t("common.bloc.unknown", { code: ctx.blocCode, path: ctx.dbPath }), {
        hint:
          codes.length > 0
            ? t("common.bloc.known", { codes: codes.join(", ") })
            : t("common.bloc.none.hint"),
      });
    }
    return bloc;
  }
  const blocs = listBlocs(db);
  const [only] = blocs;
  if (blocs.length === 1 && only) return only;
  if (blocs.length === 0) {
    throw new TdktError(t("common.bloc.none", { path: ctx.dbPath }), {
      hint: t("common.bloc.none.hint"),
    });
  }
  throw usageError(
    t("common.bloc.choose", { count: blocs.length }),
    t("common.bloc.known", { codes: blocs.map((b) => b.code).join(", ") }),
  );
}

/**
 * Runs `work` on the chosen bloc. In write mode the whole command is one
 * immediate transaction: it lands whole or not at all (contract: "a command
 * that fails changes nothing").
 */
export function withBloc<T>(
  ctx: Context,
  mode: "read" | "write",
  work: (db: Db, bloc: BlocRow) => T,
): T {
  const db = openForCommand(ctx, mode);
  try {
    const bloc = selectBloc(ctx, db);
    if (mode === "read") return work(db, bloc);
    return db.transaction(() => work(db, bloc)).immediate();
  } catch (error) {
    throw translateSqliteError(error, ctx.dbPath, ctx.env);
  } finally {
    db.close();
  }
}

/** Reads an optional text option: trimmed, NFC, empty means absent. */
export function optionalText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim().normalize("NFC");
  return text === "" ? null : text;
}
