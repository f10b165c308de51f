/** Services per locale, in catalogue order. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../schemas/service.ts';
import { published } from './entries.ts';
import { localize, type Localized } from './localized.ts';

export type ServiceEntry = CollectionEntry<'services'>;
export type LocalizedService = Localized<ServiceEntry>;

export async function getServices(locale: Locale): Promise<LocalizedService[]> {
  return localize(await published('services'), locale).sort(
    (a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug),
  );
}

/** Services grouped by category, in the order categories are declared. */
export function byCategory(
  services: LocalizedService[],
): { category: ServiceCategory; services: LocalizedService[] }[] {
  return SERVICE_CATEGORIES.map((category) => ({
    category,
    services: services.filter((s) => s.entry.data.category === category),
  })).filter((g) => g.services.length > 0);
}
