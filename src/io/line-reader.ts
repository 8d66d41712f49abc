/**
 * Reading typed lines, one at a time: the ballot entry screen asks through
 * this small interface so that tests can feed it lines (and count the keys)
 * without a terminal. The real reader uses node:readline with the prompt on
 * stderr, so stdout keeps only the result.
 */
import { createInterface } from "node:readline";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";

export interface LineReader {
  /**
   * The next line typed after `prompt`; `prefill` stands already typed on the
   * line, to be kept with Enter or edited. Null at the end of input (Ctrl+D).
   * Ctrl+C throws the "cancelled" error.
   */
  read(prompt: string, prefill?: string): Promise<string | null>;
  close(): void;
}

let scripted: LineReader | undefined;

/** Tests put a scripted reader here; `undefined` restores the terminal. */
export function setLineReader(reader: LineReader | undefined): void {
  scripted = reader;
}

export function lineReader(): LineReader {
  return scripted ?? terminalReader();
}

function terminalReader(): LineReader {
  const rl = createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: process.stdin.isTTY === true,
    historySize: 0,
  });
  // Lines typed ahead (a fast clerk, a paste) wait here instead of being lost.
  const queued: string[] = [];
  let closed = false;
  let waiting:
    | { resolve: (line: string | null) => void; reject: (error: Error) => void }
    | undefined;
  rl.on("line", (line) => {
    if (waiting) {
      const current = waiting;
      waiting = undefined;
      current.resolve(line);
    } else queued.push(line);
  });
  rl.on("close", () => {
    closed = true;
    if (waiting) process.stderr.write("\n");
    waiting?.resolve(null);
    waiting = undefined;
  });
  rl.on("SIGINT", () => {
    const current = waiting;
    waiting = undefined;
    process.stderr.write("\n");
    current?.reject(new TdktError(t("common.cancelled")));
  });
  return {
    read(prompt, prefill) {
      const ready = queued.shift();
      if (ready !== undefined) {
        // Typed ahead of its prompt: shown again beside it, so the screen reads race by race.
        process.stderr.write(`${prompt}${ready}\n`);
        return Promise.resolve(ready);
      }
      if (closed) return Promise.resolve(null);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        rl.setPrompt(prompt);
        rl.prompt();
        if (prefill) rl.write(prefill);
      });
    },
    close() {
      rl.close();
    },
  };
}
