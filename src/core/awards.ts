/**
 * The award races, in the regulation's order (`races.awards`): optionally the
 * Government's Emulation Flag, the provincial flag, the certificate.
 *
 * - One achievement, one award (the law in force for the year, principles):
 *   a winner of an earlier award race is passed over in the later ones and
 *   the next qualifying candidate moves up.
 * - An agency under discipline, investigation or inspection, or with a
 *   complaint being verified, is not commended (Decree 98/2023/NĐ-CP Art. 4,
 *   carried into Decree 152/2025/NĐ-CP): the secretary marks it; its votes
 *   are still counted and shown.
 * - The flag should go to the unit that leads the bloc: a flag winner that is
 *   not a top scorer is a warning, not a block. The Government-flag winner is
 *   the unit that leads the bloc (Law 06/2022/QH15 Art. 25; Quảng Ninh QĐ
 *   1174/QĐ-UBND 2017).
 */

import type { Rules } from "./rules.js";
import type { Undecided } from "./tally-race.js";
import { type BallotRound, type Exclusion, type RaceOutcome, tallyRace } from "./tally-race.js";
import { awardSources, joinCodes, lawReason, warning } from "./tally-reasons.js";
import { raceSeats } from "./tally-rules.js";
import { nfc } from "./text.js";
import type {
  Agency,
  AgencyTotal,
  AwardRace,
  Disqualification,
  Race,
  TallyReport,
  Warning,
} from "./types.js";
import { AWARD_RACES } from "./types.js";

/** The disqualified agencies: ineligible in both award races, with the secretary's reason. */
export function disqualifiedExclusions(
  disqualified: readonly Disqualification[],
  year: number,
): Map<string, Exclusion> {
  const excluded = new Map<string, Exclusion>();
  for (const { agency, reason } of disqualified) {
    excluded.set(nfc(agency), {
      result: "ineligible",
      reason: lawReason("tally.reason.disqualified", awardSources(year).notCommended, {
        agency: nfc(agency),
        reason: nfc(reason),
      }),
    });
  }
  return excluded;
}

/**
 * Who cannot win a later award race: the disqualified ones, and the winners of
 * the earlier award races, passed over as already awarded (one achievement,
 * one award).
 */
export function laterRaceExclusions(
  disqualified: readonly Disqualification[],
  earlier: ReadonlyArray<{ race: AwardRace; winners: readonly string[] }>,
  year: number,
): Map<string, Exclusion> {
  const excluded = disqualifiedExclusions(disqualified, year);
  for (const { race, winners } of earlier) {
    for (const agency of winners) {
      if (excluded.has(agency)) continue;
      excluded.set(agency, {
        result: "already-awarded",
        reason: lawReason(
          race === "flag" ? "tally.reason.flag-nominee" : "tally.reason.earlier-award",
          awardSources(year).oneAward,
          { agency, race },
        ),
      });
    }
  }
  return excluded;
}

/** Who cannot win the certificate after the flag (the regulation of two award races). */
export function certificateExclusions(
  disqualified: readonly Disqualification[],
  flagNominees: readonly string[],
  year = 2019,
): Map<string, Exclusion> {
  return laterRaceExclusions(disqualified, [{ race: "flag", winners: flagNominees }], year);
}

/**
 * Warnings for flag nominees that are not among the bloc's leaders by score
 * (domain.md, "Eligibility": the flag should go to the unit that leads the
 * bloc; a warning, which a province may make a hard rule). With more than one
 * flag seat, a nominee ranked within the seats is a leader.
 */
export function flagLeaderWarnings(
  nominees: readonly string[],
  totals: readonly AgencyTotal[],
  flagSeats: number,
  year = 2019,
): Warning[] {
  const source = awardSources(year).flagToLeader;
  const warnings: Warning[] = [];
  const top = totals.filter((total) => total.rank === 1);
  const first = top[0];
  for (const agency of nominees) {
    const own = totals.find((total) => total.agency === agency);
    if (!own) {
      warnings.push(
        warning("tally.warning.flag-no-score", {
          agency,
          source,
          top: joinCodes(top.map((total) => total.agency)),
        }),
      );
    } else if (first && own.rank > flagSeats) {
      warnings.push(
        warning("tally.warning.flag-not-top-scorer", {
          agency,
          name: own.name,
          total: own.total,
          rank: own.rank,
          top: joinCodes(top.map((total) => total.agency)),
          topName: top.map((total) => total.name).join(", "),
          topTotal: first.total,
          source,
        }),
      );
    }
  }
  return warnings;
}

