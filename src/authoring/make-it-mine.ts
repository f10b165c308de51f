/**
 * "Make it mine" (.github/workflows/make-it-mine.yml): `npm run init` for a
 * VA who never opens a terminal. She fills in a form on GitHub's Actions tab
 * (the workflow's inputs); the workflow hands each answer to this script as
 * an environment variable (ANSWER_<INPUT>, never written into a command), and
 * the script runs, as a VA at a terminal would:
 *   1. `npm run init` with the flags the answers make (initFlags), in the
 *      language she chose first, so a mistake in an answer fails the run with
 *      the message init prints, and nothing is written;
 *   2. `npm run check` and the build, so a site that would not build is never committed;
 *   3. with --commit, one commit of the result (the workflow pushes it).
 * The choices the form offers come from the language, host and channel
 * tables (formChoices); a unit test keeps the workflow's inputs in step.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALE_CODES, LOCALES, isLocale, type Locale } from '../languages/table.ts';
import { localizeDigits } from '../i18n/format.ts';
import { git } from '../project/git.ts';
import { loadSiteConfig } from '../project/settings.ts';
import type { ChannelName } from '../schemas/channels.ts';
import { HOST_NAMES } from '../schemas/hosts.ts';
import { cliT, COMMAND_LINE, exitWithProblems, startCli } from './cli.ts';
import { DEMO_DIR, languageTimeZone } from './init.ts';
import { guessLanguage } from './import-values.ts';

/** The languages written in other scripts than Latin: each gets a "name in that script" question. */
export const OTHER_SCRIPTS = LOCALE_CODES.filter((l) => LOCALES[l].script !== 'Latn');

/** The channels the form asks for: the two most clients use (the others, and the rest of the settings, are in the editor's Site settings). */
export const FORM_CHANNELS = ['email', 'whatsapp'] as const satisfies readonly ChannelName[];

/**
 * The form's inputs, by name, in the order the form asks them (the
 * workflow's `on.workflow_dispatch.inputs`). At most 10: GitHub allows 25
 * since December 2025, but actionlint and older GitHub Enterprise servers
 * still hold workflows to 10.
 */
export const FORM_INPUTS = [
  'name',
  'name_in_scripts',
  'languages',
  'default_language',
  'digits',
  ...FORM_CHANNELS,
  'host',
  'site',
  'time_zone',
] as const;

/** The environment variable an input's answer comes in. */
export const answerVariable = (input: string) => `ANSWER_${input.toUpperCase()}`;

/** Every non-empty set of languages, largest first, each in the table's order. */
function languageSets(): Locale[][] {
  const sets: Locale[][] = [];
  for (let mask = 1; mask < 1 << LOCALE_CODES.length; mask++) sets.push(LOCALE_CODES.filter((_, i) => mask & (1 << i)));
  return sets.sort((a, b) => b.length - a.length);
}

/** The digits a language's pages may use, as a reader sees them: "১২৩". */
const digitsOf = (l: Locale, numerals: 'native' | 'latin') => localizeDigits('123', { locale: l, numerals });

/**
 * The choices of the form's drop-down lists, each a code then what it means
 * ("bn,en: বাংলা + English"): GitHub shows the value itself, and the script
 * reads the code before the colon.
 */
export function formChoices(): Record<'languages' | 'default_language' | 'digits' | 'host', string[]> {
  const usual = OTHER_SCRIPTS.map((l) => `${LOCALES[l].label} ${digitsOf(l, LOCALES[l].defaultNumerals)}`);
  return {
    languages: languageSets().map((set) => `${set.join(',')}: ${set.map((l) => LOCALES[l].label).join(' + ')}`),
    default_language: LOCALE_CODES.map((l) => `${l}: ${LOCALES[l].label}`),
    digits: [
      `usual: ${usual.join(', ')}`,
      `own: ${OTHER_SCRIPTS.map((l) => `${LOCALES[l].label} ${digitsOf(l, 'native')}`).join(', ')}`,
      `latin: ${OTHER_SCRIPTS.map((l) => `${LOCALES[l].label} 123`).join(', ')}`,
    ],
    host: [...HOST_NAMES],
  };
}

/** The code a choice starts with: "bn,en: বাংলা + English" → "bn,en" (a code typed alone is taken too). */
const codeOf = (choice: string) => choice.split(':')[0].trim();

/**
 * The `npm run init` flags the form's answers make, and the language to speak
 * (the one the VA chose first). Empty answers give no flag, so init's own
 * defaults and checks apply exactly as at a terminal; the time zone defaults
 * to the first language's usual one, as the runner's clock says nothing of hers.
 */
