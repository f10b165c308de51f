/** Structured data built from collection entries, for pages that have them. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, localePath } from '../i18n/paths.ts';
import { getImage } from 'astro:assets';
import { caseStudyArticle, person, professionalService, service } from '../lib/structured-data.ts';
import { site } from '../site.ts';
import type { LocalizedService } from './services.ts';
import type { LocalizedCaseStudy } from './case-studies.ts';
import { getTestimonials } from './testimonials.ts';
import { getServices } from './services.ts';
import type { Localized } from './localized.ts';
import type { ProfileEntry } from './profile.ts';

export function serviceJsonLd(s: LocalizedService, locale: Locale) {
  const d = s.entry.data;
  return service(site, {
    name: d.title,
    description: d.summary,
    url: absoluteUrl(localePath(locale, `services/${s.slug}/`), site.site),
    category: d.category,
    inLanguage: LOCALES[s.contentLocale].lang,
    offers: d.prices.map((p) => ({ price: p.amount, priceCurrency: p.currency, description: `${p.model}${p.note ? `: ${p.note}` : ''}` })),
  });
}

export async function caseStudyJsonLd(c: LocalizedCaseStudy, locale: Locale) {
  const d = c.entry.data;
  const testimonial = d.testimonial ? (await getTestimonials()).find((x) => x.id === d.testimonial) : undefined;
  const image = await getImage({ src: d.cover, width: 1200, format: 'jpeg' });
  return caseStudyArticle(site, {
    headline: d.title,
    description: d.summary,
    url: absoluteUrl(localePath(locale, `case-studies/${c.slug}/`), site.site),
    image: absoluteUrl(image.src, site.site),
    inLanguage: LOCALES[c.contentLocale].lang,
    datePublished: d.period.end ?? d.period.start,
    review: testimonial && {
      body: testimonial.data.quote,
      author: testimonial.data.author.name,
      rating: testimonial.data.rating,
      inLanguage: LOCALES[testimonial.data.lang].lang,
    },
  });
}

/** Person and ProfessionalService for the home and about pages. */
export async function profileJsonLd(profile: Localized<ProfileEntry>, locale: Locale) {
  const d = profile.entry.data;
  const photo = await getImage({ src: d.photo, width: 640, format: 'jpeg' });
  const url = absoluteUrl(localePath(locale), site.site);
  const image = absoluteUrl(photo.src, site.site);
  const services = await getServices(locale);
  return [
    person(site, { name: d.name, jobTitle: d.jobTitles[0], description: d.headline, url, image, location: d.location, languages: d.languages }),
    professionalService(site, { name: `${d.name} · ${d.jobTitles[0]}`, description: d.headline, url, image, serviceTypes: services.map((s) => s.entry.data.title) }),
  ];
}
