/**
 * The command surface of tdkt (cli-contract.md). Each command's module is
 * loaded only when that command runs, so that start-up stays fast.
 */
import { Command, CommanderError, Option } from "commander";
import { type Context, type GlobalOptions, makeContext } from "./context.js";
import { formatLocation, TdktError } from "./errors.js";
import { isLang, setLang, t } from "./i18n/index.js";

export type CommandOptions = Record<string, unknown>;
export interface CommandModule {
  run(ctx: Context, args: string[], options: CommandOptions): Promise<void> | void;
}

/** `--lang` must be known before the help texts are built, so it is read first. */
function preselectLanguage(argv: readonly string[]): void {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const fromArgs =
    index >= 0
      ? argv[index]?.includes("=")
        ? argv[index]?.split("=")[1]
        : argv[index + 1]
      : undefined;
  const wanted = fromArgs ?? process.env.TDKT_LANG;
  if (wanted && isLang(wanted)) setLang(wanted);
}

function example(...lines: string[]): string {
  return `\n${t("cli.examples")}\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

export function buildProgram(version: string): Command {
  const program = new Command("tdkt")
    .description(t("cli.description"))
    .version(version, "-V, --version", t("cli.option.version"))
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .option("--db <file>", t("cli.option.db"))
    .option("--bloc <code>", t("cli.option.bloc"))
    .option("--json", t("cli.option.json"))
    .addOption(new Option("--lang <lang>", t("cli.option.lang")).choices(["vi", "en"]))
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`tdkt: ${message.replace(/^error: /, "")}`),
    })
    .addHelpText(
      "after",
      example(
        "npx tdkt demo",
        'tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính"',
        "tdkt tally 2019 --json",
      ),
    );

  /** Declares a command whose action loads `module` lazily. */
  const declare = (
    parent: Command,
    spec: string,
    module: string,
    description: string,
    isDefault = false,
  ) => {
    const command = parent
      .command(spec, { isDefault })
      .description(description)
      .helpOption("-h, --help", t("cli.option.help"))
      .exitOverride()
      .configureOutput({
        outputError: (message, write) => write(`tdkt: ${message.replace(/^error: /, "")}`),
      });
    command.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      const options = self.opts() as CommandOptions;
      const globals = self.optsWithGlobals() as GlobalOptions;
      // A variadic last argument (`<files...>`) keeps every operand given for it.
      const args = self.registeredArguments.at(-1)?.variadic
        ? [...self.args]
        : self.args.slice(0, self.registeredArguments.length);
      const ctx = makeContext(globals);
      const loaded = (await import(`./commands/${module}.js`)) as CommandModule;
      await loaded.run(ctx, args, options);
    });
    return command;
  };

  declare(program, "init", "init", t("cli.init"))
    .option("--name <name>", t("cli.init.name"))
    .option("--province <name>", t("cli.init.province"))
    .addHelpText(
      "after",
      example(
        'tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính" --province "Tỉnh A"',
        `tdkt init   # ${t("cli.init.interactive")}`,
      ),
    );

  const agencies = program.command("agencies").description(t("cli.agencies"));
  agencies
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .exitOverride()
    .addHelpText(
      "after",
      example(...["tdkt agencies import 2019 agencies.csv", "tdkt agencies list --year 2019"]),
    );
  declare(agencies, "import <year> <file>", "agencies-import", t("cli.agencies.import"))
    .option("--replace", t("cli.option.replace"))
    .option("--sheet <name>", t("cli.option.sheet"))
    .addHelpText(
      "after",
      example("tdkt agencies import 2019 fixtures/2019-noi-chinh/agencies.csv"),
    );
  declare(agencies, "list", "agencies-list", t("cli.agencies.list"))
    .option("--year <year>", t("cli.option.year"))
    .addHelpText("after", example("tdkt agencies list --year 2019"));

  const criteria = program.command("criteria").description(t("cli.criteria"));
  criteria
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .exitOverride()
    .addHelpText(
      "after",
      example(...["tdkt criteria import 2019 criteria.csv", "tdkt criteria list 2019"]),
    );
  declare(criteria, "import <year> <file>", "criteria-import", t("cli.criteria.import"))
    .option("--replace", t("cli.option.replace"))
    .option("--sheet <name>", t("cli.option.sheet"))
    .addHelpText(
      "after",
      example("tdkt criteria import 2019 fixtures/2019-noi-chinh/criteria.csv"),
    );
  declare(criteria, "list <year>", "criteria-list", t("cli.criteria.list")).addHelpText(
    "after",
    example("tdkt criteria list 2019"),
  );

  declare(program, "import <year> <files...>", "import", t("cli.import"))
    .option("--agency <code>", t("cli.import.agency"))
    .option("--replace", t("cli.option.replace"))
    .option("--dry-run", t("cli.option.dryRun"))
    .option("--sheet <name>", t("cli.option.sheet"))
    .addHelpText(
      "after",
      example(
        "tdkt import 2019 fixtures/2019-noi-chinh/scores/*.csv",
        "tdkt import 2019 diem-so.csv --agency STP --dry-run",
      ),
    );

  declare(program, "scores <year>", "scores", t("cli.scores"))
    .option("--detail [agency]", t("cli.scores.detail"))
    .option("--diff", t("cli.scores.diff"))
    .option("--approve", t("cli.scores.approve"))
    .addHelpText(
      "after",
      example(
        "tdkt scores 2019",
        "tdkt scores 2019 --json",
        "tdkt scores 2019 --detail STP",
        "tdkt scores 2019 --diff",
        "tdkt scores 2019 --approve",
      ),
    );

  const ballots = program.command("ballots").description(t("cli.ballots"));
  ballots
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .exitOverride()
    .addHelpText(
      "after",
      example(...["tdkt ballots import 2019 ballots.csv", "tdkt ballots enter 2019"]),
    );
  declare(ballots, "import <year> <file>", "ballots-import", t("cli.ballots.import"))
    .option("--sheet <name>", t("cli.option.sheet"))
    .option("--round <n>", t("cli.ballots.round"))
    .option("--race <race>", t("cli.ballots.race"))
    .option("--replace", t("cli.option.replace"))
    .option("--verify", t("cli.ballots.verify"))
    .option("--keep-non-members", t("cli.ballots.keepNonMembers"))
    .addHelpText(
      "after",
      example(
        "tdkt ballots import 2019 fixtures/2019-noi-chinh/ballots.csv",
        "tdkt ballots import 2019 phieu-co-thi-dua.csv --race flag --round 2",
      ),
    );
  declare(ballots, "enter <year>", "ballots-enter", t("cli.ballots.enter"))
    .option("--round <n>", t("cli.ballots.round"))
    .option("--verify", t("cli.ballots.verify"))
    .addHelpText("after", example("tdkt ballots enter 2019", "tdkt ballots enter 2019 --verify"));

  declare(program, "meeting <year>", "meeting", t("cli.meeting"))
    .option("--date <yyyy-mm-dd>", t("cli.meeting.date"))
    .option("--start <hh:mm>", t("cli.meeting.start"))
    .option("--end <hh:mm>", t("cli.meeting.end"))
    .option("--place <text>", t("cli.meeting.place"))
    .option("--chair <text>", t("cli.meeting.chair"))
    .option("--secretary <text>", t("cli.meeting.secretary"))
    .option("--present <n>", t("cli.meeting.present"))
    .option("--absent <codes>", t("cli.meeting.absent"))
    .option("--counting-board <names>", t("cli.meeting.countingBoard"))
    .option("--number <text>", t("cli.meeting.number"))
    .addHelpText(
      "after",
      example(
        'tdkt meeting 2019 --date 2019-12-20 --start 08:00 --end 11:30 --place "Sở Tư pháp"',
        `tdkt meeting 2019 --absent TGSC   # ${t("cli.meeting.absentExample")}`,
        `tdkt meeting 2019   # ${t("cli.meeting.showExample")}`,
      ),
    );

  const rules = program.command("rules").description(t("cli.rules"));
  rules
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .exitOverride()
    .addHelpText("after", example(...["tdkt rules show", "tdkt rules set threshold.base present"]));
  declare(rules, "show", "rules-show", t("cli.rules.show"), true)
    .option("--year <year>", t("cli.option.year"))
    .addHelpText("after", example("tdkt rules show", "tdkt rules show --year 2019 --json"));
  declare(rules, "set <key> <value>", "rules-set", t("cli.rules.set"))
    .option("--year <year>", t("cli.rules.set.year"))
    .addHelpText(
      "after",
      example(
        "tdkt rules set threshold.base present",
        "tdkt rules set seats.certificate 2 --year 2019",
        "tdkt rules set leaders.mode rotation",
      ),
    );

  declare(program, "disqualify <year> <agency>", "disqualify", t("cli.disqualify"))
    .option("--reason <text>", t("cli.disqualify.reason"))
    .option("--remove", t("cli.disqualify.remove"))
    .addHelpText(
      "after",
      example(
        'tdkt disqualify 2019 TAND --reason "Đang thanh tra theo Quyết định số 12/QĐ-TTr"',
        "tdkt disqualify 2019 TAND --remove",
      ),
    );

  const leaders = program.command("leaders").description(t("cli.leaders"));
  leaders
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .exitOverride()
    .addHelpText(
      "after",
      example(...["tdkt leaders 2020", "tdkt leaders set 2019 --head STP --deputy CTHADS"]),
    );
  declare(leaders, "show <year>", "leaders-show", t("cli.leaders.show"), true).addHelpText(
    "after",
    example("tdkt leaders 2020", "tdkt leaders show 2020"),
  );
  declare(leaders, "set <year>", "leaders-set", t("cli.leaders.set"))
    .option("--head <code>", t("cli.leaders.head"))
    .option("--deputy <code>", t("cli.leaders.deputy"))
    .addHelpText("after", example("tdkt leaders set 2019 --head STP --deputy CTHADS"));

  declare(program, "tally <year>", "tally", t("cli.tally")).addHelpText(
    "after",
    example("tdkt tally 2019", "tdkt tally 2019 --json"),
  );

  declare(program, "minutes <year>", "minutes", t("cli.minutes"))
    .addOption(
      new Option("--format <format>", t("cli.minutes.format")).choices(["text", "md", "json"]),
    )
    .option("-o, --output <file>", t("cli.minutes.output"))
    .option("--force", t("cli.minutes.force"))
    .addHelpText(
      "after",
      example("tdkt minutes 2019", "tdkt minutes 2019 --format md -o bien-ban-2019.md"),
    );

  declare(program, "history", "history", t("cli.history")).addHelpText(
    "after",
    example("tdkt history", "tdkt history --json"),
  );

  declare(program, "verify <year>", "verify", t("cli.verify")).addHelpText(
    "after",
    example("tdkt verify 2019"),
  );

  declare(program, "demo", "demo", t("cli.demo")).addHelpText(
    "after",
    example("npx tdkt demo", "npx tdkt demo --lang en"),
  );

  return program;
}

