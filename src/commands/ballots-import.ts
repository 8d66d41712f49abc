/**
 * `tdkt ballots import YEAR FILE [--round N] [--race RACE] [--replace] [--verify]`
 * (cli-contract.md): the long form `ballot,race,choice` or, with `--race`, the
 * matrix form of one race, told apart by the header. All or nothing: every
 * problem of the file is reported at once and nothing is imported.
 */
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import {
  BALLOT_COLUMNS,
  type BallotProblem,
  type BallotSheet,
  compareEntries,
  detectForm,
  type EntryComparison,
  type MarkingNote,
  markingNotes,
  parseRace,
  type ReadResult,
  raceNamesList,
  readLongForm,
  readMatrixForm,
  sameBallots,
  sheetRaces,
  suggestRace,
  withMark,
} from "../core/ballot-races.js";
import { Problems, problem } from "../core/problem.js";
import { type BallotMark, canonicalValue, resolveRules, ruleValue } from "../core/rules.js";
import { seatsByRace } from "../core/tally-rules.js";
import type { Race } from "../core/types.js";
import { membersOf } from "../db/agencies.js";
import { type Entry, replaceRaces, roundBallots } from "../db/ballots.js";
import { logImport } from "../db/import-log.js";
import { getMeeting } from "../db/meetings.js";
import { ruleSettings } from "../db/rules.js";
import { type ErrorLocation, TdktError, usageError } from "../errors.js";
import { type MessageKey, t } from "../i18n/index.js";
import { type CsvRecord, hashFile, mapColumns } from "../io/csv.js";
import { errorLocation, throwProblems } from "../io/problem-text.js";
import { displayNameOf } from "../io/read-table.js";
import { openSheetRows } from "../io/sheet-rows.js";
import { optionalText, parseYear } from "./common.js";
import { writeYear } from "./record.js";

/** `--round N`: a whole number from 1 (default 1). */
export function parseRound(value: unknown): number {
  if (value === undefined) return 1;
  const text = String(value).trim();
  if (!/^[1-9]\d{0,1}$/.test(text)) {
    throw usageError(t("common.number.invalid", { option: "--round", value: text }));
  }
  return Number(text);
}

/** `--race RACE`, in English or Vietnamese. */
export function parseRaceOption(value: unknown): Race | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const race = parseRace(text);
  if (race !== undefined) return race;
  const near = suggestRace(text);
  throw usageError(
    near
      ? t("ballots.race.unknownNear", { value: text, near })
      : t("ballots.race.unknown", { value: text, names: raceNamesList() }),
    t("ballots.race.option.hint", { names: raceNamesList() }),
  );
}

/** `--mark tick|strike` (Vietnamese `danhdau`, `gachten` too); undefined = the regulation's. */
export function parseMarkOption(value: unknown): BallotMark | undefined {
  if (value === undefined) return undefined;
  const mark = canonicalValue(String(value), ["tick", "strike"] as const);
  if (mark === undefined) {
    throw usageError(
      t("rules.value.invalid", { key: "--mark", value: String(value) }),
      t("rules.value.allowed", { allowed: t("rules.allowed.ballot.mark" as MessageKey) }),
    );
  }
  return mark;
}

/** The import_log scope of a round's ballots (and of its verification entry). */
export function importScope(round: number, entry: Entry): string {
  return entry === 1 ? `round ${round}` : `round ${round} verify`;
}

interface ParsedFile {
  displayName: string;
  /** Where a field of the table is (see SheetRows.locate), as an error's location. */
  locate: (line: number, column?: number) => ErrorLocation;
  form: "long" | "matrix";
  header: string[];
  headerLine: number;
  records: CsvRecord[];
  columns: { ballot: number; race: number; choice: number } | undefined;
  hash: string;
}

