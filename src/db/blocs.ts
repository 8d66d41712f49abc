import type { Db } from "./connection.js";

export interface BlocRow {
  id: number;
  code: string;
  name: string;
  province: string | null;
  /** The parent body printed above the bloc in a document's header ("UBND TỈNH …"), if recorded. */
  parent: string | null;
}

export function listBlocs(db: Db): BlocRow[] {
  return db
    .prepare("SELECT id, code, name, province, parent FROM bloc ORDER BY code")
    .all() as BlocRow[];
}

export function findBloc(db: Db, code: string): BlocRow | undefined {
  return db
    .prepare("SELECT id, code, name, province, parent FROM bloc WHERE code = ? COLLATE NOCASE")
    .get(code) as BlocRow | undefined;
}

export function insertBloc(
  db: Db,
  bloc: { code: string; name: string; province: string | null; parent?: string | null },
  now: string,
): BlocRow {
  const result = db
    .prepare("INSERT INTO bloc (code, name, province, parent, created_at) VALUES (?, ?, ?, ?, ?)")
    .run(bloc.code, bloc.name, bloc.province, bloc.parent ?? null, now);
  return { id: Number(result.lastInsertRowid), ...bloc, parent: bloc.parent ?? null };
}

/** Changes the bloc's parent body (null removes it). */
export function setBlocParent(db: Db, blocId: number, parent: string | null): void {
  db.prepare("UPDATE bloc SET parent = ? WHERE id = ?").run(parent, blocId);
}
