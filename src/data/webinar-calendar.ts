/** A webinar as a calendar event, in the page's language. */
import yaml from 'js-yaml';
import { LOCALES, type Locale } from '../languages/table.ts';
import { routeUrl, routes } from '../i18n/routes.ts';
import type { CalendarEvent } from '../rules/calendar.ts';
import { buildNow } from '../project/now.ts';
import { changeCount, versionsOf } from '../project/revisions.ts';
import { endOf } from '../rules/webinar-phase.ts';
import { projectRoot, site } from '../site/config.ts';
import type { LocalizedWebinar } from './webinars.ts';

/** What a calendar must hear about again when it changes (RFC 5545 3.8.7.4): start, end and status. */
function timing(text: string): string | undefined {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  try {
    const d = yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    const start = new Date(String(d.start)).getTime();
    if (Number.isNaN(start)) return undefined;
    return JSON.stringify([start, Number(d.durationMinutes), d.status ?? 'scheduled']);
  } catch {
    return undefined;
  }
}

const sequences = new Map<string, number>();
/**
 * The event's SEQUENCE: how often its start, end or status changed in any of
 * its translations' history, and never 0 once it is postponed or cancelled, so
 * a calendar that imported the first version applies the change even where
 * the history is not available.
 */
export function webinarSequence(w: LocalizedWebinar): number {
  const files = w.files;
  const key = files.join('\n');
  if (!sequences.has(key)) {
    const changes = Math.max(0, ...files.map((f) => changeCount(versionsOf(projectRoot, f), timing)));
    sequences.set(key, Math.max(changes, w.entry.data.status === 'scheduled' ? 0 : 1));
  }
  return sequences.get(key)!;
}

export function webinarEvent(w: LocalizedWebinar, locale: Locale): CalendarEvent {
  const d = w.entry.data;
  return {
    uid: `webinar-${w.slug}@${new URL(site.site).host}`,
    sequence: webinarSequence(w),
    start: d.start,
    end: endOf(d),
    summary: d.title,
    description: d.summary,
    url: routeUrl(routes.webinar(locale, w.slug), site.site),
    stamp: buildNow(),
    organizer: { name: site.name, email: site.contact.email },
    status: d.status === 'cancelled' ? 'cancelled' : d.status === 'postponed' ? 'tentative' : 'confirmed',
    lang: LOCALES[w.contentLocale].lang,
  };
}
