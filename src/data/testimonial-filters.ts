/** The testimonials page and its per-service filter pages (static pages: filtering needs no JavaScript). */
import { site } from '../site.ts';
import type { Locale } from '../i18n/locales.ts';
import { getServices, type LocalizedService } from './services.ts';
import { getTestimonials, type TestimonialEntry } from './testimonials.ts';

export interface TestimonialFilter {
  service: LocalizedService;
  testimonials: TestimonialEntry[];
}

/** Services that at least one published testimonial names, with those testimonials. */
export async function testimonialFilters(locale: Locale): Promise<TestimonialFilter[]> {
  const all = await getTestimonials();
  return (await getServices(locale))
    .map((service) => ({ service, testimonials: all.filter((x) => x.data.services.includes(service.slug)) }))
    .filter((f) => f.testimonials.length > 0);
}

export async function testimonialFilterStaticPaths() {
  const pages = await Promise.all(
    site.locales.map(async (lang) => (await testimonialFilters(lang)).map((f) => ({ params: { lang, service: f.service.slug } }))),
  );
  return pages.flat();
}
