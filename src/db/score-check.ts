/**
 * The head's check of the year's scores (domain.md, "The year of a bloc"):
 * self and checked points per criterion with the head's comment and the
 * agency's explanation, and the approved table (date and fingerprint).
 */
import { createHash } from "node:crypto";
import { canonicalJson } from "../core/fingerprint.js";
import type { Db } from "./connection.js";

export interface ScoreDetail {
  agency: string;
  criterion: string;
  points: number;
  self: number | null;
  checked: number | null;
  note: string | null;
  comment: string | null;
  explanation: string | null;
}

/** Every stored score of the year, in rotation order of the agencies and table order of the criteria. */
export function scoreDetailsOf(db: Db, blocId: number, year: number): ScoreDetail[] {
  return db
    .prepare(
      `SELECT a.code AS agency, c.code AS criterion, s.points, s.self_points AS self,
              s.checked_points AS checked, s.note, s.comment, s.explanation
       FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN agency a ON a.id = s.agency_id
       WHERE c.bloc_id = ? AND c.year = ?
       ORDER BY a.code, c.position`,
    )
    .all(blocId, year) as ScoreDetail[];
}

/** The fingerprint of the year's scores: any change after approval changes it. */
export function scoresFingerprint(db: Db, blocId: number, year: number): string {
  return createHash("sha256")
    .update(canonicalJson(scoreDetailsOf(db, blocId, year)))
    .digest("hex");
}

export interface ScoreApproval {
  approvedAt: string;
  scoresHash: string;
}

export function scoreApprovalOf(db: Db, blocId: number, year: number): ScoreApproval | undefined {
  return db
    .prepare(
      `SELECT approved_at AS approvedAt, scores_hash AS scoresHash
       FROM score_approval WHERE bloc_id = ? AND year = ?`,
    )
    .get(blocId, year) as ScoreApproval | undefined;
}

export function approveScores(db: Db, blocId: number, year: number, approval: ScoreApproval): void {
  db.prepare(
    `INSERT INTO score_approval (bloc_id, year, approved_at, scores_hash) VALUES (?, ?, ?, ?)
     ON CONFLICT (bloc_id, year) DO UPDATE SET approved_at = excluded.approved_at,
       scores_hash = excluded.scores_hash`,
  ).run(blocId, year, approval.approvedAt, approval.scoresHash);
}

/** The date the year's table was approved, when the scores are still those approved. */
export function currentApproval(db: Db, blocId: number, year: number): string | null {
  const approval = scoreApprovalOf(db, blocId, year);
  if (approval === undefined) return null;
  return approval.scoresHash === scoresFingerprint(db, blocId, year)
    ? approval.approvedAt.slice(0, 10)
    : null;
}