async function readBallotFile(
  path: string,
  race: Race | undefined,
  sheet?: string,
): Promise<ParsedFile> {
  // A CSV file, or one sheet of a workbook (the first, or --sheet): its rows are read alike.
  const [file] = await openSheetRows(path, { displayName: displayNameOf(path), sheet });
  if (file === undefined) throw new Error("a file gives at least one table");
  const displayName = file.displayName;
  try {
    const form = detectForm(file.header);
    if (form === "matrix" && race === undefined) {
      throw usageError(
        t("ballots.matrix.needsRace", { file: displayName }),
        t("ballots.matrix.needsRace.hint", { file: displayName }),
      );
    }
    let columns: ParsedFile["columns"];
    if (form === "long") {
      const { index } = mapColumns(file, BALLOT_COLUMNS);
      columns = {
        ballot: (index.ballot ?? 0) + 1,
        race: (index.race ?? 0) + 1,
        choice: (index.choice ?? 0) + 1,
      };
    }
    const records: CsvRecord[] = [];
    for await (const batch of file.batches()) records.push(...batch);
    return {
      displayName,
      locate: (line, column) =>
        errorLocation(file.locate(line, column)) ?? { file: file.displayName },
      form,
      header: file.header,
      headerLine: file.headerLine,
      records,
      columns,
      hash: await hashFile(path, displayNameOf(path)),
    };
  } finally {
    await file.close();
  }
}

interface Outcome {
  bloc: string;
  changed: boolean;
  entry: Entry;
  races: Array<{
    race: Race;
    ballots: number;
    blank: number;
    status: "added" | "replaced" | "same";
  }>;
  notes: MarkingNote[];
  comparison: EntryComparison | undefined;
  skipped: number;
}

