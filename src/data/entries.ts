/**
 * Reading collections: every page's data comes through here. Entries that are
 * not published (drafts, testimonials without consent) are left out, and so
 * is the placeholder that content.config.ts stores for an empty folder.
 * In a production build each collection is read once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { EMPTY_COLLECTION_ID, isPublished, type CollectionName } from '../schemas/collections.ts';

const cache = new Map<CollectionName, Promise<unknown[]>>();

async function read<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const all = (await getCollection(name)) as CollectionEntry<C>[];
  return all.filter((e) => e.id !== EMPTY_COLLECTION_ID && isPublished(name, e.data as Record<string, unknown>));
}

/** A collection's published entries (cached for the whole build; read fresh on every request in dev). */
export function published<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  if (!import.meta.env.PROD) return read(name);
  if (!cache.has(name)) cache.set(name, read(name));
  return cache.get(name) as Promise<CollectionEntry<C>[]>;
}
