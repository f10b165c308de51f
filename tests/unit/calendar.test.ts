/** .ics files read back by an independent parser (ical.js), as a calendar app would. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { googleCalendarUrl, icsFile, outlookCalendarUrl, type CalendarEvent } from '../../src/rules/calendar.ts';

const base: CalendarEvent = {
  uid: 'webinar-inbox-zero@rumana.example',
  sequence: 0,
  start: new Date('2026-06-10T13:00:00Z'),
  end: new Date('2026-06-10T14:30:00Z'),
  summary: 'Inbox zero for coaches',
  description: 'Learn the routine; bring questions, notes & coffee.',
  url: 'https://rumana.example/en/webinars/inbox-zero/',
  stamp: new Date('2026-05-01T06:00:00Z'),
  organizer: { name: 'Rumana Haque', email: 'hello@rumana.example' },
  lang: 'en',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const vevent = component.getFirstSubcomponent('vevent')!;
  return { component, vevent, event: new ICAL.Event(vevent) };
}

describe('icsFile', () => {
  it('gives an independent parser the right start, end, summary, UID and URL', () => {
    const { event, vevent } = parse(icsFile(base));
    expect(event.uid).toBe(base.uid);
    expect(event.summary).toBe(base.summary);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-10T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-06-10T14:30:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(base.url);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toContain('2026-05-01T06:00:00');
    expect(event.description).toContain('notes & coffee');
  });

  it('writes DTSTART and DTEND in UTC, and ends every line with CRLF, the last one too (RFC 5545 3.1)', () => {
    const text = icsFile(base);
    expect(text).toContain('DTSTART:20260610T130000Z');
    expect(text).toContain('DTEND:20260610T143000Z');
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('reads the same in a second parser (node-ical): times, text, sequence and status', () => {
    const parsed = nodeIcal.sync.parseICS(
      icsFile({ ...base, sequence: 2, status: 'cancelled', summary: 'কোচদের জন্য ইনবক্স, সহজে' }),
    );
    const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as VEvent;
    expect(event.uid).toBe(base.uid);
    expect(new Date(String(event.start)).toISOString()).toBe('2026-06-10T13:00:00.000Z');
    expect(new Date(String(event.end)).toISOString()).toBe('2026-06-10T14:30:00.000Z');
    expect(String(event.summary)).toBe('কোচদের জন্য ইনবক্স, সহজে');
    expect(Number(event.sequence)).toBe(2);
    expect(event.status).toBe('CANCELLED');
  });

  it('escapes commas, semicolons and newlines', () => {
    const text = icsFile({ ...base, summary: 'Q&A; tips, tricks', description: 'Line one\nLine two' });
    expect(text).toContain('SUMMARY:Q&A\\; tips\\, tricks');
    const { event } = parse(text);
    expect(event.summary).toBe('Q&A; tips, tricks');
    expect(event.description.startsWith('Line one\nLine two')).toBe(true);
  });

  it('folds long Bangla and Hindi lines at 75 octets and the parser joins them back', () => {
    const bn =
      'কোচদের জন্য ইনবক্স গুছিয়ে রাখার সহজ রুটিন: প্রতিদিন পনেরো মিনিটে সব মেসেজের উত্তর, জরুরি কাজ আলাদা, আর সপ্তাহ শেষে পরিষ্কার ইনবক্স।';
    const hi =
      'कोच के लिए इनबॉक्स संभालने की आसान दिनचर्या: रोज़ पंद्रह मिनट में हर मैसेज का जवाब, ज़रूरी काम अलग, और हफ़्ते के अंत में साफ़ इनबॉक्स।';
    for (const text of [bn, hi]) {
      const ics = icsFile({ ...base, summary: text, description: text, lang: 'bn' });
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(ics).not.toContain('\uFFFD');
      const { event } = parse(ics);
      expect(event.summary).toBe(text);
      expect(event.description.startsWith(text)).toBe(true);
    }
  });

  it('keeps the UID stable between builds and marks a cancelled event', () => {
    const again = icsFile({ ...base, stamp: new Date('2026-05-02T00:00:00Z'), status: 'cancelled' });
    const { event, vevent } = parse(again);
    expect(event.uid).toBe(base.uid);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes an organizer only when there is an email address for it', () => {
    expect(icsFile(base)).toContain('ORGANIZER;CN="Rumana Haque":mailto:hello@rumana.example');
    const noEmail = icsFile({ ...base, organizer: { name: 'Rumana Haque' } });
    expect(noEmail).not.toContain('ORGANIZER');
    expect(parse(noEmail).event.uid).toBe(base.uid);
  });

  it('is deterministic for the same input', () => {
    expect(icsFile(base)).toBe(icsFile(base));
  });
});

describe('calendar links', () => {
  it('Google Calendar gets UTC start/end and the text', () => {
    const url = new URL(googleCalendarUrl(base));
    expect(url.origin).toBe('https://calendar.google.com');
    expect(url.searchParams.get('dates')).toBe('20260610T130000Z/20260610T143000Z');
    expect(url.searchParams.get('text')).toBe(base.summary);
  });
  it('Outlook gets ISO start/end and the text', () => {
    const url = new URL(outlookCalendarUrl(base));
    expect(url.searchParams.get('startdt')).toBe('2026-06-10T13:00:00.000Z');
    expect(url.searchParams.get('subject')).toBe(base.summary);
  });
});
