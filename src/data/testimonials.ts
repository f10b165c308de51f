/**
 * Testimonials the client agreed to publish, newest first, and how each
 * reads on a locale's page (translation when there is one, else the original).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export type TestimonialEntry = CollectionEntry<'testimonials'>;

/** Only consented testimonials exist as far as pages are concerned. */
export async function getTestimonials(): Promise<TestimonialEntry[]> {
  const all = await getCollection('testimonials', (e) => e.data.consent === true);
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
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

/** Count and average rating of those that have a rating. */
export function ratingSummary(items: TestimonialEntry[]): { count: number; rated: number; average?: number } {
  const ratings = items.map((t) => t.data.rating).filter((r): r is number => r !== undefined);
  return {
    count: items.length,
    rated: ratings.length,
    average: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : undefined,
  };
}
