/**
 * The command surface of tdkt (cli-contract.md): one table of commands, built
 * into a commander program. Each command's module is loaded only when that
 * command runs, so that start-up stays fast.
 *
 * Shape of the table (COMMANDS below), one entry per command or group:
 *
 *   {
 *     name: "ballots import",        // words; a group's subcommand after the group's name
 *     module: "ballots-import",      // src/commands/<module>.ts, exporting run(ctx, args, options);
 *                                    // no module: a group of subcommands
 *     description: "cli.ballots.import",            // a message key (catalogue)
 *     args: [{ name: "year", parse: yearArg }, { name: "file" }],
 *                                    // in order; `optional`, `variadic` (last only);
 *                                    // `parse` checks the value before the module loads
 *                                    // (a TdktError is a usage error) and may normalise it
 *     options: [{ flags: "--round", value: "n", description: "cli.ballots.round" }],
 *                                    // `value` names the option's value (a `cli.arg.*` key
 *                                    // suffix) and makes it take one; `choices` limits it
 *     examples: ["tdkt ballots import 2019 ballots.csv", ["tdkt … --race flag", "cli.x"]],
 *                                    // a line, or a line and the key of its comment
 *     columns: "cli.columns.ballots", // imports: the file's columns, printed in --help
 *     isDefault: true,               // the group's command when none is named
 *   }
 *
 * To add a command: write src/commands/NAME.ts with `run`, add its messages,
 * and add one entry here (after its group, if it has one). Settings shared by
 * every command (help option, exit override, output, help layout) are set once
 * on the program; commander copies them to each command (copyInheritedSettings).
 */
import { Command, CommanderError, Help, Option } from "commander";
import { type Context, type GlobalOptions, makeContext } from "./context.js";
import { formatLocation, TdktError } from "./errors.js";
import { isLang, type MessageKey, type Params, setLang, t } from "./i18n/index.js";
import { parseYear } from "./io/arguments.js";
import { escapeControls, type Io, processIo, stableJson } from "./io/output.js";

export type CommandOptions = Record<string, unknown>;
export interface CommandModule {
  run(ctx: Context, args: string[], options: CommandOptions): Promise<void> | void;
}

/** A name for a value in help and messages: `cli.arg.<name>` of the catalogue. */
type ValueName = {
  [Key in MessageKey]: Key extends `cli.arg.${infer Name}` ? Name : never;
}[MessageKey];

export interface ArgumentSpec {
  name: ValueName;
  optional?: boolean;
  variadic?: boolean;
  /** Checks (and may normalise) the value before the command's module is loaded. */
  parse?: (value: string) => string;
}

export interface OptionSpec {
  /** `--round`, or `-o, --output`. */
  flags: string;
  /** The option takes a value, named so in help (`--round <số>`). */
  value?: ValueName;
  /** The value may be left out (`--detail [đơn-vị]`). */
  optionalValue?: boolean;
  description: MessageKey;
  /** Fills the description's placeholders (`{formats}`). */
  params?: Params;
  choices?: readonly string[];
}

export type Example = string | readonly [line: string, comment: MessageKey];

export interface CommandSpec {
  name: string;
  /** src/commands/<module>.ts; a group (no module) only holds subcommands. */
  module?: string;
  description: MessageKey;
  args?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  examples?: readonly Example[];
  /** The columns of the file an import reads, shown in --help. */
  columns?: MessageKey;
  /** Two lines of an example file, shown in --help after the columns. */
  sample?: readonly string[];
  /** The group's command when no subcommand is named (`tdkt rules`). */
  isDefault?: boolean;
}

const yearArg = (value: string): string => String(parseYear(value));
const YEAR: ArgumentSpec = { name: "year", parse: yearArg };
const REPLACE: OptionSpec = { flags: "--replace", description: "cli.option.replace" };
/** `--format`, `-o FILE` (the format from its extension) and `--force` of a document command. */
function documentOptions(...formats: string[]): OptionSpec[] {
  const extension = (format: string) => (format === "text" ? ".txt" : `.${format}`);
  return [
    {
      flags: "--format",
      value: "format",
      description: "cli.document.format",
      params: { formats: formats.join(", ") },
      choices: formats,
    },
    {
      flags: "-o, --output",
      value: "file",
      description: "cli.document.output",
      params: { formats: formats.map(extension).join(" ") },
    },
    { flags: "--force", description: "cli.document.force" },
  ];
}

