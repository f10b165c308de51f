/**
 * A webinar announcement: `src/content/webinars/<lang>/<id>.mdx`.
 * The start is a moment with an explicit UTC offset (a start without one is
 * ambiguous across time zones and rejected); the host's IANA zone says how to
 * write it for the host's audience. The body is the description.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { LOCALES, type Locale } from '../languages/table.ts';
import { currencyCode, ianaTimeZone, localeCode, longText, nonEmpty, webUrl } from './shared.ts';
import type { StarterSpec } from './starter.ts';

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 with a UTC offset, e.g. 2027-02-18T19:00:00+06:00. (Astro's YAML parser may hand over a Date already.) */
export const offsetDateTime = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
    z
      .string({ error: 'a date and time with its UTC offset, e.g. 2027-02-18T19:00:00+06:00' })
      .regex(OFFSET_DATE_TIME, { error: 'a date and time with its UTC offset, e.g. 2027-02-18T19:00:00+06:00' })
      .refine((s) => !Number.isNaN(new Date(s).getTime()), {
        error: 'a real date and time, e.g. 2027-02-18T19:00:00+06:00',
      })
      .transform((s) => new Date(s)),
  )
  .meta({ dateTime: true });

export const WEBINAR_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;

export const webinarSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      title: nonEmpty,
      summary: longText.describe('One or two sentences: who it is for and what they will learn.'),
      start: offsetDateTime.describe('Date and time, with its UTC offset, e.g. 2027-02-18T19:00:00+06:00.'),
      hostTimeZone: ianaTimeZone.describe('Your time zone: the time on the page is written in it, e.g. Asia/Dhaka.'),
      durationMinutes: z.number().int().min(15).max(720).describe('Length in minutes.'),
      language: localeCode.describe('The language the webinar is spoken in.'),
      hosts: z
        .array(
          z
            .object({
              name: nonEmpty,
              role: nonEmpty,
              photo: image().optional(),
              bio: longText,
              isProfile: z
                .boolean()
                .default(false)
                .describe('This host is you: shows your profile photo and links to your about page.'),
            })
            .strict(),
        )
        .min(1),
      audience: nonEmpty.describe('Who it is for.'),
      outcomes: z.array(nonEmpty).min(1).describe('What people will learn, one item per line.'),
      agenda: z.array(z.object({ minutes: z.number().int().min(1), title: nonEmpty }).strict()).default([]),
      // Free when left out ("price: free" is read as free too).
      price: z
        .preprocess(
          (v) => (v === 'free' ? undefined : v),
          z
            .object(
              {
                amount: z.number().positive().describe('The amount only, e.g. 500.'),
                currency: currencyCode.describe('BDT, INR, USD…'),
              },
              { error: 'an amount and currency such as { amount: 500, currency: BDT }, or nothing for a free webinar' },
            )
            .strict()
            .optional(),
        )
        .describe('Leave empty for a free webinar.'),
      capacity: z.number().int().positive().optional().describe('Number of seats, if limited.'),
      registration: z
        .object({
          url: webUrl().optional().describe('An external registration page (Zoom, Google Forms…).'),
          form: z
            .boolean()
            .default(false)
            .describe('Register on your own site (Netlify forms), instead of or besides the link.'),
        })
        .strict()
        .refine((r) => r.url || r.form, { error: 'a registration url, or form: true' }),
      replayUrl: webUrl().optional().describe('The recording, once the webinar is over.'),
      cover: image().describe('A picture for the top of the page (landscape).'),
      coverAlt: nonEmpty.describe('What the cover shows, for readers who cannot see it.'),
      faq: z
        .array(z.object({ q: nonEmpty.describe('The question.'), a: longText.describe('The answer.') }).strict())
        .default([]),
      status: z
        .enum(WEBINAR_STATUSES)
        .default('scheduled')
        .describe('Postponed or cancelled webinars say so on their page and in calendars.'),
      draft: z.boolean().default(false).describe('Keep it off the site for now.'),
    })
    .strict();

export type WebinarData = z.output<ReturnType<typeof webinarSchema>>;

/** What `npm run new -- webinar` asks, and the examples in a new webinar's files. */
export const webinarStarter: StarterSpec = {
  ask: [
    { field: 'title', required: true },
    { field: 'summary' },
    { field: 'hostTimeZone', flag: 'time-zone', prompt: false },
    { field: 'start' },
    { field: 'durationMinutes', flag: 'duration', prompt: false, example: '60' },
    { field: 'audience' },
    { field: 'outcomes' },
    { field: 'registration.url', flag: 'registration-url' },
  ],
  fields: {
    hostTimeZone: { from: 'zone' },
    durationMinutes: { value: 60 },
    language: { from: 'language' },
    hosts: { from: 'profile-person' },
    outcomes: { todo: 'what people will learn, one item each' },
    agenda: { example: [{ minutes: 15, title: 'Welcome and questions' }] },
    price: {
      example: (locale: Locale) => ({ amount: 500, currency: LOCALES[locale].currency }),
      note: 'leave out for a free webinar',
    },
    capacity: { example: 100 },
    registration: { from: 'sign-up' },
    replayUrl: { example: 'https://…', note: 'the recording, once it is over' },
    coverAlt: { from: 'cover-alt' },
    faq: { example: [{ q: 'Is it recorded?', a: 'Yes, everyone who registers gets the link.' }] },
  },
};
