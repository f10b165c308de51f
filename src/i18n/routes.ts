/**
 * The one table of the site's addresses. Every page URL is made here, by a
 * typed function (`routes.service('bn', 'inbox-care')`), and the same table
 * gives getStaticPaths their params, breadcrumbs their parents, the language
 * switcher the same page in another language, the sitemap which pages are
 * indexable and the share images their file names. Nothing else in the
 * project writes a route string; a unit test fails if something does.
 *
 * Paths are below the base and the locale and end with a slash:
 * `services/inbox-care/`. `href()` adds the base, `absoluteUrl()` the site.
 */
import type { Locale } from '../languages/table.ts';
import type { MessageKey } from './t.ts';
import { BASE, absoluteUrl, withBase } from './paths.ts';

interface PageSpec {
  /** The path below `/<lang>/`, from the page's parameters. */
  path: (...params: string[]) => string;
  /** The page one level up, for breadcrumbs (undefined for the locale's home); a key of PAGES. */
  parent?: string;
  /** The page's name in navigation and breadcrumbs (detail pages are named by their title). */
  label?: MessageKey;
  /** Name of the route parameter in src/pages (`[id]`, `[service]`). */
  param?: string;
  /** Pages search engines should not list (confirmations, the testimonial request form). */
  noindex?: true;
  /** A file, not a page: no share image, no breadcrumbs. */
  file?: true;
}

const PAGES = {
  home: { path: () => '', label: 'nav.home' },
  services: { path: () => 'services/', parent: 'home', label: 'nav.services' },
  service: { path: (id) => `services/${id}/`, parent: 'services', param: 'id' },
  caseStudies: { path: () => 'case-studies/', parent: 'home', label: 'nav.caseStudies' },
  caseStudy: { path: (id) => `case-studies/${id}/`, parent: 'caseStudies', param: 'id' },
  testimonials: { path: () => 'testimonials/', parent: 'home', label: 'nav.testimonials' },
  testimonialsFor: { path: (service) => `testimonials/${service}/`, parent: 'testimonials', param: 'service' },
  testimonialRequest: { path: () => 'testimonials/share/', parent: 'home', label: 'share.title', noindex: true },
  testimonialThanks: {
    path: () => 'testimonials/share/thanks/',
    parent: 'testimonialRequest',
    label: 'share.thanksTitle',
    noindex: true,
  },
  webinars: { path: () => 'webinars/', parent: 'home', label: 'nav.webinars' },
  webinar: { path: (id) => `webinars/${id}/`, parent: 'webinars', param: 'id' },
  webinarRegistered: {
    path: (id) => `webinars/${id}/registered/`,
    parent: 'webinar',
    param: 'id',
    label: 'webinar.registeredTitle',
    noindex: true,
  },
  webinarIcs: { path: (id) => `webinars/${id}.ics`, param: 'id', file: true },
  about: { path: () => 'about/', parent: 'home', label: 'nav.about' },
  cv: { path: () => 'cv/', parent: 'about', label: 'cv.label' },
  /** The CV as a PDF, by file name (`rumana-haque-cv-bn.pdf`, see cvPdfFile). */
  cvPdf: { path: (file) => `cv/${file}`, file: true },
  contact: { path: () => 'contact/', parent: 'home', label: 'nav.contact' },
  contactThanks: { path: () => 'contact/thanks/', parent: 'contact', label: 'form.thanksTitle', noindex: true },
} as const satisfies Record<string, PageSpec>;

export type PageKey = keyof typeof PAGES;
// Every parent names a page of the table.
const parentsExist: {
  [K in PageKey]: (typeof PAGES)[K] extends { parent: infer P } ? (P extends PageKey ? true : never) : true;
} = Object.fromEntries(Object.keys(PAGES).map((k) => [k, true])) as never;
void parentsExist;
type ParamsOf<K extends PageKey> = Parameters<(typeof PAGES)[K]['path']>;

/** One page (or file) of one locale. Made only by `routes`; compare with `sameRoute`. */
export interface Route {
  readonly page: PageKey;
  readonly locale: Locale;
  readonly params: readonly string[];
  /** Below the base: `bn/services/inbox-care/`. */
  readonly path: string;
}

const spec = (page: PageKey): PageSpec => PAGES[page];

function make(page: PageKey, locale: Locale, params: readonly string[]): Route {
  return { page, locale, params, path: `${locale}/${spec(page).path(...params)}` };
}

