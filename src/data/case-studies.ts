/** Published case studies per locale: featured first, then newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.ts';
import type { Locale } from '../i18n/locales.ts';
import { localize, type Localized } from './localized.ts';

export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
export type LocalizedCaseStudy = Localized<CaseStudyEntry>;

export async function getCaseStudies(locale: Locale): Promise<LocalizedCaseStudy[]> {
  const published = await getCollection('caseStudies', (e) => !e.data.draft);
  return localize(published, locale).sort(
    (a, b) =>
      Number(b.entry.data.featured) - Number(a.entry.data.featured) ||
      b.entry.data.period.start.getTime() - a.entry.data.period.start.getTime(),
  );
}

export async function caseStudyStaticPaths() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => (await getCaseStudies(lang)).map((caseStudy) => ({ params: { lang, id: caseStudy.slug }, props: { caseStudy } }))),
  );
  return pages.flat();
}
