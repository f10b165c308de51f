/** Services per locale, in catalogue order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.ts';
import type { Locale } from '../i18n/locales.ts';
import { localize, type Localized } from './localized.ts';

export type ServiceEntry = CollectionEntry<'services'>;
export type LocalizedService = Localized<ServiceEntry>;

export async function getServices(locale: Locale): Promise<LocalizedService[]> {
  const all = localize(await getCollection('services'), locale);
  return all.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** One page per service per enabled locale (fallbacks included). */
export async function serviceStaticPaths() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => (await getServices(lang)).map((service) => ({ params: { lang, id: service.slug }, props: { service } }))),
  );
  return pages.flat();
}
