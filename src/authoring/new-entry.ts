/**
 * `npm run new`: the files of a new entry of any collection that has a
 * starter in the registry (src/schemas/collections.ts), one per language,
 * valid from the start. The files are written from the collection's schema
 * (its field tree, src/schemas/walk.ts, as the editor's forms are) and its
 * starter (src/schemas/starter.ts): no kind has code of its own here.
 *
 * What the VA gave goes in the first language's file; the other languages'
 * files hold the same text marked "TODO: translate: …". A required field she
 * did not give gets the starter's value, a "TODO: …" placeholder (the field's
 * description says what to write) or a stand-in that the file says is one; a
 * file with a placeholder starts as a draft (kept off the site, and the
 * checker refuses a placeholder once it is published). Optional fields with
 * an example in the starter are there as commented examples. A required
 * picture is drawn as a title card, so an entry has it from the first build.
 * The questions and flags (new-questions.ts) come from the same starter.
 */
import { LOCALES, type Locale } from '../languages/table.ts';
import { createT, type TFunction } from '../i18n/t.ts';
import { isoWithOffset } from '../i18n/format.ts';
import { labelOf, reservedIds, routes } from '../i18n/routes.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { hostOf } from '../project/settings.ts';
import { renderShareImage } from '../images/share-image.ts';
import { slugify } from '../rules/slug.ts';
import {
  COLLECTIONS,
  SECTION_NAMES,
  collectionDir,
  collectionSpec,
  namingFields,
  type CollectionName,
  type SectionName,
  type StarterName,
} from '../schemas/collections.ts';
import type { Problem } from '../schemas/errors.ts';
import { nameIn, type SiteConfig } from '../schemas/site-config.ts';
import { ENTRY_ID } from '../schemas/shared.ts';
import type { StarterField, StarterSource } from '../schemas/starter.ts';
import type { FieldSlot } from '../schemas/walk.ts';
import { readContentFile } from '../check/files.ts';
import { PLACEHOLDER, PLACEHOLDER_URL } from '../check/placeholders.ts';
import { COMMAND_LINE } from './cli.ts';
import { fieldsOf, hintOf, isText, kebab, kindOf, starterOf, todoOf } from './new-questions.ts';
import { existing, frontmatterFile, yamlText, type YamlLine } from './write.ts';

export interface NewAnswers {
  collection: StarterName;
  id: string;
  /** The languages to write; the first gets the text given here. A language-neutral entry has one: its own. */
  locales: Locale[];
  /**
   * The answers, by the field each question fills (`title`, `prices.amount`): text, lists of text,
   * numbers, choices, true or false, and for a date and time the moment it names.
   */
  values: Record<string, unknown>;
}

/** The id a title suggests: lowercase ASCII with dashes, Bangla and Hindi transliterated. */
export function suggestId(text: string, fallback: string): string {
  return slugify(text) || fallback;
}

/** The id the answers suggest: from the field that names the entry, else the kind (`testimonial`). */
export function suggestedId(name: StarterName, values: Record<string, unknown>): string {
  const naming = values[namingFields(name)[0]];
  return suggestId(typeof naming === 'string' ? naming : '', kindOf(name));
}

/** The suggested id, or the first of id-2, id-3… that no file of those languages has yet. */
export function freeId(root: string, name: StarterName, id: string, locales: Locale[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (
      !existing(
        root,
        locales.map((l) => entryPath(name, candidate, l)),
      ).length
    )
      return candidate;
  }
}

/** Where an entry's file goes, per language (a language-neutral entry has one file, whatever the language). */
export function entryPath(name: CollectionName, id: string, locale: Locale): string {
  const spec = COLLECTIONS[name];
  const ext = spec.extensions[0];
  return spec.layout === 'neutral'
    ? `${collectionDir(name)}/${id}${ext}`
    : `${collectionDir(name)}/${locale}/${id}${ext}`;
}

/** The title card drawn for an entry with a required picture, shared by its languages. */
function coverPath(name: CollectionName, id: string): string {
  return `${collectionDir(name)}/covers/${id}.png`;
}

/** Whether an entry of the collection needs a picture of its own. */
function needsCover(name: CollectionName): boolean {
  return Object.values(fieldsOf(name)).some((slot) => slot.required && slot.node.image);
}

/** Why an id cannot be used: not an id, a fixed page's address, or taken by a file in one of the languages. */
export function idProblems(root: string, name: StarterName, id: string, locales: Locale[]): Problem[] {
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
  if (reservedIds(name).includes(id))
    return [
      {
        file: COMMAND_LINE,
        field: '--id',
        expected: `another id: "${id}" is the address of a page the site already has`,
        found: JSON.stringify(id),
      },
    ];
  const files = [...new Set(locales.map((l) => entryPath(name, id, l)))];
  return existing(root, files).map((file) => ({
    file,
    field: '(file)',
    expected: `a new ${COLLECTIONS[name].label.one}: choose another id (--id), or edit this file`,
    found: 'a file of that name already exists (nothing was overwritten)',
  }));
}

