/**
 * The plain data that the conference minutes (biên bản hội nghị) are made
 * from. Whoever reads the database fills it; the renderers only read it and
 * never invent what is missing: a null or an empty list is printed as "not
 * recorded", with the command that records it.
 */
import type {
  Agency,
  AgencyTotal,
  Disqualification,
  Leaders,
  TallyReport,
} from "../../core/types.js";

export interface MinutesBloc {
  code: string;
  name: string;
  province: string | null;
  /** The parent body printed above the bloc in the header ("UBND TỈNH …"), null when not recorded. */
  parent?: string | null;
}

export interface MinutesMeeting {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, null when not recorded. */
  start: string | null;
  end: string | null;
  place: string | null;
  /** The person who chaired, as the secretary wrote it (name, title). */
  chair: string | null;
  /** The chair's title kept apart from the name (null: a single field, name and title together). */
  chairTitle?: string | null;
  secretary: string | null;
  secretaryTitle?: string | null;
  /** Members of the counting board (Ban kiểm phiếu), as written. */
  countingBoard: string[];
  /** Their titles, in the same order (null where not given). */
  countingBoardTitles?: (string | null)[];
  /** The minutes' number ("01" or "01/BB-KTĐNC"), null for a blank to fill by hand. */
  number: string | null;
  /** Member agencies present (= ballots issued). */
  present: number;
  /** Codes of the absent member agencies that were named. */
  absent: string[];
}

export interface MinutesData {
  bloc: MinutesBloc;
  year: number;
  /** null when the conference has not been recorded (`tdkt meeting`). */
  meeting: MinutesMeeting | null;
  /** All member agencies of the year, in rotation order. */
  members: Agency[];
  /** The ranking by total score, highest first (may be empty). */
  totals: AgencyTotal[];
  /** Member codes that sent no score sheet. */
  missingSheets: string[];
  /** This year's head and deputy, who convened the conference. */
  currentLeaders: Leaders;
  /** null when the ballots have not been tallied yet. */
  tally: TallyReport | null;
  disqualified: Disqualification[];
  /**
   * Why the minutes are not final, or absent when they are: every format
   * then carries "DỰ THẢO" (contract, "Documents"). The reasons are codes;
   * what to do about each goes to stderr, never into the document.
   */
  draft?: MinutesDraft;
  /** YYYY-MM-DD: the day the conference approved the score table (`scores --approve`), when it still stands. */
  scoresApproved?: string;
}

/**
 * `no-meeting`: the conference is not recorded; `no-count`: the year has no
 * count; `open-race`: a race is tied and needs a run-off; `unverified`: some
 * ballots are not yet entered a second time; `changed`: the year's data
 * changed after its latest count.
 */
export type DraftReason = "no-meeting" | "no-count" | "open-race" | "unverified" | "changed";

export interface MinutesDraft {
  reasons: DraftReason[];
}

export type MinutesFormat = "text" | "md" | "json";

export const MINUTES_FORMATS: readonly MinutesFormat[] = ["text", "md", "json"];

export function isMinutesFormat(value: string): value is MinutesFormat {
  return (MINUTES_FORMATS as readonly string[]).includes(value);
}