/**
 * Control characters from a user's file (an escape sequence that clears the
 * screen or retitles the terminal) are shown as `\u{1b}`, never sent to the
 * terminal as they are.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** Prints an error the way the contract asks: lines beginning `tdkt: `, no stack trace. */
export function reportError(error: unknown, raw: (text: string) => void): number {
  const write = (text: string) => raw(escapeControls(text));
  if (error instanceof TdktError) {
    const problems = [error, ...error.more];
    for (const problem of problems) {
      const where = problem.location ? `${formatLocation(problem.location)}: ` : "";
      write(`tdkt: ${where}${problem.message}\n`);
    }
    if (error.hint) write(`tdkt: ${error.hint}\n`);
    if (process.env.TDKT_DEBUG === "1" && error.stack) write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // Commander already printed its message (through outputError); --help and
    // --version end here too, with status 0. A command group given no
    // subcommand has printed its help: a usage error, the help its hint.
    if (error.exitCode === 0) return 0;
    if (error.code !== "commander.help") write(`tdkt: ${t("cli.usage.hint")}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`tdkt: ${t("common.internal", { message })}\n`);
  if (process.env.TDKT_DEBUG === "1" && error instanceof Error && error.stack) {
    write(`${error.stack}\n`);
  } else {
    write(`tdkt: ${t("common.internal.hint")}\n`);
  }
  return 1;
}

export async function main(argv: string[], version: string): Promise<number> {
  preselectLanguage(argv.slice(2));
  // A closed pipe (`tdkt minutes 2019 | head`) is not an error of the user's.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const program = buildProgram(version);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error, (text) => process.stderr.write(text));
  }
}
