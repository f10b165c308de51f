/**
 * Astro's collections, derived from the registry in src/schemas/collections.ts:
 * the same folders, file patterns and schemas the checker uses.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, EMPTY_COLLECTION_ID, type CollectionSpec } from './schemas/collections.ts';

/** Files in `<lang>/` folders, `<lang>.mdx` files, or plain files; names starting with "_" are set aside by the author. */
function patternOf(spec: CollectionSpec): string[] {
  const ext = `*.{${spec.extensions.map((e) => e.slice(1)).join(',')}}`;
  return [spec.layout === 'locale-folder' ? `*/${ext}` : ext, '!**/_*'];
}

/**
 * Astro's glob loader, except that a missing or empty folder stores one
 * placeholder entry instead of warning: a VA without webinars has done nothing wrong.
 */
function contentLoader(spec: CollectionSpec): Loader {
  const pattern = patternOf(spec);
  const inner = glob({ pattern, base: `./src/content/${spec.folder}` });
  return {
    name: 'sahayak-content',
    load: async (context) => {
      const dir = fileURLToPath(new URL(`./src/content/${spec.folder}/`, context.config.root));
      const isEntry = (file: string) =>
        spec.extensions.some((e) => file.endsWith(e)) && !/(^|[\\/])_[^\\/]*$/.test(file);
      const hasFiles = existsSync(dir) && readdirSync(dir, { recursive: true, encoding: 'utf8' }).some(isEntry);
      if (hasFiles) {
        context.store.delete(EMPTY_COLLECTION_ID);
        return inner.load(context);
      }
      context.store.clear();
      context.store.set({ id: EMPTY_COLLECTION_ID, data: {} });
      // In `astro dev`, the first file added to the folder switches to the real loader (which then watches the folder itself).
      const onAdd = async (file: string) => {
        if (!file.startsWith(dir) || !isEntry(file)) return;
        context.watcher?.off('add', onAdd);
        context.store.delete(EMPTY_COLLECTION_ID);
        await inner.load(context);
      };
      context.watcher?.on('add', onAdd);
    },
  };
}

/** Each collection's loader and its own schema's type, which Astro's generated types read. */
type Collections = { [K in keyof typeof COLLECTIONS]: { loader: Loader; schema: (typeof COLLECTIONS)[K]['schema'] } };

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [
    name,
    defineCollection({ loader: contentLoader(spec), schema: spec.schema as CollectionSpec['schema'] as never }),
  ]),
) as unknown as Collections;
