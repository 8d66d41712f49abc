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
  secretary: string | null;
  /** Members of the counting board (Ban kiểm phiếu), as written. */
  countingBoard: string[];
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
  /** YYYY-MM-DD: the day the conference approved the score table (`scores --approve`), when it still stands. */
  scoresApproved?: string;
}

export type MinutesFormat = "text" | "md" | "json";

export const MINUTES_FORMATS: readonly MinutesFormat[] = ["text", "md", "json"];

export function isMinutesFormat(value: string): value is MinutesFormat {
  return (MINUTES_FORMATS as readonly string[]).includes(value);
}
