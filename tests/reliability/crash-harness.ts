/**
 * Pulling the plug on a running import: `process.kill(pid, "SIGKILL")` at a
 * chosen moment, told from what the process is doing, never from a clock.
 * Linux shows it all under /proc: how far a file has been read (fdinfo
 * `pos`), whether the process holds SQLite's WAL write lock (a POSIX lock on
 * byte 120 of the -shm file, /proc/locks), and how large the -wal file has
 * grown. Everything polls synchronously, so that the kill follows the
 * observation as closely as possible.
 *
 * Moments that a poll could miss on a loaded machine are announced by the
 * process itself (src/test-moments.ts, switched on by `TDKT_TEST_MOMENTS`):
 * it creates a file named after the moment and waits there until the harness
 * kills it or answers, so such a moment is always seen.
 */
import type { ChildProcess } from "node:child_process";
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/** Whether this machine shows what the harness needs (/proc/locks and fdinfo). */
export const CAN_OBSERVE = existsSync("/proc/locks") && existsSync("/proc/self/fdinfo");

/** SQLite's WAL write lock: byte 120 of the -shm file (WAL_WRITE_LOCK, os_unix.c). */
const WAL_WRITE_LOCK_BYTE = 120;

export interface Observation {
  /** Milliseconds since the harness started watching. */
  elapsed: number;
  /** Bytes of the CSV read so far (its descriptor's offset), or -1 when not open. */
  csvPosition: number;
  /** Whether the process holds the database's write lock (inside a write transaction). */
  writing: boolean;
  /** Size of the -wal file, or -1 when there is none. */
  wal: number;
  /** The announced moment the process is waiting at (`csv-50-2`, `db-close-1`), if any. */
  moment?: string;
  /** What that moment is about: the real path of the file read, or "". */
  about?: string;
}

/** Whether the process has exited (a zombie has exited too: it only waits to be reaped). */
export function hasExited(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** The offset of the process's descriptor open on `path` (the furthest, if several). */
export function readPosition(pid: number, path: string): number {
  let position = -1;
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return -1;
  }
  for (const fd of fds) {
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`) !== path) continue;
      const info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8");
      const match = /^pos:\s+(\d+)/m.exec(info);
      if (match) position = Math.max(position, Number(match[1]));
    } catch {
      // The descriptor closed while being looked at.
    }
  }
  return position;
}

/** Whether `pid` holds the WAL write lock of the database whose -shm file is `shm`. */
export function holdsWriteLock(pid: number, shm: string): boolean {
  let inode: number;
  try {
    inode = statSync(shm).ino;
  } catch {
    return false;
  }
  const locks = readFileSync("/proc/locks", "utf8");
  for (const line of locks.split("\n")) {
    // "1: POSIX  ADVISORY  WRITE 4502 fe:00:2147448 120 120"
    const parts = line.trim().split(/\s+/);
    if (parts[3] !== "WRITE" || Number(parts[4]) !== pid) continue;
    const file = parts[5]?.split(":");
    if (Number(file?.[2]) !== inode) continue;
    const start = Number(parts[6]);
    const end = parts[7] === "EOF" ? Number.POSITIVE_INFINITY : Number(parts[7]);
    if (start <= WAL_WRITE_LOCK_BYTE && WAL_WRITE_LOCK_BYTE <= end) return true;
  }
  return false;
}

export interface Watch {
  db: string;
  csv?: string;
  /** The folder given to the process as `TDKT_TEST_MOMENTS`, where it announces its moments. */
  moments?: string;
}

export function observe(pid: number, watch: Watch, started: number, moment?: string): Observation {
  let about = "";
  if (moment !== undefined && watch.moments !== undefined) {
    try {
      about = readFileSync(join(watch.moments, moment), "utf8");
      if (about !== "") about = realpathSync(about);
    } catch {
      // Gone already: the process was killed and its folder removed.
    }
  }
  return {
    elapsed: performance.now() - started,
    csvPosition: watch.csv === undefined ? -1 : readPosition(pid, watch.csv),
    writing: holdsWriteLock(pid, `${watch.db}-shm`),
    wal: fileSize(`${watch.db}-wal`),
    ...(moment === undefined ? {} : { moment, about }),
  };
}

/** The moment the process announced and waits at, not yet answered. */
function waitingMoment(folder: string, answered: Set<string>): string | undefined {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  return names.find((name) => !name.endsWith(".go") && !answered.has(name));
}

export interface KillResult {
  /** Whether the kill was sent before the process exited by itself. */
  killed: boolean;
  /** What was seen when the kill was sent (or last, when it was not). */
  at: Observation;
  /** The largest -wal size seen while watching. */
  maxWal: number;
  /** Whether the write lock was seen held at any time. */
  sawWriting: boolean;
  /** Each change seen: [elapsed ms, CSV position, -wal bytes, writing]. */
  trace: Array<[number, number, number, boolean]>;
  /** Each announced moment, in order, with what was seen while the process waited there. */
  moments: Observation[];
}

/**
 * Watches `child` until `when` holds, then kills it with SIGKILL. Gives up
 * (without killing) when the process exits first or after `timeoutMs`.
 */
export function killWhen(
  child: ChildProcess,
  watch: Watch,
  when: (now: Observation, sawWriting: boolean) => boolean,
  timeoutMs = 120_000,
): KillResult {
  const pid = child.pid;
  if (pid === undefined) throw new Error("the child has no pid");
  const started = performance.now();
  let maxWal = -1;
  let sawWriting = false;
  const trace: KillResult["trace"] = [];
  const moments: Observation[] = [];
  const answered = new Set<string>();
  for (;;) {
    const held = watch.moments === undefined ? undefined : waitingMoment(watch.moments, answered);
    const now = observe(pid, watch, started, held);
    maxWal = Math.max(maxWal, now.wal);
    sawWriting ||= now.writing;
    const last = trace[trace.length - 1];
    if (!last || last[1] !== now.csvPosition || last[2] !== now.wal || last[3] !== now.writing) {
      trace.push([Math.round(now.elapsed), now.csvPosition, now.wal, now.writing]);
    }
    if (held !== undefined) moments.push(now);
    if (when(now, sawWriting)) {
      const exited = hasExited(pid);
      if (!exited) process.kill(pid, "SIGKILL");
      return { killed: !exited, at: now, maxWal, sawWriting, trace, moments };
    }
    if (held !== undefined && watch.moments !== undefined) {
      answered.add(held);
      writeFileSync(join(watch.moments, `${held}.go`), "");
    }
    if (hasExited(pid) || now.elapsed > timeoutMs) {
      return { killed: false, at: now, maxWal, sawWriting, trace, moments };
    }
  }
}

/** Follows a run to its end, recording what it did: the profile that kill moments are chosen from. */
export function profile(child: ChildProcess, watch: Watch, timeoutMs = 300_000): KillResult {
  return killWhen(child, watch, () => false, timeoutMs);
}