/** `routes.service('bn', 'inbox-care')`: every page of a locale, by name. */
export const routes = Object.fromEntries(
  (Object.keys(PAGES) as PageKey[]).map((page) => [
    page,
    (locale: Locale, ...params: string[]) => make(page, locale, params),
  ]),
) as { [K in PageKey]: (locale: Locale, ...params: ParamsOf<K>) => Route };

/** The site-wide addresses that belong to no locale, below the base. */
export const SITE_PATHS = {
  entry: '',
  notFound: '404.html',
  sitemap: 'sitemap-index.xml',
  robots: 'robots.txt',
  admin: 'admin/',
} as const;

/** The same page in another locale. */
export function inLocale(route: Route, locale: Locale): Route {
  return make(route.page, locale, route.params);
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.path === b.path;
}

/** The link to a route (or a site path), with the base: `/portfolio/bn/services/inbox-care/`. */
export function href(route: Route | string, base: string = BASE): string {
  return withBase(typeof route === 'string' ? route : route.path, base);
}

/** The absolute URL, for canonical, hreflang, Open Graph and JSON-LD. */
export function routeUrl(route: Route | string, site: string, base: string = BASE): string {
  return absoluteUrl(href(route, base), site);
}

/** The page one level up (for breadcrumbs), undefined at the locale's home. */
export function parentOf(route: Route): Route | undefined {
  const parent = spec(route.page).parent as PageKey | undefined;
  if (!parent) return undefined;
  return make(parent, route.locale, route.params.slice(0, PAGES[parent].path.length));
}

/** The route and its ancestors, home first. */
export function trail(route: Route): Route[] {
  const parent = parentOf(route);
  return parent ? [...trail(parent), route] : [route];
}

/** The page's own name in navigation, if it has one (list pages do; detail pages use their title). */
export function labelOf(route: Route): MessageKey | undefined {
  return spec(route.page).label;
}

/** Whether search engines may list the page (fallback pages are decided by their content, not here). */
export function indexable(route: Route): boolean {
  return !spec(route.page).noindex && !spec(route.page).file;
}

/** `Astro.params` for a route's page file: `{ lang, id }`. */
export function paramsOf(route: Route): Record<string, string> {
  const name = spec(route.page).param;
  return { lang: route.locale, ...(name && route.params[0] !== undefined ? { [name]: route.params[0] } : {}) };
}

/** The share image of a page, below the base: `og/bn/services/inbox-care.png`; site pages use their own name. */
export function shareImagePath(route: Route | 'entry' | 'notFound'): string {
  if (route === 'entry') return 'og/index.png';
  if (route === 'notFound') return 'og/404.png';
  const rest =
    spec(route.page)
      .path(...route.params)
      .replace(/\/$/, '') || 'index';
  return `og/${route.locale}/${rest}.png`;
}

/**
 * Ids a collection's entries cannot take because a fixed page already sits at
 * that address (a service called `share` would be hidden by the testimonial
 * request page at testimonials/share/).
 */
export function reservedIds(page: 'service' | 'caseStudy' | 'webinar' | 'testimonialsFor'): string[] {
  const [prefix] = spec(page).path('\u0000').split('\u0000');
  return (Object.keys(PAGES) as PageKey[])
    .filter((other) => other !== page && spec(other).path.length === 0)
    .map((other) => spec(other).path())
    .filter((p) => p.startsWith(prefix) && p.length > prefix.length)
    .map((p) => p.slice(prefix.length).split('/')[0])
    .filter((id, i, all) => all.indexOf(id) === i);
}

/** The main navigation, in order; `section` names the collection a link needs entries in. */
export const NAV: readonly { page: PageKey; section?: 'services' | 'caseStudies' | 'testimonials' | 'webinars' }[] = [
  { page: 'home' },
  { page: 'services', section: 'services' },
  { page: 'caseStudies', section: 'caseStudies' },
  { page: 'testimonials', section: 'testimonials' },
  { page: 'webinars', section: 'webinars' },
  { page: 'about' },
  { page: 'contact' },
];

/** The CV PDF's file name: the VA's name in ASCII and the language, `rumana-haque-cv-bn.pdf`. */
export function cvPdfFile(nameSlug: string, locale: Locale): string {
  return `${nameSlug ? `${nameSlug}-` : ''}cv-${locale}.pdf`;
}

/** withBase for site files that are not pages (favicon, share images). */
export { withBase };
