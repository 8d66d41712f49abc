/**
 * The one module that asks a person a question in a form (`tdkt init`).
 * Everything goes through `prompter()`, so tests can drive it with a scripted
 * prompter and @inquirer/prompts is loaded only when a prompt is really shown.
 * Ballot entry reads plain lines instead (src/io/line-reader.ts).
 */
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";

export interface Prompter {
  input(options: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
}

let scripted: Prompter | undefined;

/** Tests put a scripted prompter here; `undefined` restores the real one. */
export function setPrompter(prompter: Prompter | undefined): void {
  scripted = prompter;
}

export async function prompter(): Promise<Prompter> {
  if (scripted) return scripted;
  const inquirer = await import("@inquirer/prompts");
  // Prompts draw on stderr so that stdout carries only the result (and --json stays one document).
  const context = { output: process.stderr };
  const cancelled = (error: unknown): never => {
    if (error instanceof Error && error.name === "ExitPromptError") {
      throw new TdktError(t("common.cancelled"));
    }
    throw error;
  };
  return {
    input: (options) => inquirer.input(options, context).catch(cancelled),
  };
}
