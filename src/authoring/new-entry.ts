/**
 * `npm run new`: the files of a new service, case study, testimonial or
 * webinar, one per language, valid from the start. What the VA gave goes in
 * the first language's file; the other languages' files hold the same text
 * marked "TODO: translate: …". Anything still to be written is a "TODO: …"
 * placeholder, and a file with a placeholder starts as a draft (kept off the
 * site, and the checker refuses a placeholder once it is published).
 * Optional fields are there as commented examples. Covers are drawn as a
 * title card, so an entry has its picture from the first build.
 */
import path from 'node:path';
import { LOCALES, type Locale } from '../languages/table.ts';
import { createT } from '../i18n/t.ts';
import { reservedIds } from '../i18n/routes.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { isoWithOffset } from '../i18n/format.ts';
import { renderShareImage } from '../images/share-image.ts';
import { slugify } from '../rules/slug.ts';
import { COLLECTIONS, collectionDir, type CollectionName } from '../schemas/collections.ts';
import type { Problem } from '../schemas/errors.ts';
import { hostOf } from '../project/settings.ts';
import { nameIn, type SiteConfig } from '../schemas/site-config.ts';
import { ENTRY_ID } from '../schemas/shared.ts';
import { PRICE_MODELS, type SERVICE_CATEGORIES } from '../schemas/service.ts';
import type { TESTIMONIAL_SOURCES } from '../schemas/testimonial.ts';
import { readContentFile } from '../check/files.ts';
import { PLACEHOLDER, PLACEHOLDER_URL } from '../check/placeholders.ts';
import { COMMAND_LINE } from './cli.ts';
import { existing, frontmatterFile, yamlText, type YamlLine } from './write.ts';

/** What `npm run new` makes, by the word the VA types, and the collection each is. */
export const KINDS = {
  service: 'services',
  'case-study': 'caseStudies',
  testimonial: 'testimonials',
  webinar: 'webinars',
} as const satisfies Record<string, CollectionName>;
export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export interface NewAnswers {
  kind: Kind;
  id: string;
  /** The languages to write; the first gets the text given here. A testimonial has one: the language of the quote. */
  locales: Locale[];
  title?: string;
  summary?: string;
  /** Service. */
  category?: (typeof SERVICE_CATEGORIES)[number];
  /** Without a currency, each language's file uses its readers' currency (and the amount only in the first). */
  price?: { model: (typeof PRICE_MODELS)[number]; amount?: number; currency?: string };
  /** Case study. */
  client?: { name?: string; industry?: string; country?: string; named: boolean };
  role?: string;
  responsibilities?: string[];
  since?: string;
  /** Testimonial. */
  quote?: string;
  author?: { name: string; role?: string; company?: string };
  rating?: number;
  date?: string;
  source?: (typeof TESTIMONIAL_SOURCES)[number];
  consent?: boolean;
  /** Webinar: the start as a moment, and how long it lasts. */
  start?: Date;
  timeZone?: string;
  durationMinutes?: number;
  audience?: string;
  outcomes?: string[];
  registrationUrl?: string;
}

/** The id a title suggests: lowercase ASCII with dashes, Bangla and Hindi transliterated. */
export function suggestId(text: string, fallback: string): string {
  return slugify(text) || fallback;
}

/** The suggested id, or the first of id-2, id-3… that no file of those languages has yet. */
export function freeId(root: string, kind: Kind, id: string, locales: Locale[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (
      !existing(
        root,
        locales.map((l) => entryPath(kind, candidate, l)),
      ).length
    )
      return candidate;
  }
}

/** Where an entry's file goes, per language (testimonials have one file, whatever the language). */
export function entryPath(kind: Kind, id: string, locale: Locale): string {
  const spec = COLLECTIONS[KINDS[kind]];
  const ext = spec.extensions[0];
  return spec.layout === 'neutral'
    ? `${collectionDir(KINDS[kind])}/${id}${ext}`
    : `${collectionDir(KINDS[kind])}/${locale}/${id}${ext}`;
}

/** The picture drawn for a case study or webinar, shared by its languages. */
function coverPath(kind: Kind, id: string): string {
  return `${collectionDir(KINDS[kind])}/covers/${id}.png`;
}

