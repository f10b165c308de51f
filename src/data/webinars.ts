/** Webinars per locale, listed upcoming first, with their phase at build time. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../languages/table.ts';
import { published } from './entries.ts';
import { buildNow } from '../project/now.ts';
import { compareForListing, phaseAt, type WebinarPhase } from '../rules/webinar-phase.ts';
import { localize, type Localized } from './localized.ts';

export type WebinarEntry = CollectionEntry<'webinars'>;
export type LocalizedWebinar = Localized<WebinarEntry> & { phase: WebinarPhase };

export async function getWebinars(locale: Locale, now = buildNow()): Promise<LocalizedWebinar[]> {
  return localize(await published('webinars'), locale)
    .map((w) => ({ ...w, phase: phaseAt(w.entry.data, now) }))
    .sort((a, b) => compareForListing(a.entry.data, b.entry.data, now));
}

/** The next webinar that has not started yet (or is live), for the home page. */
export async function nextWebinar(locale: Locale): Promise<LocalizedWebinar | undefined> {
  return (await getWebinars(locale)).find((w) => w.phase === 'upcoming' || w.phase === 'live');
}