/** Changes what a stored count was made from (cli-contract.md, "A year's record"). */
/** Which sheet of an Excel workbook to read. */
const SHEET: OptionSpec = { flags: "--sheet", value: "name", description: "cli.option.sheet" };
const AMEND: OptionSpec = { flags: "--amend", value: "reason", description: "cli.option.amend" };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "init",
    module: "init",
    description: "cli.init",
    options: [
      { flags: "--name", value: "name", description: "cli.init.name" },
      { flags: "--province", value: "name", description: "cli.init.province" },
      { flags: "--parent", value: "name", description: "cli.init.parent" },
    ],
    examples: [
      'tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính" --province "Tỉnh A"',
      ["tdkt init", "cli.init.interactive"],
    ],
  },
  {
    name: "bloc",
    description: "cli.bloc",
    examples: ['tdkt bloc set --parent "UBND TỈNH LÀO CAI"'],
  },
  {
    name: "bloc set",
    module: "bloc-set",
    description: "cli.bloc.set",
    options: [{ flags: "--parent", value: "name", description: "cli.bloc.parent" }],
    examples: ['tdkt bloc set --parent "UBND TỈNH LÀO CAI"'],
  },
  {
    name: "agencies",
    description: "cli.agencies",
    examples: ["tdkt agencies import 2019 agencies.csv", "tdkt agencies list --year 2019"],
  },
  {
    name: "agencies import",
    module: "agencies-import",
    description: "cli.agencies.import",
    args: [YEAR, { name: "file" }],
    options: [REPLACE, SHEET, AMEND],
    columns: "cli.columns.agencies",
    sample: ["code,name,short_name,order", "STP,Sở Tư pháp,Tư pháp,1"],
    examples: ["tdkt agencies import 2019 fixtures/2019-noi-chinh/agencies.csv"],
  },
  {
    name: "agencies list",
    module: "agencies-list",
    description: "cli.agencies.list",
    options: [{ flags: "--year", value: "year", description: "cli.option.year" }],
    examples: ["tdkt agencies list --year 2019"],
  },
  {
    name: "criteria",
    description: "cli.criteria",
    examples: ["tdkt criteria import 2019 criteria.csv", "tdkt criteria list 2019"],
  },
  {
    name: "criteria import",
    module: "criteria-import",
    description: "cli.criteria.import",
    args: [YEAR, { name: "file" }],
    options: [REPLACE, SHEET, AMEND],
    columns: "cli.columns.criteria",
    sample: ["mã,tên tiêu chí,điểm tối đa,loại", 'TC01,"Thực hiện nhiệm vụ chính trị",30,cơ bản'],
    examples: ["tdkt criteria import 2019 fixtures/2019-noi-chinh/criteria.csv"],
  },
  {
    name: "criteria list",
    module: "criteria-list",
    description: "cli.criteria.list",
    args: [YEAR],
    examples: ["tdkt criteria list 2019"],
  },
  {
    name: "import",
    module: "import",
    description: "cli.import",
    args: [YEAR, { name: "files", variadic: true }],
    options: [
      { flags: "--agency", value: "code", description: "cli.import.agency" },
      REPLACE,
      { flags: "--dry-run", description: "cli.option.dryRun" },
      SHEET,
      AMEND,
    ],
    columns: "cli.columns.scores",
    sample: ["agency,criterion,points,note", 'STP,TC01,30,"Hoàn thành 100% chỉ tiêu"'],
    examples: [
      "tdkt import 2019 fixtures/2019-noi-chinh/scores/*.csv",
      "tdkt import 2019 diem-so.csv --agency STP --dry-run",
    ],
  },
  {
    name: "scores",
    module: "scores",
    description: "cli.scores",
    args: [YEAR],
    options: [
      {
        flags: "--detail",
        value: "agency",
        optionalValue: true,
        description: "cli.scores.detail",
      },
      { flags: "--diff", description: "cli.scores.diff" },
      { flags: "--approve", description: "cli.scores.approve" },
      AMEND,
      ...documentOptions("xlsx", "csv"),
    ],
    examples: [
      "tdkt scores 2019",
      "tdkt scores 2019 --json",
      "tdkt scores 2019 --detail STP",
      "tdkt scores 2019 --diff",
      "tdkt scores 2019 --approve",
      "tdkt scores 2019 -o bang-diem-2019.xlsx",
    ],
  },
  {
    name: "ballots",
    description: "cli.ballots",
    examples: ["tdkt ballots import 2019 ballots.csv", "tdkt ballots enter 2019"],
  },
  {
    name: "ballots import",
    module: "ballots-import",
    description: "cli.ballots.import",
    args: [YEAR, { name: "file" }],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--race", value: "race", description: "cli.ballots.race" },
      REPLACE,
      { flags: "--verify", description: "cli.ballots.verify" },
      { flags: "--keep-non-members", description: "cli.ballots.keepNonMembers" },
      {
        flags: "--mark",
        value: "mark",
        description: "cli.ballots.mark",
        choices: ["tick", "strike"],
      },
      SHEET,
      AMEND,
    ],
    columns: "cli.columns.ballots",
    sample: ["ballot,race,choice", "1,flag,STP"],
    examples: [
      "tdkt ballots import 2019 fixtures/2019-noi-chinh/ballots.csv",
      "tdkt ballots import 2019 phieu-co-thi-dua.csv --race flag --round 2",
    ],
  },
  {
    name: "ballots enter",
    module: "ballots-enter",
    description: "cli.ballots.enter",
    args: [YEAR],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--verify", description: "cli.ballots.verify" },
      AMEND,
    ],
    examples: ["tdkt ballots enter 2019", "tdkt ballots enter 2019 --verify"],
  },
  {
    name: "ballots print",
    module: "ballots-print",
    description: "cli.ballots.print",
    args: [YEAR],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--copies", value: "n", description: "cli.ballots.copies" },
      ...documentOptions("text", "docx"),
    ],
    examples: ["tdkt ballots print 2019", "tdkt ballots print 2019 -o phieu-2019.docx"],
  },
  {
    name: "ballots list",
    module: "ballots-list",
    description: "cli.ballots.list",
    args: [YEAR],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--verify", description: "cli.ballots.entryVerify" },
    ],
    examples: ["tdkt ballots list 2019", "tdkt ballots list 2019 --round 2"],
  },
  {
    name: "ballots show",
    module: "ballots-show",
    description: "cli.ballots.show",
    args: [YEAR, { name: "ballot" }],
    options: [{ flags: "--round", value: "n", description: "cli.ballots.round" }],
    examples: ["tdkt ballots show 2019 7"],
  },
  {
    name: "ballots delete",
    module: "ballots-delete",
    description: "cli.ballots.delete",
    args: [YEAR, { name: "ballot" }],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--verify", description: "cli.ballots.entryVerify" },
      AMEND,
    ],
    examples: ["tdkt ballots delete 2019 7", "tdkt ballots delete 2019 7 --verify"],
  },
  {
    name: "meeting",
    module: "meeting",
    description: "cli.meeting",
    args: [YEAR],
    options: [
      { flags: "--date", value: "date", description: "cli.meeting.date" },
      { flags: "--start", value: "time", description: "cli.meeting.start" },
      { flags: "--end", value: "time", description: "cli.meeting.end" },
      { flags: "--place", value: "text", description: "cli.meeting.place" },
      { flags: "--chair", value: "text", description: "cli.meeting.chair" },
      { flags: "--chair-title", value: "text", description: "cli.meeting.chairTitle" },
      { flags: "--secretary", value: "text", description: "cli.meeting.secretary" },
      { flags: "--secretary-title", value: "text", description: "cli.meeting.secretaryTitle" },
      { flags: "--present", value: "n", description: "cli.meeting.present" },
      { flags: "--absent", value: "codes", description: "cli.meeting.absent" },
      { flags: "--counting-board", value: "names", description: "cli.meeting.countingBoard" },
      {
        flags: "--counting-board-titles",
        value: "titles",
        description: "cli.meeting.countingBoardTitles",
      },
      { flags: "--number", value: "text", description: "cli.meeting.number" },
      AMEND,
    ],
    examples: [
      'tdkt meeting 2019 --date 20/12/2019 --start 08:00 --end 11:30 --place "Sở Tư pháp"',
      ["tdkt meeting 2019 --absent TGSC", "cli.meeting.absentExample"],
      ["tdkt meeting 2019", "cli.meeting.showExample"],
    ],
  },
  {
    name: "rules",
    description: "cli.rules",
    examples: ["tdkt rules show", "tdkt rules set threshold.base present"],
  },
  {
    name: "rules show",
    module: "rules-show",
    description: "cli.rules.show",
    isDefault: true,
    options: [{ flags: "--year", value: "year", description: "cli.option.year" }],
    examples: ["tdkt rules show", "tdkt rules show --year 2019 --json"],
  },
  {
    name: "rules set",
    module: "rules-set",
    description: "cli.rules.set",
    args: [{ name: "key" }, { name: "value" }],
    options: [
      { flags: "--year", value: "year", description: "cli.rules.set.year" },
      { flags: "--from", value: "year", description: "cli.rules.set.from" },
      AMEND,
    ],
    examples: [
      "tdkt rules set threshold.base present",
      "tdkt rules set seats.certificate 2 --year 2019",
      "tdkt rules set leaders.mode rotation",
    ],
  },
  {
    name: "rules export",
    module: "rules-export",
    description: "cli.rules.export",
    options: [
      { flags: "--year", value: "year", description: "cli.option.year" },
      { flags: "-o, --output", value: "file", description: "cli.rules.export.output" },
      { flags: "--force", description: "cli.rules.export.force" },
    ],
    examples: ["tdkt rules export -o quy-che.yaml", "tdkt rules export --year 2024"],
  },
  {
    name: "rules import",
    module: "rules-import",
    description: "cli.rules.import",
    args: [{ name: "file" }],
    options: [
      { flags: "--year", value: "year", description: "cli.rules.import.year" },
      { flags: "--from", value: "year", description: "cli.rules.import.from" },
      AMEND,
    ],
    examples: [
      "tdkt rules import quy-che.yaml",
      "tdkt rules import fixtures/regulations/quang-ninh-1174-2017.yaml --year 2024",
    ],
  },
  {
    name: "nominees",
    module: "nominees",
    description: "cli.nominees",
    args: [YEAR, { name: "race" }, { name: "codes", optional: true, variadic: true }],
    options: [
      { flags: "--round", value: "n", description: "cli.ballots.round" },
      { flags: "--clear", description: "cli.nominees.clear" },
      AMEND,
    ],
    examples: ["tdkt nominees 2024 flag STP CAT TAND", "tdkt nominees 2024 flag --round 2"],
  },
  {
    name: "disqualify",
    module: "disqualify",
    description: "cli.disqualify",
    args: [YEAR, { name: "agency" }],
    options: [
      { flags: "--reason", value: "text", description: "cli.disqualify.reason" },
      { flags: "--remove", description: "cli.disqualify.remove" },
      AMEND,
    ],
    examples: [
      'tdkt disqualify 2019 TAND --reason "Đang thanh tra theo Quyết định số 12/QĐ-TTr"',
      "tdkt disqualify 2019 TAND --remove",
    ],
  },
  {
    name: "leaders",
    description: "cli.leaders",
    examples: ["tdkt leaders 2020", "tdkt leaders set 2019 --head STP --deputy CTHADS"],
  },
  {
    name: "leaders show",
    module: "leaders-show",
    description: "cli.leaders.show",
    isDefault: true,
    args: [YEAR],
    examples: ["tdkt leaders 2020", "tdkt leaders show 2020"],
  },
  {
    name: "leaders set",
    module: "leaders-set",
    description: "cli.leaders.set",
    args: [YEAR],
    options: [
      { flags: "--head", value: "code", description: "cli.leaders.head" },
      { flags: "--deputy", value: "code", description: "cli.leaders.deputy" },
      { flags: "--reference", value: "text", description: "cli.leaders.reference" },
      AMEND,
    ],
    examples: ["tdkt leaders set 2019 --head STP --deputy CTHADS"],
  },
  {
    name: "tally",
    module: "tally",
    description: "cli.tally",
    args: [YEAR],
    options: [AMEND],
    examples: ["tdkt tally 2019", "tdkt tally 2019 --json"],
  },
  {
    name: "minutes",
    module: "minutes",
    description: "cli.minutes",
    args: [YEAR],
    options: [
      {
        flags: "--format",
        value: "format",
        description: "cli.minutes.format",
        choices: ["text", "md", "json", "docx"],
      },
      {
        flags: "-o, --output",
        value: "file",
        description: "cli.document.output",
        params: { formats: ".txt .md .json .docx" },
      },
      { flags: "--force", description: "cli.minutes.force" },
    ],
    examples: [
      "tdkt minutes 2019",
      "tdkt minutes 2019 --format md -o bien-ban-2019.md",
      "tdkt minutes 2019 -o bien-ban-2019.docx",
    ],
  },
  {
    name: "count-record",
    module: "count-record",
    description: "cli.countRecord",
    args: [YEAR],
    options: [...documentOptions("text", "md", "docx")],
    examples: ["tdkt count-record 2019", "tdkt count-record 2019 -o bien-ban-kiem-phieu-2019.docx"],
  },
  {
    name: "proposal",
    module: "proposal",
    description: "cli.proposal",
    args: [YEAR],
    options: [...documentOptions("text", "md", "docx")],
    examples: ["tdkt proposal 2019", "tdkt proposal 2019 -o to-trinh-2019.docx"],
  },
  {
    name: "history",
    module: "history",
    description: "cli.history",
    args: [{ ...YEAR, optional: true }],
    examples: ["tdkt history", "tdkt history 2019", "tdkt history --json"],
  },
  {
    name: "backup",
    module: "backup",
    description: "cli.backup",
    args: [{ name: "file" }],
    options: [{ flags: "--force", description: "cli.backup.force" }],
    examples: ["tdkt backup tdkt-2019-12-20.db"],
  },
  {
    name: "verify",
    module: "verify",
    description: "cli.verify",
    args: [YEAR],
    examples: ["tdkt verify 2019"],
  },
  {
    name: "demo",
    module: "demo",
    description: "cli.demo",
    examples: ["tdkt demo", "tdkt demo --lang en"],
  },
];

