/**
 * The keys under which Astro's incremental build (experimental.incrementalBuild
 * in astro.config.mjs) reuses a page from the last build instead of rendering
 * it again. A key holds everything a page shows that Astro does not track
 * itself: the page's own data (its entry and the entries it shows), the data
 * of every published entry (the navigation, the names and titles any page may
 * show) and the day (the footer's year, a time zone's summer or winter name).
 * Astro adds the rest: the code and strings the page imports, the MDX body it
 * renders, and the config, where the settings and the font cuts are
 * (`vite.define`). Only pages whose data is all in their props get a key
 * (services, case studies); the others render every time.
 */
import { createHash } from 'node:crypto';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { buildNow } from '../project/now.ts';
import { published } from './entries.ts';

let everyEntry: Promise<string> | undefined;

/** The data of every published entry, and the day. */
function siteData(): Promise<string> {
  everyEntry ??= (async () => {
    const hash = createHash('sha256').update(buildNow().toISOString().slice(0, 10));
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      for (const entry of await published(name)) hash.update(`\n${name}/${entry.id} ${JSON.stringify(entry.data)}`);
    }
    return hash.digest('hex');
  })();
  return everyEntry;
}

/** The cache key of a page whose data is all in `props`. */
export async function pageCacheKey(props: unknown): Promise<string> {
  return createHash('sha256')
    .update(await siteData())
    .update(JSON.stringify(props))
    .digest('hex');
}
