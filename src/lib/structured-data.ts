/**
 * schema.org JSON-LD objects. Pure functions: pages pass in what they know.
 * No self-serving review stars (AggregateRating on the VA): search engines
 * reject them. A Review inside a case study is fine.
 */
import type { SiteConfig } from '../schemas/site-config.ts';

type Json = Record<string, unknown>;

export function person(site: SiteConfig, p: { name: string; jobTitle: string; description: string; url: string; image?: string; location: string; languages: string[] }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${site.site}${site.base}#person`,
    name: p.name,
    jobTitle: p.jobTitle,
    description: p.description,
    url: p.url,
    ...(p.image ? { image: p.image } : {}),
    homeLocation: { '@type': 'Place', name: p.location },
    knowsLanguage: p.languages,
    ...(site.contact.email ? { email: `mailto:${site.contact.email}` } : {}),
    ...(site.contact.phone ? { telephone: site.contact.phone } : {}),
    sameAs: site.contact.profiles.map((x) => x.url),
  };
}

export function professionalService(site: SiteConfig, s: { name: string; description: string; url: string; image?: string; areaServed?: string[]; serviceTypes: string[] }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfessionalService',
    name: s.name,
    description: s.description,
    url: s.url,
    ...(s.image ? { image: s.image } : {}),
    founder: { '@id': `${site.site}${site.base}#person` },
    ...(site.contact.email ? { email: site.contact.email } : {}),
    ...(site.contact.phone || site.contact.whatsapp ? { telephone: site.contact.phone ?? site.contact.whatsapp } : {}),
    knowsAbout: s.serviceTypes,
  };
}

export function service(site: SiteConfig, s: { name: string; description: string; url: string; category: string; inLanguage: string; offers: { price: number; priceCurrency: string; description: string }[] }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: s.name,
    description: s.description,
    url: s.url,
    serviceType: s.category,
    inLanguage: s.inLanguage,
    provider: { '@type': 'Person', '@id': `${site.site}${site.base}#person`, name: site.name },
    offers: s.offers.map((o) => ({ '@type': 'Offer', price: o.price, priceCurrency: o.priceCurrency, description: o.description, url: s.url })),
  };
}

export function breadcrumbs(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export function caseStudyArticle(site: SiteConfig, c: { headline: string; description: string; url: string; image?: string; inLanguage: string; datePublished: Date; review?: { body: string; author: string; rating?: number; inLanguage: string } }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: c.headline,
    description: c.description,
    url: c.url,
    inLanguage: c.inLanguage,
    datePublished: c.datePublished.toISOString().slice(0, 10),
    ...(c.image ? { image: c.image } : {}),
    author: { '@type': 'Person', '@id': `${site.site}${site.base}#person`, name: site.name },
    ...(c.review
      ? {
          review: {
            '@type': 'Review',
            reviewBody: c.review.body,
            inLanguage: c.review.inLanguage,
            author: { '@type': 'Person', name: c.review.author },
            ...(c.review.rating ? { reviewRating: { '@type': 'Rating', ratingValue: c.review.rating, bestRating: 5 } } : {}),
          },
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