/** Why an id cannot be used: not an id, a fixed page's address, or taken by a file in one of the languages. */
export function idProblems(root: string, kind: Kind, id: string, locales: Locale[]): Problem[] {
  if (!ENTRY_ID.test(id)) {
    return [
      {
        file: COMMAND_LINE,
        field: '--id',
        expected: `lowercase letters a-z, digits and dashes, e.g. ${suggestId(id, 'my-entry')}`,
        found: JSON.stringify(id),
      },
    ];
  }
  if (reservedIds(KINDS[kind]).includes(id))
    return [
      {
        file: COMMAND_LINE,
        field: '--id',
        expected: `another id: "${id}" is the address of a page the site already has`,
        found: JSON.stringify(id),
      },
    ];
  const files = [...new Set(locales.map((l) => entryPath(kind, id, l)))];
  return existing(root, files).map((file) => ({
    file,
    field: '(file)',
    expected: `a new ${COLLECTIONS[KINDS[kind]].label.one}: choose another id (--id), or edit this file`,
    found: 'a file of that name already exists (nothing was overwritten)',
  }));
}

/** The VA's profile in a language, as its file says (for a webinar's host). */
function profileIn(
  root: string,
  locale: Locale,
  site: SiteConfig,
): { name: string; role: string; bio: string; timeZone?: string } {
  const file = `${collectionDir('profile')}/${locale}${COLLECTIONS.profile.extensions[0]}`;
  const content = readContentFile(root, file);
  const data = ('field' in content ? {} : (content.data ?? {})) as {
    name?: string;
    jobTitles?: string[];
    headline?: string;
    timeZone?: string;
  };
  return {
    name: data.name ?? nameIn(site, locale),
    role: data.jobTitles?.[0] ?? `${PLACEHOLDER} your role`,
    bio: data.headline ?? `${PLACEHOLDER} one line about you`,
    timeZone: data.timeZone,
  };
}

/**
 * Text for one language's file: the VA's words in the first language, the
 * same marked for translation in the others, and a placeholder where nothing
 * was given. Any placeholder makes the file a draft.
 */
class Texts {
  draft = false;
  readonly first: boolean;
  constructor(first: boolean) {
    this.first = first;
  }
  text(value: string | undefined, todo: string): string {
    if (value && this.first) return value;
    this.draft = true;
    return value ? `${PLACEHOLDER} translate: ${value}` : `${PLACEHOLDER} ${todo}`;
  }
  /** A name or an address: the same in every language; a placeholder if missing. */
  same(value: string | undefined, todo: string): string {
    if (value) return value;
    this.draft = true;
    return `${PLACEHOLDER} ${todo}`;
  }
  list(values: string[] | undefined, todo: string): string[] {
    return values?.length ? values.map((v) => this.text(v, todo)) : [this.text(undefined, todo)];
  }
}

function draftLine(texts: Texts): YamlLine[] {
  return texts.draft
    ? [
        {
          comment: `Fill in every "${PLACEHOLDER}" and then delete the draft line: until then the site leaves this out.`,
        },
        { field: 'draft', value: true },
      ]
    : [];
}

function bodyNote(locale: Locale): string {
  return `{/* ${createT(locale, 'latin')('starter.bodyNote')} */}`;
}

function serviceFile(a: NewAnswers, locale: Locale, texts: Texts): string {
  const given = a.price ?? { model: 'hourly' as const };
  // A price is in the currency of each language's readers: the amount carries over only with a currency chosen for all.
  const price =
    texts.first || given.currency
      ? { ...given, currency: given.currency ?? LOCALES[locale].currency }
      : { model: given.model, currency: LOCALES[locale].currency };
  const amountGiven = price.amount !== undefined;
  if (!amountGiven) texts.draft = true;
  const lines: YamlLine[] = [
    { field: 'title', value: texts.text(a.title, 'the name of the service') },
    { field: 'summary', value: texts.text(a.summary, 'one or two sentences: what the client gets') },
    { field: 'category', value: a.category ?? 'other' },
    {
      comment: `prices: one or more; model is ${PRICE_MODELS.join(', ')}; the amount without currency sign or commas.`,
    },
    { field: 'prices', value: [{ model: price.model, amount: price.amount ?? 1, currency: price.currency }] },
    ...(amountGiven ? [] : [{ comment: `${PLACEHOLDER} the amount above is a stand-in: write your price.` }]),
    { example: 'deliverables', value: ['A weekly summary of what was done'] },
    { example: 'turnaround', value: 'Starts within 2 working days' },
    { example: 'tools', value: ['Gmail', 'Trello'] },
    { example: 'order', value: 10, note: 'lower comes first' },
    { example: 'featured', value: true, note: 'show on the home page' },
    ...draftLine(texts),
  ];
  return frontmatterFile(lines, bodyNote(locale));
}

