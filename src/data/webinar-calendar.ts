/** A webinar as a calendar event, in the page's language. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, localePath, withBase } from '../i18n/paths.ts';
import type { CalendarEvent } from '../lib/calendar.ts';
import { buildNow } from '../lib/now.ts';
import { endOf } from '../lib/webinar-state.ts';
import { site } from '../site.ts';
import type { LocalizedWebinar } from './webinars.ts';

export function webinarEvent(w: LocalizedWebinar, locale: Locale): CalendarEvent {
  const d = w.entry.data;
  return {
    uid: `webinar-${w.slug}@${new URL(site.site).host}`,
    start: d.start,
    end: endOf(d),
    summary: d.title,
    description: d.summary,
    url: absoluteUrl(localePath(locale, `webinars/${w.slug}/`), site.site),
    stamp: buildNow(),
    organizer: { name: site.name, email: site.contact.email },
    status: d.status === 'cancelled' ? 'cancelled' : d.status === 'postponed' ? 'tentative' : 'confirmed',
    lang: LOCALES[w.contentLocale].lang,
  };
}

/** Where the .ics file of a webinar in a locale is published. */
export function icsPath(slug: string, locale: Locale): string {
  return withBase(`${locale}/webinars/${slug}.ics`);
}
