/**
 * What a client said: `src/content/testimonials/<id>.yaml`, in the words and
 * language the client wrote, with optional translations. Untrusted text: it is
 * only ever rendered as text, never as HTML.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { calendarDate, localeCode, nonEmpty, ref, webUrl } from './shared.ts';

export const TESTIMONIAL_SOURCES = ['upwork', 'fiverr', 'linkedin', 'email', 'google', 'other'] as const;

export const testimonialSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      quote: nonEmpty,
      /** The language the client wrote in: en, bn or hi. */
      lang: localeCode,
      /** Translations by the VA, per language; shown marked as translated. */
      translations: z.partialRecord(localeCode, nonEmpty).default({}),
      author: z
        .object({
          name: nonEmpty,
          role: nonEmpty.optional(),
          company: nonEmpty.optional(),
          avatar: image().optional(),
          url: webUrl().optional(),
          /** How readers of another language see the name, role and company (a transliterated name, a translated role). */
          translations: z.partialRecord(localeCode, z.object({ name: nonEmpty, role: nonEmpty.optional(), company: nonEmpty.optional() }).strict()).default({}),
        })
        .strict(),
      rating: z.number().int().min(1).max(5).optional(),
      date: calendarDate,
      source: z.object({ platform: z.enum(TESTIMONIAL_SOURCES), url: webUrl().optional() }).strict(),
      services: z.array(ref('services')).default([]),
      caseStudy: ref('caseStudies').optional(),
      featured: z.boolean().default(false),
      /** Did the client agree to be quoted on this site? Without consent the testimonial is not published. */
      consent: z.boolean({ error: 'true or false: did the client agree to be quoted here?' }),
    })
    .strict();

export type TestimonialData = z.output<ReturnType<typeof testimonialSchema>>;
