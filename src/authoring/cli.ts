/**
 * What every authoring command shares (`npm run init`, `new`,
 * `import:testimonials`, `check`): its flags, the language it speaks
 * (`--ui bn`, or SAHAYAK_UI, else English), questions through @clack/prompts
 * when a person is at the terminal, and problems printed in the build's
 * format (`file:line: field: expected …, found …`) with a non-zero exit.
 *
 * A command is interactive when stdin is a terminal and `--yes` is not
 * given; otherwise every answer comes from a flag or its default, so scripts
 * and tests run it the same way every time.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import * as prompts from '@clack/prompts';
import { isLocale, LOCALE_CODES, LOCALES, type Locale } from '../languages/table.ts';
import { createT, type MessageKey, type TFunction, type TOptions } from '../i18n/t.ts';
import { formatProblem, type Problem } from '../schemas/errors.ts';
import { loadSiteConfig } from '../project/settings.ts';

/** Problems found in what was typed on the command line are reported against it. */
export const COMMAND_LINE = '(command line)';

export interface Cli<V> {
  values: V;
  positionals: string[];
  /** The language the command speaks. */
  ui: Locale;
  t: TFunction;
  /** Whether to ask questions (a terminal, and no --yes). */
  interactive: boolean;
  /** The project folder (--root, or the current folder). */
  root: string;
}

type Values<O extends ParseArgsOptionsConfig> = {
  [K in keyof O]?: O[K] extends { multiple: true }
    ? O[K] extends { type: 'boolean' }
      ? boolean[]
      : string[]
    : O[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

const COMMON = {
  ui: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** The --ui value that means "the site's default language". */
export const SITE_UI = 'site';

/** The default language of the site at root, or English when its settings cannot be read. */
function siteLanguage(root: string): Locale {
  try {
    return loadSiteConfig(root, {}).defaultLocale;
  } catch {
    return 'en';
  }
}

/** A translator for the command's language, with that language's usual digits. */
export function cliT(ui: Locale): TFunction {
  return createT(ui, LOCALES[ui].defaultNumerals, 'en');
}

/**
 * Reads the command line. Unknown flags and a --ui the project does not speak
 * are reported in the usual format and end the command; --help prints the
 * command's help (a message key, or text made in the command's language) and ends it.
 */
export function startCli<O extends ParseArgsOptionsConfig>(
  options: O,
  help: MessageKey | ((t: TFunction, ui: Locale) => string),
  argv = process.argv.slice(2),
): Cli<Values<O> & Values<typeof COMMON>> {
  const flagValue = (name: string) =>
    argv.find((_a, i) => argv[i - 1] === name) ?? argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  let uiArg = flagValue('--ui') ?? process.env.SAHAYAK_UI;
  // `--ui site`: the site's first language (the workflows speak to the VA in it), English while the settings are broken.
  if (uiArg === SITE_UI) uiArg = siteLanguage(flagValue('--root') ?? process.cwd());
  const ui: Locale = uiArg && isLocale(uiArg) ? uiArg : 'en';
  const t = cliT(ui);
  if (uiArg && !isLocale(uiArg)) {
    exitWithProblems(t, [
      {
        file: COMMAND_LINE,
        field: '--ui',
        expected: `one of ${LOCALE_CODES.join(', ')}`,
        found: JSON.stringify(uiArg),
      },
    ]);
  }
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: O & typeof COMMON; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '(flags)';
    exitWithProblems(t, [
      { file: COMMAND_LINE, field: flag, expected: t('cli.knownFlags'), found: message.split('.')[0] },
    ]);
  }
  const values = parsed.values as Values<O> & Values<typeof COMMON>;
  if (values.help) {
    console.log(typeof help === 'function' ? help(t, ui) : t(help));
    process.exit(0);
  }
  return {
    values,
    positionals: parsed.positionals,
    ui,
    t,
    interactive: Boolean(process.stdin.isTTY) && !values.yes,
    root: values.root ?? process.cwd(),
  };
}

/** Prints every problem (a count, then one line each) to stderr. */
export function printProblems(t: TFunction, problems: Problem[]): void {
  console.error(t('cli.problems', { count: problems.length }));
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
}

/** Prints every problem and ends the command with exit code 1. */
export function exitWithProblems(t: TFunction, problems: Problem[]): never {
  printProblems(t, problems);
  process.exit(1);
}

/** An answer the person gave up on (Ctrl+C, Esc): stop, having written nothing. */
function answered<T>(t: TFunction, value: T | symbol): T {
  if (prompts.isCancel(value)) {
    prompts.cancel(t('cli.cancelled'));
    process.exit(130);
  }
  return value as T;
}

/** The questions a command asks, in its language; each validates with the same rules as the flags. */
export function questions(t: TFunction) {
  const check = (validate?: (value: string) => string | undefined) => (value: string | undefined) =>
    validate?.((value ?? '').trim());
  return {
    intro: (key: MessageKey, options?: TOptions) => prompts.intro(t(key, options)),
    outro: (text: string) => prompts.outro(text),
    note: (text: string, title?: string) => prompts.note(text, title),
    text: async (
      message: string,
      opts: { initial?: string; placeholder?: string; validate?: (value: string) => string | undefined } = {},
    ) =>
      answered<string>(
        t,
        await prompts.text({
          message,
          initialValue: opts.initial,
          placeholder: opts.placeholder,
          validate: check(opts.validate),
        }),
      ).trim(),
    /** Several lines (Enter twice to finish), as a list of the lines written. */
    lines: async (message: string) =>
      answered<string>(t, await prompts.multiline({ message }))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    select: async <T extends string>(
      message: string,
      options: { value: T; label: string; hint?: string }[],
      initial?: T,
    ) => answered<T>(t, await prompts.select<T>({ message, options: options as never, initialValue: initial })),
    multiselect: async <T extends string>(
      message: string,
      options: { value: T; label: string; hint?: string }[],
      initial: T[] = [],
    ) =>
      answered<T[]>(
        t,
        await prompts.multiselect<T>({ message, options: options as never, initialValues: initial, required: true }),
      ),
    confirm: async (message: string, initial = true) =>
      answered<boolean>(t, await prompts.confirm({ message, initialValue: initial })),
  };
}

export type Questions = ReturnType<typeof questions>;

/** A comma-separated list of language codes from a flag, or the problem with it. */
export function localeList(flag: string, value: string, allowed: readonly Locale[] = LOCALE_CODES): Locale[] | Problem {
  const codes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = codes.filter((c) => !(allowed as readonly string[]).includes(c));
  if (!codes.length || bad.length) {
    return {
      file: COMMAND_LINE,
      field: flag,
      expected: `a comma-separated list of ${allowed.join(', ')}, e.g. ${allowed.slice(0, 2).join(',')}`,
      found: JSON.stringify(value),
    };
  }
  return [...new Set(codes)] as Locale[];
}

/** The languages as choices, each by its own name. */
export function localeChoices(codes: readonly Locale[]) {
  return codes.map((code) => ({ value: code, label: `${LOCALES[code].label} (${code})` }));
}
