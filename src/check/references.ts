/**
 * References between collections: a case study names services and a
 * testimonial; a testimonial names services and a case study. Each id must
 * name an entry that will have a page. Astro 7 only logs a broken reference;
 * here it is an error.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Problem } from '../schemas/errors.ts';
import type { CheckedEntry } from './index.ts';
import type { CollectionName } from './collections.ts';

const FOLDERS: Record<CollectionName, string> = {
  profile: 'src/content/profile',
  services: 'src/content/services',
  caseStudies: 'src/content/case-studies',
  testimonials: 'src/content/testimonials',
  webinars: 'src/content/webinars',
};

export function referenceProblems(entries: CheckedEntry[], defaultLocale: Locale): Problem[] {
  const problems: Problem[] = [];
  /** Whether `id` exists in `collection` for a page in `locale` (its own file, or the default locale's). */
  const exists = (collection: CollectionName, id: string, locale?: Locale) =>
    entries.some(
      (e) =>
        e.collection === collection &&
        e.id === id &&
        e.raw.draft !== true &&
        (e.locale === undefined || e.locale === defaultLocale || e.locale === locale),
    );
  const ids = (collection: CollectionName) => [...new Set(entries.filter((e) => e.collection === collection && e.raw.draft !== true).map((e) => e.id))];

  const check = (entry: CheckedEntry, field: string, value: unknown, target: CollectionName) => {
    if (typeof value !== 'string') return; // a wrong type is already reported by the schema
    if (exists(target, value, entry.locale)) return;
    const known = ids(target);
    const where = entry.locale && entry.locale !== defaultLocale ? `${FOLDERS[target]}/${entry.locale}/ or /${defaultLocale}/` : `${FOLDERS[target]}${target === 'testimonials' ? '' : `/${defaultLocale}`}/`;
    problems.push({
      file: entry.file,
      field,
      expected: `the id of an existing ${target === 'caseStudies' ? 'published case study' : target.replace(/s$/, '')} in ${where}${known.length ? ` (one of: ${known.join(', ')})` : ''}`,
      found: JSON.stringify(value),
    });
  };

  for (const entry of entries) {
    const raw = entry.raw;
    if (entry.collection === 'caseStudies') {
      if (Array.isArray(raw.services)) raw.services.forEach((s, i) => check(entry, `services.${i}`, s, 'services'));
      check(entry, 'testimonial', raw.testimonial, 'testimonials');
    }
    if (entry.collection === 'testimonials') {
      if (Array.isArray(raw.services)) raw.services.forEach((s, i) => check(entry, `services.${i}`, s, 'services'));
      check(entry, 'caseStudy', raw.caseStudy, 'caseStudies');
    }
  }
  return problems;
}
