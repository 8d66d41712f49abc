import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { canonicalJson } from "../core/fingerprint.js";
import { ProblemError } from "../core/problem.js";
import { type TallyInput, tallyYear } from "../core/tally.js";
import type { TallyReport } from "../core/types.js";
import {
  type Change,
  decisionChanges,
  diffSnapshots,
  flatten,
  onlyRunOffBallots,
  projectOnto,
} from "../core/year-record.js";
import { type VerificationStatus, verificationStatus } from "../db/ballots.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { appendJournal, journalOf } from "../db/journal.js";
import { appendCount, getTally, type StoredTally } from "../db/tallies.js";
import { loadYear, tallyInput, type YearData } from "../db/year.js";
import { describe } from "../db/year-record.js";
import { TdktError } from "../errors.js";
import { hasMessage, t } from "../i18n/index.js";
import { formatUserDate } from "../io/dates.js";
import { problemError } from "../io/problem-text.js";
import { renderTally } from "../io/render-tally.js";
import { parseYear, withBloc } from "./common.js";
import { amendReason, journalCommand } from "./record.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The fingerprint of everything a tally decides from: verify compares it later. */
export function inputsHash(input: TallyInput): string {
  return sha256(canonicalJson(input));
}

/** The inputs as the stored JSON holds them (shortlists' Maps and Sets as plain lists). */
function asPlain(input: TallyInput): unknown {
  return JSON.parse(canonicalJson(input));
}

