/** Groups services by category, in the order categories are declared. */
import { SERVICE_CATEGORIES, type ServiceCategory } from '../schemas/service.ts';
import type { LocalizedService } from './services.ts';

export function byCategory(services: LocalizedService[]): { category: ServiceCategory; services: LocalizedService[] }[] {
  return SERVICE_CATEGORIES.map((category) => ({ category, services: services.filter((s) => s.entry.data.category === category) })).filter(
    (g) => g.services.length > 0,
  );
}
