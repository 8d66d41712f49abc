/**
 * Next year's head and deputy of the bloc.
 *
 * - `leaders.mode` vote (default): elected by ballot with the same threshold
 *   as the awards (a 2018 provincial notice asks blocs to "bầu Trưởng khối,
 *   Phó khối" at year end). Head and deputy are different agencies: one that
 *   wins both is head, and in the deputy race it is passed over for the next
 *   qualifying candidate. Disqualification concerns awards only (Decree
 *   98/2023/NĐ-CP Art. 4 is about commendation), not who leads the bloc.
 * - `leaders.mode` rotation: this year's deputy becomes head, and the next
 *   member after it in the bloc's rotation order becomes deputy.
 */
import type { Rules } from "./rules.js";
import type { Undecided } from "./tally-race.js";
import { type BallotRound, type Exclusion, type RaceOutcome, tallyRace } from "./tally-race.js";
import { joinCodes, orDash, ruleReason, SOURCES, warning } from "./tally-reasons.js";
import { compareVietnamese, nfc } from "./text.js";
import type { Agency, AgencyTotal, Leaders, Race, Reason, Warning } from "./types.js";

export interface LeadersDecision {
  head: string | null;
  deputy: string | null;
  reason: Reason;
}

/** The members in rotation order (`order`, then code for equal orders). */
export function rotationOrder(members: readonly Agency[]): Agency[] {
  return [...members].sort((a, b) => a.order - b.order || compareVietnamese(a.code, b.code));
}

/**
 * The next member after `after` in rotation order, wrapping round to the
 * first, skipping `after` itself and `skip`; null when there is none.
 */
export function nextInRotation(
  members: readonly Agency[],
  after: string,
  skip: ReadonlySet<string> = new Set(),
): string | null {
  const ordered = rotationOrder(members).map((agency) => nfc(agency.code));
  const start = ordered.indexOf(nfc(after));
  if (start < 0) return null;
  for (let step = 1; step < ordered.length; step++) {
    const code = ordered[(start + step) % ordered.length] as string;
    if (code !== nfc(after) && !skip.has(code)) return code;
  }
  return null;
}

/** Rotation: this year's deputy becomes head; the next member after it becomes deputy. */
export function rotateLeaders(
  members: readonly Agency[],
  current: Leaders,
  rules: Rules,
): LeadersDecision {
  const deputyNow = current.deputy === null ? null : nfc(current.deputy);
  if (deputyNow === null) {
    return {
      head: null,
      deputy: null,
      reason: ruleReason(
        "tally.leaders.rotation-no-deputy",
        rules,
        "leaders.mode",
        SOURCES.leaders,
      ),
    };
  }
  if (!members.some((agency) => nfc(agency.code) === deputyNow)) {
    return {
      head: null,
      deputy: null,
      reason: ruleReason(
        "tally.leaders.rotation-not-member",
        rules,
        "leaders.mode",
        SOURCES.leaders,
        { agency: deputyNow },
      ),
    };
  }
  const deputy = nextInRotation(members, deputyNow);
  return {
    head: deputyNow,
    deputy,
    reason: ruleReason("tally.leaders.rotation", rules, "leaders.mode", SOURCES.leaders, {
      head: deputyNow,
      deputy: orDash(deputy),
      previousHead: orDash(current.head),
      previousDeputy: deputyNow,
    }),
  };
}

export interface LeadersSetup {
  year: number;
  /** Not eligible for awards this year: barred from leading with `leaders.exclude-ineligible`. */
  disqualified?: readonly string[];
  /** The first award race's tally, for `leaders.mode top-unit`. */
  firstAward?: RaceOutcome;
  shortlists?: Partial<Record<Race, ReadonlyMap<number, ReadonlySet<string>>>>;
  members: readonly Agency[];
  present: number;
  rules: Rules;
  totals: readonly AgencyTotal[];
  currentLeaders: Leaders;
  /** Set when the year decides nothing (quorum not met): the races' and the leaders' reasons. */
  undecided: { races: Undecided; leaders: Reason } | null;
}

export interface LeadersOutcome {
  races: Partial<Record<Race, RaceOutcome>>;
  leaders: LeadersDecision;
  warnings: Warning[];
}

