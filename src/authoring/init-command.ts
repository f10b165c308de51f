/**
 * `npm run init`: turns the demo into the VA's own site (src/authoring/init.ts).
 * Asks in a terminal; with --yes (or without a terminal) takes every answer
 * from the flags and sensible defaults:
 *   npm run init -- --yes --name "Rina Akter" --locales bn,en --default-locale bn \
 *     --host github-pages --email rina@example.com
 */
import { questions, startCli, exitWithProblems, localeChoices, localeList, COMMAND_LINE, type Cli } from './cli.ts';
import { DEMO_DIR, initProblems, initSite, suggestedAddress, suggestedTimeZone, type InitAnswers } from './init.ts';
import { LOCALE_CODES, LOCALES, isLocale, type Locale } from '../languages/table.ts';
import { localizeDigits } from '../i18n/format.ts';
import { CHANNELS, CHANNEL_NAMES, type ChannelName } from '../schemas/channels.ts';
import type { Problem } from '../schemas/errors.ts';
import { HOSTS, HOST_NAMES, type HostName } from '../schemas/hosts.ts';
import { normalizeBase } from '../schemas/site-config.ts';

export async function initCommand(): Promise<void> {
  const cli = startCli(
    {
      name: { type: 'string' },
      ...Object.fromEntries(LOCALE_CODES.map((l) => [`name-${l}`, { type: 'string' as const }])),
      locales: { type: 'string' },
      'default-locale': { type: 'string' },
      numerals: { type: 'string' },
      ...Object.fromEntries(CHANNEL_NAMES.map((c) => [c, { type: 'string' as const }])),
      host: { type: 'string' },
      site: { type: 'string' },
      base: { type: 'string' },
      'time-zone': { type: 'string' },
      headline: { type: 'string' },
      force: { type: 'boolean' },
    },
    'cli.init.help',
  );
  const { t, root } = cli;
  const flags = cli.values as Record<string, string | boolean | undefined>;
  const flag = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string).trim() : undefined);

  /** Answers from flags and defaults; what cannot be read is a problem. */
  function fromFlags(): { answers: InitAnswers; problems: Problem[] } {
    const problems: Problem[] = [];
    const name = flag('name') ?? '';
    if (!name)
      problems.push({
        file: COMMAND_LINE,
        field: '--name',
        expected: 'your name, e.g. --name "Rina Akter"',
        found: 'nothing',
      });
    let locales: Locale[] = [...LOCALE_CODES];
    const localesFlag = flag('locales');
    if (localesFlag !== undefined) {
      const parsed = localeList('--locales', localesFlag);
      if ('field' in parsed) problems.push(parsed);
      else locales = parsed;
    }
    const defaultFlag = flag('default-locale');
    const defaultLocale = (defaultFlag ?? locales[0]) as Locale;
    if (defaultFlag !== undefined && !locales.includes(defaultFlag as Locale)) {
      problems.push({
        file: COMMAND_LINE,
        field: '--default-locale',
        expected: `one of the site's languages (--locales): ${locales.join(', ')}`,
        found: JSON.stringify(defaultFlag),
      });
    }
    const numerals: InitAnswers['numerals'] = {};
    for (const pair of (flag('numerals') ?? '').split(',').filter(Boolean)) {
      const [code, value] = pair.split('=').map((s) => s.trim());
      if (isLocale(code) && (value === 'native' || value === 'latin')) numerals[code] = value;
      else
        problems.push({
          file: COMMAND_LINE,
          field: '--numerals',
          expected: 'language=native or language=latin, comma-separated, e.g. bn=native,hi=latin',
          found: JSON.stringify(pair),
        });
    }
    const contact = Object.fromEntries(
      CHANNEL_NAMES.map((c) => [c, flag(c)]).filter(([, v]) => v),
    ) as InitAnswers['contact'];
    const hostFlag = flag('host') ?? 'netlify';
    if (!(HOST_NAMES as string[]).includes(hostFlag))
      problems.push({
        file: COMMAND_LINE,
        field: '--host',
        expected: `one of ${HOST_NAMES.join(', ')}`,
        found: JSON.stringify(hostFlag),
      });
    const host = ((HOST_NAMES as string[]).includes(hostFlag) ? hostFlag : 'netlify') as HostName;
    const suggested = suggestedAddress(host, name, root);
    const site = flag('site') ?? suggested?.site ?? '';
    if (!site)
      problems.push({
        file: COMMAND_LINE,
        field: '--site',
        expected: `the address the site will have on ${HOSTS[host].label}, e.g. --site https://www.your-name.com`,
        found: 'nothing',
      });
    const nameIn = Object.fromEntries(LOCALE_CODES.map((l) => [l, flag(`name-${l}`)]).filter(([, v]) => v));
    return {
      answers: {
        name,
        nameIn,
        locales,
        defaultLocale,
        numerals,
        contact,
        host,
        site,
        base: normalizeBase(flag('base') ?? suggested?.base ?? '/'),
        timeZone: flag('time-zone') ?? suggestedTimeZone(defaultLocale),
        headline: flag('headline'),
      },
      problems,
    };
  }

  /** The same answers, asked one by one, each checked as it is typed. */
  async function ask(cli: Cli<unknown>, start: InitAnswers): Promise<InitAnswers> {
    const q = questions(cli.t);
    q.intro('cli.init.intro');
    const name = await q.text(t('cli.init.name'), {
      initial: start.name,
      validate: (v) => (v ? undefined : t('cli.required')),
    });
    const locales = await q.multiselect(t('cli.init.locales'), localeChoices(LOCALE_CODES), start.locales);
    const defaultLocale =
      locales.length === 1
        ? locales[0]
        : await q.select(
            t('cli.init.defaultLocale'),
            localeChoices(locales),
            locales.includes(start.defaultLocale) ? start.defaultLocale : locales[0],
          );
    const nameIn: InitAnswers['nameIn'] = {};
    for (const l of locales.filter((l) => LOCALES[l].script !== 'Latn')) {
      const value = await q.text(t('cli.init.nameIn', { language: LOCALES[l].label, name }), {
        initial: start.nameIn[l],
      });
      if (value) nameIn[l] = value;
    }
    const numerals: InitAnswers['numerals'] = {};
    for (const l of locales.filter((l) => LOCALES[l].nativeDigits !== 'latn')) {
      const native = localizeDigits('0123456789', { locale: l, numerals: 'native' });
      numerals[l] = await q.select(
        t('cli.init.numerals', { language: LOCALES[l].label }),
        [
          { value: 'native' as const, label: native },
          { value: 'latin' as const, label: '0123456789' },
        ],
        LOCALES[l].defaultNumerals,
      );
    }
    const contact: InitAnswers['contact'] = {};
    q.note(t('cli.init.contactIntro'));
    for (const channel of CHANNEL_NAMES) {
      const value = await q.text(t(`cli.init.channel.${channel}`), {
        initial: start.contact[channel],
        validate: (v) => {
          if (!v)
            return channel === CHANNEL_NAMES.at(-1) && !Object.values(contact).some(Boolean)
              ? t('cli.init.needChannel')
              : undefined;
          const parsed = CHANNELS[channel as ChannelName].safeParse(v);
          return parsed.success ? undefined : parsed.error.issues[0].message;
        },
      });
      if (value) contact[channel] = value;
    }
    const host = await q.select(
      t('cli.init.host'),
      HOST_NAMES.map((h) => ({ value: h, label: HOSTS[h].label, hint: t(`cli.init.hostHint.${h}`) })),
      start.host,
    );
    const suggested = suggestedAddress(host, name, cli.root);
    const site = await q.text(t('cli.init.site'), {
      initial: suggested?.site ?? start.site,
      validate: (v) => (/^https?:\/\/[^\s/]+\.[^\s/]+/.test(v) ? undefined : t('cli.init.siteHint')),
    });
    const base =
      host === 'github-pages'
        ? normalizeBase(await q.text(t('cli.init.base'), { initial: suggested?.base ?? '/' }))
        : '/';
    const timeZone = await q.text(t('cli.init.timeZone'), {
      initial: suggestedTimeZone(defaultLocale),
      validate: (v) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: v });
          return v.includes('/') || v === 'UTC' ? undefined : t('cli.init.timeZoneHint');
        } catch {
          return t('cli.init.timeZoneHint');
        }
      },
    });
    const headline = await q.text(t('cli.init.headline', { language: LOCALES[defaultLocale].label }), {
      placeholder: t('cli.optional'),
    });
    const answers = {
      name,
      nameIn,
      locales,
      defaultLocale,
      numerals,
      contact,
      host,
      site,
      base,
      timeZone,
      headline: headline || undefined,
    };
    if (!(await q.confirm(t('cli.init.confirm', { folder: DEMO_DIR })))) {
      console.log(t('cli.cancelled'));
      process.exit(130);
    }
    return answers;
  }

  const fromFlagsResult = fromFlags();
  let answers = fromFlagsResult.answers;
  if (cli.interactive) answers = await ask(cli, answers);
  else if (fromFlagsResult.problems.length) exitWithProblems(t, fromFlagsResult.problems);

  const problems = initProblems(root, answers, Boolean(flags.force));
  if (problems.length) exitWithProblems(t, problems);
  const { moved, written } = await initSite(root, answers);
  console.log(t('cli.init.moved', { files: moved.join(', '), folder: DEMO_DIR }));
  console.log(t('cli.init.written', { files: written.filter((f) => !f.startsWith(DEMO_DIR)).join('\n  ') }));
  console.log(`\n${t('cli.init.next')}`);
}
