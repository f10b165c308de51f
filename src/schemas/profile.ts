/**
 * The VA's profile, one file per locale: `src/content/profile/<lang>.mdx`.
 * The body is the bio. Language-neutral facts (time zone, hours) are repeated
 * per locale on purpose, so each file reads on its own; the checker can compare them.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { ianaTimeZone, nonEmpty } from './shared.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time of day as HH:MM, e.g. 09:30' });

export const profileSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      name: nonEmpty,
      headline: nonEmpty,
      jobTitles: z.array(nonEmpty).min(1),
      photo: image(),
      location: nonEmpty,
      timeZone: ianaTimeZone,
      /** Languages the VA works in, as shown to clients ("Bangla (native)"). */
      languages: z.array(nonEmpty).min(1),
      engagementTypes: z.array(z.enum(['full-time', 'part-time', 'freelance', 'temporary', 'project'])).default([]),
      experienceYears: z.number().int().min(0).max(60).optional(),
      clientsServed: z.number().int().min(0).optional(),
      skills: z.array(nonEmpty).default([]),
      tools: z.array(z.object({ group: nonEmpty, items: z.array(nonEmpty).min(1) })).default([]),
      availability: z.object({
        accepting: z.boolean(),
        days: z.array(z.enum(WEEKDAYS)).min(1),
        from: clock,
        to: clock,
        /** Usual time to first reply, in hours. */
        responseHours: z.number().int().min(1).max(168),
      }),
      howIWork: z.array(z.object({ title: nonEmpty, text: nonEmpty })).default([]),
    })
    .strict();

export type ProfileData = z.output<ReturnType<typeof profileSchema>>;
