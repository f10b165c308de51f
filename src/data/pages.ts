/**
 * The pages of the site and the data each one shows: getStaticPaths for
 * every page file, with the page's props loaded here, so components only
 * render what they are given. A section (a collection with pages in
 * src/schemas/collections.ts) without published entries has no pages at all.
 * A section that needs nothing but its own entries uses sectionEntries() and
 * entryPages(); the others have their page data below.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { detailPageOf, paramsOf, routes } from '../i18n/routes.ts';
import { COLLECTIONS, SECTION_NAMES, type SectionName } from '../schemas/collections.ts';
import { hostOf, site } from '../site/config.ts';
import { published } from './entries.ts';
import { pageCacheKey } from './cache-key.ts';
import { localize, type Localized } from './localized.ts';
import { getCaseStudies, type LocalizedCaseStudy } from './case-studies.ts';
import { getServices, type LocalizedService } from './services.ts';
import { getTestimonials, type TestimonialEntry } from './testimonials.ts';
import { getWebinars, type LocalizedWebinar } from './webinars.ts';
import { getProfile } from './profiles.ts';

/** A collection with pages (its list page is in the main navigation). */
export type Section = SectionName;

/** Whether a section has a published entry that the site shows (in an enabled locale, for per-locale collections). */
async function hasEntries(section: Section): Promise<boolean> {
  const entries = await published(section);
  if (COLLECTIONS[section].layout === 'neutral') return entries.length > 0;
  return entries.some((e) => site.locales.some((l) => e.id.startsWith(`${l}/`)));
}

/** Sections with entries: they get pages and a navigation link; the others do not exist. */
export async function visibleSections(): Promise<Set<Section>> {
  const flags = await Promise.all(SECTION_NAMES.map(hasEntries));
  return new Set(SECTION_NAMES.filter((_, i) => flags[i]));
}

/** One page per enabled locale (about, contact, the testimonial request page). */
export function localePages() {
  return site.locales.map((lang) => ({ params: { lang } }));
}

/** One page per enabled locale, if the section has entries (the section's list page). */
export async function sectionPages(section: Section) {
  return (await visibleSections()).has(section) ? localePages() : [];
}

/**
 * A section's published entries as a locale's pages show them (fallbacks included), in file name order.
 * For collections with a file per language; a section of language-neutral files (testimonials) has its own.
 */
export async function sectionEntries<S extends Section>(
  section: S,
  locale: Locale,
): Promise<Localized<CollectionEntry<S>>[]> {
  if (COLLECTIONS[section].layout === 'neutral')
    throw new Error(`${section}: sectionEntries() reads collections with a file per language`);
  const entries = (await published(section)) as (CollectionEntry<S> & { id: string; filePath?: string })[];
  return localize(entries, locale).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** One page per entry of a section per enabled locale, at its entry page's address, with the entry as `entry`. */
export async function entryPages<S extends Section>(section: S) {
  const page = detailPageOf(section);
  if (!page) throw new Error(`${section} has no entry pages (pages.detail in src/schemas/collections.ts)`);
  const pages = await Promise.all(
    site.locales.map(async (lang) =>
      (await sectionEntries(section, lang)).map((entry) => ({
        params: paramsOf(routes[page](lang, entry.slug)),
        props: { entry },
      })),
    ),
  );
  return withCacheKeys(pages.flat());
}

/** Pages with the key under which the next build may reuse them (cache-key.ts). */
async function withCacheKeys<P extends { props: unknown }>(pages: P[]): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(pages.map(async (page) => ({ ...page, cacheKey: await pageCacheKey(page.props) })));
}

export interface ServicePage {
  service: LocalizedService;
  /** Case studies and testimonials that name this service: the proof on its page. */
  caseStudies: LocalizedCaseStudy[];
  testimonials: TestimonialEntry[];
}