/** Counts the head and deputy races and decides next year's leaders. */
export function tallyLeaders(
  setup: LeadersSetup,
  ballots: Partial<Record<Race, readonly BallotRound[]>>,
): LeadersOutcome {
  const { rules } = setup;
  const common = {
    members: setup.members,
    present: setup.present,
    rules,
    totals: new Map(setup.totals.map((total) => [total.agency, total])),
  };
  const headRounds = ballots.head ?? [];
  const deputyRounds = ballots.deputy ?? [];
  const races: Partial<Record<Race, RaceOutcome>> = {};
  const warnings: Warning[] = [];

  if (setup.undecided) {
    const undecided = setup.undecided.races;
    if (headRounds.length > 0) {
      races.head = tallyRace({ ...common, race: "head", undecided }, headRounds);
    }
    if (deputyRounds.length > 0) {
      races.deputy = tallyRace({ ...common, race: "deputy", undecided }, deputyRounds);
    }
    return {
      races,
      leaders: { head: null, deputy: null, reason: setup.undecided.leaders },
      warnings,
    };
  }

  if (rules.leadersMode === "top-unit" || rules.leadersMode === "appointed") {
    // Ballots cast anyway are counted and shown, but the mode decides.
    const undecided: Undecided = {
      candidate: ruleReason("tally.reason.leaders-by-mode", rules, "leaders.mode", SOURCES.leaders),
      race: ruleReason("tally.race.leaders-by-mode", rules, "leaders.mode", SOURCES.leaders),
    };
    for (const [race, rounds] of [
      ["head", headRounds],
      ["deputy", deputyRounds],
    ] as const) {
      if (rounds.length === 0) continue;
      races[race] = tallyRace({ ...common, race, undecided }, rounds);
      warnings.push(warning("tally.warning.mode-decides", { race, mode: rules.leadersMode }));
    }
    const leaders =
      rules.leadersMode === "top-unit"
        ? topUnitLeaders(setup)
        : {
            head: null,
            deputy: null,
            reason: ruleReason("tally.leaders.appointed", rules, "leaders.mode", SOURCES.leaders, {
              year: setup.year + 1,
            }),
          };
    return { races, leaders, warnings };
  }

  if (rules.leadersMode === "rotation") {
    // Ballots cast anyway are counted and shown, but the rotation decides.
    const undecided: Undecided = {
      candidate: ruleReason("tally.reason.rotation", rules, "leaders.mode", SOURCES.leaders),
      race: ruleReason("tally.race.rotation", rules, "leaders.mode", SOURCES.leaders),
    };
    for (const [race, rounds] of [
      ["head", headRounds],
      ["deputy", deputyRounds],
    ] as const) {
      if (rounds.length === 0) continue;
      races[race] = tallyRace({ ...common, race, undecided }, rounds);
      warnings.push(warning("tally.warning.rotation-decides", { race }));
    }
    return { races, leaders: rotateLeaders(setup.members, setup.currentLeaders, rules), warnings };
  }

  const barred = barredFromLeading(setup);
  const head =
    headRounds.length > 0
      ? tallyRace(
          { ...common, race: "head", excluded: barred, shortlists: setup.shortlists?.head },
          headRounds,
        )
      : undefined;
  if (head) races.head = head;
  const heads = head?.elected ?? [];
  // Head and deputy must differ: next year's head is passed over in the deputy race.
  const excluded = new Map<string, Exclusion>(barred);
  for (const [agency, exclusion] of heads.map((agency): [string, Exclusion] => [
    agency,
    {
      result: "already-awarded",
      reason: ruleReason("tally.reason.next-head", rules, "leaders.mode", SOURCES.leaders, {
        agency,
        year: setup.year + 1,
      }),
    },
  ])) {
    excluded.set(agency, exclusion);
  }
  const deputy =
    deputyRounds.length > 0
      ? tallyRace(
          { ...common, race: "deputy", excluded, shortlists: setup.shortlists?.deputy },
          deputyRounds,
        )
      : undefined;
  if (deputy) races.deputy = deputy;
  if (head?.tie && deputy) {
    warnings.push(
      warning("tally.warning.head-undecided", {
        agencies: joinCodes(head.tie.agencies),
        seatsOpen: head.tie.seatsOpen,
      }),
    );
  }

  const nextHead = heads[0] ?? null;
  // Leaders hold only who is decided (contract): a deputy winner that is also
  // in the open head tie may yet be next year's head, and be passed over.
  const deputyWinner = deputy?.elected[0] ?? null;
  const nextDeputy =
    deputyWinner !== null && head?.tie?.agencies.includes(deputyWinner) ? null : deputyWinner;
  const params = { head: orDash(nextHead), deputy: orDash(nextDeputy), year: setup.year + 1 };
  return {
    races,
    leaders: {
      head: nextHead,
      deputy: nextDeputy,
      reason: ruleReason(
        nextHead !== null && nextDeputy !== null ? "tally.leaders.vote" : "tally.leaders.vote-open",
        rules,
        "leaders.mode",
        SOURCES.leaders,
        params,
      ),
    },
    warnings,
  };
}

/**
 * `leaders.exclude-ineligible`: a unit not eligible for awards this year may
 * not lead the bloc next year (procuracy practice; domain.md "Head and deputy").
 */
function barredFromLeading(setup: LeadersSetup): Map<string, Exclusion> {
  const barred = new Map<string, Exclusion>();
  if (!setup.rules.leadersExcludeIneligible) return barred;
  for (const agency of setup.disqualified ?? []) {
    barred.set(nfc(agency), {
      result: "ineligible",
      reason: ruleReason(
        "tally.reason.barred-from-leading",
        setup.rules,
        "leaders.exclude-ineligible",
        SOURCES.exclude,
        { agency: nfc(agency), year: setup.year + 1 },
      ),
    });
  }
  return barred;
}

/**
 * `leaders.mode top-unit` (Bắc Ninh 2022): the first winner of the first award
 * race becomes head, and the next candidate of that race in its choosing
 * order (eligible, not barred; the vote ranks it, no threshold applies to
 * the deputy) becomes deputy.
 */
export function topUnitLeaders(setup: LeadersSetup): LeadersDecision {
  const { rules } = setup;
  const race = setup.firstAward;
  const head = race?.elected[0] ?? null;
  const barred = barredFromLeading(setup);
  const deputy =
    head === null
      ? null
      : (race?.tally.candidates.find(
          (candidate) =>
            candidate.agency !== head && candidate.eligible && !barred.has(candidate.agency),
        )?.agency ?? null);
  return {
    head,
    deputy,
    reason: ruleReason(
      head !== null && deputy !== null ? "tally.leaders.top-unit" : "tally.leaders.top-unit-open",
      rules,
      "leaders.mode",
      SOURCES.leaders,
      {
        head: orDash(head),
        deputy: orDash(deputy),
        race: race?.tally.race ?? "—",
        year: setup.year + 1,
      },
    ),
  };
}
