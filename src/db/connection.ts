/**
 * Opening the database: the only module that creates a better-sqlite3
 * connection. WAL lets readers work while one writer writes; the busy timeout
 * makes two tdkt commands on one file wait for each other instead of failing;
 * synchronous=FULL makes a committed import survive a power cut, not only a
 * crash of the process.
 */
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import { reachMoment, testMomentsOn } from "../test-moments.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";

export type Db = Database.Database;

/**
 * better-sqlite3's JavaScript is bundled into dist/ (scripts/build.mjs): as a
 * package of its own, Node reads, scans and compiles a dozen CommonJS files on
 * every command, and its `bindings` helper searches a dozen folders for the
 * compiled addon (start-up time: `npm run bench:startup`). The addon is given
 * where the package's own build puts it; elsewhere (another build layout) the
 * package is loaded as installed, which finds it as usual.
 */
const requireCjs = createRequire(import.meta.url);
let loaded: { Database: typeof Database; nativeBinding: string | undefined } | undefined;
function betterSqlite3(): NonNullable<typeof loaded> {
  if (loaded === undefined) {
    const root = dirname(requireCjs.resolve("better-sqlite3/package.json"));
    const addon = join(root, "build", "Release", "better_sqlite3.node");
    loaded = existsSync(addon)
      ? { Database, nativeBinding: addon }
      : { Database: requireCjs("better-sqlite3") as typeof Database, nativeBinding: undefined };
  }
  return loaded;
}

export type OpenMode =
  /** Reads only: the file must exist; never created. */
  | "read"
  /** Writes into an existing database: the file must exist. */
  | "write"
  /** Creates the database when it is missing (tdkt init). */
  | "create";

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

export type Env = Readonly<Record<string, string | undefined>>;

export function busyTimeoutMs(env: Env = process.env): number {
  const value = Number(env.TDKT_BUSY_TIMEOUT ?? "");
  return Number.isInteger(value) && value >= 0 && env.TDKT_BUSY_TIMEOUT !== undefined
    ? value
    : DEFAULT_BUSY_TIMEOUT_MS;
}

export function openDatabase(path: string, mode: OpenMode, env: Env = process.env): Db {
  if (path !== ":memory:") {
    if (!existsSync(path)) {
      if (mode !== "create") {
        throw new TdktError(t("common.db.missing", { path }), {
          hint: t("common.db.missing.hint"),
        });
      }
      const folder = dirname(path);
      if (!existsSync(folder)) {
        throw new TdktError(t("reliability.db.folderMissing", { folder, path }), {
          hint: t("reliability.db.folderMissing.hint"),
        });
      }
    } else if (statSync(path).isDirectory()) {
      throw new TdktError(t("common.db.directory", { path }), {
        hint: t("reliability.db.directory.hint", { path }),
      });
    }
  }
  let db: Db;
  try {
    const { Database: Sqlite, nativeBinding } = betterSqlite3();
    db = new Sqlite(path, {
      fileMustExist: mode !== "create" && path !== ":memory:",
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
  } catch (error) {
    throw translateSqliteError(error, path);
  }
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs(env)}`);
    // Reading the schema version first tells a file that is not a database. It is
    // read with the list of objects in one snapshot: version 0 with objects is
    // another program's database, which tdkt must not migrate into.
    const { version, objects } = db.transaction(() => ({
      version: db.pragma("user_version", { simple: true }) as number,
      objects: (db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number }).n,
    }))();
    if (version === 0 && objects > 0) {
      throw new TdktError(t("reliability.db.foreign", { path }), {
        hint: t("reliability.db.foreign.hint"),
      });
    }
    if (version === 0 && mode !== "create" && path !== ":memory:") {
      throw new TdktError(t("reliability.db.empty", { path }), {
        hint: t("reliability.db.empty.hint"),
      });
    }
    if (version > SCHEMA_VERSION) {
      throw new TdktError(t("common.db.newer", { path, version, known: SCHEMA_VERSION }), {
        hint: t("common.db.newer.hint"),
      });
    }
    if (path !== ":memory:" && db.pragma("journal_mode", { simple: true }) !== "wal") {
      db.pragma("journal_mode = WAL");
    }
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    migrate(db);
    if (testMomentsOn) {
      // The crash tests' moment after the last COMMIT, before the checkpoint
      // that closing runs (src/test-moments.ts).
      const close = db.close.bind(db);
      db.close = () => {
        if (db.open) reachMoment("db-close");
        return close();
      };
    }
    return db;
  } catch (error) {
    db.close();
    throw translateSqliteError(error, path);
  }
}

/**
 * Applies the migrations not yet applied, each in its own immediate
 * transaction. The version is read again inside the transaction: two commands
 * opening a new file at once must not both apply the same migration.
 */
export function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      if ((db.pragma("user_version", { simple: true }) as number) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

/** SQLite's failures that a user can cause, in words that say what to do. */
export function translateSqliteError(
  error: unknown,
  path: string,
  env: Env = process.env,
): unknown {
  if (error instanceof TdktError) return error;
  const code = (error as { code?: string }).code ?? "";
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new TdktError(t("common.db.notDatabase", { path }), {
      hint: t("common.db.notDatabase.hint"),
    });
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new TdktError(t("common.db.busy", { path, seconds: busyTimeoutMs(env) / 1000 }), {
      hint: t("common.db.busy.hint"),
    });
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    return new TdktError(t("common.db.readonly", { path }), {
      hint: t("common.db.readonly.hint"),
    });
  }
  if (code === "SQLITE_FULL" || code.startsWith("SQLITE_IOERR")) {
    return new TdktError(t("common.db.io", { path, code }), { hint: t("common.db.io.hint") });
  }
  return error;
}