function example(lines: readonly Example[]): string {
  const text = lines.map((line) =>
    typeof line === "string" ? `  $ ${line}` : `  $ ${line[0]}   # ${t(line[1])}`,
  );
  return `\n${t("cli.examples")}\n${text.join("\n")}\n`;
}

function fileHelp(spec: CommandSpec): string {
  if (!spec.columns) return "";
  const sample = (spec.sample ?? []).map((line) => `  ${line}`).join("\n");
  return `\n${t("cli.columns.title")}\n${t(spec.columns)}\n\n${t("cli.columns.example")}\n${sample}\n`;
}

/** `<năm>`, `[tệp...]`: an argument as help and messages show it. */
function argumentText(arg: ArgumentSpec): string {
  const name = `${t(`cli.arg.${arg.name}`)}${arg.variadic ? "..." : ""}`;
  return arg.optional ? `[${name}]` : `<${name}>`;
}

/**
 * Commander's words in the user's language: the help headings, and the
 * messages of its usage errors (it builds them in English, then calls
 * `error()`, which every command of the program goes through).
 */
class LocalHelp extends Help {
  override formatHelp(cmd: Command, helper: Help): string {
    const headings: Array<[string, MessageKey]> = [
      ["Usage:", "cli.help.usage"],
      ["Arguments:", "cli.help.arguments"],
      ["Global Options:", "cli.help.globalOptions"],
      ["Options:", "cli.help.options"],
      ["Commands:", "cli.help.commands"],
    ];
    let text = super.formatHelp(cmd, helper);
    for (const [english, key] of headings) {
      text = text.replace(new RegExp(`^${english}`, "gm"), t(key));
    }
    return text;
  }

