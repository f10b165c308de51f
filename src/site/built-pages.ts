/**
 * What the build rendered, page by page: each page's layout records its
 * address, language, share-image title and whether it is noindex while it
 * renders, and the post-build pass (src/build/publish/) reads the
 * list instead of parsing the HTML back. Pages render in the same process as
 * the integrations, so the list lives on globalThis, which both bundles share.
 */
import type { Locale } from '../languages/table.ts';

export interface BuiltPage {
  /** Below the base: `bn/services/inbox-care/`, `404.html`, `` for the entry page. */
  path: string;
  locale: Locale;
  /** The title drawn on the share image. */
  shareTitle: string;
  /** Below the base: `og/bn/services/inbox-care.png`. */
  shareImage: string;
  /** Kept out of search results and the sitemap. */
  noindex: boolean;
}

const KEY = Symbol.for('sahayak.builtPages');
interface Registry {
  pages: Map<string, BuiltPage>;
  /** Called with each page as it is recorded (the post-build pass starts its share image). */
  listeners: ((page: BuiltPage) => void)[];
}

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  holder[KEY] ??= { pages: new Map(), listeners: [] };
  return holder[KEY];
}

export function recordPage(page: BuiltPage): void {
  registry().pages.set(page.path, page);
  for (const listener of registry().listeners) listener(page);
}

/** Hears of every page recorded from now on, until resetBuiltPages. */
export function onRecord(listener: (page: BuiltPage) => void): void {
  registry().listeners.push(listener);
}

export function builtPages(): BuiltPage[] {
  return [...registry().pages.values()];
}

/** Forget the list and its listeners (a new build in the same process, e.g. tests). */
export function resetBuiltPages(): void {
  registry().pages.clear();
  registry().listeners.length = 0;
}
