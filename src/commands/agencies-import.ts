import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { Problems, problem } from "../core/problem.js";
import { caseKey } from "../core/text.js";
import { membershipYear, membersOf, setMembership, upsertAgency } from "../db/agencies.js";
import { logImport } from "../db/import-log.js";
import { seatChanges } from "../db/year-record.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { throwProblems } from "../io/problem-text.js";
import { readTable } from "../io/read-table.js";
import { optionalText, parseYear } from "./common.js";
import { writeYear } from "./record.js";

/** Column names of the contract, with the Vietnamese headers it accepts. */
export const AGENCY_COLUMNS = {
  code: { aliases: ["code", "mã", "mã đơn vị", "mã cơ quan"], required: true },
  name: { aliases: ["name", "tên", "tên đơn vị", "tên cơ quan"], required: true },
  short_name: { aliases: ["short_name", "tên viết tắt", "viết tắt"], required: false },
  order: { aliases: ["order", "thứ tự", "stt"], required: false },
} as const;

const CODE = /^[\p{L}\p{N}_.-]{1,32}$/u;

export interface AgencyInput {
  code: string;
  name: string;
  shortName: string | null;
  order: number;
}

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const table = await readTable(args[1] ?? "", AGENCY_COLUMNS, {
    sheet: optionalText(options.sheet) ?? undefined,
  });
  const problems = new Problems();
  const agencies: AgencyInput[] = [];
  const seenCodes = new Map<string, number>();
  const seenOrders = new Map<number, number>();
  const at = (line: number, column: keyof typeof AGENCY_COLUMNS) =>
    table.locate(line, table.columns[column]);
  for (const note of table.notes) ctx.out.info(note);

  table.rows.forEach((row, index) => {
    const code = row.values.code ?? "";
    const name = row.values.name ?? "";
    if (!code) problems.add(problem("agencies.code.missing", undefined, at(row.line, "code")));
    else if (!CODE.test(code))
      problems.add(problem("agencies.code.invalid", { code }, at(row.line, "code")));
    if (!name) problems.add(problem("agencies.name.missing", undefined, at(row.line, "name")));
    const key = caseKey(code);
    const firstLine = seenCodes.get(key);
    if (code && firstLine !== undefined) {
      problems.add(
        problem("agencies.code.duplicate", { code, line: firstLine }, at(row.line, "code")),
      );
    } else if (code) seenCodes.set(key, row.line);
    let order = index + 1;
    if (row.values.order !== undefined) {
      const parsed = /^\d{1,6}$/.test(row.values.order) ? Number(row.values.order) : 0;
      if (parsed < 1) {
        problems.add(
          problem("agencies.order.invalid", { value: row.values.order }, at(row.line, "order")),
        );
      } else {
        const previous = seenOrders.get(parsed);
        if (previous !== undefined) {
          problems.add(
            problem(
              "agencies.order.duplicate",
              { order: parsed, line: previous },
              at(row.line, "order"),
            ),
          );
        }
        seenOrders.set(parsed, row.line);
        order = parsed;
      }
    } else if (table.columns.order !== undefined) {
      problems.add(problem("agencies.order.missing", undefined, at(row.line, "order")));
    }
    agencies.push({ code, name, shortName: row.values.short_name ?? null, order });
  });
  if (table.rows.length === 0)
    problems.add(problem("agencies.empty", undefined, { file: table.displayName }));
  throwProblems(problems, t("agencies.fix.hint"));

  // Rotation order as 1..n, in the order given.
  const ordered = [...agencies].sort((a, b) => a.order - b.order);
  ordered.forEach((agency, index) => {
    agency.order = index + 1;
  });

  const command = { name: "agencies import", args, spreads: true, earlierYears: true };
  let seats: ReturnType<typeof seatChanges> = [];
  const outcome = writeYear(ctx, options, year, command, (db, bloc) => {
    const existingFrom = membershipYear(db, bloc.id, year);
    const current = existingFrom === undefined ? [] : membersOf(db, bloc.id, year);
    const same =
      existingFrom !== undefined &&
      current.length === ordered.length &&
      ordered.every((agency, index) => {
        const other = current[index];
        return (
          other !== undefined &&
          other.code === agency.code &&
          other.name === agency.name &&
          other.shortName === agency.shortName
        );
      });
    if (same) return { bloc, changed: false, fromYear: existingFrom, before: current.length };
    if (existingFrom === year && options.replace !== true) {
      throw new TdktError(t("agencies.exists", { year, count: current.length }), {
        location: { file: table.displayName },
        hint: t("agencies.exists.hint"),
      });
    }
    const members = ordered.map((agency) => ({
      agencyId: upsertAgency(db, bloc.id, agency),
      order: agency.order,
      name: agency.name,
      shortName: agency.shortName,
    }));
    setMembership(db, bloc.id, year, members);
    seats = seatChanges(db, bloc.id, year, current.length, ordered.length);
    logImport(db, {
      blocId: bloc.id,
      year,
      kind: "agencies",
      fileName: table.displayName,
      contentHash: table.hash,
      rowCount: table.rows.length,
      importedAt: ctx.now(),
    });
    return { bloc, changed: true, fromYear: year, before: current.length };
  });

  for (const change of seats) {
    const params = { ...change, before: outcome.before, after: ordered.length, year };
    ctx.out.info(t("record.seats.changed", params));
  }
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc.code,
      year,
      changed: outcome.changed,
      agencies: ordered.map(({ code, name, shortName, order }) => ({
        code,
        name,
        shortName,
        order,
      })),
    });
  } else if (!outcome.changed) {
    ctx.out.print(
      t("agencies.unchanged", { count: ordered.length, year, file: table.displayName }),
    );
  } else {
    ctx.out.print(t("agencies.done", { count: ordered.length, year, file: table.displayName }));
  }
}
