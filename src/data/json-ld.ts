/** Structured data built from collection entries, for pages that have them. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, localePath } from '../i18n/paths.ts';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { caseStudyArticle, person, professionalService, service } from '../lib/structured-data.ts';
import { site } from '../site.ts';
import type { LocalizedService } from './services.ts';
import type { LocalizedCaseStudy } from './case-studies.ts';
import { getTestimonials } from './testimonials.ts';
import { getServices } from './services.ts';
import type { Localized } from './localized.ts';
import type { ProfileEntry } from './profile.ts';
import type { LocalizedWebinar } from './webinars.ts';
import { endOf } from '../lib/webinar-state.ts';
import { buildNow } from '../lib/now.ts';
import { isoWithOffset } from '../lib/format.ts';

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
  const image = await getImage({ src: d.cover as ImageMetadata, width: 1200, format: 'jpeg' });
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
  const photo = await getImage({ src: d.photo as ImageMetadata, width: 640, format: 'jpeg' });
  const url = absoluteUrl(localePath(locale), site.site);
  const image = absoluteUrl(photo.src, site.site);
  const services = await getServices(locale);
  return [
    person(site, { name: d.name, jobTitle: d.jobTitles[0], description: d.headline, url, image, location: d.location, languages: d.languages }),
    professionalService(site, { name: `${d.name} · ${d.jobTitles[0]}`, description: d.headline, url, image, serviceTypes: services.map((s) => s.entry.data.title) }),
  ];
}

const STATUS_URL = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;
const FREE_CURRENCY: Record<Locale, string> = { en: 'USD', bn: 'BDT', hi: 'INR' };

/** Event data for a webinar landing page. */
export async function webinarJsonLd(w: LocalizedWebinar, locale: Locale) {
  const d = w.entry.data;
  const url = absoluteUrl(localePath(locale, `webinars/${w.slug}/`), site.site);
  const image = await getImage({ src: d.cover as ImageMetadata, width: 1200, format: 'jpeg' });
  const open = w.phase === 'upcoming' || w.phase === 'live';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: d.title,
    description: d.summary,
    startDate: isoWithOffset(d.start, d.hostTimeZone),
    endDate: isoWithOffset(endOf(d), d.hostTimeZone),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: `https://schema.org/${STATUS_URL[d.status]}`,
    location: { '@type': 'VirtualLocation', url },
    image: [absoluteUrl(image.src, site.site)],
    inLanguage: LOCALES[d.language].lang,
    organizer: { '@type': 'Person', name: site.name, url: absoluteUrl(localePath(locale), site.site) },
    performer: d.hosts.map((h) => ({ '@type': 'Person', name: h.name })),
    offers: {
      '@type': 'Offer',
      url: d.registration.url ?? url,
      price: d.price === 'free' ? 0 : d.price.amount,
      priceCurrency: d.price === 'free' ? FREE_CURRENCY[locale] : d.price.currency,
      availability: `https://schema.org/${d.status === 'cancelled' ? 'Discontinued' : open ? 'InStock' : 'SoldOut'}`,
      validFrom: isoWithOffset(buildNow(), d.hostTimeZone),
    },
  };
}