function caseStudyFile(a: NewAnswers, locale: Locale, texts: Texts, kind: Kind): string {
  const client = a.client ?? { named: false };
  const lines: YamlLine[] = [
    { field: 'title', value: texts.text(a.title, 'what you did, in a few words') },
    { field: 'summary', value: texts.text(a.summary, 'the problem and what changed') },
    {
      field: 'client',
      value: {
        name: texts.same(client.name, "the client's name"),
        industry: texts.text(client.industry, "the client's line of work"),
        country: texts.text(client.country, "the client's country"),
        named: client.named,
      },
    },
    {
      comment:
        'client: add url: https://… and logo: ../covers/logo.png if the client agreed; named: true shows the name.',
    },
    { field: 'role', value: texts.text(a.role, 'your role for this client') },
    { field: 'responsibilities', value: texts.list(a.responsibilities, 'what you were responsible for') },
    { field: 'period', value: { start: a.since ?? new Date().toISOString().slice(0, 10) } },
    { comment: 'period: add end: YYYY-MM-DD when the work has ended.' },
    { example: 'services', value: ['inbox-management'], note: 'ids of your services this work belongs to' },
    { example: 'results', value: [{ label: 'Hours saved each week', value: 6, unit: 'hours' }] },
    { example: 'tools', value: ['Gmail'] },
    { field: 'cover', value: `../covers/${path.posix.basename(coverPath(kind, a.id))}` },
    {
      field: 'coverAlt',
      value: texts.text(
        a.title ? createT(locale, 'latin')('starter.coverAlt', { title: a.title }) : undefined,
        'what the cover shows',
      ),
    },
    { example: 'testimonial', value: 'client-testimonial-id' },
    { example: 'featured', value: true },
    ...draftLine(texts),
  ];
  return frontmatterFile(lines, bodyNote(locale));
}

function webinarFile(a: NewAnswers, locale: Locale, texts: Texts, kind: Kind, root: string, site: SiteConfig): string {
  const me = profileIn(root, locale, site);
  const zone = a.timeZone ?? me.timeZone ?? 'UTC';
  if (!a.start) texts.draft = true;
  const start = a.start ?? new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 15, 13, 0));
  let registration: { url: string } | { form: true };
  if (a.registrationUrl) registration = { url: a.registrationUrl };
  else if (hostOf(site).forms) registration = { form: true };
  else {
    // Without forms on the host, people register on a page elsewhere (Zoom, Google Forms…): its address is still to come.
    texts.draft = true;
    registration = { url: `${PLACEHOLDER_URL}registration-page` };
  }
  const lines: YamlLine[] = [
    { field: 'title', value: texts.text(a.title, 'the title of the webinar') },
    { field: 'summary', value: texts.text(a.summary, 'who it is for and what they will learn') },
    { comment: `start: the date and time with its offset from UTC; written here in ${zone}.` },
    { field: 'start', value: isoWithOffset(start, zone) },
    ...(a.start ? [] : [{ comment: `${PLACEHOLDER} the start above is a stand-in: write the real date and time.` }]),
    { field: 'hostTimeZone', value: zone },
    { field: 'durationMinutes', value: a.durationMinutes ?? 60 },
    { field: 'language', value: a.locales[0] },
    { field: 'hosts', value: [{ name: me.name, role: me.role, bio: me.bio, isProfile: true }] },
    { field: 'audience', value: texts.text(a.audience, 'who it is for') },
    { field: 'outcomes', value: texts.list(a.outcomes, 'what people will learn, one item each') },
    { example: 'agenda', value: [{ minutes: 15, title: 'Welcome and questions' }] },
    {
      example: 'price',
      value: { amount: 500, currency: LOCALES[locale].currency },
      note: 'leave out for a free webinar',
    },
    { example: 'capacity', value: 100 },
    { field: 'registration', value: registration },
    { example: 'replayUrl', value: 'https://…', note: 'the recording, once it is over' },
    { field: 'cover', value: `../covers/${path.posix.basename(coverPath(kind, a.id))}` },
    {
      field: 'coverAlt',
      value: texts.text(
        a.title ? createT(locale, 'latin')('starter.coverAlt', { title: a.title }) : undefined,
        'what the cover shows',
      ),
    },
    { example: 'faq', value: [{ q: 'Is it recorded?', a: 'Yes, everyone who registers gets the link.' }] },
    ...draftLine(texts),
  ];
  return frontmatterFile(lines, bodyNote(locale));
}

