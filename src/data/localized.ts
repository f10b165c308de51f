/**
 * Entries as a locale's pages show them: the locale's own translation, or the
 * default locale's entry as a fallback (shown with a notice, not indexed).
 */
import { site } from '../site.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

export interface Localized<T> {
  entry: T;
  /** The file name shared by all translations, e.g. `inbox-management`. */
  slug: string;
  /** The language the content is actually written in. */
  contentLocale: Locale;
  /** True when the page's locale has no translation and the default locale's content is shown. */
  fallback: boolean;
  /** Enabled locales that have a real translation of this entry. */
  translations: Locale[];
}

/** Splits a `<lang>/<slug>` collection id. */
export function splitId(id: string): { locale: Locale; slug: string } | undefined {
  const [locale, ...rest] = id.split('/');
  return isLocale(locale) && rest.length ? { locale, slug: rest.join('/') } : undefined;
}

/**
 * For a locale, one item per slug that exists in that locale or in the default
 * locale, preferring the locale's own entry.
 */
export function localize<T extends { id: string }>(entries: T[], locale: Locale): Localized<T>[] {
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
    const own = versions.get(locale);
    const fallback = versions.get(site.defaultLocale);
    if (own) result.push({ entry: own, slug, contentLocale: locale, fallback: false, translations });
    else if (fallback) result.push({ entry: fallback, slug, contentLocale: site.defaultLocale, fallback: true, translations });
  }
  return result;
}
