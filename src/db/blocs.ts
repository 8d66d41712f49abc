import type { Db } from "./connection.js";

export interface BlocRow {
  id: number;
  code: string;
  name: string;
  province: string | null;
}

export function listBlocs(db: Db): BlocRow[] {
  return db.prepare("SELECT id, code, name, province FROM bloc ORDER BY code").all() as BlocRow[];
}

export function findBloc(db: Db, code: string): BlocRow | undefined {
  return db
    .prepare("SELECT id, code, name, province FROM bloc WHERE code = ? COLLATE NOCASE")
    .get(code) as BlocRow | undefined;
}

export function insertBloc(
  db: Db,
  bloc: { code: string; name: string; province: string | null },
  now: string,
): BlocRow {
  const result = db
    .prepare("INSERT INTO bloc (code, name, province, created_at) VALUES (?, ?, ?, ?)")
    .run(bloc.code, bloc.name, bloc.province, now);
  return { id: Number(result.lastInsertRowid), ...bloc };
}