export async function run(ctx: Context, args: string[], options: CommandOptions): Promise<void> {
  const year = parseYear(args[0] ?? "");
  const round = parseRound(options.round);
  const only = parseRaceOption(options.race);
  const entry: Entry = options.verify === true ? 2 : 1;
  const replace = options.replace === true;
  const file = await readBallotFile(args[1] ?? "", only, optionalText(options.sheet) ?? undefined);

  const command = { name: "ballots import", args };
  const outcome = writeYear(ctx, options, year, command, (db, bloc): Outcome => {
    const members = membersOf(db, bloc.id, year);
    if (members.length === 0) {
      throw new TdktError(t("ballots.noMembers", { year }), {
        hint: t("ballots.noMembers.hint", { year }),
      });
    }
    const read: ReadResult =
      file.form === "long"
        ? readLongForm(
            file.records.map((record) => ({
              line: record.line,
              ballot: record.fields[(file.columns?.ballot ?? 1) - 1] ?? "",
              race: record.fields[(file.columns?.race ?? 2) - 1] ?? "",
              choice: record.fields[(file.columns?.choice ?? 3) - 1] ?? "",
            })),
            {
              members,
              only,
              columns: file.columns ?? { ballot: 1, race: 2, choice: 3 },
              keepNonMembers: options.keepNonMembers === true,
            },
          )
        : readMatrixForm(
            { header: file.header, headerLine: file.headerLine, rows: file.records },
            only ?? "flag",
            members,
            options.keepNonMembers === true,
          );
    const problems = new Problems();
    // `file:line:column`, or `FILE:SHEET!CELL` in a workbook.
    const where = (item: BallotProblem): ErrorLocation =>
      item.line === undefined ? { file: file.displayName } : file.locate(item.line, item.column);
    for (const item of read.problems) {
      problems.add({
        code: item.code,
        ...(item.params ? { params: item.params } : {}),
        location: where(item),
      });
    }
    if (read.problems.length === 0 && sheetRaces(read.sheet).length === 0) {
      problems.add(problem("ballots.empty", undefined, { file: file.displayName }));
    }
    throwProblems(problems, t("ballots.fix.hint"), (count) => t("ballots.moreProblems", { count }));

    // How the ballots were marked: --mark, else the regulation's ballot.mark.
    const rules = resolveRules(ruleSettings(db, bloc.id, year));
    const mark = parseMarkOption(options.mark) ?? rules.ballot.mark;
    const sheet = withMark(read.sheet, mark);
    const races = sheetRaces(sheet);
    // Returned can never exceed issued; issued = the agencies present (domain.md, "Ballots").
    const meeting = getMeeting(db, bloc.id, year);
    const issued = meeting?.present ?? members.length;
    for (const race of races) {
      const returned = sheet[race]?.length ?? 0;
      if (returned > issued) {
        problems.add(
          problem(
            "ballots.overReturned",
            { race, round, returned, issued },
            {
              file: file.displayName,
            },
          ),
        );
      }
    }
    throwProblems(
      problems,
      typeof meeting?.present === "number"
        ? t("ballots.overReturned.hint", { year })
        : t("ballots.overReturned.hintNoMeeting", { year, members: members.length }),
    );

    const seats = seatsByRace(rules, members.length);
    // Struck-out ballots name the agencies not chosen: over-marking shows only in the tally.
    const overMarked = mark === "tick" ? everyBallotOverMarks(sheet, seats) : undefined;
    if (overMarked) {
      const value = ruleValue(rules, `seats.${overMarked.race}`);
      throw new TdktError(t("record.overmark", { ...overMarked, year }), {
        location: { file: file.displayName },
        hint: t("record.overmark.hint", { ...overMarked, year, value }),
      });
    }

    // A run-off follows a round: the tally counts rounds 1, 2, 3… without a gap.
    if (round > 1 && entry === 1) {
      const before = roundBallots(db, bloc.id, year, round - 1, 1);
      const missing = races.filter((race) => (before[race]?.length ?? 0) === 0);
      if (missing.length > 0) {
        throw new TdktError(
          t("ballots.roundGap", { round, previous: round - 1, races: missing.join(", "), year }),
          { location: { file: file.displayName }, hint: t("ballots.roundGap.hint") },
        );
      }
    }
    const firstEntry = roundBallots(db, bloc.id, year, round, 1);
    if (entry === 2) {
      const missing = races.filter((race) => (firstEntry[race]?.length ?? 0) === 0);
      if (missing.length > 0) {
        throw new TdktError(t("ballots.verify.nothing", { round, races: missing.join(", ") }), {
          location: { file: file.displayName },
          hint: t("ballots.verify.nothing.hint"),
        });
      }
    }

    const stored = entry === 1 ? firstEntry : roundBallots(db, bloc.id, year, round, 2);
    const status = new Map<Race, "added" | "replaced" | "same">();
    for (const race of races) {
      const before = stored[race] ?? [];
      const now = sheet[race] ?? [];
      status.set(
        race,
        before.length === 0 ? "added" : sameBallots(before, now) ? "same" : "replaced",
      );
    }
    const conflicting = races.filter((race) => status.get(race) === "replaced");
    if (conflicting.length > 0 && !replace) {
      throw new TdktError(
        t("ballots.exists", {
          year,
          round,
          races: conflicting.join(", "),
          count: Math.max(...conflicting.map((race) => stored[race]?.length ?? 0)),
        }),
        { location: { file: file.displayName }, hint: t("ballots.exists.hint") },
      );
    }
    const changing: BallotSheet = {};
    for (const race of races) if (status.get(race) !== "same") changing[race] = sheet[race];
    const changed = sheetRaces(changing).length > 0;
    if (changed) {
      const importId = logImport(db, {
        blocId: bloc.id,
        year,
        kind: "ballots",
        scope: importScope(round, entry),
        fileName: file.displayName,
        contentHash: file.hash,
        rowCount: file.records.length,
        importedAt: ctx.now(),
      });
      replaceRaces(db, { blocId: bloc.id, year, round, entry, importId }, changing);
    }

    return {
      bloc: bloc.code,
      changed,
      entry,
      races: races.map((race) => ({
        race,
        ballots: sheet[race]?.length ?? 0,
        blank: (sheet[race] ?? []).filter((b) => b.choices.length === 0).length,
        status: status.get(race) ?? "same",
      })),
      // A strike-out race names the struck, not the chosen: no over-marking to note.
      notes: mark === "strike" ? [] : markingNotes(sheet, seats),
      comparison: entry === 2 ? compareEntries(firstEntry, sheet) : undefined,
      skipped: read.skipped,
    };
  });

  report(ctx, year, round, file.displayName, outcome);
}

