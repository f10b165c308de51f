/** The VA's profile for a locale, falling back to the default locale's file. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Localized } from './localized.ts';

export type ProfileEntry = CollectionEntry<'profile'>;

export async function getProfile(locale: Locale): Promise<Localized<ProfileEntry>> {
  const all = await getCollection('profile');
  const byLocale = new Map(all.filter((e) => isLocale(e.id)).map((e) => [e.id as Locale, e]));
  const translations = site.locales.filter((l) => byLocale.has(l));
  const own = byLocale.get(locale);
  if (own) return { entry: own, slug: 'profile', contentLocale: locale, fallback: false, translations };
  // The content checker guarantees the default locale's profile exists.
  const fallback = byLocale.get(site.defaultLocale)!;
  return { entry: fallback, slug: 'profile', contentLocale: site.defaultLocale, fallback: true, translations };
}