  override commandUsage(cmd: Command): string {
    return super
      .commandUsage(cmd)
      .replace("[options]", `[${t("cli.help.optionsWord")}]`)
      .replace("[command]", `[${t("cli.help.commandWord")}]`);
  }

  override subcommandTerm(cmd: Command): string {
    return super
      .subcommandTerm(cmd)
      .replace("[options]", `[${t("cli.help.optionsWord")}]`)
      .replace("[command]", `[${t("cli.help.commandWord")}]`);
  }

  override optionDescription(option: Option): string {
    return super
      .optionDescription(option)
      .replace("(choices: ", `(${t("cli.help.choices")}: `)
      .replace("(default: ", `(${t("cli.help.default")}: `);
  }
}

/** Commander's English usage messages, by its error code, in the user's language. */
export function localCommanderMessage(message: string, code: string | undefined): string {
  const suggestion = /\n?\(Did you mean (.+)\?\)/.exec(message);
  const hint = suggestion ? ` ${t("cli.error.didYouMean", { name: suggestion[1] ?? "" })}` : "";
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? "");
  switch (code) {
    case "commander.missingArgument":
      return t("cli.error.missingArgument", { name: quoted[0] ?? "" });
    case "commander.optionMissingArgument":
      return t("cli.error.optionMissingArgument", { flags: quoted[0] ?? "" });
    case "commander.unknownOption":
      return t("cli.error.unknownOption", { flag: quoted[0] ?? "" }) + hint;
    case "commander.unknownCommand":
      return t("cli.error.unknownCommand", { name: quoted[0] ?? "" }) + hint;
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(message);
      return t("cli.error.excessArguments", {
        expected: counts?.[1] ?? "?",
        received: counts?.[2] ?? "?",
      });
    }
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.+)\.$/.exec(message);
      if (!choices) return message.replace(/^error: /, "");
      return t("cli.error.invalidChoice", {
        flags: quoted[0] ?? "",
        value: quoted[1] ?? "",
        choices: choices[1] ?? "",
      });
    }
    default:
      return message.replace(/^error: /, "");
  }
}