function report(
  ctx: Context,
  year: number,
  round: number,
  fileName: string,
  outcome: Outcome,
): void {
  if (ctx.json) {
    ctx.out.json({
      bloc: outcome.bloc,
      year,
      round,
      entry: outcome.entry,
      file: fileName,
      changed: outcome.changed,
      races: outcome.races,
      notes: outcome.notes,
      ...(outcome.comparison ? { verification: outcome.comparison } : {}),
    });
  } else {
    const papers = Math.max(0, ...outcome.races.map((race) => race.ballots));
    const key = !outcome.changed
      ? "ballots.unchanged"
      : outcome.entry === 2
        ? "ballots.doneVerify"
        : "ballots.done";
    ctx.out.print(t(key, { count: papers, round, year, file: fileName }));
    for (const race of outcome.races) {
      ctx.out.print(
        t(`ballots.raceLine.${race.status}`, {
          race: race.race,
          count: race.ballots,
          blank: race.blank,
        }),
      );
    }
    if (outcome.comparison) {
      for (const line of verificationLines(outcome.comparison)) ctx.out.print(line);
    }
  }
  if (outcome.skipped > 0) ctx.out.info(t("ballots.skipped", { count: outcome.skipped }));
  for (const note of outcome.changed ? outcome.notes : []) {
    ctx.out.info(
      t(note.kind === "over-marked" ? "ballots.note.overMarked" : "ballots.note.duplicate", {
        ballot: note.ballot,
        race: note.race,
        count: note.count,
        seats: note.seats,
      }),
    );
  }
}

/** The lines that report a comparison of two entries (also used by `ballots enter --verify`). */
export function verificationLines(comparison: EntryComparison): string[] {
  const lines: string[] = [];
  const marks = (choices: string[] | null) =>
    choices === null
      ? t("ballots.verify.absent")
      : choices.length === 0
        ? t("ballots.blank")
        : choices.join(", ");
  for (const mismatch of comparison.mismatched) {
    const races = mismatch.races
      .map((d) =>
        t("ballots.verify.raceDiff", {
          race: d.race,
          first: marks(d.first),
          second: marks(d.second),
        }),
      )
      .join("; ");
    lines.push(t("ballots.verify.mismatch", { ballot: mismatch.ballot, races }));
  }
  for (const ballot of comparison.extra) lines.push(t("ballots.verify.extra", { ballot }));
  if (comparison.unverified.length > 0) {
    lines.push(
      t("ballots.verify.unverified", {
        count: comparison.unverified.length,
        list: comparison.unverified.join(", "),
      }),
    );
  }
  if (comparison.mismatched.length === 0 && comparison.extra.length === 0) {
    lines.push(
      comparison.unverified.length === 0
        ? t("ballots.verify.allMatch")
        : t("ballots.verify.noMismatch"),
    );
  }
  return lines;
}

/**
 * The race in which every ballot (of two or more) marks more agencies than it
 * has seats: rather a wrong number of seats for the year than a room of
 * spoiled ballots (seats change with the number of members).
 */
function everyBallotOverMarks(
  sheet: BallotSheet,
  seats: Record<Race, number>,
): { race: Race; seats: number } | undefined {
  for (const race of sheetRaces(sheet)) {
    const ballots = sheet[race] ?? [];
    if (ballots.length >= 2 && ballots.every((b) => new Set(b.choices).size > seats[race])) {
      return { race, seats: seats[race] };
    }
  }
  return undefined;
}
