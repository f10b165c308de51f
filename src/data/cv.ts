/**
 * The CV of a locale (src/rules/cv-document.ts), from the same entries the site
 * shows: the profile, services with their prices, case studies with their
 * results, up to three testimonials, credentials and the contact settings.
 * Every number, date and price is written here, in the page's digits and
 * words, so the CV page and its PDF (written after the build from this same
 * object, src/build/cv-pdf.ts) show the same words. The lists are shortened
 * until the PDF's layout fits two A4 pages (fitCv).
 */
import type { ImageMetadata } from 'astro';
import { LOCALES, type Locale } from '../languages/table.ts';
import { cvPdfFile, href, routeUrl, routes } from '../i18n/routes.ts';
import {
  formatLanguages,
  formatMetric,
  formatMoney,
  formatMonth,
  formatNumber,
  localizeDigits,
} from '../i18n/format.ts';
import { clientLabel } from '../rules/client-label.ts';
import { contactLinks } from '../rules/contact-links.ts';
import {
  firstParagraph,
  plain,
  type CvContact,
  type CvDocument,
  type CvEntry,
  type CvSection,
} from '../rules/cv-document.ts';
import { slugify } from '../rules/slug.ts';
import { NETWORKS } from '../schemas/channels.ts';
import { fittedCv, pdfWritable } from '../pdf/cv-layout.ts';
import { projectRoot, site } from '../site/config.ts';
import { contextFor } from '../site/context.ts';
import { getCaseStudies } from './case-studies.ts';
import { getProfile, type ProfileEntry } from './profiles.ts';
import { getServices, type LocalizedService } from './services.ts';
import { authorFor, getTestimonials, quoteFor } from './testimonials.ts';
import type { Localized } from './localized.ts';

export interface CvPage {
  cv: CvDocument;
  profile: Localized<ProfileEntry>;
  services: LocalizedService[];
  photo: ImageMetadata;
  /** The PDF, when this locale's CV can be written as one (left to right scripts): its link, and its path below the base. */
  pdf?: { href: string; path: string };
}

/** Letters of a right-to-left script: the PDF writer sets left-to-right text only. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** The address as people write it: host and path, no scheme, no trailing slash. */
const shortUrl = (url: string) => {
  const u = new URL(url);
  return `${u.host.replace(/^www\./, '')}${u.pathname}`.replace(/\/$/, '');
};

/** Whether a locale's CV is written as a PDF: its page and its profile are in left-to-right scripts. */
async function hasPdf(locale: Locale): Promise<boolean> {
  return pdfWritable(locale) && pdfWritable((await getProfile(locale)).contentLocale);
}

/** The link to a locale's CV to offer on the home and about pages: the PDF where there is one, else the page. */
export async function cvLink(locale: Locale): Promise<{ href: string; pdf: boolean }> {
  if (await hasPdf(locale)) return { href: href(cvPdfRoute(locale)), pdf: true };
  return { href: href(routes.cv(locale)), pdf: false };
}

function cvPdfRoute(locale: Locale) {
  return routes.cvPdf(locale, cvPdfFile(slugify(site.name), locale));
}

const pages = new Map<Locale, Promise<CvPage>>();

/** The CV page's data (once per build and locale). */
export function cvPage(locale: Locale): Promise<CvPage> {
  let page = pages.get(locale);
  if (!page || !import.meta.env.PROD) pages.set(locale, (page = makeCvPage(locale)));
  return page;
}

