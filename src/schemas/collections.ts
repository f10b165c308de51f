/**
 * The one table of content collections: where each lives, how its files are
 * named, its schema, whether it has one file per language, when an entry is
 * published, its pages, how its entries are named and what `npm run new` asks
 * for one. Everything that knows the collections derives from it:
 * content.config.ts, the checker, the translation report, the editor's
 * configuration, the routes and the main navigation (src/i18n/routes.ts), the
 * pages' data (src/data/pages.ts) and `npm run new` (src/authoring).
 * References between collections are read from the schemas themselves (walk.ts).
 *
 * Adding a collection: its schema module (with its starter), one entry here,
 * its pages and components, and its words in locales/*.json (README.md,
 * "Adding a collection").
 */
import type { z } from 'astro/zod';
import { profileSchema } from './profile.ts';
import { serviceSchema, serviceStarter } from './service.ts';
import { caseStudySchema, caseStudyStarter } from './case-study.ts';
import { testimonialSchema, testimonialStarter } from './testimonial.ts';
import { webinarSchema, webinarStarter } from './webinar.ts';
import type { ImageFn } from './shared.ts';
import type { StarterSpec } from './starter.ts';

export interface CollectionSpec {
  /** Folder below `src/content/`. */
  folder: string;
  /**
   * How a file's path gives its language and id:
   * - `locale-file`: one file per language named after it (`profile/bn.mdx`), one entry;
   * - `locale-folder`: a folder per language, the file name is the id (`services/bn/<id>.mdx`);
   * - `neutral`: no language in the path, the file name is the id (`testimonials/<id>.yaml`).
   */
  layout: 'locale-file' | 'locale-folder' | 'neutral';
  /** File extensions, the preferred one first (new files get it). */
  extensions: readonly string[];
  schema: (ctx: { image: ImageFn }) => z.ZodType;
  /** How people call one entry and several, in messages and the editor. */
  label: { one: string; other: string };
  /**
   * Whether an entry with these (raw) values appears on the site; `why` says what keeps it off, for messages.
   * With `namedWhileHidden`, another entry may still name one kept off (its page then shows nothing of it).
   */
  published?: { test: (data: Record<string, unknown>) => boolean; why: string; namedWhileHidden?: boolean };
  /**
   * The collection's pages, below `/<lang>/<folder>/`: a list page named after the collection, linked
   * in the main navigation (in the order of this table, once an entry is published; its label is the
   * UI string `nav.<name>`), and with `detail`, a page per entry at `/<lang>/<folder>/<id>/`, the
   * routes table's page of that name. Fixed pages at those addresses keep their ids from entries.
   */
  pages?: { detail?: string };
  /** The fields that name an entry, the first above all, in the editor's lists and pickers and for the id `npm run new` suggests (default: title). */
  naming?: readonly string[];
  /** What `npm run new -- <kind>` asks and hints for the files it writes (starter.ts); the kind is `label.one` with dashes (`case-study`). */
  starter?: StarterSpec;
}

/** Entries with `draft: true` stay off the site. */
const DRAFTS: CollectionSpec['published'] = { test: (d) => d.draft !== true, why: 'it is a draft (draft: true)' };

