/**
 * Proof of past work: `src/content/case-studies/<lang>/<id>.mdx`.
 * Which client, what the VA was responsible for, and what changed.
 * The body tells the story.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { calendarDate, nonEmpty, ref, webUrl } from './shared.ts';

export const caseStudySchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      title: nonEmpty,
      summary: nonEmpty,
      client: z
        .object({
          name: nonEmpty,
          industry: nonEmpty,
          country: nonEmpty,
          logo: image().optional(),
          url: webUrl().optional(),
          /** Did the client agree to be named? If not, the industry is shown instead of the name. */
          named: z.boolean({ error: 'true or false: did the client agree to be named?' }),
        })
        .strict(),
      role: nonEmpty,
      responsibilities: z.array(nonEmpty).min(1),
      /** Ids of services (file names in src/content/services/<lang>/). */
      services: z.array(ref('services')).default([]),
      period: z
        .object({ start: calendarDate, end: calendarDate.optional() })
        .strict()
        .refine((p) => !p.end || p.end >= p.start, { error: 'an end date on or after the start date', path: ['end'] }),
      results: z
        .array(z.object({ label: nonEmpty, value: z.number(), unit: z.enum(['percent', 'hours', 'days', 'count', 'currency']).optional(), currency: z.string().length(3).optional() }).strict())
        .default([]),
      tools: z.array(nonEmpty).default([]),
      cover: image(),
      coverAlt: nonEmpty,
      gallery: z.array(z.object({ src: image(), alt: nonEmpty }).strict()).default([]),
      /** Id of a testimonial (file name in src/content/testimonials/). */
      testimonial: ref('testimonials').optional(),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
    })
    .strict();

export type CaseStudyData = z.output<ReturnType<typeof caseStudySchema>>;
