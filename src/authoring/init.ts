/**
 * `npm run init`: from the demo to the VA's own site. The answers become the
 * settings (sahayak.yaml, checked with the same schema as the build) and a
 * profile per language with an initials portrait; the demo's content,
 * settings and icon move to examples/demo/, kept for reference and never
 * built. Sections without entries stay hidden, so the new site builds at once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../languages/table.ts';
import { createT } from '../i18n/t.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { originRepository } from '../project/git.ts';
import { renderInitials } from '../images/share-image.ts';
import { slugify, transliterate } from '../rules/slug.ts';
import { CHANNEL_NAMES, type ChannelName } from '../schemas/channels.ts';
import { collectionDir, COLLECTIONS } from '../schemas/collections.ts';
import { ContentError, type Problem } from '../schemas/errors.ts';
import type { HostName } from '../schemas/hosts.ts';
import { SETTINGS_FILE, resolveSiteConfig } from '../schemas/site-config.ts';
import { DEMO } from '../check/demo.ts';
import { COMMAND_LINE } from './cli.ts';
import { frontmatterFile, writeFiles, yamlText, type YamlLine } from './write.ts';

export interface InitAnswers {
  /** The name as clients see it, in Latin letters. */
  name: string;
  /** The name in other scripts, per language (missing: `name`). */
  nameIn: Partial<Record<Locale, string>>;
  locales: Locale[];
  defaultLocale: Locale;
  numerals: Partial<Record<Locale, 'native' | 'latin'>>;
  contact: Partial<Record<ChannelName, string>>;
  host: HostName;
  site: string;
  base: string;
  timeZone: string;
  /** One sentence for the home page, in the default language (else a starter sentence per language). */
  headline?: string;
}

/** Where the demo goes: the same layout as the project, so it reads as an example. */
export const DEMO_DIR = 'examples/demo';
/** What of the project is the demo's and moves. */
const DEMO_PARTS = ['src/content', SETTINGS_FILE, 'public/favicon.svg'];
const PHOTO = 'portrait.png';

/** The flag each settings field comes from, for problems with an answer. */
const FLAGS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^nameIn\.(\w+)$/, (m) => `--name-${m[1]}`],
  [/^contact\.(\w+)$/, (m) => `--${m[1]}`],
  [/^contact$/, () => CHANNEL_NAMES.map((c) => `--${c}`).join(' / ')],
  [/^numerals\b/, () => '--numerals'],
  [/^defaultLocale$/, () => '--default-locale'],
  [/^(\w+)/, (m) => `--${m[1]}`],
];

function flagOf(field: string): string {
  for (const [pattern, flag] of FLAGS) {
    const m = pattern.exec(field);
    if (m) return flag(m);
  }
  return field;
}

/** Usual time zones of a language's readers, for a new site's profile when the computer does not say. */
const ZONES: Partial<Record<Locale, string>> = { bn: 'Asia/Dhaka', hi: 'Asia/Kolkata' };

/** The usual time zone of a language's readers (UTC where there is none). */
export function languageTimeZone(locale: Locale): string {
  return ZONES[locale] ?? 'UTC';
}

/** The time zone to suggest: this computer's, else the default language's usual one. */
export function suggestedTimeZone(defaultLocale: Locale): string {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return here?.includes('/') && !here.startsWith('Etc/') ? here : languageTimeZone(defaultLocale);
}

/**
 * The address to suggest for a host: on GitHub Pages the repository's
 * (`https://owner.github.io` under `/repo/`), on Netlify a name.netlify.app;
 * other hosts have no address to guess.
 */
export function suggestedAddress(
  host: HostName,
  name: string,
  root: string,
): { site: string; base: string } | undefined {
  const slug = slugify(name) || 'my-site';
  if (host === 'netlify') return { site: `https://${slug}.netlify.app`, base: '/' };
  if (host !== 'github-pages') return undefined;
  const repository = originRepository(root);
  if (!repository) return { site: `https://${slug}.github.io`, base: '/' };
  const [owner, repo] = repository.toLowerCase().split('/');
  return { site: `https://${owner}.github.io`, base: repo === `${owner}.github.io` ? '/' : `/${repo}/` };
}

/** The settings the answers give, as the file holds them. */
function settingsOf(a: InitAnswers) {
  return {
    site: a.site,
    base: a.base,
    locales: a.locales,
    defaultLocale: a.defaultLocale,
    numerals: a.numerals,
    name: a.name,
    nameIn: a.nameIn,
    contact: a.contact,
    host: a.host,
  };
}

/** What stops init: answers the settings schema refuses (named by their flag), or a project set up already. */
export function initProblems(root: string, a: InitAnswers, force = false): Problem[] {
  const problems: Problem[] = [];
  if (existsSync(path.join(root, DEMO_DIR))) {
    problems.push({
      file: DEMO_DIR,
      field: '(folder)',
      expected: `a project that is not set up yet: init moves the demo into ${DEMO_DIR} once, and it is there already`,
      found: 'the folder exists',
    });
  } else if (!force && existsSync(path.join(root, SETTINGS_FILE))) {
    const demoSite = new RegExp(`^site:\\s*${DEMO.site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
    if (!demoSite.test(readFileSync(path.join(root, SETTINGS_FILE), 'utf8'))) {
      problems.push({
        file: SETTINGS_FILE,
        field: 'site',
        expected: `the demo's settings (init turns the demo into your site, once); to move everything in src/content into ${DEMO_DIR} anyway, add --force`,
        found: "settings that are not the demo's",
      });
    }
  }
  try {
    resolveSiteConfig(settingsOf(a));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) problems.push({ ...p, file: COMMAND_LINE, field: flagOf(p.field) });
  }
  return problems;
}

