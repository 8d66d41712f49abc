/**
 * The progress bar of long imports (src/io/progress.ts): drawn on stderr only
 * when it is a terminal and the work has taken a while, at most a few times a
 * second, erased at the end. A fake clock stands in for time.
 */
import { describe, expect, it } from "vitest";
import { createProgress, renderProgress } from "../../src/io/progress.js";

function fake(enabled: boolean) {
  let now = 0;
  const written: string[] = [];
  const progress = createProgress({
    enabled,
    write: (text) => written.push(text),
    label: "Đang nhập điểm",
    total: 1000,
    detail: (done) => `${done} dòng`,
    delayMs: 1000,
    intervalMs: 100,
    columns: 80,
    now: () => now,
  });
  return {
    progress,
    written,
    at(ms: number) {
      now = ms;
    },
  };
}

describe("createProgress", () => {
  it("draws nothing before the delay, then at most once per interval, and erases itself", () => {
    const { progress, written, at } = fake(true);
    at(500);
    progress.update(100);
    expect(written).toEqual([]);
    at(1000);
    progress.update(420);
    at(1050);
    progress.update(430);
    at(1100);
    progress.update(1000);
    expect(written).toEqual([
      "\rĐang nhập điểm [██████████░░░░░░░░░░░░░░]  42% 420 dòng\u001b[K",
      "\rĐang nhập điểm [████████████████████████] 100% 1000 dòng\u001b[K",
    ]);
    progress.finish();
    expect(written.at(-1)).toBe("\r\u001b[K");
  });

  it("writes nothing at all when stderr is not a terminal, or for short work", () => {
    const off = fake(false);
    off.at(5000);
    off.progress.update(500);
    off.progress.finish();
    expect(off.written).toEqual([]);
    const short = fake(true);
    short.at(900);
    short.progress.update(1000);
    short.progress.finish();
    expect(short.written).toEqual([]);
  });
});

describe("renderProgress", () => {
  it("never wraps: the detail goes first, then the label", () => {
    const options = { label: "Importing scores", total: 10, detail: () => "123,456 rows" };
    expect(renderProgress(options, 5, 80)).toBe(
      "Importing scores [████████████░░░░░░░░░░░░]  50% 123,456 rows",
    );
    expect(renderProgress(options, 5, 50)).toBe("Importing scores [████████████░░░░░░░░░░░░]  50%");
    expect(renderProgress(options, 5, 32)).toBe("[████████████░░░░░░░░░░░░]  50%");
    // Narrower than the bar: the whole percentage alone, never cut to "5".
    expect(renderProgress(options, 5, 30)).toBe("50%");
  });

  it("shows 0% when the total is unknown, and never more than 100%", () => {
    expect(renderProgress({ label: "L", total: 0 }, 5, 80)).toBe(`L [${"░".repeat(24)}]   0%`);
    expect(renderProgress({ label: "L", total: 10 }, 50, 80)).toBe(`L [${"█".repeat(24)}] 100%`);
  });
});