export function initFlags(answers: Record<string, string | undefined>): { flags: string[]; ui: Locale } {
  const answer = (input: string) => (answers[input] ?? '').trim();
  const flags = ['--yes'];
  const add = (flag: string, value: string) => {
    if (value) flags.push(flag, value);
  };
  add('--name', answer('name'));
  // One answer for the name in every other script ("রিনা আক্তার / रीना अख़्तर"): each part goes to the language
  // whose letters it is written in; a part in none of them goes to --name-<first other language>, for init to judge.
  for (const part of answer('name_in_scripts')
    .split(/\s*[/|,;·\n]\s*/)
    .filter(Boolean)) {
    const script = guessLanguage(part);
    add(`--name-${OTHER_SCRIPTS.includes(script) ? script : OTHER_SCRIPTS[0]}`, part);
  }
  const locales = codeOf(answer('languages'));
  const first = codeOf(answer('default_language'));
  add('--locales', locales);
  add('--default-locale', first);
  const chosen = (locales ? locales.split(',').map((s) => s.trim()) : [...LOCALE_CODES]).filter(isLocale);
  const digits = codeOf(answer('digits'));
  const numerals = chosen.filter((l) => OTHER_SCRIPTS.includes(l));
  if (digits === 'own' || digits === 'latin')
    add('--numerals', numerals.map((l) => `${l}=${digits === 'own' ? 'native' : 'latin'}`).join(','));
  else if (digits && digits !== 'usual') add('--numerals', digits);
  for (const channel of FORM_CHANNELS) add(`--${channel}`, answer(channel));
  add('--host', codeOf(answer('host')));
  add('--site', answer('site'));
  const ui: Locale = isLocale(first) ? first : isLocale(chosen[0]) ? chosen[0] : 'en';
  add('--time-zone', answer('time_zone') || languageTimeZone(ui));
  return { flags, ui };
}

/** Runs one of the project's commands on the site at root, its output shown as it comes; true when it succeeded. */
function run(command: string, args: string[], root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

/** The project's scripts (this file's project, whichever site it works on). */
const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts');

/**
 * Runs the steps; resolves to the exit code. GitHub's own variables, when
 * set, get the host and the commit as step outputs (for the deploy job) and
 * a summary of what to do next on the run's page.
 */
export async function makeItMine(argv = process.argv.slice(2)): Promise<number> {
  const answers = Object.fromEntries(FORM_INPUTS.map((input) => [input, process.env[answerVariable(input)]]));
  const { flags, ui } = initFlags(answers);
  const cli = startCli({ commit: { type: 'boolean' }, 'skip-build': { type: 'boolean' } }, 'cli.mine.help', [
    '--ui',
    ui,
    ...argv,
  ]);
  const root = path.resolve(cli.root);
  const t = cliT(ui);
  if (cli.values.commit && git(root, ['status', '--porcelain']) === undefined) {
    exitWithProblems(t, [
      { file: COMMAND_LINE, field: '--commit', expected: 'a folder under git', found: `${root}: not a git repository` },
    ]);
  }
  const node = process.execPath;
  const withUi = ['--ui', ui, '--root', root];
  // 1. init: its own message and exit code when an answer is wrong (it then writes nothing).
  if (!run(node, [path.join(SCRIPTS, 'init.ts'), ...flags, ...withUi], root)) return 1;
  // 2. the check and the build of the new site; dist/ is the host's to make, not the repository's.
  console.log(`\n${t('cli.mine.checking')}`);
  if (!run(node, [path.join(SCRIPTS, 'check.ts'), ...withUi], root)) return 1;
  if (!cli.values['skip-build']) {
    console.log(`\n${t('cli.mine.building')}`);
    const astro = path.resolve(SCRIPTS, '../node_modules/.bin/astro');
    const built = run(astro, ['build'], root);
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    if (!built) return 1;
  }
  // 3. one commit with all of it.
  const name = (answers.name ?? '').trim();
  if (cli.values.commit) {
    if (!run('git', ['add', '-A'], root) || !run('git', ['commit', '-q', '-m', t('cli.mine.commit', { name })], root))
      return 1;
  }
  if (process.env.GITHUB_OUTPUT) {
    const sha = git(root, ['rev-parse', 'HEAD'])?.trim() ?? '';
    appendFileSync(process.env.GITHUB_OUTPUT, `host=${loadSiteConfig(root, {}).host}\nsha=${sha}\n`);
  }
  const done = t('cli.mine.done', { name, folder: DEMO_DIR });
  console.log(`\n${done}`);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${done}\n`);
  return 0;
}