/** The release of tdkt, stored with each count. */
export function tdktVersion(): string {
  const file = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** The year's report as the stored data decides it now (also what verify recomputes). */
export function computeTally(
  db: Db,
  bloc: BlocRow,
  year: number,
): { data: YearData; input: TallyInput; report: TallyReport; verification: VerificationStatus } {
  const data = loadYear(db, bloc, year);
  if (data.members.length === 0) {
    throw new TdktError(t("agencies.noneForYear", { year }), { hint: t("agencies.none.hint") });
  }
  const input = tallyInput(db, data);
  // Nothing to count (most often a mistyped year): storing an empty result
  // would decide next year's leaders as "nobody". Rotation needs no ballot.
  if (Object.keys(input.ballots).length === 0 && data.rules.leadersMode === "vote") {
    throw new TdktError(t("tally.cmd.noBallots", { year }), {
      hint: t("tally.cmd.noBallots.hint", { year }),
    });
  }
  let report: TallyReport;
  try {
    report = tallyYear(input);
  } catch (error) {
    if (error instanceof ProblemError) throw problemError(error.problem);
    throw error;
  }
  const verification = verificationStatus(db, bloc.id, year);
  return { data, input, report, verification };
}

/**
 * Whether the inputs and the report now are those of a stored count, seen
 * with the fields that count knew (a later release may add fields).
 */
export function sameAsCount(
  stored: StoredTally,
  input: TallyInput,
  report: TallyReport,
): { inputs: boolean; report: boolean } {
  const inputs =
    stored.inputsJson === null
      ? inputsHash(input) === stored.inputsHash
      : canonicalJson(projectOnto(JSON.parse(stored.inputsJson), asPlain(input))) ===
        stored.inputsJson;
  return {
    inputs,
    report: canonicalJson(projectOnto(stored.report, report)) === canonicalJson(stored.report),
  };
}

/** What changed in the inputs since a stored count (empty when unknown: a count of an old release). */
function inputChanges(stored: StoredTally, input: TallyInput): Change[] {
  if (stored.inputsJson === null) return [];
  return diffSnapshots(
    flatten(JSON.parse(stored.inputsJson)),
    flatten(projectOnto(JSON.parse(stored.inputsJson), asPlain(input))),
  );
}

/** Every ballot whose two entries differ: "phiếu 4, Phó khối: lần 1 VKSND, lần 2 CAT". */
function mismatchLines(verification: VerificationStatus): string[] {
  const marks = (choices: string[] | null) =>
    choices === null
      ? t("record.tally.mismatch.none")
      : choices.length === 0
        ? t("record.tally.mismatch.blank")
        : choices.join(", ");
  const several = verification.rounds.length > 1;
  const lines: string[] = [];
  for (const round of verification.rounds) {
    const roundText = several ? t("record.tally.mismatch.round", { round: round.round }) : "";
    for (const mismatch of round.mismatched) {
      for (const race of mismatch.races) {
        const key = `minutes.raceShort.${race.race}`;
        lines.push(
          t("record.tally.mismatch.line", {
            ballot: mismatch.ballot,
            round: roundText,
            race: hasMessage(key) ? t(key as "minutes.raceShort.flag") : race.race,
            first: marks(race.first),
            second: marks(race.second),
          }),
        );
      }
    }
    for (const ballot of round.extra) {
      lines.push(t("record.tally.mismatch.extra", { ballot, round: roundText }));
    }
  }
  return lines;
}

/**
 * `tdkt tally YEAR`: counts the stored ballots and decides every race, the
 * awards and next year's leaders. Every count is kept, numbered (contract, "A
 * year's record"): a new count is stored only when something changed; one
 * whose decisions differ from the latest count needs `--amend`, except after
 * the ballots of a run-off round. Ballots whose two entries differ are never
 * counted; while second entries are incomplete the count is provisional.
 */
export function run(ctx: Context, args: string[], options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const reason = amendReason(options);
  const outcome = withBloc(ctx, "write", (db, bloc) => {
    const { data, input, report, verification } = computeTally(db, bloc, year);
    if (verification.state === "mismatch") {
      const lines = mismatchLines(verification);
      throw new TdktError(t("record.tally.mismatch", { year, count: verification.mismatched }), {
        more: lines.map((message) => new TdktError(message)),
        hint: t("record.tally.mismatch.hint", { year }),
      });
    }
    const provisional = verification.state === "partial";
    const names = new Map(data.members.map((m) => [m.code, m.name]));
    const latest = getTally(db, bloc.id, year);
    if (latest) {
      const same = sameAsCount(latest, input, report);
      // An amendment since the count (of the meeting, say) is a change too: the
      // new count makes the documents final again.
      const amended = journalOf(db, bloc.id, year).some((entry) => entry.count === latest.count);
      if (same.inputs && same.report && latest.provisional === provisional && !amended) {
        return {
          report,
          names,
          count: latest.count,
          provisional,
          stored: false,
          latest,
          verification,
        };
      }
      const decided = decisionChanges(latest.report, report);
      const runOff = onlyRunOffBallots(inputChanges(latest, input), latest.report);
      if (decided.length > 0 && !runOff) {
        if (reason === null) {
          throw new TdktError(
            t("record.tally.decisionsChanged", {
              year,
              count: latest.count,
              date: formatUserDate(latest.talliedAt.slice(0, 10), ctx.lang),
              changes: describe(decided),
            }),
            { hint: t("record.tally.decisionsChanged.hint", { year }) },
          );
        }
        appendJournal(db, bloc.id, {
          year,
          count: latest.count,
          at: ctx.now(),
          command: journalCommand({ name: "tally", args }),
          reason,
          changes: decided,
        });
      }
    }
    const reportJson = canonicalJson(report);
    const inputsJson = canonicalJson(input);
    const count = appendCount(db, bloc.id, year, {
      reportJson,
      reportHash: sha256(reportJson),
      inputsJson,
      inputsHash: sha256(inputsJson),
      tdktVersion: tdktVersion(),
      provisional,
      amendReason: latest ? reason : null,
      talliedAt: ctx.now(),
    });
    return { report, names, count, provisional, stored: true, latest, verification };
  });
  const { report, count, provisional } = outcome;
  if (provisional) {
    report.warnings.push({
      code: "tally.warning.ballots-partial",
      params: { unverified: outcome.verification.unverified, year },
    });
  }
  if (ctx.json) ctx.out.json({ ...report, count, provisional });
  else ctx.out.print(renderTally(report, outcome.names, ctx.lang, ctx.out.color));
  if (!outcome.stored && outcome.latest) {
    ctx.out.info(
      t("record.tally.unchanged", {
        count: outcome.latest.count,
        date: formatUserDate(outcome.latest.talliedAt.slice(0, 10), ctx.lang),
      }),
    );
  } else if (!ctx.json) {
    ctx.out.info(t("record.tally.stored", { count, year }));
  }
  if (provisional) {
    ctx.out.info(
      t("record.tally.provisional", { unverified: outcome.verification.unverified, year }),
    );
  }
}
