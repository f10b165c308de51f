/** Structured data for pages, built from their entries (see src/rules/structured-data.ts for the shapes). */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { LOCALES, type Locale } from '../languages/table.ts';
import { SITE_PATHS, routeUrl, routes } from '../i18n/routes.ts';
import { absoluteUrl } from '../i18n/paths.ts';
import { isoWithOffset } from '../i18n/format.ts';
import {
  caseStudyArticle,
  onlineEvent,
  person,
  service,
  type Identity,
  type JsonLd,
} from '../rules/structured-data.ts';
import { endOf } from '../rules/webinar-phase.ts';
import { site } from '../site/config.ts';
import type { CaseStudyPage } from './pages.ts';
import type { LocalizedService } from './services.ts';
import type { Localized } from './localized.ts';
import type { ProfileEntry } from './profiles.ts';
import type { LocalizedWebinar } from './webinars.ts';

const identity: Identity = {
  home: routeUrl(SITE_PATHS.entry, site.site),
  name: site.name,
  email: site.contact.email,
  telephone: site.contact.phone ?? site.contact.whatsapp,
  sameAs: site.contact.profiles.map((p) => p.url),
};

/** An image's absolute URL at the given width (JPEG, which every reader of structured data accepts). */
async function imageUrl(src: unknown, width: number): Promise<string> {
  const image = await getImage({ src: src as ImageMetadata, width, format: 'jpeg' });
  return absoluteUrl(image.src, site.site);
}

export function serviceJsonLd(s: LocalizedService, locale: Locale): JsonLd {
  const d = s.entry.data;
  return service(identity, {
    name: d.title,
    description: d.summary,
    url: routeUrl(routes.service(locale, s.slug), site.site),
    category: d.category,
    offers: d.prices.map((p) => ({
      price: p.amount,
      priceCurrency: p.currency,
      description: `${p.model}${p.note ? `: ${p.note}` : ''}`,
    })),
  });
}

export async function caseStudyJsonLd({ caseStudy: c, testimonial }: CaseStudyPage, locale: Locale): Promise<JsonLd> {
  const d = c.entry.data;
  return caseStudyArticle(identity, {
    headline: d.title,
    description: d.summary,
    url: routeUrl(routes.caseStudy(locale, c.slug), site.site),
    image: await imageUrl(d.cover, 1200),
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

/** The VA as a Person, with the services they offer, for the home and about pages. */
export async function profileJsonLd(
  profile: Localized<ProfileEntry>,
  services: LocalizedService[],
  locale: Locale,
): Promise<JsonLd> {
  const d = profile.entry.data;
  return person(identity, {
    name: d.name,
    jobTitle: d.jobTitles[0],
    description: d.headline,
    url: routeUrl(routes.home(locale), site.site),
    image: await imageUrl(d.photo, 640),
    location: d.location,
    languages: d.languages,
    services: services.map((s) => ({
      name: s.entry.data.title,
      url: routeUrl(routes.service(locale, s.slug), site.site),
    })),
    credentials: d.credentials.map((c) => ({
      name: c.name,
      issuer: c.issuer,
      date: c.date.toISOString().slice(0, 10),
      url: c.url,
    })),
  });
}

/** Event data for a webinar landing page. */
export async function webinarJsonLd(w: LocalizedWebinar, locale: Locale): Promise<JsonLd> {
  const d = w.entry.data;
  const url = routeUrl(routes.webinar(locale, w.slug), site.site);
  const open = w.phase === 'upcoming' || w.phase === 'live';
  return onlineEvent(identity, {
    name: d.title,
    description: d.summary,
    url,
    start: isoWithOffset(d.start, d.hostTimeZone),
    end: isoWithOffset(endOf(d), d.hostTimeZone),
    status: d.status,
    image: await imageUrl(d.cover, 1200),
    inLanguage: LOCALES[d.language].lang,
    performers: d.hosts.map((h) => h.name),
    offer: {
      url: d.registration.url ?? url,
      price: d.price?.amount ?? 0,
      priceCurrency: d.price?.currency ?? LOCALES[locale].currency,
      availability: d.status === 'cancelled' ? 'Discontinued' : open ? 'InStock' : 'SoldOut',
    },
  });
}
