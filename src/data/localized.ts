/**
 * Entries as a locale's pages show them. An entry has a page in every enabled
 * locale: in that locale's translation when there is one, else in the
 * default locale's, else in the first enabled locale that has it (an entry
 * written only in Bangla still gets its English and Hindi pages, with a
 * notice). Such pages are noindex, so hreflang and the sitemap list only
 * real translations, and the language switcher never links to a missing page.
 */
import { isLocale, type Locale } from '../languages/table.ts';
import { site } from '../site/config.ts';

export interface Localized<T> {
  entry: T;
  /** The file name shared by all translations, e.g. `inbox-management`. */
  slug: string;
  /** The language the content is actually written in. */
  contentLocale: Locale;
  /** True when the page's locale has no translation and another locale's content is shown. */
  fallback: boolean;
  /** Enabled locales that have a real translation of this entry. */
  translations: Locale[];
  /** The files of those translations, relative to the project root. */
  files: string[];
}

/** Splits a `<lang>/<slug>` collection id. */
export function splitId(id: string): { locale: Locale; slug: string } | undefined {
  const [locale, ...rest] = id.split('/');
  return isLocale(locale) && rest.length ? { locale, slug: rest.join('/') } : undefined;
}

/** The locale whose content a page in `locale` shows, among those that have the entry. */
export function contentLocaleFor(locale: Locale, available: readonly Locale[]): Locale | undefined {
  if (available.includes(locale)) return locale;
  if (available.includes(site.defaultLocale)) return site.defaultLocale;
  return site.locales.find((l) => available.includes(l));
}

/** For a locale, one item per slug that exists in any enabled locale, preferring the locale's own entry. */
export function localize<T extends { id: string; filePath?: string }>(entries: T[], locale: Locale): Localized<T>[] {
  const bySlug = new Map<string, Map<Locale, T>>();
  for (const entry of entries) {
    const parts = splitId(entry.id);
    if (!parts || !site.locales.includes(parts.locale)) continue;
    if (!bySlug.has(parts.slug)) bySlug.set(parts.slug, new Map());
    bySlug.get(parts.slug)!.set(parts.locale, entry);
  }
  const result: Localized<T>[] = [];
  for (const [slug, versions] of bySlug) {
    const translations = site.locales.filter((l) => versions.has(l));
    const contentLocale = contentLocaleFor(locale, translations)!;
    const files = translations.map((l) => versions.get(l)!.filePath).filter((f): f is string => f !== undefined);
    result.push({
      entry: versions.get(contentLocale)!,
      slug,
      contentLocale,
      fallback: contentLocale !== locale,
      translations,
      files,
    });
  }
  return result;
}
