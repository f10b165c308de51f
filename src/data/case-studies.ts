/** Published case studies per locale: featured first, then newest first. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { published } from './entries.ts';
import { localize, type Localized } from './localized.ts';

export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
export type LocalizedCaseStudy = Localized<CaseStudyEntry>;

export async function getCaseStudies(locale: Locale): Promise<LocalizedCaseStudy[]> {
  return localize(await published('caseStudies'), locale).sort(
    (a, b) =>
      Number(b.entry.data.featured) - Number(a.entry.data.featured) ||
      b.entry.data.period.start.getTime() - a.entry.data.period.start.getTime(),
  );
}
