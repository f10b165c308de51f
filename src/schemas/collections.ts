/**
 * The one table of content collections: where each lives, how its files are
 * named, its schema, whether it has one file per language, and when an entry
 * is published. content.config.ts, the checker, the translation report and
 * the editor's configuration are all derived from it; references between
 * collections are read from the schemas themselves (walk.ts).
 */
import type { z } from 'astro/zod';
import { profileSchema } from './profile.ts';
import { serviceSchema } from './service.ts';
import { caseStudySchema } from './case-study.ts';
import { testimonialSchema } from './testimonial.ts';
import { webinarSchema } from './webinar.ts';
import type { ImageFn } from './shared.ts';

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
  },
  caseStudies: {
    folder: 'case-studies',
    layout: 'locale-folder',
    extensions: ['.mdx', '.md'],
    schema: caseStudySchema,
    label: { one: 'case study', other: 'case studies' },
    published: DRAFTS,
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
  },
  webinars: {
    folder: 'webinars',
    layout: 'locale-folder',
    extensions: ['.mdx', '.md'],
    schema: webinarSchema,
    label: { one: 'webinar', other: 'webinars' },
    published: DRAFTS,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

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
