/**
 * Everything a page needs to speak its locale: the locale table entry,
 * a typed t() and the formatting context, built once per locale.
 */
import { LOCALES, type Locale } from './locales.ts';
import { createT, type TFunction } from './t.ts';
import { site, formatContext } from '../site.ts';
import type { FormatContext } from '../lib/format.ts';

export interface PageI18n {
  locale: Locale;
  info: (typeof LOCALES)[Locale];
  t: TFunction;
  fmt: FormatContext;
}

const cache = new Map<Locale, PageI18n>();

export function pageI18n(locale: Locale): PageI18n {
  let entry = cache.get(locale);
  if (!entry) {
    entry = { locale, info: LOCALES[locale], t: createT(locale, site.numerals[locale], site.defaultLocale), fmt: formatContext(locale) };
    cache.set(locale, entry);
  }
  return entry;
}

/** getStaticPaths for pages under [lang]: one page per enabled locale. */
export function localeStaticPaths() {
  return site.locales.map((lang) => ({ params: { lang } }));
}

/** The locale of a [lang] route, checked (Astro.params is plain text). */
export function localeParam(value: string | undefined): Locale {
  const match = site.locales.find((l) => l === value);
  if (!match) throw new Error(`Unknown or disabled locale in the URL: ${value}`);
  return match;
}
