/**
 * What a count was made from, as flat "path = value" pairs, so that any two
 * states of a year can be compared and the difference written down as
 * "before → after" (contract, "A year's record": a change to a counted year
 * is refused or journaled, never silent). Plain data in and out.
 */
import { awardRacesOf } from "./awards.js";
import type { TallyReport } from "./types.js";

export type Snapshot = ReadonlyMap<string, string>;

export interface Change {
  what: string;
  before: string | null;
  after: string | null;
}

/** The segment that names an element of a list: its code, agency, ballot or round. */
function segmentOf(item: unknown, index: number): string {
  if (item !== null && typeof item === "object") {
    const record = item as Record<string, unknown>;
    if (typeof record.code === "string") return record.code;
    if (typeof record.agency === "string") return record.agency;
    if (typeof record.ballot === "string") return `#${record.ballot}`;
    if (typeof record.round === "number") return `round ${record.round}`;
  }
  return String(index);
}

/**
 * Flattens plain data: objects by key, lists of records by their code (or
 * agency, ballot, round), lists of plain values as one value ("STP, VKSND").
 */
export function flatten(
  value: unknown,
  prefix = "",
  into = new Map<string, string>(),
): Map<string, string> {
  if (value === undefined) return into;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      into.set(prefix, value.map(String).join(", "));
      return into;
    }
    value.forEach((item, index) => {
      const record = item !== null && typeof item === "object" ? { ...item } : item;
      // The segment already names the element: its key is not repeated below it.
      if (record && typeof record === "object") {
        const r = record as Record<string, unknown>;
        if (typeof r.code === "string") delete r.code;
        else if (typeof r.agency === "string") delete r.agency;
        else if (typeof r.ballot === "string") delete r.ballot;
        else if (typeof r.round === "number") delete r.round;
      }
      flatten(record, join(prefix, segmentOf(item, index)), into);
    });
    return into;
  }
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value).sort()) {
      flatten((value as Record<string, unknown>)[key], join(prefix, key), into);
    }
    return into;
  }
  into.set(prefix, value === null ? "" : String(value));
  return into;
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

/** Every path whose value differs, in path order. */
export function diffSnapshots(before: Snapshot, after: Snapshot): Change[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: Change[] = [];
  for (const what of paths) {
    const a = before.get(what) ?? null;
    const b = after.get(what) ?? null;
    if (a !== b) changes.push({ what, before: a, after: b });
  }
  return changes;
}

/**
 * Whether the changes are only the ballots of a new run-off round of a race
 * that the count left tied (contract: "New ballots of a run-off round for an
 * open tie are not a change").
 */
export function onlyRunOffBallots(changes: readonly Change[], counted: TallyReport): boolean {
  if (changes.length === 0) return false;
  return changes.every((change) => {
    const match = /^ballots\.([a-z]+)\.round (\d+)\./.exec(change.what);
    if (!match || change.before !== null) return false;
    const race = counted.races.find((r) => r.race === match[1]);
    return race !== undefined && race.tie !== null && Number(match[2]) > race.round;
  });
}

/**
 * `value` cut down to the shape of `stored`: the keys that a later release
 * added are left out, so that a count stored by an earlier release still
 * compares equal when nothing it knew of changed (verify across releases).
 */
export function projectOnto(stored: unknown, value: unknown): unknown {
  if (Array.isArray(stored) && Array.isArray(value)) {
    return value.map((item, index) =>
      index < stored.length ? projectOnto(stored[index], item) : item,
    );
  }
  if (
    stored !== null &&
    typeof stored === "object" &&
    !Array.isArray(stored) &&
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value)
  ) {
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (Object.hasOwn(stored, key)) {
        kept[key] = projectOnto((stored as Record<string, unknown>)[key], item);
      }
    }
    return kept;
  }
  return value;
}

/** The decisions of a report, as lines that can be compared and shown. */
export function decisionLines(report: TallyReport): string[] {
  return [
    ...report.races.map(
      (race) =>
        `${race.race} (${race.round}): ${race.elected.join(", ") || "—"}${
          race.tie ? ` / tie ${race.tie.agencies.join(", ")}` : ""
        }`,
    ),
    ...awardRacesOf(report).map(
      (award) => `${award}: ${(report.awards[award] ?? []).join(", ") || "—"}`,
    ),
    `leaders ${report.leaders.year}: ${report.leaders.head ?? "—"} / ${report.leaders.deputy ?? "—"}`,
  ];
}

/** The decisions that differ between two reports, as "before → after". */
export function decisionChanges(before: TallyReport, after: TallyReport): Change[] {
  return diffSnapshots(
    new Map(decisionLines(before).map((line) => splitDecision(line))),
    new Map(decisionLines(after).map((line) => splitDecision(line))),
  );
}

function splitDecision(line: string): [string, string] {
  const at = line.indexOf(": ");
  return [line.slice(0, at), line.slice(at + 2)];
}
