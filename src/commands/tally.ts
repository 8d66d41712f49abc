import { createHash } from "node:crypto";
import type { CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { canonicalJson } from "../core/fingerprint.js";
import { ProblemError } from "../core/problem.js";
import { type TallyInput, tallyYear } from "../core/tally.js";
import type { TallyReport } from "../core/types.js";
import { verificationStatus } from "../db/ballots.js";
import type { BlocRow } from "../db/blocs.js";
import type { Db } from "../db/connection.js";
import { saveTally } from "../db/tallies.js";
import { loadYear, tallyInput, type YearData } from "../db/year.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { stableJson } from "../io/output.js";
import { problemError } from "../io/problem-text.js";
import { renderTally } from "../io/render-tally.js";
import { parseYear, withBloc } from "./common.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The fingerprint of everything a tally decides from: verify compares it later. */
export function inputsHash(input: TallyInput): string {
  // Shortlists are Maps of Sets: hashed as sorted lists so that they count.
  const shortlists = input.shortlists
    ? Object.fromEntries(
        Object.entries(input.shortlists).map(([race, rounds]) => [
          race,
          [...(rounds?.entries() ?? [])].map(([round, codes]) => [round, [...codes].sort()]),
        ]),
      )
    : undefined;
  return sha256(canonicalJson(shortlists ? { ...input, shortlists } : input));
}

/** The year's report as the stored data decides it now (also what verify recomputes). */
export function computeTally(
  db: Db,
  bloc: BlocRow,
  year: number,
): { data: YearData; input: TallyInput; report: TallyReport } {
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
  if (verification.state === "partial" || verification.state === "mismatch") {
    report.warnings.push({
      code: `tally.warning.ballots-${verification.state}`,
      params: { unverified: verification.unverified, mismatched: verification.mismatched, year },
    });
  }
  return { data, input, report };
}

/**
 * `tdkt tally YEAR`: counts the stored ballots and decides every race, the
 * awards and next year's leaders; stores the report with its hash so that
 * `tdkt verify` can later tell whether anything it was made from changed.
 */
export function run(ctx: Context, args: string[], _options: CommandOptions): void {
  const year = parseYear(args[0] ?? "");
  const { report, names } = withBloc(ctx, "write", (db, bloc) => {
    const { data, input, report } = computeTally(db, bloc, year);
    const reportJson = stableJson(report);
    saveTally(db, bloc.id, year, {
      reportJson,
      reportHash: sha256(reportJson),
      inputsHash: inputsHash(input),
      talliedAt: ctx.now(),
    });
    return { report, names: new Map(data.members.map((m) => [m.code, m.name])) };
  });
  if (ctx.json) ctx.out.json(report);
  else ctx.out.print(renderTally(report, names, ctx.lang, ctx.out.color));
}
