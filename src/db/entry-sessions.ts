/**
 * Live `tdkt ballots enter` sessions (table entry_session, migration 7): one
 * row per year and entry while a clerk types, so that a second clerk who runs
 * the first entry again is sent to `--verify` before typing anything.
 */
import type { EntryLock } from "../core/ballot-entry.js";
import type { Db } from "./connection.js";

export interface SessionKey {
  blocId: number;
  year: number;
  entry: 1 | 2;
}

export interface StoredSession extends EntryLock {
  round: number;
}

export function getEntrySession(db: Db, key: SessionKey): StoredSession | undefined {
  return db
    .prepare(
      `SELECT round, pid, host, heartbeat_at AS heartbeatAt FROM entry_session
       WHERE bloc_id = ? AND year = ? AND entry = ?`,
    )
    .get(key.blocId, key.year, key.entry) as StoredSession | undefined;
}

/** Records this process as the session of the year and entry (replacing a dead one). */
export function claimEntrySession(db: Db, key: SessionKey, session: StoredSession): void {
  db.prepare(
    `INSERT INTO entry_session (bloc_id, year, entry, round, pid, host, heartbeat_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (bloc_id, year, entry) DO UPDATE SET round = excluded.round,
       pid = excluded.pid, host = excluded.host, heartbeat_at = excluded.heartbeat_at`,
  ).run(
    key.blocId,
    key.year,
    key.entry,
    session.round,
    session.pid,
    session.host,
    session.heartbeatAt,
  );
}

/** Says the session is alive; false when its row is gone or belongs to another process. */
export function touchEntrySession(
  db: Db,
  key: SessionKey,
  owner: { pid: number; host: string },
  now: number,
): boolean {
  return (
    db
      .prepare(
        `UPDATE entry_session SET heartbeat_at = ?
         WHERE bloc_id = ? AND year = ? AND entry = ? AND pid = ? AND host = ?`,
      )
      .run(now, key.blocId, key.year, key.entry, owner.pid, owner.host).changes > 0
  );
}

/** Ends the session of this process (a row of another process is left alone). */
export function releaseEntrySession(
  db: Db,
  key: SessionKey,
  owner: { pid: number; host: string },
): void {
  db.prepare(
    `DELETE FROM entry_session
     WHERE bloc_id = ? AND year = ? AND entry = ? AND pid = ? AND host = ?`,
  ).run(key.blocId, key.year, key.entry, owner.pid, owner.host);
}
