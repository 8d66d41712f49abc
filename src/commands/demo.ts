/**
 * `tdkt demo`: the whole 2019 seed year (fixtures/2019-noi-chinh) in a
 * throwaway database in a temporary folder, through the same command code a
 * secretary runs, then the minutes. It never touches the user's database and
 * leaves nothing behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandModule, CommandOptions } from "../cli.js";
import type { Context } from "../context.js";
import { compareVietnamese } from "../core/text.js";
import type { Meeting } from "../db/meetings.js";
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { Output } from "../io/output.js";

const SEED = fileURLToPath(new URL("../../fixtures/2019-noi-chinh/", import.meta.url));
const YEAR = "2019";

/** fixtures/2019-noi-chinh/meeting.json: a recorded meeting, all members present. */
type SeedMeeting = Omit<Meeting, "absent"> & { date: string };

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(SEED, name), "utf8")) as T;
}

/** An output that keeps the steps' results to itself; only the minutes are printed. */
function quiet(out: Output): Output {
  return { ...out, print: () => {}, write: () => {}, json: () => {}, info: () => {} };
}

export async function run(ctx: Context, _args: string[], _options: CommandOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "tdkt-demo-"));
  try {
    const bloc = readJson<{ code: string; name: string; province: string | null }>("bloc.json");
    const leaders = readJson<{ head: string; deputy: string }>("leaders-2019.json");
    const meeting = readJson<SeedMeeting>("meeting.json");
    const demo: Context = {
      ...ctx,
      dbPath: join(folder, "demo.db"),
      blocCode: bloc.code,
      json: false,
      canPrompt: false,
      out: quiet(ctx.out),
    };
    const load = async (module: string) => {
      const url = new URL(`./${module}.js`, import.meta.url);
      return (await import(url.href)) as CommandModule;
    };
    const step = async (module: string, args: string[], options: CommandOptions = {}) =>
      (await load(module)).run(demo, args, options);
    const sheets = readdirSync(join(SEED, "scores"))
      .filter((name) => name.endsWith(".csv"))
      .sort(compareVietnamese)
      .map((name) => join(SEED, "scores", name));

    ctx.out.info(t("demo.start", { folder }));
    await step("init", [], { name: bloc.name, province: bloc.province ?? undefined });
    await step("agencies-import", [YEAR, join(SEED, "agencies.csv")]);
    await step("criteria-import", [YEAR, join(SEED, "criteria.csv")]);
    await step("import", [YEAR, ...sheets]);
    await step("leaders-set", [YEAR], { head: leaders.head, deputy: leaders.deputy });
    await step("meeting", [YEAR], {
      date: meeting.date,
      ...(meeting.start ? { start: meeting.start } : {}),
      ...(meeting.end ? { end: meeting.end } : {}),
      ...(meeting.place ? { place: meeting.place } : {}),
      ...(meeting.chair ? { chair: meeting.chair } : {}),
      ...(meeting.secretary ? { secretary: meeting.secretary } : {}),
      ...(meeting.countingBoard.length > 0
        ? { countingBoard: meeting.countingBoard.join(";") }
        : {}),
      ...(meeting.present !== null ? { present: String(meeting.present) } : {}),
      ...(meeting.number ? { number: meeting.number } : {}),
    });
    await step("ballots-import", [YEAR, join(SEED, "ballots.csv")]);
    await step("tally", [YEAR]);
    await (await load("minutes")).run({ ...demo, json: ctx.json, out: ctx.out }, [YEAR], {
      format: ctx.json ? "json" : "text",
    });
    ctx.out.info(t("demo.done"));
  } catch (error) {
    if (error instanceof TdktError) throw error;
    throw new TdktError(t("demo.failed", { message: (error as Error).message }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
