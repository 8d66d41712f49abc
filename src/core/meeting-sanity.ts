/**
 * What a typed meeting can be: the year-end conference of YEAR meets in YEAR
 * or, at the latest, in the first quarter of YEAR+1 (domain.md, "The year of
 * a bloc": the review is at year end, the dossier goes to the council early
 * the next year); it ends after it starts.
 */
export type MeetingProblem =
  | { code: "record.meeting.dateOutside"; params: { date: string; year: number; next: number } }
  | { code: "record.meeting.endBeforeStart"; params: { start: string; end: string } };

export function meetingProblem(
  year: number,
  given: { date?: string | null; start?: string | null; end?: string | null },
): MeetingProblem | undefined {
  if (given.date) {
    const [y = 0, m = 0] = given.date.split("-").map(Number);
    if (!(y === year || (y === year + 1 && m <= 3))) {
      return {
        code: "record.meeting.dateOutside",
        params: { date: given.date, year, next: year + 1 },
      };
    }
  }
  // Times are HH:MM, so that text order is time order.
  if (given.start && given.end && given.end <= given.start) {
    return {
      code: "record.meeting.endBeforeStart",
      params: { start: given.start, end: given.end },
    };
  }
  return undefined;
}
