import type { Db } from "./connection.js";

export interface Meeting {
  date: string | null;
  start: string | null;
  end: string | null;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  countingBoard: string[];
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
    secretary: row.secretary,
    countingBoard: row.counting_board ? (JSON.parse(row.counting_board) as string[]) : [],
    number: row.number,
    present: row.present,
    absent: row.absent ? (JSON.parse(row.absent) as string[]) : [],
  };
}

export function saveMeeting(db: Db, blocId: number, year: number, meeting: Meeting): void {
  db.prepare(
    `INSERT INTO meeting (bloc_id, year, date, start_time, end_time, place, chair, secretary,
                          counting_board, number, present, absent)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (bloc_id, year) DO UPDATE SET
       date = excluded.date, start_time = excluded.start_time, end_time = excluded.end_time,
       place = excluded.place, chair = excluded.chair, secretary = excluded.secretary,
       counting_board = excluded.counting_board, number = excluded.number,
       present = excluded.present, absent = excluded.absent`,
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
  );
}
