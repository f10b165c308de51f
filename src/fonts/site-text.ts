/**
 * Every piece of text the site can show, gathered before the build so the
 * page fonts can be cut down to it (src/fonts/subset.ts):
 * - what the VA wrote: every file under src/content/, the UI strings in
 *   locales/, the settings in sahayak.yaml;
 * - what the templates write themselves (separators, quotation marks in CSS);
 * - what Intl writes for each language: digits, months, weekdays, parts of
 *   the day, time-zone names (also the visitor's own, which the webinar
 *   script writes in the browser), countdown units, list words, language
 *   names, the currencies the content names.
 * A page's text is a subset of this, give or take the punctuation and markup
 * around words; the post-build pass checks that against the built pages.
 * Node only (src/build/page-fonts.ts reads it for src/fonts/subset.ts).
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { LOCALES, LOCALE_CODES, localeInfo, type Locale } from '../languages/table.ts';
import { COLLECTIONS, collectionSpec, isPublished, type CollectionName } from '../schemas/collections.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { splitFrontmatter } from '../project/source.ts';

const TEXT_FILE = /\.(mdx?|ya?ml|json|astro|css|ts)$/;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file, keep) : keep(file) ? [file] : [];
    });
}

/** The files whose text can reach a page, in a stable order. */
export function siteTextFiles(root: string): string[] {
  return [
    path.join(root, 'sahayak.yaml'),
    ...filesUnder(path.join(root, 'locales'), (f) => f.endsWith('.json')),
    ...filesUnder(path.join(root, 'src', 'content'), (f) => TEXT_FILE.test(f)),
    // Templates and styles: words and marks they write themselves (·, “ ”, →).
    ...['components', 'layouts', 'pages', 'styles'].flatMap((dir) =>
      filesUnder(path.join(root, 'src', dir), (f) => TEXT_FILE.test(f)),
    ),
  ].filter((f) => existsSync(f));
}

/** Two moments, in winter and summer, so zone names come in standard and daylight time. */
const SEASONS = [new Date(Date.UTC(2026, 0, 15, 12)), new Date(Date.UTC(2026, 6, 15, 12))];

/** What Intl writes in one language with one kind of digits (see src/i18n/format.ts and src/browser/). */
function intlSamples(locale: Locale, nu: string, currencies: string[]): string[] {
  const info = localeInfo(locale);
  const tag = `${info.lang}-u-nu-${nu}`;
  const out: string[] = [];
  const dates = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 10 + m, 12)));
  const hours = Array.from({ length: 24 }, (_, h) => new Date(Date.UTC(2026, 0, 1, h, 30)));
  out.push(
    new Intl.NumberFormat(tag, { useGrouping: false }).format(1234567890),
    new Intl.NumberFormat(tag).format(-12345678.9),
  );
  out.push(new Intl.NumberFormat(tag, { style: 'percent' }).format(0.25));
  for (const d of dates) {
    for (const style of ['full', 'long', 'medium', 'short'] as const)
      out.push(new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }).format(d));
    out.push(new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d));
    out.push(
      new Intl.DateTimeFormat(tag, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
      }).format(d),
    );
    out.push(new Intl.DateTimeFormat(tag, { weekday: 'short', month: 'short', timeZone: 'UTC' }).format(d));
  }
  for (const h of hours) {
    for (const dayPeriod of [undefined, 'short', 'long'] as const) {
      out.push(
        new Intl.DateTimeFormat(tag, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          dayPeriod,
          timeZone: 'UTC',
        }).format(h),
      );
      out.push(
        new Intl.DateTimeFormat(tag, {
          hour: 'numeric',
          minute: '2-digit',
          dayPeriod,
          timeZoneName: 'short',
          timeZone: 'UTC',
        }).format(h),
      );
    }
  }
  // Zone names: the host's (written at build time) and the visitor's (written by the webinar script).
  // Intl lists the places' zones only; browsers set to UTC name it too ("Coordinated Universal Time").
  for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT', 'Etc/GMT+5', 'Etc/GMT-10']) {
    for (const at of SEASONS) {
      for (const timeZoneName of ['long', 'short'] as const)
        out.push(new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName }).format(at));
    }
  }
  for (const unit of ['day', 'hour', 'minute', 'second']) {
    for (const n of [0, 1, 2, 5, 11, 21])
      out.push(new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  }
  for (const type of ['conjunction', 'disjunction', 'unit'] as const)
    out.push(new Intl.ListFormat(info.lang, { style: 'long', type }).format(['1', '2', '3']));
  const names = new Intl.DisplayNames(info.lang, { type: 'language' });
  out.push(...LOCALE_CODES.map((code) => names.of(code) ?? code));
  for (const currency of currencies) {
    out.push(
      new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(1234.5),
    );
  }
  return out;
}

/** Bump when intlSamples changes. */
const SAMPLES_VERSION = 2;

/** Intl's text in each language, cached by ICU version, language table and currencies (a second to make). */
function intlByLocale(root: string, currencies: string[]): Record<string, string[]> {
  const key = [
    SAMPLES_VERSION,
    process.versions.icu,
    process.versions.cldr,
    ...LOCALE_CODES.map((l) => `${LOCALES[l].lang}:${LOCALES[l].nativeDigits}`),
    ...currencies,
  ].join(' ');
  const file = path.join(cacheDir(root, 'fonts'), 'intl-samples.json');
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; samples: Record<string, string[]> };
    if (cached.key === key) return cached.samples;
  }
  const samples = Object.fromEntries(
    LOCALE_CODES.map((l) => [
      l,
      [...new Set([...new Set(['latn', LOCALES[l].nativeDigits])].flatMap((nu) => intlSamples(l, nu, currencies)))],
    ]),
  );
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ key, samples }));
  renameSync(`${file}.tmp`, file);
  return samples;
}

