/**
 * "Add to calendar" for an event: an RFC 5545 .ics file (through
 * ical-generator, which escapes text and folds lines at 75 octets, so Bangla
 * and Hindi text stays valid), and Google Calendar and Outlook links.
 * All times are written in UTC; calendar apps show them in the reader's zone.
 */
import ical, { ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
  /** Stable across builds and languages, e.g. `webinar-inbox-zero@rumana.example`. */
  uid: string;
  /** The revision: grows each time the start, end or status changes (RFC 5545 3.8.7.4). */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** The event page; also used as the location of an online event. */
  url: string;
  /** When this version of the event was written (DTSTAMP); the build's "now". */
  stamp: Date;
  organizer?: { name: string; email?: string };
  status?: 'confirmed' | 'cancelled' | 'tentative';
  /** BCP 47 language of the text, for the calendar's LANGUAGE hints. */
  lang?: string;
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  tentative: ICalEventStatus.TENTATIVE,
};

/** The text of a one-event .ics file. */
export function icsFile(event: CalendarEvent, prodId = { company: 'Sahayak', product: 'portfolio' }): string {
  const calendar = ical({ prodId: { ...prodId, language: (event.lang ?? 'EN').toUpperCase() } });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    start: event.start,
    end: event.end,
    stamp: event.stamp,
    summary: event.summary,
    description: `${event.description}\n\n${event.url}`,
    url: event.url,
    location: event.url,
    status: STATUS[event.status ?? 'confirmed'],
    // RFC 5545's ORGANIZER is a calendar address: without an email there is none to write.
    ...(event.organizer?.email ? { organizer: { name: event.organizer.name, email: event.organizer.email } } : {}),
  });
  // RFC 5545 3.1: every content line, the last one included, ends with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** `20260314T183000Z` */
function compactUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A link that opens Google Calendar's "new event" form, filled in. */
export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.summary,
    dates: `${compactUtc(event.start)}/${compactUtc(event.end)}`,
    details: `${event.description}\n\n${event.url}`,
    location: event.url,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** A link that opens Outlook on the web's "new event" form, filled in. */
export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.summary,
    startdt: event.start.toISOString(),
    enddt: event.end.toISOString(),
    body: `${event.description}\n\n${event.url}`,
    location: event.url,
  });
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}