/** The VA's profile in a language, as its file says. */
function profileIn(
  root: string,
  locale: Locale,
  site: SiteConfig,
): { name: string; role?: string; bio?: string; timeZone?: string } {
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
    role: data.jobTitles?.[0],
    bio: data.headline,
    timeZone: data.timeZone,
  };
}

/** The time zone an entry's dates and times are written in: the one given, else the profile's (default language), else UTC. */
export function entryZone(root: string, site: SiteConfig, name: StarterName, values: Record<string, unknown>): string {
  const field = Object.entries(starterOf(name).fields ?? {}).find(([, hint]) => hint.from === 'zone')?.[0];
  const given = field ? values[field] : undefined;
  return typeof given === 'string' ? given : (profileIn(root, site.defaultLocale, site).timeZone ?? 'UTC');
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

/** One language's file being written. */
interface FileContext {
  root: string;
  site: SiteConfig;
  a: NewAnswers;
  locale: Locale;
  texts: Texts;
  zone: string;
  /** Comments that go below the top-level field being written (its stand-ins). */
  after: YamlLine[];
}

/** A value the command made up: the file says so below the field, and is a draft. */
function standIn(ctx: FileContext, field: string, value: unknown, todo: string): unknown {
  ctx.texts.draft = true;
  ctx.after.push({ comment: `${PLACEHOLDER} the ${field.split('.').at(-1)} above is a stand-in: ${todo}.` });
  return value;
}

/** The values that come from elsewhere than the answer to the field itself (StarterSource). */
const SOURCES: Record<
  StarterSource,
  (ctx: FileContext, field: string, slot: FieldSlot, hint: StarterField) => unknown
> = {
  language: (ctx) => ctx.a.locales[0],
  zone: (ctx) => ctx.zone,
  currency: (ctx, field) => (ctx.a.values[field] as string | undefined) ?? LOCALES[ctx.locale].currency,
  'cover-alt': (ctx, field, slot, hint) => {
    const title = ctx.a.values[namingFields(ctx.a.collection)[0]];
    return ctx.texts.text(
      typeof title === 'string' && title ? createT(ctx.locale, 'latin')('starter.coverAlt', { title }) : undefined,
      todoOf(field, slot, hint),
    );
  },
  'profile-person': (ctx) => {
    const me = profileIn(ctx.root, ctx.locale, ctx.site);
    return [
      {
        name: me.name,
        role: ctx.texts.same(me.role, 'your role'),
        bio: ctx.texts.same(me.bio, 'one line about you'),
        isProfile: true,
      },
    ];
  },
  'sign-up': (ctx, field) => {
    const url = ctx.a.values[`${field}.url`];
    if (typeof url === 'string' && url) return { url };
    if (hostOf(ctx.site).forms) return { form: true };
    // Without forms on the host, people register on a page elsewhere (Zoom, Google Forms…): its address is still to come.
    ctx.texts.draft = true;
    return { url: `${PLACEHOLDER_URL}registration-page` };
  },
};

/** The answer for a field, as this language's file takes it. */
function answerFor(ctx: FileContext, field: string, hint: StarterField): unknown {
  const value = ctx.a.values[field];
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return undefined;
  // A value counted in a unit (an amount in its currency) carries over to the other languages only with its unit.
  if (hint.unitOf && !ctx.texts.first) {
    const unit = [...field.split('.').slice(0, -1), hint.unitOf].join('.');
    if (ctx.a.values[unit] === undefined) return undefined;
  }
  return value;
}

/** A field's value in this language's file, or undefined to leave it out. */
function fieldValue(ctx: FileContext, field: string, slot: FieldSlot): unknown {
  const hint = hintOf(ctx.a.collection, field);
  const node = slot.node;
  if (hint.from) return SOURCES[hint.from](ctx, field, slot, hint);
  const answer = answerFor(ctx, field, hint);
  if (answer !== undefined) {
    const todo = todoOf(field, slot, hint);
    if (node.dateTime && answer instanceof Date) return isoWithOffset(answer, ctx.zone);
    if (hint.same) return answer;
    if (isText(node)) return ctx.texts.text(String(answer), todo);
    if (node.kind === 'array' && isText(node.item)) return ctx.texts.list(answer as string[], todo);
    return answer;
  }
  if (!slot.required) return undefined;
  if (hint.value !== undefined) return hint.value;
  if (hint.standIn) return standIn(ctx, field, hint.standIn.value, hint.standIn.todo);
  return missing(ctx, field, slot, hint);
}

/** A required field nobody gave: a placeholder, a fair default or a stand-in, by its kind. */
function missing(ctx: FileContext, field: string, slot: FieldSlot, hint: StarterField): unknown {
  const node = slot.node;
  const todo = () => todoOf(field, slot, hint);
  if (node.image) return `${COLLECTIONS[ctx.a.collection].layout === 'neutral' ? '.' : '..'}/covers/${ctx.a.id}.png`;
  if (node.dateTime) {
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15, 13, 0));
    return standIn(ctx, field, isoWithOffset(nextMonth, ctx.zone), 'write the real date and time');
  }
  switch (node.kind) {
    case 'object':
      return objectOf(ctx, field, node.fields);
    case 'array':
      if (node.item.kind === 'object') return [objectOf(ctx, field, node.item.fields)];
      return isText(node.item) ? ctx.texts.list(undefined, todo()) : [];
    case 'boolean':
      return false;
    case 'enum':
      return node.options[0];
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'number': {
      const lowest = node.min === undefined ? 1 : node.exclusiveMin ? node.min + 1 : node.min;
      return standIn(ctx, field, lowest, 'write the real number');
    }
    case 'string':
      if (node.format === 'url') {
        ctx.texts.draft = true;
        return `${PLACEHOLDER_URL}${kebab(field.split('.').at(-1)!)}`;
      }
      return hint.same ? ctx.texts.same(undefined, todo()) : ctx.texts.text(undefined, todo());
    default:
      return ctx.texts.text(undefined, todo());
  }
}