export const COLLECTIONS = {
  profile: {
    folder: 'profile',
    layout: 'locale-file',
    extensions: ['.mdx', '.md'],
    schema: profileSchema,
    label: { one: 'profile', other: 'profile' },
  },
  services: {
    folder: 'services',
    layout: 'locale-folder',
    extensions: ['.mdx', '.md'],
    schema: () => serviceSchema,
    label: { one: 'service', other: 'services' },
    published: DRAFTS,
    pages: { detail: 'service' },
    starter: serviceStarter,
  },
  caseStudies: {
    folder: 'case-studies',
    layout: 'locale-folder',
    extensions: ['.mdx', '.md'],
    schema: caseStudySchema,
    label: { one: 'case study', other: 'case studies' },
    published: DRAFTS,
    pages: { detail: 'caseStudy' },
    starter: caseStudyStarter,
  },
  testimonials: {
    folder: 'testimonials',
    layout: 'neutral',
    extensions: ['.yaml', '.yml'],
    schema: testimonialSchema,
    label: { one: 'testimonial', other: 'testimonials' },
    published: {
      test: (d) => d.consent === true && d.waiting !== true,
      why: 'the client has not agreed to be quoted (consent is not true), or it waits for your approval (waiting: true)',
      // A client may take back their consent at any time: switching it off must never stop the build because a
      // case study names the testimonial; the case study is then shown without it.
      namedWhileHidden: true,
    },
    pages: {},
    naming: ['author.name', 'quote'],
    starter: testimonialStarter,
  },
  webinars: {
    folder: 'webinars',
    layout: 'locale-folder',
    extensions: ['.mdx', '.md'],
    schema: webinarSchema,
    label: { one: 'webinar', other: 'webinars' },
    published: DRAFTS,
    pages: { detail: 'webinar' },
    starter: webinarStarter,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Whether a name (a reference's target, a word typed) is a collection of the table. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

/** A reference's target (ref() in shared.ts) as a collection; a name the table lacks is a mistake in a schema, not in content. */
export function referencedCollection(target: string): CollectionName {
  if (!isCollectionName(target))
    throw new Error(`A schema refers to "${target}", which is not a collection of src/schemas/collections.ts`);
  return target;
}

type Table = typeof COLLECTIONS;

/** Collections with pages: each is a section of the site, with its list page in the main navigation. */
export type SectionName = { [C in CollectionName]: Table[C] extends { pages: object } ? C : never }[CollectionName];
/** The sections, in the order of the table (the order of the main navigation). */
export const SECTION_NAMES = COLLECTION_NAMES.filter((name): name is SectionName => 'pages' in COLLECTIONS[name]);

/** The name of a section's detail page in the routes table (`service`), if it has one. */
export type DetailPageOf<C extends CollectionName> = C extends CollectionName
  ? Table[C] extends { pages: { detail: infer D extends string } }
    ? D
    : never
  : never;

/** Collections `npm run new` makes entries of. */
export type StarterName = { [C in CollectionName]: Table[C] extends { starter: object } ? C : never }[CollectionName];
type Dashed<S extends string> = S extends `${infer A} ${infer B}` ? `${A}-${Dashed<B>}` : S;
/** The word a VA types after `npm run new`: the collection's `label.one` with dashes (`case-study`). */
export type Kind = { [C in StarterName]: Dashed<Table[C]['label']['one']> }[StarterName];
/** Each kind and its collection, in the order of the table. */
export const KINDS = Object.fromEntries(
  COLLECTION_NAMES.filter((name) => 'starter' in COLLECTIONS[name]).map((name) => [
    COLLECTIONS[name].label.one.replace(/\s+/g, '-'),
    name,
  ]),
) as Record<Kind, StarterName>;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** The fields that name an entry of a collection, the first above all. */
export function namingFields(name: CollectionName): readonly string[] {
  return collectionSpec(name).naming ?? ['title'];
}

/** The spec of a collection, typed as the general shape. */
export function collectionSpec(name: CollectionName): CollectionSpec {
  return COLLECTIONS[name];
}

/** The folder of a collection relative to the project root: `src/content/case-studies`. */
export function collectionDir(name: CollectionName): string {
  return `src/content/${COLLECTIONS[name].folder}`;
}

/** Whether an entry's values put it on the site. */
export function isPublished(name: CollectionName, data: Record<string, unknown>): boolean {
  return collectionSpec(name).published?.test(data) ?? true;
}

/**
 * The id of the one placeholder entry content.config.ts stores for a folder
 * with no files, so Astro does not warn that the collection is missing or
 * empty (a section a VA does not use is not a mistake). src/data drops it.
 */
export const EMPTY_COLLECTION_ID = '_empty';
