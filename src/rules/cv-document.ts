/**
 * What a CV holds, as text ready to print: the data layer (src/data/cv.ts)
 * fills it from the profile, services, case studies, testimonials and
 * settings, with every number, date and price written already; the CV page
 * and its PDF (src/pdf/cv-layout.ts) show exactly these words.
 *
 * A CV is at most two A4 pages. When the content is longer, its lists are
 * shortened step by step (`CV_STEPS`), the least telling first, until the
 * PDF's layout fits; the page shows the same shortened lists.
 */
import type { Locale } from '../languages/table.ts';

/** One item of a section: a service with its prices, a case study with its results, a quote, a credential. */
export interface CvEntry {
  /** The item's name, in bold. */
  title?: string;
  /** The title links here (absolute URL). */
  url?: string;
  /** Beside the title, at the end of its line when it fits: prices. */
  aside?: string;
  /** A muted line under the title: client, role, dates; who said a quote. */
  meta?: string;
  /** A paragraph. */
  text?: string;
  /** `text` is a client's words, shown in quotation marks. */
  quote?: boolean;
  /** Points, each with an optional figure in bold before it: "95% on-time invoices". */
  points?: { figure?: string; text: string }[];
  /** BCP 47 tag of the entry's words when not the page's (an entry not yet translated, a quote in its own language). */
  lang?: string;
}

export type CvSectionId =
  'profile' | 'skills' | 'tools' | 'languages' | 'services' | 'results' | 'testimonials' | 'credentials';

export interface CvSection {
  id: CvSectionId;
  heading: string;
  /**
   * `entries`: one item under another; `columns`: short items in two
   * columns (skills, tools); `inline`: items on one line, separated by dots.
   */
  layout: 'entries' | 'columns' | 'inline';
  entries: CvEntry[];
  lang?: string;
}

export interface CvContact {
  /** "Email", "WhatsApp"… in the page's language. */
  label: string;
  text: string;
  url?: string;
}

export interface CvDocument {
  /** The page's locale and its BCP 47 tag. */
  locale: Locale;
  lang: string;
  /** The PDF's title: "Rumana Haque · CV". */
  title: string;
  name: string;
  /** Job titles, joined. */
  titles: string;
  location?: string;
  /** BCP 47 tag of the profile's words when not the page's. */
  profileLang?: string;
  /** The VA's photo (a file on disk) and its description. */
  photo?: { file: string; alt: string };
  contact: CvContact[];
  sections: CvSection[];
  /** Short facts under the name: "6 years supporting clients", "23 clients served". */
  facts: string[];
  /** The site's address as the footer prints it (`rumana-haque.netlify.app`), and its URL. */
  site: { text: string; url: string };
  /** The page's digits, for the page numbers in the footer. */
  numerals: 'native' | 'latin';
}

/** Limits on the lists of a CV (undefined: all). */
export interface CvLimits {
  services?: number;
  /** Whether services keep their one-line summaries. */
  serviceSummaries: boolean;
  results?: number;
  testimonials?: number;
  skills?: number;
  /** Whether the profile keeps the bio's first paragraph after the headline. */
  bio: boolean;
}

/** At most this many testimonials on a CV, and this many case studies' results. */
export const CV_MAX_TESTIMONIALS = 3;
export const CV_MAX_RESULTS = 3;
/** At most this many pages. */
export const CV_MAX_PAGES = 2;

/**
 * The shortening steps, from the whole CV to the shortest: each is tried in
 * turn until the layout fits two pages. Prices stay longest (a client
 * hiring needs them), then proof; summaries and the bio go first.
 */
export const CV_STEPS: readonly CvLimits[] = [
  { serviceSummaries: true, bio: true, results: CV_MAX_RESULTS, testimonials: CV_MAX_TESTIMONIALS },
  { serviceSummaries: false, bio: true, results: CV_MAX_RESULTS, testimonials: CV_MAX_TESTIMONIALS },
  { serviceSummaries: false, bio: true, results: CV_MAX_RESULTS, testimonials: 2 },
  { serviceSummaries: false, bio: false, results: CV_MAX_RESULTS, testimonials: 2 },
  { serviceSummaries: false, bio: false, results: 2, testimonials: 2, services: 6, skills: 8 },
  { serviceSummaries: false, bio: false, results: 2, testimonials: 1, services: 5, skills: 6 },
  { serviceSummaries: false, bio: false, results: 1, testimonials: 1, services: 4, skills: 6 },
  { serviceSummaries: false, bio: false, results: 1, testimonials: 0, services: 3, skills: 4 },
];

/**
 * A CV's lists cut to the limits. The whole CV holds every list in order of
 * importance (featured first), and the profile section's second entry is the
 * bio paragraph, so cutting is taking the first items.
 */
export function limitCv(cv: CvDocument, limits: CvLimits): CvDocument {
  const take = (entries: CvEntry[], n: number | undefined) => (n === undefined ? entries : entries.slice(0, n));
  const sections = cv.sections
    .map((s): CvSection => {
      switch (s.id) {
        case 'profile':
          return { ...s, entries: limits.bio ? s.entries : s.entries.slice(0, 1) };
        case 'services':
          return {
            ...s,
            entries: take(s.entries, limits.services).map((e) =>
              limits.serviceSummaries ? e : { ...e, text: undefined },
            ),
          };
        case 'results':
          return { ...s, entries: take(s.entries, limits.results) };
        case 'testimonials':
          return { ...s, entries: take(s.entries, limits.testimonials) };
        case 'skills':
          return { ...s, entries: take(s.entries, limits.skills) };
        default:
          return s;
      }
    })
    .filter((s) => s.entries.length > 0);
  return { ...cv, sections };
}

/**
 * The CV's first shortening that fits in `CV_MAX_PAGES`, by a measure of its
 * pages; the shortest if none does. `step` is the index in CV_STEPS.
 */
export function fitCv(
  cv: CvDocument,
  pages: (cv: CvDocument) => number,
): { cv: CvDocument; pages: number; step: number } {
  let last = { cv, pages: Number.POSITIVE_INFINITY, step: 0 };
  for (const [step, limits] of CV_STEPS.entries()) {
    const limited = limitCv(cv, limits);
    last = { cv: limited, pages: pages(limited), step };
    if (last.pages <= CV_MAX_PAGES) return last;
  }
  return last;
}

/** One line of plain text: white space collapsed. */
export const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The bio's first paragraph as plain text, when it is plain prose: Markdown
 * links, emphasis and code marks dropped; a heading, list, quote, table,
 * component or import is not prose, so there is none.
 */
export function firstParagraph(body: string | undefined): string | undefined {
  const block = body
    ?.split(/\n\s*\n/)
    .map((b) => b.trim())
    .find(Boolean);
  if (!block || /^(?:#|[-*+>|]|\d+[.)]\s|import\s|export\s|<|\{)/.test(block) || /[<{}]/.test(block)) return undefined;
  return plain(
    block
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|_)(.+?)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1'),
  );
}
