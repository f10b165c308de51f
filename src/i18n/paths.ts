/**
 * Base-safe URLs. Every internal link on the site goes through these
 * helpers, so a site deployed under `/portfolio/` never links outside it.
 * Routes are written without the base or locale and with a trailing slash:
 * `''` (the locale's home), `'about/'`, `'services/bookkeeping/'`.
 */
import type { Locale } from './locales.ts';

/** The configured base, always with a leading and trailing slash. */
export const BASE: string = normalize(import.meta.env?.BASE_URL ?? '/');

function normalize(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `withBase('favicon.svg')` → `/portfolio/favicon.svg`. */
export function withBase(path: string, base: string = BASE): string {
  return normalize(base) + path.replace(/^\/+/, '');
}

/** Path of a page in a locale: `localePath('bn', 'about/')` → `/portfolio/bn/about/`. */
export function localePath(locale: Locale, route = '', base: string = BASE): string {
  const clean = route.replace(/^\/+/, '');
  const withSlash = clean === '' || clean.endsWith('/') || /[?#]/.test(clean) ? clean : `${clean}/`;
  return withBase(`${locale}/${withSlash}`, base);
}

/** An absolute URL for canonical, hreflang and Open Graph tags. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