/** Stable codes of commander's usage errors, as `--json` prints them. */
const COMMANDER_CODES: Record<string, string> = {
  "commander.missingArgument": "missing-argument",
  "commander.optionMissingArgument": "missing-option-value",
  "commander.unknownOption": "unknown-option",
  "commander.unknownCommand": "unknown-command",
  "commander.excessArguments": "too-many-arguments",
  "commander.invalidArgument": "invalid-argument",
};

class TdktCommand extends Command {
  override createCommand(name?: string): TdktCommand {
    return new TdktCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(), this.configureHelp());
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(`error: ${localCommanderMessage(message, options?.code)}`, options);
  }
}

/** The program of the table, writing to `io`'s streams. */
export function buildProgram(version: string, io: Io = processIo()): Command {
  const program = new TdktCommand("tdkt")
    .description(t("cli.description"))
    .version(version, "-V, --version", t("cli.option.version"))
    // Set before any command is added: commander copies these to each one.
    .helpOption("-h, --help", t("cli.option.help"))
    .helpCommand(false)
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (message, write) => write(`tdkt: ${message.replace(/^error: /, "")}`),
    })
    .option(`--db <${t("cli.arg.file")}>`, t("cli.option.db"))
    .option(`--bloc <${t("cli.arg.code")}>`, t("cli.option.bloc"))
    .option("--json", t("cli.option.json"))
    .addOption(
      new Option(`--lang <${t("cli.arg.lang")}>`, t("cli.option.lang")).choices(["vi", "en"]),
    )
    .addHelpText(
      "after",
      example([
        "tdkt demo",
        'tdkt init --bloc NOICHINH --name "Khối thi đua các cơ quan Nội chính"',
        "tdkt tally 2019 --json",
      ]),
    );

  const byName = new Map<string, Command>([["", program]]);
  for (const spec of COMMANDS) {
    const words = spec.name.split(" ");
    const parent = byName.get(words.slice(0, -1).join(" "));
    if (!parent) throw new Error(`the group of ${spec.name} must come before it`);
    const command = parent
      .command(words.at(-1) as string, { isDefault: spec.isDefault === true })
      .description(t(spec.description));
    for (const arg of spec.args ?? []) {
      command.argument(argumentText(arg), "", arg.parse);
    }
    for (const option of spec.options ?? []) {
      const valueName = option.value ? t(`cli.arg.${option.value}`) : "";
      const flags = !option.value
        ? option.flags
        : option.optionalValue
          ? `${option.flags} [${valueName}]`
          : `${option.flags} <${valueName}>`;
      const made = new Option(flags, t(option.description, option.params));
      if (option.choices) made.choices(option.choices);
      command.addOption(made);
    }
    const after = fileHelp(spec) + (spec.examples ? example(spec.examples) : "");
    if (after) command.addHelpText("after", after);
    // A group lists its subcommands; `help` is an option, never a subcommand.
    if (!spec.module) command.helpCommand(false);
    if (spec.module) {
      const module = spec.module;
      command.action(async (...received: unknown[]) => {
        const self = received[received.length - 1] as Command;
        const options = self.opts() as CommandOptions;
        const globals = self.optsWithGlobals() as GlobalOptions;
        // Arguments as parsed (checked, normalised); a variadic last one keeps every operand.
        const parsed = self.processedArgs as unknown[];
        const args = parsed.flatMap((value) =>
          Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)],
        );
        const ctx = makeContext(globals, io);
        // A computed URL: each command stays its own lazily loaded file once bundled.
        const url = new URL(`./commands/${module}.js`, import.meta.url);
        const loaded = (await import(url.href)) as CommandModule;
        await loaded.run(ctx, args, options);
      });
    }
    byName.set(spec.name, command);
  }
  return program;
}