function testimonialFile(a: NewAnswers): string {
  const author = a.author ?? { name: `${PLACEHOLDER} the client's name` };
  const given = (v: string | undefined) => (v ? [v] : []);
  const lines: YamlLine[] = [
    {
      comment:
        "The client's words exactly as they wrote them, in their language. Translations are yours, marked as such on the site.",
    },
    { field: 'quote', value: a.quote ?? `${PLACEHOLDER} the client's words` },
    { field: 'lang', value: a.locales[0] },
    { example: 'translations', value: { [a.locales[0] === 'en' ? 'bn' : 'en']: 'Your translation' } },
    {
      field: 'author',
      value: {
        name: author.name,
        ...Object.fromEntries(
          [
            ['role', given(author.role)[0]],
            ['company', given(author.company)[0]],
          ].filter(([, v]) => v),
        ),
      },
    },
    { comment: 'author: role, company, url: https://… and avatar: ./photo.jpg (with permission) are optional.' },
    ...(a.rating
      ? [{ field: 'rating', value: a.rating }]
      : [{ example: 'rating', value: 5, note: 'stars from 1 to 5, if the client gave them' }]),
    { field: 'date', value: a.date ?? new Date().toISOString().slice(0, 10) },
    { field: 'source', value: { platform: a.source ?? 'email' } },
    { example: 'services', value: ['inbox-management'], note: 'ids of the services the client talks about' },
    { example: 'featured', value: true },
    {
      comment:
        'consent: true only if the client agreed to be quoted on your site. Without it, the site leaves this out.',
    },
    { field: 'consent', value: a.consent ?? false },
  ];
  return `${yamlText(lines)}\n`;
}

/** Every file of the new entry (path → content), covers included. */
export async function newEntryFiles(
  root: string,
  site: SiteConfig,
  a: NewAnswers,
): Promise<{ files: Record<string, string | Buffer>; drafts: string[] }> {
  const files: Record<string, string | Buffer> = {};
  const drafts: string[] = [];
  if (a.kind === 'testimonial') {
    const file = entryPath(a.kind, a.id, a.locales[0]);
    files[file] = testimonialFile(a);
    if (!a.quote || !a.author) drafts.push(file);
    return { files, drafts };
  }
  a.locales.forEach((locale, i) => {
    const texts = new Texts(i === 0);
    const file = entryPath(a.kind, a.id, locale);
    files[file] =
      a.kind === 'service'
        ? serviceFile(a, locale, texts)
        : a.kind === 'case-study'
          ? caseStudyFile(a, locale, texts, a.kind)
          : webinarFile(a, locale, texts, a.kind, root, site);
    if (texts.draft) drafts.push(file);
  });
  if (a.kind === 'case-study' || a.kind === 'webinar') {
    const first = a.locales[0];
    const t = createT(first, site.numerals[first]);
    files[coverPath(a.kind, a.id)] = await renderShareImage(
      {
        title: a.title ?? t(a.kind === 'webinar' ? 'nav.webinars' : 'nav.caseStudies'),
        name: nameIn(site, first),
        tagline: t(a.kind === 'webinar' ? 'nav.webinars' : 'nav.caseStudies'),
        locale: first,
        colors: { background: site.colors.brand, accent: '#f2c28b' },
      },
      root,
      cacheDir(root),
    );
  }
  return { files, drafts };
}
