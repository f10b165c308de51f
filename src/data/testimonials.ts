/**
 * Testimonials the client agreed to publish, newest first, and how each
 * reads on a locale's page (translation when there is one, else the original).
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { published } from './entries.ts';

export type TestimonialEntry = CollectionEntry<'testimonials'>;

/** Only consented testimonials exist as far as pages are concerned (the registry's `published` rule). */
export async function getTestimonials(): Promise<TestimonialEntry[]> {
  return [...(await published('testimonials'))].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

export interface QuoteText {
  text: string;
  /** Language of `text`. */
  locale: Locale;
  /** Set when `text` is a translation: the client's own words. */
  original?: { text: string; locale: Locale };
}

/** The quote as a page in `locale` shows it. */
export function quoteFor(t: TestimonialEntry, locale: Locale): QuoteText {
  const { quote, lang, translations } = t.data;
  const translated = lang !== locale ? translations[locale] : undefined;
  if (translated) return { text: translated, locale, original: { text: quote, locale: lang } };
  return { text: quote, locale: lang };
}

export interface AuthorText {
  name: string;
  role?: string;
  company?: string;
  /** Language of these fields. */
  locale: Locale;
}

/** Who said it, as a page in `locale` shows it: the author's own translation for that language, else as written. */
export function authorFor(t: TestimonialEntry, locale: Locale): AuthorText {
  const { author, lang } = t.data;
  const translated = lang !== locale ? author.translations[locale] : undefined;
  if (translated) return { ...translated, locale };
  return { name: author.name, role: author.role, company: author.company, locale: lang };
}

/** Count and average rating of those that have a rating. */
export function ratingSummary(items: TestimonialEntry[]): { count: number; rated: number; average?: number } {
  const ratings = items.map((t) => t.data.rating).filter((r): r is number => r !== undefined);
  return {
    count: items.length,
    rated: ratings.length,
    average: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : undefined,
  };
}
