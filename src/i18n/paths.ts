/**
 * The base path and absolute URLs. Pages link through src/i18n/routes.ts,
 * which uses these, so a site deployed under `/portfolio/` never links
 * outside it.
 */
import { normalizeBase } from '../schemas/site-config.ts';

/** The configured base, always with a leading and trailing slash. */
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** `withBase('favicon.svg')` → `/portfolio/favicon.svg`. */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL for canonical, hreflang and Open Graph tags. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