export interface AwardsSetup {
  /** The year under review: it names the law in force. */
  year: number;
  members: readonly Agency[];
  present: number;
  rules: Rules;
  totals: readonly AgencyTotal[];
  disqualified: readonly Disqualification[];
  /** Set when the year decides nothing (quorum not met). */
  undecided: Undecided | null;
  /** Shortlists by race and round (`tdkt nominees`). */
  shortlists?: Partial<Record<Race, ReadonlyMap<number, ReadonlySet<string>>>>;
}

export interface AwardsOutcome {
  races: Partial<Record<Race, RaceOutcome>>;
  /** A key per award race of the regulation: the decided winners. */
  awards: Partial<Record<AwardRace, string[]>>;
  warnings: Warning[];
}

/**
 * Counts and decides the award races in the regulation's order. A race with
 * an open tie leaves its seats undecided; the later races are decided without
 * the tied agencies passed over, so a run-off may change them, and their
 * awards hold only who is decided (contract).
 */
export function tallyAwards(
  setup: AwardsSetup,
  ballots: Partial<Record<Race, readonly BallotRound[]>>,
): AwardsOutcome {
  const totals = new Map(setup.totals.map((total) => [total.agency, total]));
  const common = {
    members: setup.members,
    present: setup.present,
    rules: setup.rules,
    totals,
    undecided: setup.undecided,
  };
  const warnings: Warning[] = [];
  const races: Partial<Record<Race, RaceOutcome>> = {};
  const awards: Partial<Record<AwardRace, string[]>> = {};
  const earlier: Array<{ race: AwardRace; winners: string[] }> = [];
  // Agencies in an open tie of an earlier race: they may yet win it.
  const openTies = new Set<string>();

  for (const race of setup.rules.awardRaces) {
    const rounds = ballots[race] ?? [];
    const seats = raceSeats(race, setup.rules, setup.members.length);
    const outcome =
      rounds.length > 0 && seats > 0
        ? tallyRace(
            {
              ...common,
              race,
              excluded: laterRaceExclusions(setup.disqualified, earlier, setup.year),
              shortlists: setup.shortlists?.[race],
            },
            rounds,
          )
        : undefined;
    if (outcome) races[race] = outcome;
    const winners = setup.undecided ? [] : (outcome?.elected ?? []);
    awards[race] = winners.filter((agency) => !openTies.has(agency));
    // The unit that leads the bloc: the Government flag's where it is held, else the flag's.
    const leadingRace = setup.rules.awardRaces.includes("govflag") ? "govflag" : "flag";
    if (!setup.undecided && race === leadingRace) {
      warnings.push(...flagLeaderWarnings(winners, setup.totals, seats, setup.year));
    }
    if (!setup.undecided && outcome?.tie) {
      const later = setup.rules.awardRaces.slice(setup.rules.awardRaces.indexOf(race) + 1);
      if (later.some((next) => (ballots[next]?.length ?? 0) > 0)) {
        warnings.push(
          race === "flag"
            ? warning("tally.warning.flag-undecided", {
                agencies: joinCodes(outcome.tie.agencies),
                seatsOpen: outcome.tie.seatsOpen,
              })
            : warning("tally.warning.race-undecided", {
                race,
                agencies: joinCodes(outcome.tie.agencies),
                seatsOpen: outcome.tie.seatsOpen,
              }),
        );
      }
      for (const agency of outcome.tie.agencies) openTies.add(agency);
    }
    earlier.push({ race, winners });
  }

  return { races, awards, warnings };
}

/**
 * The award races of a report in the regulation's order. A stored report is
 * kept in canonical form (keys sorted), so the order of its `awards` keys is
 * not the regulation's: the races' own order (cli-contract.md, "races": the
 * regulation's order) gives it, then the national order for races held without
 * ballots.
 */
export function awardRacesOf(report: Pick<TallyReport, "awards" | "races">): AwardRace[] {
  const held = Object.keys(report.awards) as AwardRace[];
  const byBallots = report.races
    .map((race) => race.race)
    .filter((race): race is AwardRace => (held as string[]).includes(race));
  const rest = AWARD_RACES.filter((race) => held.includes(race) && !byBallots.includes(race));
  return [...new Set([...byBallots, ...rest])];
}
