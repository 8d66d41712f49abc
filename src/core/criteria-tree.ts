/**
 * The criteria tree of a province's scoring table: groups (I, II, …) hold
 * criteria (1, 2, …) that may hold sub-criteria (1.1, 1.2, …). A group's
 * maximum caps the sum of its children (a bonus group of 5 points with two
 * bonus items of 3 gives at most 5), at every level; the group's kind (base,
 * bonus, penalty) says where its capped sum goes in the total (domain.md,
 * "Scoring": total = base + bonus − penalty), so a total may exceed the base
 * maximum where bonuses allow. A table without groups is scored as before.
 */
import { type Problem, problem } from "./problem.js";
import type { Criterion, CriterionKind } from "./types.js";

const ROMAN = /^[IVXLC]+$/;
const NUMBER = /^\d+$/;
const DOTTED = /^\d+(?:\.\d+)+$/;

/**
 * Parents read from the numbering of the codes, for a table without a
 * `parent` column: `I`, `II` are groups; `1`, `2` belong to the group above
 * them; `1.1` belongs to `1`, `1.1.2` to `1.1`. Codes that are not numbering
 * (`TC01`) have no parent. Undefined when no code is numbering of a tree.
 */
export function parentsFromNumbering(codes: readonly string[]): Array<string | null> | undefined {
  const tree = codes.some((code) => ROMAN.test(code) || DOTTED.test(code));
  if (!tree) return undefined;
  const known = new Set(codes);
  let group: string | null = null;
  return codes.map((code) => {
    if (ROMAN.test(code)) {
      group = code;
      return null;
    }
    if (NUMBER.test(code)) return group;
    if (DOTTED.test(code)) {
      const up = code.slice(0, code.lastIndexOf("."));
      return known.has(up) ? up : group;
    }
    return null;
  });
}

/** Problems of the parents given: unknown parent, a criterion its own ancestor. */
export function checkParents(
  criteria: ReadonlyArray<{ code: string; parent?: string | null | undefined; line?: number }>,
): Problem[] {
  const problems: Problem[] = [];
  const parentOf = new Map(criteria.map((criterion) => [criterion.code, criterion.parent ?? null]));
  for (const criterion of criteria) {
    const parent = criterion.parent ?? null;
    if (parent === null) continue;
    if (!parentOf.has(parent)) {
      problems.push(
        problem(
          "criteria.parent.unknown",
          { code: criterion.code, parent },
          {
            ...(criterion.line ? { line: criterion.line } : {}),
            field: "parent",
          },
        ),
      );
      continue;
    }
    const seen = new Set<string>([criterion.code]);
    for (let up: string | null = parent; up !== null; up = parentOf.get(up) ?? null) {
      if (seen.has(up)) {
        problems.push(
          problem(
            "criteria.parent.cycle",
            { code: criterion.code },
            {
              ...(criterion.line ? { line: criterion.line } : {}),
              field: "parent",
            },
          ),
        );
        break;
      }
      seen.add(up);
    }
  }
  return problems;
}

/** One node of a scored tree: a criterion with its counted points (group: capped sum). */
export interface ScoredNode {
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
  /** Depth in the tree, 0 for a top-level criterion or group. */
  depth: number;
  group: boolean;
  /** Points that count, in thousandths (a group: min(sum of children, max)); null: no score. */
  milli: number | null;
  /** A group's sum of its children before its cap, in thousandths. */
  uncappedMilli: number | null;
}

/**
 * An agency's scores on the tree, in the table's order (a group before its
 * children). `points` maps a criterion code to its counted points; a leaf
 * counts at most its maximum; a group's own entry, if a sheet gave one (its
 * subtotal row), is not counted: its children are.
 */
export function scoreTree(
  criteria: readonly Criterion[],
  points: ReadonlyMap<string, number>,
): ScoredNode[] {
  const children = new Map<string, Criterion[]>();
  for (const criterion of criteria) {
    const parent = criterion.parent ?? null;
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(criterion);
    children.set(parent, list);
  }
  const depth = new Map<string, number>();
  const depthOf = (criterion: Criterion): number => {
    const known = depth.get(criterion.code);
    if (known !== undefined) return known;
    const parent = criterion.parent ? criteria.find((c) => c.code === criterion.parent) : undefined;
    const value = parent ? depthOf(parent) + 1 : 0;
    depth.set(criterion.code, value);
    return value;
  };
  const milli = new Map<string, { milli: number | null; uncapped: number | null }>();
  const pointsOf = (criterion: Criterion): { milli: number | null; uncapped: number | null } => {
    const known = milli.get(criterion.code);
    if (known) return known;
    const kids = children.get(criterion.code);
    let result: { milli: number | null; uncapped: number | null };
    const cap = Math.round(criterion.maxPoints * 1000);
    if (kids === undefined) {
      const given = points.get(criterion.code);
      result =
        given === undefined
          ? { milli: null, uncapped: null }
          : { milli: Math.min(Math.round(given * 1000), cap), uncapped: null };
    } else {
      let sum: number | null = null;
      for (const kid of kids) {
        const value = pointsOf(kid).milli;
        if (value !== null) sum = (sum ?? 0) + value;
      }
      result = { milli: sum === null ? null : Math.min(sum, cap), uncapped: sum };
    }
    milli.set(criterion.code, result);
    return result;
  };
  return criteria.map((criterion) => {
    const value = pointsOf(criterion);
    return {
      code: criterion.code,
      title: criterion.title,
      kind: criterion.kind,
      maxPoints: criterion.maxPoints,
      depth: depthOf(criterion),
      group: children.has(criterion.code),
      milli: value.milli,
      uncappedMilli: value.uncapped,
    };
  });
}

/**
 * Base, bonus and penalty sums in thousandths from the top level of the tree:
 * each top-level node counts once, in its own kind.
 */
export function treeSums(nodes: readonly ScoredNode[]): Record<CriterionKind, number> {
  const sums = { base: 0, bonus: 0, penalty: 0 };
  for (const node of nodes) {
    if (node.depth === 0 && node.milli !== null) sums[node.kind] += node.milli;
  }
  return sums;
}

/** Whether the table has groups at all (else it is scored flat, as it always was). */
export function hasGroups(criteria: readonly Criterion[]): boolean {
  return criteria.some((criterion) => (criterion.parent ?? null) !== null);
}
