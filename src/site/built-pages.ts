/**
 * What the build rendered, page by page: each page's layout records its
 * address, language, share-image title and whether it is noindex while it
 * renders, and the post-build pass (src/integrations/publish.ts) reads the
 * list instead of parsing the HTML back. Pages render in the same process as
 * the integrations, so the list lives on globalThis, which both bundles share.
 */
import type { Locale } from '../i18n/locales.ts';

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
type Registry = Map<string, BuiltPage>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function recordPage(page: BuiltPage): void {
  registry().set(page.path, page);
}

export function builtPages(): BuiltPage[] {
  return [...registry().values()];
}

/** Forget the list (a new build in the same process, e.g. tests). */
export function resetBuiltPages(): void {
  registry().clear();
}
