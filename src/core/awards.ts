/**
 * The award races: the provincial Emulation Flag and the Chairman's
 * Certificate of Merit.
 *
 * - One achievement, one award (Law on Emulation and Commendation
 *   06/2022/QH15, principles): the flag nominee is passed over in the
 *   certificate race and the next qualifying candidate moves up.
 * - An agency under discipline, investigation or inspection, or with a
 *   complaint being verified, is not commended (Decree 98/2023/NĐ-CP Art. 4):
 *   the secretary marks it; its votes are still counted and shown.
 * - The flag goes to the leader of the bloc (Circular 08/2017/TT-BNV Art. 8):
 *   a nominee that is not the top scorer is a warning, not a block.
 */

import type { Rules } from "./rules.js";
import type { Undecided } from "./tally-race.js";
import { type BallotRound, type Exclusion, type RaceOutcome, tallyRace } from "./tally-race.js";
import { joinCodes, lawReason, SOURCES, warning } from "./tally-reasons.js";
import { raceSeats } from "./tally-rules.js";
import { nfc } from "./text.js";
import type { Agency, AgencyTotal, Disqualification, Race, Warning } from "./types.js";

/** The disqualified agencies: ineligible in both award races, with the secretary's reason. */
export function disqualifiedExclusions(
  disqualified: readonly Disqualification[],
): Map<string, Exclusion> {
  const excluded = new Map<string, Exclusion>();
  for (const { agency, reason } of disqualified) {
    excluded.set(nfc(agency), {
      result: "ineligible",
      reason: lawReason("tally.reason.disqualified", SOURCES.notCommended, {
        agency: nfc(agency),
        reason: nfc(reason),
      }),
    });
  }
  return excluded;
}

/**
 * Who cannot win the certificate: the disqualified ones, and the flag
 * nominees, passed over as already awarded (one achievement, one award).
 */
export function certificateExclusions(
  disqualified: readonly Disqualification[],
  flagNominees: readonly string[],
): Map<string, Exclusion> {
  const excluded = disqualifiedExclusions(disqualified);
  for (const agency of flagNominees) {
    if (excluded.has(agency)) continue;
    excluded.set(agency, {
      result: "already-awarded",
      reason: lawReason("tally.reason.flag-nominee", SOURCES.oneAward, { agency }),
    });
  }
  return excluded;
}

/**
 * Warnings for flag nominees that are not among the bloc's leaders by score
 * (Circular 08/2017/TT-BNV Art. 8: the flag goes to the bloc's leader). With
 * more than one flag seat, a nominee ranked within the seats is a leader.
 */
export function flagLeaderWarnings(
  nominees: readonly string[],
  totals: readonly AgencyTotal[],
  flagSeats: number,
): Warning[] {
  const warnings: Warning[] = [];
  const top = totals.filter((total) => total.rank === 1);
  const first = top[0];
  for (const agency of nominees) {
    const own = totals.find((total) => total.agency === agency);
    if (!own) {
      warnings.push(
        warning("tally.warning.flag-no-score", {
          agency,
          source: SOURCES.flagToLeader,
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
          source: SOURCES.flagToLeader,
        }),
      );
    }
  }
  return warnings;
}

export interface AwardsSetup {
  members: readonly Agency[];
  present: number;
  rules: Rules;
  totals: readonly AgencyTotal[];
  disqualified: readonly Disqualification[];
  /** Set when the year decides nothing (quorum not met). */
  undecided: Undecided | null;
}

export interface AwardsOutcome {
  races: Partial<Record<Race, RaceOutcome>>;
  awards: { flag: string[]; certificate: string[] };
  warnings: Warning[];
}

/** Counts and decides the flag and certificate races, flag first. */
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

  const flagRounds = ballots.flag ?? [];
  const flag =
    flagRounds.length > 0
      ? tallyRace(
          { ...common, race: "flag", excluded: disqualifiedExclusions(setup.disqualified) },
          flagRounds,
        )
      : undefined;
  if (flag) races.flag = flag;
  const flagNominees = setup.undecided ? [] : (flag?.elected ?? []);

  const certificateRounds = ballots.certificate ?? [];
  const certificate =
    certificateRounds.length > 0
      ? tallyRace(
          {
            ...common,
            race: "certificate",
            excluded: certificateExclusions(setup.disqualified, flagNominees),
          },
          certificateRounds,
        )
      : undefined;
  if (certificate) races.certificate = certificate;

  if (!setup.undecided) {
    warnings.push(
      ...flagLeaderWarnings(
        flagNominees,
        setup.totals,
        raceSeats("flag", setup.rules, setup.members.length),
      ),
    );
    // The flag is still open: the certificate is decided without the tied
    // agencies passed over, so a run-off may change it.
    if (flag?.tie && certificate) {
      warnings.push(
        warning("tally.warning.flag-undecided", {
          agencies: joinCodes(flag.tie.agencies),
          seatsOpen: flag.tie.seatsOpen,
        }),
      );
    }
  }

  return {
    races,
    awards: {
      flag: flagNominees,
      // Awards hold only who is decided (contract): a certificate winner that is
      // also in the open flag tie may yet be the flag nominee, and be passed over.
      certificate: setup.undecided
        ? []
        : (certificate?.elected ?? []).filter((agency) => !flag?.tie?.agencies.includes(agency)),
    },
    warnings,
  };
}
