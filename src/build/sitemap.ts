/**
 * Sitemap options: hreflang alternates between real translations (fallback
 * pages are filtered out before alternates are computed) and an x-default
 * pointing at the default locale's version, which @astrojs/sitemap does not write.
 */
import { LOCALES, type Locale } from '../languages/table.ts';

interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[];
}

export function sitemapI18n(locales: Locale[], defaultLocale: Locale) {
  return {
    defaultLocale,
    locales: Object.fromEntries(locales.map((l) => [l, LOCALES[l].lang])),
  };
}

/** Adds `x-default` to an item's alternates, pointing at the default locale's page. */
export function withXDefault(defaultLocale: Locale) {
  const defaultLang = LOCALES[defaultLocale].lang;
  return <T extends SitemapItem>(item: T): T => {
    const fallback = item.links?.find((l) => l.lang === defaultLang);
    if (!item.links || !fallback) return item;
    return { ...item, links: [...item.links, { url: fallback.url, lang: 'x-default' }] };
  };
}
