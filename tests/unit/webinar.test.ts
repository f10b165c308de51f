/** Webinar timing: phases, listing order, offsets in zones with and without daylight saving, and the schema's start rule. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import ICAL from 'ical.js';
import { compareForListing, endOf, phaseAt } from '../../src/rules/webinar-phase.ts';
import { formatDateTime, isoWithOffset } from '../../src/i18n/format.ts';
import { icsFile } from '../../src/rules/calendar.ts';
import { webinarSchema } from '../../src/schemas/webinar.ts';
import { problemsFromZod, formatProblem } from '../../src/schemas/errors.ts';

const image = () => z.string();
const en = { locale: 'en', numerals: 'latin' } as const;
const timing = (start: string, status: 'scheduled' | 'postponed' | 'cancelled' = 'scheduled') => ({
  start: new Date(start),
  durationMinutes: 60,
  status,
});

describe('phaseAt', () => {
  const t = timing('2026-06-10T13:00:00Z');
  it('is upcoming before the start, live during, ended after the end', () => {
    expect(phaseAt(t, new Date('2026-06-10T12:59:59Z'))).toBe('upcoming');
    expect(phaseAt(t, new Date('2026-06-10T13:00:00Z'))).toBe('live');
    expect(phaseAt(t, new Date('2026-06-10T13:59:59Z'))).toBe('live');
    expect(phaseAt(t, new Date('2026-06-10T14:00:00Z'))).toBe('ended');
    expect(endOf(t).toISOString()).toBe('2026-06-10T14:00:00.000Z');
  });
  it('reports cancelled and postponed whatever the time', () => {
    expect(phaseAt(timing('2030-01-01T00:00:00Z', 'cancelled'), new Date('2026-01-01'))).toBe('cancelled');
    expect(phaseAt(timing('2020-01-01T00:00:00Z', 'postponed'), new Date('2026-01-01'))).toBe('postponed');
  });
  it('lists upcoming soonest first, then the rest most recent first', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const items = [
      timing('2026-01-01T00:00:00Z'),
      timing('2026-09-01T00:00:00Z'),
      timing('2026-06-01T00:00:00Z'),
      timing('2026-03-01T00:00:00Z'),
    ];
    const sorted = [...items]
      .sort((a, b) => compareForListing(a, b, now))
      .map((x) => x.start.toISOString().slice(0, 7));
    expect(sorted).toEqual(['2026-06', '2026-09', '2026-03', '2026-01']);
  });
});

describe('time zones and daylight saving', () => {
  it('writes a moment with the zone offset in force that day', () => {
    // New York switched to daylight time on 8 March 2026.
    expect(isoWithOffset(new Date('2026-03-05T15:00:00Z'), 'America/New_York')).toBe('2026-03-05T10:00:00-05:00');
    expect(isoWithOffset(new Date('2026-03-12T14:00:00Z'), 'America/New_York')).toBe('2026-03-12T10:00:00-04:00');
    // Dhaka has no daylight saving.
    expect(isoWithOffset(new Date('2026-03-12T14:00:00Z'), 'Asia/Dhaka')).toBe('2026-03-12T20:00:00+06:00');
    expect(isoWithOffset(new Date('2026-07-12T14:00:00Z'), 'Asia/Dhaka')).toBe('2026-07-12T20:00:00+06:00');
  });

  it('shows the host time the host wrote, before and after the DST switch', () => {
    for (const start of ['2026-03-05T10:00:00-05:00', '2026-03-12T10:00:00-04:00']) {
      expect(formatDateTime(new Date(start), en, 'America/New_York')).toMatch(/10:00/);
    }
    expect(formatDateTime(new Date('2027-02-18T19:00:00+06:00'), en, 'Asia/Dhaka')).toMatch(/7:00/);
  });

  it('puts the same moment in UTC in the .ics file, across the DST switch', () => {
    const stamp = new Date('2026-01-01T00:00:00Z');
    const ics = (start: string) =>
      new ICAL.Event(
        new ICAL.Component(
          ICAL.parse(
            icsFile({
              uid: 'x@y',
              sequence: 0,
              start: new Date(start),
              end: new Date(new Date(start).getTime() + 3_600_000),
              summary: 's',
              description: 'd',
              url: 'https://y/',
              stamp,
            }),
          ),
        ).getFirstSubcomponent('vevent')!,
      );
    expect(ics('2026-03-05T10:00:00-05:00').startDate.toJSDate().toISOString()).toBe('2026-03-05T15:00:00.000Z');
    expect(ics('2026-03-12T10:00:00-04:00').startDate.toJSDate().toISOString()).toBe('2026-03-12T14:00:00.000Z');
    expect(ics('2027-02-18T19:00:00+06:00').startDate.toJSDate().toISOString()).toBe('2027-02-18T13:00:00.000Z');
  });
});

describe('webinar schema', () => {
  const schema = webinarSchema({ image });
  const valid = {
    title: 'T',
    summary: 'S',
    start: '2027-02-18T19:00:00+06:00',
    hostTimeZone: 'Asia/Dhaka',
    durationMinutes: 60,
    language: 'bn',
    hosts: [{ name: 'R', role: 'VA', bio: 'B', isProfile: true }],
    audience: 'A',
    outcomes: ['O'],
    price: 'free',
    registration: { url: 'https://zoom.example/r' },
    cover: './c.jpg',
    coverAlt: 'C',
  };
  const problems = (data: unknown) => {
    const r = schema.safeParse(data);
    return r.success ? [] : problemsFromZod('w.mdx', r.error, data).map(formatProblem);
  };
  it('accepts a start with an offset and turns it into the right moment', () => {
    expect(schema.parse(valid).start.toISOString()).toBe('2027-02-18T13:00:00.000Z');
    expect(schema.parse({ ...valid, start: '2027-02-18T13:00:00Z' }).status).toBe('scheduled');
  });
  it('rejects a start without an offset, a paid price without currency and no way to register', () => {
    const p = problems({ ...valid, start: '2027-02-18T19:00:00', price: { amount: 500 }, registration: {} }).join('\n');
    expect(p).toContain(
      'w.mdx: start: expected a date and time with its UTC offset, e.g. 2027-02-18T19:00:00+06:00, found "2027-02-18T19:00:00"',
    );
    expect(p).toContain('price.currency: expected an ISO 4217 currency code such as BDT, INR or USD, found nothing');
    expect(p).toContain('registration: expected a registration url, or form: true');
  });
});
