/**
 * A webinar announcement: `src/content/webinars/<lang>/<id>.mdx`.
 * The start is a moment with an explicit UTC offset (a start without one is
 * ambiguous across time zones and rejected); the host's IANA zone says how to
 * write it for the host's audience. The body is the description.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { currencyCode, ianaTimeZone, localeCode, nonEmpty, webUrl } from './shared.ts';

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 with a UTC offset, e.g. 2027-02-18T19:00:00+06:00. (Astro's YAML parser may hand over a Date already.) */
export const offsetDateTime = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
  z
    .string({ error: 'a date and time with its UTC offset, e.g. 2027-02-18T19:00:00+06:00' })
    .regex(OFFSET_DATE_TIME, { error: 'a date and time with its UTC offset, e.g. 2027-02-18T19:00:00+06:00' })
    .refine((s) => !Number.isNaN(new Date(s).getTime()), { error: 'a real date and time, e.g. 2027-02-18T19:00:00+06:00' })
    .transform((s) => new Date(s)),
);

export const WEBINAR_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;

export const webinarSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      title: nonEmpty,
      summary: nonEmpty,
      start: offsetDateTime,
      hostTimeZone: ianaTimeZone,
      durationMinutes: z.number().int().min(15).max(720),
      /** The language the webinar is spoken in. */
      language: localeCode,
      hosts: z
        .array(
          z
            .object({
              name: nonEmpty,
              role: nonEmpty,
              photo: image().optional(),
              bio: nonEmpty,
              /** True for the VA: shows the profile photo and links to the about page. */
              isProfile: z.boolean().default(false),
            })
            .strict(),
        )
        .min(1),
      audience: nonEmpty,
      outcomes: z.array(nonEmpty).min(1),
      agenda: z.array(z.object({ minutes: z.number().int().min(1), title: nonEmpty }).strict()).default([]),
      price: z.union([z.literal('free'), z.object({ amount: z.number().positive(), currency: currencyCode }).strict()], {
        error: '"free", or an amount and currency such as { amount: 500, currency: BDT }',
      }),
      capacity: z.number().int().positive().optional(),
      /** An external registration page, or `form: true` for a Netlify form (host: netlify). */
      registration: z
        .object({ url: webUrl().optional(), form: z.boolean().default(false) })
        .strict()
        .refine((r) => r.url || r.form, { error: 'a registration url, or form: true' }),
      replayUrl: webUrl().optional(),
      cover: image(),
      coverAlt: nonEmpty,
      faq: z.array(z.object({ q: nonEmpty, a: nonEmpty }).strict()).default([]),
      status: z.enum(WEBINAR_STATUSES).default('scheduled'),
    })
    .strict();

export type WebinarData = z.output<ReturnType<typeof webinarSchema>>;