/** The settings file: the answers, with a word on where to change them, and the channels not given as examples. */
function settingsFile(a: InitAnswers): string {
  const s = settingsOf(a);
  const lines: YamlLine[] = [
    {
      comment: `Your site's settings, written by npm run init. Change the values, keep the shape: every field is explained`,
    },
    { comment: 'in src/schemas/site-config.ts (and on hover in VS Code with the YAML extension), and you can edit' },
    {
      comment:
        'all of them in the browser at /admin/ under "Site settings". npm run check names the line of any mistake.',
    },
    { field: 'site', value: s.site },
    { field: 'base', value: s.base },
    { field: 'locales', value: s.locales },
    { field: 'defaultLocale', value: s.defaultLocale },
    ...(Object.keys(s.numerals).length ? [{ field: 'numerals', value: s.numerals }] : []),
    { field: 'name', value: s.name },
    ...(Object.keys(s.nameIn).length ? [{ field: 'nameIn', value: s.nameIn }] : []),
  ];
  const contact = yamlText([{ field: 'contact', value: s.contact }]);
  const examples: Record<ChannelName, string> = {
    email: 'you@example.com',
    whatsapp: '+8801712345678',
    phone: '+91 98765 43210',
    booking: 'https://cal.com/your-name/intro',
  };
  const missing = CHANNEL_NAMES.filter((c) => !a.contact[c]).map(
    (c) => `  # ${yamlText([{ field: c, value: examples[c] }])}`,
  );
  const profiles = '  # profiles:\n  #   - network: linkedin\n  #     url: https://www.linkedin.com/in/your-name';
  return `${yamlText(lines)}\n${contact}\n${[...missing, profiles].join('\n')}\n${yamlText([{ field: 'host', value: s.host }])}\n`;
}

/** Initials for the portrait stand-in, in Latin letters (the share-image fonts set them on any system). */
function initials(name: string): string {
  const words = transliterate(name)
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w));
  return words
    .slice(0, 2)
    .map((w) => w.replace(/[^A-Za-z]/g, '')[0]!.toUpperCase())
    .join('');
}

/** A profile in one language: the answers, starter words in that language, optional fields as examples. */
function profileFile(a: InitAnswers, locale: Locale): string {
  const t = createT(locale, a.numerals[locale] ?? LOCALES[locale].defaultNumerals);
  const languages = a.locales.map(
    (l) =>
      new Intl.DisplayNames([LOCALES[locale].lang], { type: 'language' }).of(LOCALES[l].lang.split('-')[0]) ??
      LOCALES[l].label,
  );
  const lines: YamlLine[] = [
    { field: 'name', value: a.nameIn[locale] ?? a.name },
    { field: 'headline', value: (locale === a.defaultLocale && a.headline) || t('starter.headline') },
    { field: 'jobTitles', value: [t('starter.jobTitle')] },
    { field: 'photo', value: `./${PHOTO}` },
    { example: 'location', value: t('starter.location'), note: 'city and country, if you want to say' },
    { field: 'timeZone', value: a.timeZone },
    { field: 'languages', value: languages },
    { example: 'experienceYears', value: 3 },
    { example: 'clientsServed', value: 10 },
    { example: 'engagementTypes', value: ['part-time', 'freelance'] },
    { example: 'skills', value: [t('starter.skill')] },
    { example: 'tools', value: [{ group: t('starter.toolGroup'), items: ['Gmail', 'Google Calendar'] }] },
    {
      field: 'availability',
      value: {
        accepting: true,
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        from: '09:00',
        to: '17:00',
        responseHours: 24,
      },
    },
    {
      example: 'credentials',
      value: [{ name: t('starter.credential'), issuer: 'Coursera', date: '2024-01-15' }],
      note: 'certificates and courses, on your about page and CV',
    },
    { example: 'howIWork', value: [{ title: t('starter.stepTitle'), text: t('starter.stepText') }] },
  ];
  return frontmatterFile(lines, `{/* ${t('starter.bio')} */}`);
}

function moveDemo(root: string): string[] {
  const moved: string[] = [];
  for (const part of DEMO_PARTS) {
    const from = path.join(root, part);
    if (!existsSync(from)) continue;
    const to = path.join(root, DEMO_DIR, part);
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
    moved.push(part);
  }
  return moved;
}

/** Moves the demo aside and writes the VA's settings, profiles and icon. Returns the files written. */
export async function initSite(root: string, a: InitAnswers): Promise<{ moved: string[]; written: string[] }> {
  const moved = moveDemo(root);
  mkdirSync(path.join(root, 'src/content'), { recursive: true });
  const profileDir = collectionDir('profile');
  const files: Record<string, string | Buffer> = {
    [SETTINGS_FILE]: settingsFile(a),
    [`${DEMO_DIR}/README.md`]: `# The demo site\n\nThe demo's content and settings (Rumana Haque, an invented virtual assistant), moved here by \`npm run init\`.\nNothing here is built; copy what helps into \`src/content/\` and make it yours. Delete this folder whenever you like.\n`,
    'public/favicon.svg': favicon(initials(a.name)[0] ?? 'V'),
    [`${profileDir}/${PHOTO}`]: await renderInitials(initials(a.name) || 'VA', '#0b6b5d', root, cacheDir(root)),
  };
  for (const l of a.locales) files[`${profileDir}/${l}${COLLECTIONS.profile.extensions[0]}`] = profileFile(a, l);
  return { moved, written: writeFiles(root, files) };
}

/** The site icon: the VA's initial on the brand colour. */
function favicon(letter: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0b6b5d"/><text x="32" y="45" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="#fff">${letter}</text></svg>\n`;
}