/** One page per service per enabled locale (fallbacks included). */
export async function servicePages() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => {
      const [services, caseStudies, testimonials] = await Promise.all([
        getServices(lang),
        getCaseStudies(lang),
        getTestimonials(),
      ]);
      return services.map((service) => {
        const props: ServicePage = {
          service,
          caseStudies: caseStudies.filter((c) => c.entry.data.services.includes(service.slug)),
          testimonials: testimonials.filter((x) => x.data.services.includes(service.slug)),
        };
        return { params: paramsOf(routes.service(lang, service.slug)), props };
      });
    }),
  );
  return withCacheKeys(pages.flat());
}

export interface CaseStudyPage {
  caseStudy: LocalizedCaseStudy;
  services: LocalizedService[];
  testimonial?: TestimonialEntry;
}

export async function caseStudyPages() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => {
      const [caseStudies, services, testimonials] = await Promise.all([
        getCaseStudies(lang),
        getServices(lang),
        getTestimonials(),
      ]);
      return caseStudies.map((caseStudy) => {
        const d = caseStudy.entry.data;
        const props: CaseStudyPage = {
          caseStudy,
          services: services.filter((s) => d.services.includes(s.slug)),
          testimonial: d.testimonial ? testimonials.find((x) => x.id === d.testimonial) : undefined,
        };
        return { params: paramsOf(routes.caseStudy(lang, caseStudy.slug)), props };
      });
    }),
  );
  return withCacheKeys(pages.flat());
}

export interface TestimonialFilter {
  service: LocalizedService;
  testimonials: TestimonialEntry[];
}

export interface TestimonialsPage {
  all: TestimonialEntry[];
  /** Services that at least one published testimonial names, with those testimonials (static filter pages, no JavaScript). */
  filters: TestimonialFilter[];
  /** The filter this page shows; all testimonials when absent. */
  selected?: TestimonialFilter;
}

export async function testimonialsPage(locale: Locale): Promise<TestimonialsPage> {
  const all = await getTestimonials();
  const filters = (await getServices(locale))
    .map((service) => ({ service, testimonials: all.filter((x) => x.data.services.includes(service.slug)) }))
    .filter((f) => f.testimonials.length > 0);
  return { all, filters };
}

/** The list page of testimonials, one per locale, when there are any. */
export async function testimonialListPages() {
  const all = await getTestimonials();
  if (!all.length) return [];
  return Promise.all(site.locales.map(async (lang) => ({ params: { lang }, props: await testimonialsPage(lang) })));
}

/** One page per service that testimonials name, per locale. */
export async function testimonialFilterPages() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => {
      const page = await testimonialsPage(lang);
      return page.filters.map((selected) => ({
        params: paramsOf(routes.testimonialsFor(lang, selected.service.slug)),
        props: { ...page, selected },
      }));
    }),
  );
  return pages.flat();
}

export interface WebinarPage {
  webinar: LocalizedWebinar;
  /** The VA's photo, for a host marked `isProfile` without a photo of their own. */
  profilePhoto: ImageMetadata;
}

export async function webinarPages() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => {
      const [webinars, profile] = await Promise.all([getWebinars(lang), getProfile(lang)]);
      return webinars.map((webinar) => {
        const props: WebinarPage = { webinar, profilePhoto: profile.entry.data.photo as ImageMetadata };
        return { params: paramsOf(routes.webinar(lang, webinar.slug)), props };
      });
    }),
  );
  return pages.flat();
}

/** The confirmation page of a webinar's form registration (only where the host collects forms). */
export async function webinarRegisteredPages() {
  if (!hostOf(site).forms) return [];
  return (await webinarPages()).filter((p) => p.props.webinar.entry.data.registration.form);
}

/** The home page: the profile, and what it features (three at most of each). */
export async function homePage(locale: Locale) {
  const [profile, services, caseStudies, testimonials, webinars] = await Promise.all([
    getProfile(locale),
    getServices(locale),
    getCaseStudies(locale),
    getTestimonials(),
    getWebinars(locale),
  ]);
  return {
    profile,
    services,
    featuredServices: services.filter((s) => s.entry.data.featured),
    caseStudies: caseStudies.filter((c) => c.entry.data.featured).slice(0, 3),
    testimonials: testimonials.filter((x) => x.data.featured).slice(0, 3),
    webinar: webinars.find((w) => w.phase === 'upcoming' || w.phase === 'live'),
  };
}
