import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { findBloc, insertBloc } from "../db/blocs.js";
import { openDatabase, translateSqliteError } from "../db/connection.js";
import { TdktError, usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { prompter } from "../io/prompts.js";
import { optionalText } from "./common.js";

const BLOC_CODE = /^[\p{L}\p{N}_.-]{1,32}$/u;

function validCode(code: string): true | string {
  return BLOC_CODE.test(code) ? true : t("init.code.invalid", { code });
}

export async function run(ctx: Context, _args: string[], options: CommandOptions): Promise<void> {
  let code = optionalText(ctx.blocCode);
  let name = optionalText(options.name);
  let province = optionalText(options.province);
  const parent = optionalText(options.parent);

  if (code === null || name === null) {
    if (!ctx.canPrompt) {
      const missing = [code === null ? "--bloc CODE" : "", name === null ? '--name "NAME"' : ""]
        .filter(Boolean)
        .join(", ");
      throw usageError(t("common.noPrompt", { options: missing }), t("init.usage.hint"));
    }
    const ask = await prompter();
    code ??= optionalText(
      await ask.input({
        message: t("init.ask.code"),
        validate: (value) => validCode(value.trim()),
      }),
    );
    name ??= optionalText(
      await ask.input({
        message: t("init.ask.name"),
        validate: (value) => (value.trim() ? true : t("init.name.empty")),
      }),
    );
    if (options.province === undefined) {
      province = optionalText(await ask.input({ message: t("init.ask.province") }));
    }
  }
  if (code === null || name === null) throw usageError(t("init.usage.hint"));
  const codeCheck = validCode(code);
  if (codeCheck !== true) throw usageError(codeCheck);

  const db = openDatabase(ctx.dbPath, "create", ctx.env);
  try {
    const bloc = db
      .transaction(() => {
        const existing = findBloc(db, code);
        if (existing) {
          throw new TdktError(t("init.exists", { code: existing.code, path: ctx.dbPath }), {
            hint: t("init.exists.hint"),
          });
        }
        return insertBloc(db, { code, name, province, parent }, ctx.now());
      })
      .immediate();
    if (ctx.json) {
      ctx.out.json({
        bloc: { code: bloc.code, name: bloc.name, province: bloc.province },
        db: ctx.dbPath,
      });
    } else {
      ctx.out.print(t("init.done", { code: bloc.code, name: bloc.name, path: ctx.dbPath }));
      ctx.out.info(t("init.next"));
    }
  } catch (error) {
    throw translateSqliteError(error, ctx.dbPath, ctx.env);
  } finally {
    db.close();
  }
}
