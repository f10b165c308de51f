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
 *
 * The pages of a collection come from the collection table
 * (src/schemas/collections.ts): a collection with `pages` has a list page
 * named after it at `<folder>/`, in the main navigation, and with
 * `pages.detail` a page per entry at `<folder>/<id>/`. The fixed pages are
 * written here.
 */
import type { Locale } from '../languages/table.ts';
import {
  COLLECTIONS,
  SECTION_NAMES,
  collectionSpec,
  type CollectionName,
  type DetailPageOf,
  type SectionName,
} from '../schemas/collections.ts';
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
  /** The collection whose entry ids the parameter holds: fixed pages at the same place take those ids from it. */
  ids?: CollectionName;
  /** Pages search engines should not list (confirmations, the testimonial request form). */
  noindex?: true;
  /** A file, not a page: no share image, no breadcrumbs. */
  file?: true;
}

/** A section's own path segment, its folder: `case-studies/`. */
const at = (section: SectionName) => `${COLLECTIONS[section].folder}/`;

/** The pages that are not a collection's list or entry pages (those below a section start with its folder). */
const FIXED = {
  home: { path: () => '', label: 'nav.home' },
  testimonialsFor: {
    path: (service) => `${at('testimonials')}${service}/`,
    parent: 'testimonials',
    param: 'service',
    ids: 'services',
  },
  testimonialRequest: {
    path: () => `${at('testimonials')}share/`,
    parent: 'home',
    label: 'share.title',
    noindex: true,
  },
  testimonialThanks: {
    path: () => `${at('testimonials')}share/thanks/`,
    parent: 'testimonialRequest',
    label: 'share.thanksTitle',
    noindex: true,
  },
  webinarRegistered: {
    path: (id) => `${at('webinars')}${id}/registered/`,
    parent: 'webinar',
    param: 'id',
    ids: 'webinars',
    label: 'webinar.registeredTitle',
    noindex: true,
  },
  webinarIcs: { path: (id) => `${at('webinars')}${id}.ics`, param: 'id', ids: 'webinars', file: true },
  about: { path: () => 'about/', parent: 'home', label: 'nav.about' },
  cv: { path: () => 'cv/', parent: 'about', label: 'cv.label' },
  /** The CV as a PDF, by file name (`rumana-haque-cv-bn.pdf`, see cvPdfFile). */
  cvPdf: { path: (file) => `cv/${file}`, file: true },
  contact: { path: () => 'contact/', parent: 'home', label: 'nav.contact' },
  contactThanks: { path: () => 'contact/thanks/', parent: 'contact', label: 'form.thanksTitle', noindex: true },
} as const satisfies Record<string, PageSpec>;

type FixedKey = keyof typeof FIXED;
type DetailKey = DetailPageOf<SectionName>;

/** Each section's list page (named after the collection, labelled `nav.<name>`) and entry page. */
function collectionPages(): Record<string, PageSpec> {
  const pages: Record<string, PageSpec> = {};
  for (const name of SECTION_NAMES) {
    const label: MessageKey = `nav.${name}`;
    pages[name] = { path: () => at(name), parent: 'home', label };
    const detail = collectionSpec(name).pages?.detail;
    if (detail) pages[detail] = { path: (id) => `${at(name)}${id}/`, parent: name, param: 'id', ids: name };
  }
  return pages;
}

const PAGES = { ...collectionPages(), ...FIXED } as Record<PageKey, PageSpec>;

export type PageKey = FixedKey | SectionName | DetailKey;
// A section or entry page may not take the name of a fixed page.
const namesFree: [Extract<FixedKey, SectionName | DetailKey>] extends [never] ? true : never = true;
void namesFree;
// Every parent names a page of the table.
const parentsExist: {
  [K in FixedKey]: (typeof FIXED)[K] extends { parent: infer P } ? (P extends PageKey ? true : never) : true;
} = Object.fromEntries(Object.keys(FIXED).map((k) => [k, true])) as never;
void parentsExist;
type ParamsOf<K extends PageKey> = K extends FixedKey
  ? Parameters<(typeof FIXED)[K]['path']>
  : K extends SectionName
    ? []
    : [id: string];

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
 * request page at testimonials/share/, where the testimonials of one service are).
 */
export function reservedIds(collection: CollectionName): string[] {
  const taken = (page: PageKey) => {
    const [prefix] = spec(page).path('\u0000').split('\u0000');
    return (Object.keys(PAGES) as PageKey[])
      .filter((other) => other !== page && spec(other).path.length === 0)
      .map((other) => spec(other).path())
      .filter((p) => p.startsWith(prefix) && p.length > prefix.length)
      .map((p) => p.slice(prefix.length).split('/')[0]);
  };
  const pages = (Object.keys(PAGES) as PageKey[]).filter((page) => spec(page).ids === collection);
  return [...new Set(pages.flatMap(taken))];
}

/** The page of one entry of a section (`service`), if the section has them. */
export function detailPageOf(section: SectionName): DetailKey | undefined {
  return collectionSpec(section).pages?.detail as DetailKey | undefined;
}

/** The main navigation, in order: home, each section (linked once it has entries), about and contact. */
export const NAV: readonly { page: PageKey; section?: SectionName }[] = [
  { page: 'home' },
  ...SECTION_NAMES.map((section) => ({ page: section, section })),
  { page: 'about' },
  { page: 'contact' },
];

/** The CV PDF's file name: the VA's name in ASCII and the language, `rumana-haque-cv-bn.pdf`. */
export function cvPdfFile(nameSlug: string, locale: Locale): string {
  return `${nameSlug ? `${nameSlug}-` : ''}cv-${locale}.pdf`;
}

/** withBase for site files that are not pages (favicon, share images). */
export { withBase };
