/** The VA's profile for a locale: its own file, else the default locale's (the checker requires that one). */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { site } from '../site/config.ts';
import { published } from './entries.ts';
import { contentLocaleFor, type Localized } from './localized.ts';

export type ProfileEntry = CollectionEntry<'profile'>;

export async function getProfile(locale: Locale): Promise<Localized<ProfileEntry>> {
  const byLocale = new Map((await published('profile')).map((e) => [e.id as Locale, e]));
  const translations = site.locales.filter((l) => byLocale.has(l));
  const contentLocale = contentLocaleFor(locale, translations) ?? site.defaultLocale;
  const files = translations.map((l) => byLocale.get(l)!.filePath).filter((f): f is string => f !== undefined);
  return {
    entry: byLocale.get(contentLocale)!,
    slug: 'profile',
    contentLocale,
    fallback: contentLocale !== locale,
    translations,
    files,
  };
}
