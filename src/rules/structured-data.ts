/**
 * schema.org JSON-LD objects, typed with schema-dts so that a property
 * schema.org does not define for a type is a compile error. Pure functions:
 * the data layer passes in what it knows.
 *
 * The VA is a Person who makes offers (a remote freelancer has no business
 * address, which LocalBusiness types such as ProfessionalService expect).
 * No self-serving review stars (AggregateRating on the VA): search engines
 * reject them. A Review inside a case study is fine.
 */
import type { Article, BreadcrumbList, Event, Person, Service, Thing, WithContext } from 'schema-dts';

export type JsonLd = WithContext<Thing>;

export interface Identity {
  /** The absolute URL of the site's home (with the base), which names the VA's node: `<home>#person`. */
  home: string;
  name: string;
  email?: string;
  telephone?: string;
  sameAs: string[];
}

const personId = (who: Identity) => `${who.home}#person`;

export function person(
  who: Identity,
  p: {
    name: string;
    jobTitle: string;
    description: string;
    url: string;
    image?: string;
    location?: string;
    languages: string[];
    services: { name: string; url: string }[];
    /** Certificates and courses: the date as YYYY-MM-DD. */
    credentials?: { name: string; issuer: string; date: string; url?: string }[];
  },
): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': personId(who),
    name: p.name,
    jobTitle: p.jobTitle,
    description: p.description,
    url: p.url,
    ...(p.image ? { image: p.image } : {}),
    ...(p.location && { homeLocation: { '@type': 'Place', name: p.location } }),
    knowsLanguage: p.languages,
    ...(who.email ? { email: `mailto:${who.email}` } : {}),
    ...(who.telephone ? { telephone: who.telephone } : {}),
    sameAs: who.sameAs,
    makesOffer: p.services.map((s) => ({
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: s.name, url: s.url },
    })),
    ...(p.credentials?.length
      ? {
          hasCredential: p.credentials.map((c) => ({
            '@type': 'EducationalOccupationalCredential',
            name: c.name,
            recognizedBy: { '@type': 'Organization', name: c.issuer },
            dateCreated: c.date,
            ...(c.url ? { url: c.url } : {}),
          })),
        }
      : {}),
  };
}

export function service(
  who: Identity,
  s: {
    name: string;
    description: string;
    url: string;
    category: string;
    offers: { price: number; priceCurrency: string; description: string }[];
  },
): WithContext<Service> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: s.name,
    description: s.description,
    url: s.url,
    serviceType: s.category,
    provider: { '@type': 'Person', '@id': personId(who), name: who.name },
    offers: s.offers.map((o) => ({
      '@type': 'Offer',
      price: o.price,
      priceCurrency: o.priceCurrency,
      description: o.description,
      url: s.url,
    })),
  };
}

export function breadcrumbs(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function caseStudyArticle(
  who: Identity,
  c: {
    headline: string;
    description: string;
    url: string;
    image?: string;
    inLanguage: string;
    datePublished: Date;
    review?: { body: string; author: string; rating?: number; inLanguage: string };
  },
): WithContext<Article> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: c.headline,
    description: c.description,
    url: c.url,
    inLanguage: c.inLanguage,
    datePublished: c.datePublished.toISOString().slice(0, 10),
    ...(c.image ? { image: c.image } : {}),
    author: { '@type': 'Person', '@id': personId(who), name: who.name },
    ...(c.review
      ? {
          review: {
            '@type': 'Review',
            reviewBody: c.review.body,
            inLanguage: c.review.inLanguage,
            author: { '@type': 'Person', name: c.review.author },
            ...(c.review.rating
              ? { reviewRating: { '@type': 'Rating', ratingValue: c.review.rating, bestRating: 5 } }
              : {}),
          },
        }
      : {}),
  };
}

export type EventStatus = 'scheduled' | 'postponed' | 'cancelled';
const STATUS_URL = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;

/**
 * An online event. The offer has no `validFrom`: the only date a static site
 * knows is the build's, which changes with every build and can fall after the
 * start; schema.org and Google treat the property as optional.
 */
export function onlineEvent(
  who: Identity,
  e: {
    name: string;
    description: string;
    url: string;
    start: string;
    end: string;
    status: EventStatus;
    image: string;
    inLanguage: string;
    performers: string[];
    offer: { url: string; price: number; priceCurrency: string; availability: 'InStock' | 'SoldOut' | 'Discontinued' };
  },
): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    description: e.description,
    startDate: e.start,
    endDate: e.end,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: `https://schema.org/${STATUS_URL[e.status]}`,
    location: { '@type': 'VirtualLocation', url: e.url },
    image: [e.image],
    inLanguage: e.inLanguage,
    organizer: { '@type': 'Person', '@id': personId(who), name: who.name, url: who.home },
    performer: e.performers.map((name) => ({ '@type': 'Person', name })),
    offers: {
      '@type': 'Offer',
      url: e.offer.url,
      price: e.offer.price,
      priceCurrency: e.offer.priceCurrency,
      availability: `https://schema.org/${e.offer.availability}`,
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