function objectOf(ctx: FileContext, field: string, fields: Record<string, FieldSlot>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, slot] of Object.entries(fields)) {
    const value = fieldValue(ctx, `${field}.${key}`, slot);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The lines of one language's file, in the schema's order. */
function entryLines(ctx: FileContext): YamlLine[] {
  const fields = fieldsOf(ctx.a.collection);
  const lines: YamlLine[] = [];
  for (const [field, slot] of Object.entries(fields)) {
    if (field === 'draft') continue;
    const hint = hintOf(ctx.a.collection, field);
    ctx.after = [];
    const value = fieldValue(ctx, field, slot);
    const example = typeof hint.example === 'function' ? hint.example(ctx.locale) : hint.example;
    if (value === undefined && example === undefined) continue;
    if (hint.comment) lines.push({ comment: hint.comment });
    if (value === undefined) {
      lines.push({ example: field, value: example, ...(hint.note ? { note: hint.note } : {}) });
      continue;
    }
    if (slot.node.dateTime)
      lines.push({ comment: `${field}: the date and time with its offset from UTC; written here in ${ctx.zone}.` });
    lines.push({ field, value }, ...ctx.after);
  }
  if (ctx.texts.draft && 'draft' in fields)
    lines.push(
      {
        comment: `Fill in every "${PLACEHOLDER}" and then delete the draft line: until then the site leaves this out.`,
      },
      { field: 'draft', value: true },
    );
  return lines;
}

/** The note in place of a Markdown body, in the file's language. */
function bodyNote(ext: string, locale: Locale): string {
  const note = createT(locale, 'latin')('starter.bodyNote');
  return ext === '.mdx' ? `{/* ${note} */}` : `<!-- ${note} -->`;
}

/** The name of a collection on a title card: its menu label, or what the commands call it. */
function sectionLabel(name: CollectionName, locale: Locale, t: TFunction): string {
  const section = SECTION_NAMES.find((s): s is SectionName => s === name);
  return section ? t(labelOf(routes[section](locale))!) : t(`cli.collection.${name}`);
}

/** Every file of the new entry (path → content), its title card included. */
export async function newEntryFiles(
  root: string,
  site: SiteConfig,
  a: NewAnswers,
): Promise<{ files: Record<string, string | Buffer>; drafts: string[] }> {
  const spec = collectionSpec(a.collection);
  const ext = spec.extensions[0];
  const zone = entryZone(root, site, a.collection, a.values);
  const files: Record<string, string | Buffer> = {};
  const drafts: string[] = [];
  const locales = spec.layout === 'neutral' ? a.locales.slice(0, 1) : a.locales;
  locales.forEach((locale, i) => {
    const texts = new Texts(i === 0);
    const file = entryPath(a.collection, a.id, locale);
    const lines = entryLines({ root, site, a, locale, texts, zone, after: [] });
    files[file] =
      ext === '.md' || ext === '.mdx' ? frontmatterFile(lines, bodyNote(ext, locale)) : `${yamlText(lines)}\n`;
    if (texts.draft) drafts.push(file);
  });
  if (needsCover(a.collection)) {
    const first = a.locales[0];
    const t = createT(first, site.numerals[first]);
    const title = a.values[namingFields(a.collection)[0]];
    const tagline = sectionLabel(a.collection, first, t);
    files[coverPath(a.collection, a.id)] = await renderShareImage(
      {
        title: typeof title === 'string' && title ? title : tagline,
        name: nameIn(site, first),
        tagline,
        locale: first,
        colors: { background: site.colors.brand, accent: '#f2c28b' },
      },
      root,
      cacheDir(root),
    );
  }
  return { files, drafts };
}
