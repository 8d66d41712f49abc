import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { setBlocParent } from "../db/blocs.js";
import { usageError } from "../errors.js";
import { t } from "../i18n/index.js";
import { optionalText, withBloc } from "./common.js";

/** `tdkt bloc set --parent "UBND TỈNH …"`: the parent body printed in documents' header ("" removes it). */
export function run(ctx: Context, _args: string[], options: CommandOptions): void {
  if (options.parent === undefined) {
    throw usageError(t("bloc.set.nothing"), t("bloc.set.nothing.hint"));
  }
  const parent = optionalText(options.parent);
  const bloc = withBloc(ctx, "write", (db, bloc) => {
    setBlocParent(db, bloc.id, parent);
    return bloc;
  });
  if (ctx.json) ctx.out.json({ bloc: bloc.code, parent });
  else
    ctx.out.print(t("bloc.set.saved", { bloc: bloc.code, parent: parent ?? t("bloc.set.none") }));
}
