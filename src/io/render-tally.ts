/**
 * The tally as a person reads it on a terminal: per race the ballot counts,
 * the threshold with its base named, a table of agencies (votes, percent with
 * two decimals, total score, result) and the reason of each result; then the
 * proposals, next year's leaders and the warnings.
 */

import { awardRacesOf } from "../core/awards.js";
import type { CandidateResult, RaceTally, Reason, TallyReport } from "../core/types.js";
import { hasMessage, type Lang, t } from "../i18n/index.js";
import { formatNumber } from "./numbers.js";
import type { Colors } from "./output.js";
import { namedParams } from "./reason-text.js";
import { renderTable } from "./table.js";

function reasonText(
  reason: Reason | { code: string; params?: Record<string, string | number> },
  names: ReadonlyMap<string, string>,
): string {
  return hasMessage(reason.code)
    ? t(reason.code, namedParams(reason.params ?? {}, names))
    : reason.code;
}

const RESULT_KEYS: Record<CandidateResult, Parameters<typeof t>[0]> = {
  elected: "tally.result.elected",
  "not-elected": "tally.result.not-elected",
  "below-threshold": "tally.result.below-threshold",
  tie: "tally.result.tie",
  ineligible: "tally.result.ineligible",
  "already-awarded": "tally.result.already-awarded",
};

function styleResult(color: Colors, result: CandidateResult, text: string): string {
  if (result === "elected") return color.green.bold(text);
  if (result === "tie") return color.yellow.bold(text);
  if (result === "ineligible" || result === "already-awarded") return color.red(text);
  return color.dim(text);
}

export function renderTally(
  report: TallyReport,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  color: Colors,
): string {
  const name = (code: string) => `${names.get(code) ?? code} (${code})`;
  const lines: string[] = [];
  lines.push(color.bold(t("tally.view.title", { year: report.year, bloc: report.bloc })));
  lines.push(
    t("tally.view.quorum", {
      members: report.members,
      present: report.present,
      required: report.quorum.required,
      met: report.quorum.met ? t("tally.view.quorum.met") : t("tally.view.quorum.notMet"),
    }),
  );
  for (const race of report.races) {
    lines.push("", ...renderRace(race, name, names, lang, color, report.labels?.[race.race]));
  }
  if (report.races.length === 0) lines.push("", t("tally.view.noBallots", { year: report.year }));

  lines.push("", color.bold(t("tally.view.decisions")));
  const list = (codes: readonly string[]) =>
    codes.length > 0 ? codes.map(name).join("; ") : t("tally.view.none");
  for (const race of awardRacesOf(report)) {
    const label = report.labels?.[race] ?? t(`tally.name.${race}`);
    lines.push(`  ${label}: ${list(report.awards[race] ?? [])}`);
  }
  if (report.leadingUnit) {
    lines.push(`  ${t("tally.leading-unit", { agency: name(report.leadingUnit) })}`);
  }
  lines.push(
    `  ${t("tally.view.leaders", { year: report.leaders.year })}: ${t("tally.name.head")} ${
      report.leaders.head ? name(report.leaders.head) : "—"
    }; ${t("tally.name.deputy")} ${report.leaders.deputy ? name(report.leaders.deputy) : "—"}`,
  );
  lines.push(`    ${reasonText(report.leaders.reason, names)}`);
  if (report.warnings.length > 0) {
    lines.push("", color.yellow.bold(t("tally.view.warnings")));
    for (const warning of report.warnings) lines.push(`  ! ${reasonText(warning, names)}`);
  }
  return lines.join("\n");
}

function renderRace(
  race: RaceTally,
  name: (code: string) => string,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  color: Colors,
  /** The award's name as the regulation writes it (`label.RACE`), if any. */
  label?: string,
): string[] {
  const lines: string[] = [];
  const raceName = label ?? t(`tally.name.${race.race}` as Parameters<typeof t>[0]);
  lines.push(
    color.bold(
      t("tally.view.race", {
        race: raceName.toLocaleUpperCase(lang),
        round: race.round,
        seats: race.seats,
      }),
    ),
  );
  const b = race.ballots;
  lines.push(
    `  ${t("tally.view.ballots", {
      issued: b.issued,
      returned: b.returned,
      valid: b.valid,
      invalid: b.invalid,
      blank: b.blank,
    })}`,
  );
  const causes = race.invalidCauses;
  const causeText = [
    causes.overMarked ? t("tally.view.cause.overMarked", { n: causes.overMarked }) : "",
    causes.nonMember ? t("tally.view.cause.nonMember", { n: causes.nonMember }) : "",
    causes.duplicate ? t("tally.view.cause.duplicate", { n: causes.duplicate }) : "",
    causes.notInRunOff ? t("tally.view.cause.notInRunOff", { n: causes.notInRunOff }) : "",
    causes.blank ? t("tally.view.cause.blank", { n: causes.blank }) : "",
    causes.notNominated ? t("tally.view.cause.notNominated", { n: causes.notNominated }) : "",
  ].filter(Boolean);
  if (causeText.length > 0)
    lines.push(`  ${t("tally.view.invalidBecause")} ${causeText.join("; ")}`);
  lines.push(
    `  ${t("tally.view.threshold", {
      comparison: race.threshold.strict ? t("tally.view.moreThan") : t("tally.view.atLeast"),
      percent: formatNumber(race.threshold.percent, lang),
      base: t(`tally.base.${race.threshold.base}` as Parameters<typeof t>[0]),
      baseCount: race.threshold.baseCount,
      minVotes: race.threshold.minVotes,
    })}`,
  );
  if (race.candidates.length > 0) {
    const table = renderTable(
      [
        t("tally.view.col.agency"),
        t("tally.view.col.votes"),
        t("tally.view.col.percent"),
        t("tally.view.col.score"),
        t("tally.view.col.result"),
      ],
      race.candidates.map((c) => [
        name(c.agency),
        String(c.votes),
        `${formatNumber(c.percent, lang, 2)}%`,
        c.score === null ? "—" : formatNumber(c.score, lang, 2),
        t(RESULT_KEYS[c.result]),
      ]),
      {
        align: ["left", "right", "right", "right", "left"],
        styleHeader: (text) => color.bold(text),
      },
    );
    const rows = table.split("\n");
    lines.push(
      ...rows.map((row, index) => {
        const candidate = race.candidates[index - 2];
        return `  ${candidate ? styleResult(color, candidate.result, row) : row}`;
      }),
    );
    for (const candidate of race.candidates) {
      lines.push(`  - ${candidate.agency}: ${reasonText(candidate.reason, names)}`);
    }
  }
  if (race.reason) lines.push(`  → ${reasonText(race.reason, names)}`);
  return lines;
}
