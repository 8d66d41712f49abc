import type { Db } from "./connection.js";

export interface Meeting {
  date: string | null;
  start: string | null;
  end: string | null;
  place: string | null;
  /** The chair's full name (or, in a row written before titles were kept apart, name and title together). */
  chair: string | null;
  chairTitle?: string | null;
  secretary: string | null;
  secretaryTitle?: string | null;
  countingBoard: string[];
  /** The title of each member of the counting board, in the same order (null where not given). */
  countingBoardTitles?: (string | null)[];
  number: string | null;
  /** Member agencies present (ballots issued); null = all members. */
  present: number | null;
  absent: string[];
}

interface MeetingRow {
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  counting_board: string | null;
  chair_title: string | null;
  secretary_title: string | null;
  counting_board_titles: string | null;
  number: string | null;
  present: number | null;
  absent: string | null;
}

export function getMeeting(db: Db, blocId: number, year: number): Meeting | undefined {
  const row = db
    .prepare("SELECT * FROM meeting WHERE bloc_id = ? AND year = ?")
    .get(blocId, year) as MeetingRow | undefined;
  if (!row) return undefined;
  return {
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    place: row.place,
    chair: row.chair,
    chairTitle: row.chair_title,
    secretary: row.secretary,
    secretaryTitle: row.secretary_title,
    countingBoard: row.counting_board ? (JSON.parse(row.counting_board) as string[]) : [],
    countingBoardTitles: row.counting_board_titles
      ? (JSON.parse(row.counting_board_titles) as (string | null)[])
      : [],
    number: row.number,
    present: row.present,
    absent: row.absent ? (JSON.parse(row.absent) as string[]) : [],
  };
}

export function saveMeeting(db: Db, blocId: number, year: number, meeting: Meeting): void {
  db.prepare(
    `INSERT INTO meeting (bloc_id, year, date, start_time, end_time, place, chair, secretary,
                          counting_board, number, present, absent, chair_title, secretary_title,
                          counting_board_titles)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (bloc_id, year) DO UPDATE SET
       date = excluded.date, start_time = excluded.start_time, end_time = excluded.end_time,
       place = excluded.place, chair = excluded.chair, secretary = excluded.secretary,
       counting_board = excluded.counting_board, number = excluded.number,
       present = excluded.present, absent = excluded.absent,
       chair_title = excluded.chair_title, secretary_title = excluded.secretary_title,
       counting_board_titles = excluded.counting_board_titles`,
  ).run(
    blocId,
    year,
    meeting.date,
    meeting.start,
    meeting.end,
    meeting.place,
    meeting.chair,
    meeting.secretary,
    meeting.countingBoard.length > 0 ? JSON.stringify(meeting.countingBoard) : null,
    meeting.number,
    meeting.present,
    meeting.absent.length > 0 ? JSON.stringify(meeting.absent) : null,
    meeting.chairTitle ?? null,
    meeting.secretaryTitle ?? null,
    meeting.countingBoardTitles?.some((title) => title !== null)
      ? JSON.stringify(meeting.countingBoardTitles)
      : null,
  );
}