export interface ErrorReport {
  status: number;
  /** `{"error": {...}}` for --json (cli-contract.md), or undefined when nothing failed. */
  json?: { error: { code: string; message: string; hint: string | null } };
}

/** Prints an error the way the contract asks: lines beginning `tdkt: `, no stack trace. */
export function reportError(
  error: unknown,
  raw: (text: string) => void,
  env: Readonly<Record<string, string | undefined>> = {},
): ErrorReport {
  const write = (text: string) => raw(escapeControls(text));
  const debug = env.TDKT_DEBUG === "1";
  if (error instanceof TdktError) {
    const problems = [error, ...error.more];
    const lines = problems.map((problem) => {
      const where = problem.location ? `${formatLocation(problem.location)}: ` : "";
      return `${where}${problem.message}`;
    });
    for (const line of lines) write(`tdkt: ${line}\n`);
    if (error.hint) write(`tdkt: ${error.hint}\n`);
    if (debug && error.stack) write(`${error.stack}\n`);
    return {
      status: error.exitCode,
      json: {
        error: { code: error.code, message: lines.join("\n"), hint: error.hint ?? null },
      },
    };
  }
  if (error instanceof CommanderError) {
    // Commander already printed its message (through outputError); --help and
    // --version end here too, with status 0. A command group given no
    // subcommand has printed its help: a usage error, the help its hint.
    if (error.exitCode === 0) return { status: 0 };
    const hint = t("cli.usage.hint");
    if (error.code !== "commander.help") write(`tdkt: ${hint}\n`);
    const message =
      error.code === "commander.help"
        ? t("cli.error.missingArgument", { name: t("cli.help.commandWord") })
        : error.message.replace(/^error: /, "");
    return {
      status: 2,
      json: { error: { code: COMMANDER_CODES[error.code] ?? "usage", message, hint } },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const text = t("common.internal", { message });
  write(`tdkt: ${text}\n`);
  if (debug && error instanceof Error && error.stack) {
    write(`${error.stack}\n`);
  } else {
    write(`tdkt: ${t("common.internal.hint")}\n`);
  }
  return {
    status: 1,
    json: { error: { code: "internal", message: text, hint: t("common.internal.hint") } },
  };
}

/** The value of a global option in `argv` (`--lang en`, `--lang=en`), read before parsing. */
function globalOption(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] as string;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
}

/**
 * Runs tdkt on `argv` (the arguments after the program's name) with the
 * streams and environment of `io`, and returns the exit status. The binary
 * calls it with the process's own; the tests with buffers.
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo(),
  version = "0.0.0",
): Promise<number> {
  // The language must be known before the help texts are built. Each run
  // chooses it afresh (several runs may share one process).
  const wanted = globalOption(argv, "--lang") ?? io.env.TDKT_LANG;
  setLang(wanted && isLang(wanted) ? wanted : "vi");
  const json = argv.includes("--json");
  // Whether the command has printed its result already (verify prints its
  // report, then fails): stdout then holds its one JSON document.
  let printed = false;
  const tracked: Io = {
    ...io,
    stdout: {
      isTTY: io.stdout.isTTY,
      columns: io.stdout.columns,
      write: (text: string) => {
        printed = true;
        return io.stdout.write(text);
      },
    },
  };
  const program = buildProgram(version, tracked);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    const report = reportError(error, (text) => io.stderr.write(text), io.env);
    // With --json, a failure is a JSON document too (cli-contract.md, "A year's record").
    if (json && report.json && !printed) io.stdout.write(stableJson(report.json));
    return report.status;
  }
}
