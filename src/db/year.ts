/**
 * Everything stored about one bloc-year that the tally, the minutes and
 * verify work from, read in one place so that they all see the same data.
 */
import { type Rules, resolveRules } from "../core/rules.js";
import { rankAgencies } from "../core/scoring.js";
import type { TallyInput } from "../core/tally.js";
import type { AgencyTotal, Criterion, Disqualification, Leaders } from "../core/types.js";
import { type AgencyRow, membersOf } from "./agencies.js";
import { loadBallots } from "./ballots.js";
import type { BlocRow } from "./blocs.js";
import type { Db } from "./connection.js";
import { criteriaOf } from "./criteria.js";
import { disqualificationsOf } from "./disqualifications.js";
import { type LeadersSource, leadersOf } from "./leaders.js";
import { getMeeting, type Meeting } from "./meetings.js";
import { nomineesOf } from "./nominees.js";
import { ruleSettings } from "./rules.js";
import { currentApproval } from "./score-check.js";
import { scoreEntriesOf } from "./scores.js";

export interface YearData {
  bloc: BlocRow;
  year: number;
  members: AgencyRow[];
  criteria: Criterion[];
  totals: AgencyTotal[];
  /** Members that sent no score sheet ("chưa nộp"), in rotation order. */
  missingSheets: string[];
  meeting: Meeting | undefined;
  rules: Rules;
  disqualified: Disqualification[];
  /** The day the score table was approved, when the scores are still those approved. */
  scoresApproved: string | null;
  leaders: Leaders & { source: LeadersSource };
}

export function loadYear(db: Db, bloc: BlocRow, year: number): YearData {
  const members = membersOf(db, bloc.id, year);
  const criteria = criteriaOf(db, bloc.id, year);
  const totals = rankAgencies(members, criteria, scoreEntriesOf(db, bloc.id, year));
  const sent = new Set(totals.map((total) => total.agency));
  return {
    bloc,
    year,
    members,
    criteria,
    totals,
    missingSheets: members.filter((m) => !sent.has(m.code)).map((m) => m.code),
    meeting: getMeeting(db, bloc.id, year),
    rules: resolveRules(ruleSettings(db, bloc.id, year)),
    disqualified: disqualificationsOf(db, bloc.id, year),
    scoresApproved: currentApproval(db, bloc.id, year),
    leaders: leadersOf(db, bloc.id, year),
  };
}

/** The input of the pure tally (src/core/tally.ts), from the stored year. */
export function tallyInput(db: Db, data: YearData): TallyInput {
  const shortlists = nomineesOf(db, data.bloc.id, data.year);
  return {
    bloc: data.bloc.code,
    year: data.year,
    members: data.members.map(({ code, name, shortName, order }) => ({
      code,
      name,
      shortName,
      order,
    })),
    present: data.meeting?.present ?? data.members.length,
    rules: data.rules,
    totals: data.totals,
    disqualified: data.disqualified,
    ballots: loadBallots(db, data.bloc.id, data.year),
    currentLeaders: { head: data.leaders.head, deputy: data.leaders.deputy },
    // Only when there is one, so that a year without shortlists hashes as before.
    ...(Object.keys(shortlists).length > 0 ? { shortlists } : {}),
  };
}
