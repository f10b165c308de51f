/**
 * The base path and absolute URLs. Pages link through src/i18n/routes.ts,
 * which uses these, so a site deployed under `/portfolio/` never links
 * outside it.
 */
import { normalizeBase } from '../schemas/site-config.ts';

/**
 * The base of this build, always with a leading and trailing slash. Its one
 * source is the settings (`base` in sahayak.yaml, or BASE_PATH), as
 * astro.config.mjs resolved them: it gives Astro the same `base`, and the
 * settings to the code as `__SAHAYAK_SITE__` (src/site/config.ts reads the
 * rest of them there). Outside a build (unit tests), `/`.
 */
export const BASE: string = normalizeBase(typeof __SAHAYAK_SITE__ !== 'undefined' ? __SAHAYAK_SITE__.base : '/');

/** `withBase('favicon.svg')` → `/portfolio/favicon.svg`. */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL for canonical, hreflang and Open Graph tags. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
