/**
 * A progress bar on stderr for long work (large imports). It appears only
 * when stderr is a terminal and the work has already taken a while, redraws
 * at most a few times a second, and erases itself at the end, so that short
 * commands, pipes, logs and tests never see it. stdout is never touched.
 */

export interface ProgressOptions {
  /** Whether to draw at all (stderr is a terminal). */
  enabled: boolean;
  /** Writes raw text to stderr. */
  write: (text: string) => void;
  /** The label before the bar. */
  label: string;
  /** The amount of work in the caller's unit (bytes, rows); 0 when unknown. */
  total: number;
  /** The text after the percentage, from the work done so far (e.g. "120 000 dòng"). */
  detail?: (done: number) => string;
  /** Nothing is drawn before this much time has passed (default 1 s). */
  delayMs?: number;
  /** Redraw at most this often (default 100 ms). */
  intervalMs?: number;
  /** Terminal width (default: 80). */
  columns?: number;
  now?: () => number;
}

export interface Progress {
  /** The work done so far, in the unit of `total`. Cheap: call it as often as you like. */
  update(done: number): void;
  /** Erases the bar (if one was drawn). */
  finish(): void;
}

const BAR_WIDTH = 24;

export function createProgress(options: ProgressOptions): Progress {
  if (!options.enabled) return { update() {}, finish() {} };
  const now = options.now ?? (() => performance.now());
  const start = now();
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  const columns = Math.max(20, options.columns ?? 80);
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(done) {
      const time = now();
      if (time - start < delay || time - last < interval) return;
      last = time;
      drawn = true;
      options.write(`\r${renderProgress(options, done, columns)}\u001b[K`);
    },
    finish() {
      if (drawn) options.write("\r\u001b[K");
      drawn = false;
    },
  };
}

/**
 * One line of the bar: `label [████░░░░] 42% detail`, never wider than the
 * terminal (a rewritten line must not wrap): the detail goes first, then the
 * label. All its characters are one column wide.
 */
export function renderProgress(
  options: Pick<ProgressOptions, "label" | "total" | "detail">,
  done: number,
  columns: number,
): string {
  const fraction = options.total > 0 ? Math.min(1, Math.max(0, done / options.total)) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const bar = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${percent}`;
  const width = columns - 1;
  const withLabel = `${options.label} ${bar}`;
  const full = options.detail ? `${withLabel} ${options.detail(done)}` : withLabel;
  if (full.length <= width) return full;
  if (withLabel.length <= width) return withLabel;
  if (bar.length <= width) return bar;
  // Too narrow for the bar: the number alone, never a cut one ("5" for 50%).
  return percent.trimStart();
}