async function makeCvPage(locale: Locale): Promise<CvPage> {
  const { t, fmt, name } = contextFor(locale);
  const info = LOCALES[locale];
  const [profile, services, caseStudies, testimonials] = await Promise.all([
    getProfile(locale),
    getServices(locale),
    getCaseStudies(locale),
    getTestimonials(),
  ]);
  const p = profile.entry.data;
  const langOf = (content: Locale) => (content === locale ? undefined : LOCALES[content].lang);
  const pdf = await hasPdf(locale);
  // A PDF sets left-to-right text only: entries in a right-to-left script are left out of such a CV (and its page).
  const printable = (...texts: (string | undefined)[]) => !pdf || !texts.some((x) => x && RIGHT_TO_LEFT.test(x));

  const facts = [
    p.experienceYears !== undefined &&
      `${formatNumber(p.experienceYears, fmt)} ${t('highlights.years', { count: p.experienceYears })}`,
    p.clientsServed !== undefined &&
      `${formatNumber(p.clientsServed, fmt)} ${t('highlights.clients', { count: p.clientsServed })}`,
    `${formatNumber(p.availability.responseHours, fmt)} ${t('highlights.replyHours', { count: p.availability.responseHours })}`,
  ].filter((f): f is string => Boolean(f));

  const contentFmt = { locale: profile.contentLocale, numerals: site.numerals[profile.contentLocale] };
  const bio = firstParagraph(profile.entry.body);
  const profileLang = langOf(profile.contentLocale);
  const sections: CvSection[] = [
    {
      id: 'profile',
      heading: t('cv.profile'),
      layout: 'entries',
      lang: profileLang,
      entries: [{ text: plain(p.headline) }, ...(bio ? [{ text: localizeDigits(bio, contentFmt) }] : [])],
    },
    {
      id: 'skills',
      heading: t('cv.skills'),
      layout: 'columns',
      lang: profileLang,
      entries: p.skills.map((s) => ({ text: s })),
    },
    {
      id: 'tools',
      heading: t('cv.tools'),
      layout: 'columns',
      lang: profileLang,
      entries: p.tools.map((g) => ({ title: g.group, text: g.items.join(', ') })),
    },
    {
      id: 'languages',
      heading: t('cv.languages'),
      layout: 'inline',
      lang: profileLang,
      entries: p.languages.map((l) => ({ text: l })),
    },
    {
      id: 'services',
      heading: t('services.title'),
      layout: 'entries',
      entries: [...services]
        .sort((a, b) => Number(b.entry.data.featured) - Number(a.entry.data.featured))
        .filter((s) => printable(s.entry.data.title, s.entry.data.summary))
        .map((s): CvEntry => ({
          title: s.entry.data.title,
          url: routeUrl(routes.service(locale, s.slug), site.site),
          aside: s.entry.data.prices
            .map((price) => t(`price.${price.model}`, { amount: formatMoney(price.amount, price.currency, fmt) }))
            .join(' · '),
          text: plain(s.entry.data.summary),
          lang: langOf(s.contentLocale),
        })),
    },
    {
      id: 'results',
      heading: t('cv.results'),
      layout: 'entries',
      entries: caseStudies
        .filter((c) => c.entry.data.results.length > 0 && printable(c.entry.data.title, c.entry.data.client.name))
        .map((c): CvEntry => {
          const d = c.entry.data;
          const period = d.period.end
            ? t('caseStudy.periodRange', {
                start: formatMonth(d.period.start, fmt),
                end: formatMonth(d.period.end, fmt),
              })
            : t('caseStudy.periodOngoing', { start: formatMonth(d.period.start, fmt) });
          return {
            title: d.title,
            url: routeUrl(routes.caseStudy(locale, c.slug), site.site),
            meta: `${clientLabel(d.client)} · ${d.role} · ${period}`,
            points: d.results.map((r) => ({ figure: formatMetric(r.value, r.unit, fmt, r.currency), text: r.label })),
            lang: langOf(c.contentLocale),
          };
        }),
    },
    {
      id: 'testimonials',
      heading: t('testimonials.title'),
      layout: 'entries',
      entries: [...testimonials]
        .sort((a, b) => Number(b.data.featured) - Number(a.data.featured))
        .map((x) => ({ x, quote: quoteFor(x, locale), author: authorFor(x, locale) }))
        .filter(({ quote, author }) => printable(quote.text, author.name, author.role, author.company))
        .map(({ quote, author }): CvEntry => {
          const who = [author.name, author.role, author.company].filter(Boolean).join(', ');
          const translated = quote.original
            ? ` · ${t('cv.translatedFrom', { language: formatLanguages([quote.original.locale], fmt) })}`
            : '';
          return { text: plain(quote.text), quote: true, meta: `${who}${translated}`, lang: langOf(quote.locale) };
        }),
    },
    {
      id: 'credentials',
      heading: t('cv.credentials'),
      layout: 'entries',
      lang: profileLang,
      entries: [...p.credentials]
        .sort((a, b) => b.date.getTime() - a.date.getTime())
        .map((c) => ({ title: c.name, url: c.url, meta: `${c.issuer} · ${formatMonth(c.date, fmt)}` })),
    },
  ];

  const contact: CvContact[] = [
    ...contactLinks(site.contact, { whatsappMessage: t('contact.whatsappMessage', { name }) }).map((l) => ({
      label: t(l.label),
      text: l.shown,
      url: l.href,
    })),
    {
      label: t('cv.website'),
      text: shortUrl(routeUrl(routes.home(locale), site.site)),
      url: routeUrl(routes.home(locale), site.site),
    },
    ...site.contact.profiles.map((profileLink) => ({
      label: profileLink.label ?? (profileLink.network === 'other' ? t('cv.website') : NETWORKS[profileLink.network]),
      text: shortUrl(profileLink.url),
      url: profileLink.url,
    })),
  ];

  const photo = p.photo as ImageMetadata & { fsPath?: string };
  const whole: CvDocument = {
    locale,
    lang: info.lang,
    title: t('cv.title', { name: p.name }),
    name: p.name,
    titles: p.jobTitles.join(' · '),
    location: p.location,
    profileLang,
    photo: photo.fsPath ? { file: photo.fsPath, alt: t('profile.photoAlt', { name: p.name }) } : undefined,
    contact,
    sections: sections.filter((s) => s.entries.length > 0),
    facts,
    site: { text: shortUrl(routeUrl(routes.home(locale), site.site)), url: routeUrl(routes.home(locale), site.site) },
    numerals: fmt.numerals,
  };
  const route = cvPdfRoute(locale);
  const cv = pdf ? fittedCv(whole, projectRoot) : whole;
  return {
    cv,
    profile,
    services,
    photo: p.photo as ImageMetadata,
    pdf: pdf ? { href: href(route), path: route.path } : undefined,
  };
}
