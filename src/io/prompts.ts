/**
 * The one module that asks a person questions. Everything interactive goes
 * through `prompter()`, so tests can drive it with a scripted prompter and
 * @inquirer/prompts is loaded only when a prompt is really shown.
 */
import { TdktError } from "../errors.js";
import { t } from "../i18n/index.js";

export interface Choice<T> {
  name: string;
  value: T;
  /** What is echoed once chosen (a code rather than a long name). */
  short?: string;
  checked?: boolean;
  description?: string;
}

export interface Prompter {
  input(options: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(options: {
    message: string;
    choices: Choice<T>[];
    validate?: (selected: readonly T[]) => true | string;
    pageSize?: number;
  }): Promise<T[]>;
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
    confirm: (options) => inquirer.confirm(options, context).catch(cancelled),
    select: <T>(options: { message: string; choices: Choice<T>[]; default?: T }) =>
      inquirer.select<T>(options, context).catch(cancelled),
    checkbox: <T>(options: {
      message: string;
      choices: Choice<T>[];
      validate?: (selected: readonly T[]) => true | string;
      pageSize?: number;
    }) =>
      inquirer
        .checkbox<T>(
          {
            message: options.message,
            choices: options.choices,
            ...(options.pageSize ? { pageSize: options.pageSize } : {}),
            ...(options.validate
              ? {
                  validate: (selected: ReadonlyArray<{ value: T }>) =>
                    options.validate?.(selected.map((item) => item.value)) ?? true,
                }
              : {}),
          },
          context,
        )
        .catch(cancelled),
  };
}