/** The currencies the content names (ISO codes in any source file). */
function currenciesIn(files: string[]): string[] {
  const known = new Set(Intl.supportedValuesOf('currency'));
  return [...new Set(files.flatMap((text) => text.match(/\b[A-Z]{3}\b/g) ?? []))].filter((c) => known.has(c)).sort();
}

/** Text a built page showed that the sources did not predict (see src/build/publish/font-check.ts), kept for the next build. */
const pageTextFile = (root: string) => path.join(cacheDir(root, 'fonts'), 'page-text.txt');

export function rememberPageText(root: string, runs: string[]): void {
  mkdirSync(path.dirname(pageTextFile(root)), { recursive: true });
  appendFileSync(pageTextFile(root), `${runs.join('\n')}\n`);
}

/**
 * The strings of a data file (a testimonial) except those under a key that
 * names one of `locales`: `translations: { bn: … }` is shown on Bangla pages
 * only, so the Bangla guest cut need not hold it.
 */
function withoutLocales(text: string, locales: readonly Locale[]): string {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch {
    return text;
  }
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) if (!(locales as readonly string[]).includes(key)) walk(v);
  };
  walk(data);
  return strings.join('\n');
}

/** The values of an MDX file's frontmatter or a YAML file; none when it does not parse (the build then stops anyway). */
function frontmatterOf(text: string): Record<string, unknown> {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    const data = yaml.load(splitFrontmatter(clean)?.data ?? clean);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The strings of the pages that speak every language at once (src/pages/index.astro and 404.astro, through LanguageChoice). */
const EVERY_LANGUAGE_PAGE_KEYS = /^(entry\.|notFound\.|nav\.home$)/;

/** The site's text, read once for a build: all of it, and each family's guest text. */
export interface SiteText {
  /** One string per line of a source file or Intl sample, and what pages showed beyond it before. */
  all: string[];
  /**
   * Text that can appear on a page of another language than its own, for
   * the guest cuts (src/fonts/families.ts) of the languages `own`: testimonials
   * and the other collections without a folder per language, entries
   * missing in some enabled language (shown there as they are), every
   * language's name and its strings on the entry and 404 pages, what Intl
   * writes in the other languages (a currency sign), and what pages showed
   * beyond this before.
   */
  guest(own: readonly Locale[]): string[];
}

export function readSiteText(root: string, enabled: readonly string[]): SiteText {
  const texts = new Map(siteTextFiles(root).map((f) => [f, readFileSync(f, 'utf8')]));
  const read = (f: string) => texts.get(f) ?? readFileSync(f, 'utf8');
  const intl = intlByLocale(root, currenciesIn([...texts.values()]));
  const seen = existsSync(pageTextFile(root)) ? readFileSync(pageTextFile(root), 'utf8') : '';
  // Printable ASCII always: e-mail addresses, numbers and code the VA may paste anywhere.
  const ascii = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
  const all = [
    ascii,
    ...[...texts.values()].flatMap((text) => text.split('\n')),
    ...Object.values(intl).flat(),
    ...seen.split('\n'),
  ];

  // The files of each collection, and those shown in some enabled language other than their own (the same for every family).
  const neutral: string[] = [];
  const shownElsewhere: string[] = [];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const spec = collectionSpec(name);
    const dir = path.join(root, 'src', 'content', spec.folder);
    const files = filesUnder(dir, (f) => spec.extensions.some((e) => f.endsWith(e)));
    if (spec.layout === 'neutral') {
      neutral.push(...files);
      continue;
    }
    // An entry is its path without the language: `bn/inbox.mdx` → `inbox` (locale-folder), `bn.mdx` → `` (locale-file).
    const localeOf = (f: string) =>
      path
        .relative(dir, f)
        .split(path.sep)[0]
        .replace(/\.\w+$/, '');
    const idOf = (f: string) =>
      spec.layout === 'locale-file' ? '' : path.relative(path.join(dir, localeOf(f)), f).replace(/\.\w+$/, '');
    // A draft is not on the site: its language shows the entry from another language.
    const localesOf = new Map<string, Set<string>>();
    for (const f of files) {
      const locales = localesOf.get(idOf(f)) ?? new Set();
      if (isPublished(name, frontmatterOf(read(f)))) locales.add(localeOf(f));
      localesOf.set(idOf(f), locales);
    }
    shownElsewhere.push(...files.filter((f) => enabled.some((l) => !localesOf.get(idOf(f))!.has(l))));
  }

  return {
    all,
    guest(own) {
      const out: string[] = LOCALE_CODES.map((l) => LOCALES[l].label);
      out.push(...neutral.map((f) => withoutLocales(read(f), own)), ...shownElsewhere.map(read));
      for (const l of LOCALE_CODES) {
        const messages: Record<string, string> = LOCALES[l].messages;
        out.push(
          ...Object.entries(messages)
            .filter(([key]) => EVERY_LANGUAGE_PAGE_KEYS.test(key))
            .map(([, text]) => text),
        );
      }
      out.push(...LOCALE_CODES.filter((l) => !own.includes(l)).flatMap((l) => intl[l]), seen);
      return out.flatMap((text) => text.split('\n'));
    },
  };
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text a built page shows: the body without scripts and styles, inline
 * elements joined to their neighbours as the browser shapes them (a word can
 * be split by a link or emphasis), block elements apart, and the attributes
 * a reader sees (alt, placeholder, value).
 */
export function pageText(html: string): string {
  const body = html.slice(Math.max(0, html.indexOf('<body'))).replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
  const shown = [...body.matchAll(/\s(?:alt|placeholder|value)="([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_, name: string) =>
    INLINE.has(name.toLowerCase()) ? '' : ' ',
  );
  return [text, ...shown].join('\n').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}
