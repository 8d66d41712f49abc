import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { checkParents, parentsFromNumbering } from "../core/criteria-tree.js";
import { Problems, problem } from "../core/problem.js";
import { caseKey, headerKey } from "../core/text.js";
import type { Criterion, CriterionKind } from "../core/types.js";
import { type CriterionRow, criteriaOf } from "../db/criteria.js";
import { replaceCriteria, scoresBeyondTable } from "../db/criteria-replace.js";
import { logImport } from "../db/import-log.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { parseNumber } from "../io/csv.js";
import { throwProblems } from "../io/problem-text.js";
import { readTable } from "../io/read-table.js";
import { optionalText, parseYear } from "./common.js";
import { writeYear } from "./record.js";

export const CRITERIA_COLUMNS = {
  code: { aliases: ["code", "mã", "mã tiêu chí"], required: true },
  title: {
    aliases: ["title", "tên", "tên tiêu chí", "tiêu chí", "nội dung", "nội dung tiêu chí"],
    required: true,
  },
  max_points: {
    aliases: ["max_points", "max", "điểm tối đa", "điểm chuẩn"],
    required: true,
  },
  kind: { aliases: ["kind", "loại", "loại điểm"], required: false },
  /** The group a criterion belongs to (criteria tree); else read from numbered codes (I, 1, 1.1). */
  parent: { aliases: ["parent", "nhóm", "thuộc", "mã nhóm", "tiêu chí cha"], required: false },
} as const;

/** Kinds as the contract names them, in English and Vietnamese (matched by headerKey). */
const KINDS = new Map<string, CriterionKind>([
  ["base", "base"],
  ["coban", "base"],
  ["diemcoban", "base"],
  ["bonus", "bonus"],
  ["thuong", "bonus"],
  ["diemthuong", "bonus"],
  ["penalty", "penalty"],
  ["tru", "penalty"],
  ["diemtru", "penalty"],
]);

const CODE = /^[\p{L}\p{N}_.\-/]{1,32}$/u;

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const table = await readTable(args[1] ?? "", CRITERIA_COLUMNS, {
    sheet: optionalText(options.sheet) ?? undefined,
  });
  const problems = new Problems();
  const criteria: Criterion[] = [];
  const seen = new Map<string, number>();
  const at = (line: number, column: keyof typeof CRITERIA_COLUMNS) =>
    table.locate(line, table.columns[column]);
  for (const note of table.notes) ctx.out.info(note);
  for (const row of table.rows) {
    const code = row.values.code ?? "";
    const title = row.values.title ?? "";
    if (!code) problems.add(problem("criteria.code.missing", undefined, at(row.line, "code")));
    else if (!CODE.test(code))
      problems.add(problem("criteria.code.invalid", { code }, at(row.line, "code")));
    const first = seen.get(caseKey(code));
    if (code && first !== undefined) {
      problems.add(problem("criteria.code.duplicate", { code, line: first }, at(row.line, "code")));
    } else if (code) seen.set(caseKey(code), row.line);
    if (!title) problems.add(problem("criteria.title.missing", undefined, at(row.line, "title")));
    const rawMax = row.values.max_points ?? "";
    const maxPoints = parseNumber(rawMax, table.delimiter);
    if (maxPoints === undefined || Number.isNaN(maxPoints)) {
      problems.add(problem("criteria.max.invalid", { value: rawMax }, at(row.line, "max_points")));
    }
    const rawKind = row.values.kind;
    const kind = rawKind === undefined ? "base" : KINDS.get(headerKey(rawKind));
    if (kind === undefined) {
      problems.add(
        problem("criteria.kind.invalid", { value: rawKind ?? "" }, at(row.line, "kind")),
      );
    }
    criteria.push({
      code,
      title,
      maxPoints: maxPoints ?? 0,
      kind: kind ?? "base",
      parent: row.values.parent ?? null,
    });
  }
  // The tree: a `parent` column, else the numbering of the codes (I, II, 1, 1.1 …).
  if (table.columns.parent === undefined) {
    const parents = parentsFromNumbering(criteria.map((criterion) => criterion.code));
    if (parents) {
      criteria.forEach((criterion, k) => {
        criterion.parent = parents[k] ?? null;
      });
    }
  }
  for (const found of checkParents(
    criteria.map((criterion, k) => ({ ...criterion, line: table.rows[k]?.line ?? 0 })),
  )) {
    problems.add({ ...found, location: at(found.location?.line ?? 0, "parent") });
  }
  if (table.rows.length === 0)
    problems.add(problem("criteria.empty", undefined, { file: table.displayName }));
  throwProblems(problems, t("criteria.fix.hint"));

  const outcome = writeYear(ctx, options, year, { name: "criteria import", args }, (db, bloc) => {
    const current = criteriaOf(db, bloc.id, year);
    if (sameTable(current, criteria)) return { bloc, changed: false };
    if (current.length > 0 && options.replace !== true) {
      throw new TdktError(t("criteria.exists", { year, count: current.length }), {
        location: { file: table.displayName },
        hint: t("criteria.exists.hint"),
      });
    }
    // Scores already stored must still fit the new table: never drop them silently.
    const beyond = scoresBeyondTable(db, bloc.id, year, criteria);
    if (beyond.length > 0) {
      throw new TdktError(
        t("criteria.scoresBeyond", {
          count: beyond.length,
          list: beyond
            .slice(0, 5)
            .map((b) => `${b.agency}/${b.criterion}`)
            .join(", "),
        }),
        { location: { file: table.displayName }, hint: t("criteria.scoresBeyond.hint") },
      );
    }
    replaceCriteria(db, bloc.id, year, criteria);
    logImport(db, {
      blocId: bloc.id,
      year,
      kind: "criteria",
      fileName: table.displayName,
      contentHash: table.hash,
      rowCount: table.rows.length,
      importedAt: ctx.now(),
    });
    return { bloc, changed: true };
  });

  const sums = { base: 0, bonus: 0, penalty: 0 };
  // The maxima of the top level: a group's maximum already caps its children.
  for (const criterion of criteria) {
    if (!criterion.parent) sums[criterion.kind] += criterion.maxPoints;
  }
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc.code,
      year,
      changed: outcome.changed,
      // `parent` only in a tree: a flat table's JSON is as it always was.
      criteria: criteria.map(({ parent, ...criterion }) =>
        parent ? { ...criterion, parent } : criterion,
      ),
    });
  } else {
    const key = outcome.changed ? "criteria.done" : "criteria.unchanged";
    ctx.out.print(
      t(key, {
        count: criteria.length,
        year,
        file: table.displayName,
        base: sums.base,
        bonus: sums.bonus,
        penalty: sums.penalty,
      }),
    );
  }
}

function sameTable(current: readonly CriterionRow[], next: readonly Criterion[]): boolean {
  return (
    current.length === next.length &&
    next.every((criterion, index) => {
      const other = current[index];
      return (
        other !== undefined &&
        other.code === criterion.code &&
        other.title === criterion.title &&
        other.maxPoints === criterion.maxPoints &&
        other.kind === criterion.kind &&
        (other.parent ?? null) === (criterion.parent ?? null)
      );
    })
  );
}
