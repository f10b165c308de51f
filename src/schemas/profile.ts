/**
 * The VA's profile, one file per locale: `src/content/profile/<lang>.mdx`.
 * The body is the bio. Language-neutral facts (time zone, hours) are repeated
 * per locale on purpose, so each file reads on its own; the checker can compare them.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { calendarDate, ianaTimeZone, longText, nonEmpty, webUrl } from './shared.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time of day as HH:MM, e.g. 09:30' });

export const profileSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      name: nonEmpty.describe('Your name, written in this language.'),
      headline: longText.describe('One sentence: what you do for clients.'),
      jobTitles: z.array(nonEmpty).min(1).describe('The first one is shown first, e.g. "Virtual assistant".'),
      photo: image().describe('A friendly, well-lit portrait.'),
      location: nonEmpty.optional().describe('City and country, e.g. "Khulna, Bangladesh" (leave empty to not say).'),
      timeZone: ianaTimeZone.describe('Your time zone, e.g. Asia/Dhaka or Asia/Kolkata.'),
      languages: z
        .array(nonEmpty)
        .min(1)
        .describe('Languages you work in, as clients should read them: "Bangla (native)".'),
      engagementTypes: z
        .array(z.enum(['full-time', 'part-time', 'freelance', 'temporary', 'project']))
        .default([])
        .describe('Ways clients can hire you.'),
      experienceYears: z.number().int().min(0).max(60).optional().describe('Years of work as an assistant.'),
      clientsServed: z.number().int().min(0).optional(),
      skills: z.array(nonEmpty).default([]).describe("Tasks you take off a client's plate."),
      tools: z
        .array(z.object({ group: nonEmpty, items: z.array(nonEmpty).min(1) }))
        .default([])
        .describe('Software you use, in groups.'),
      availability: z.object({
        accepting: z.boolean().describe('Are you taking on new clients?'),
        days: z.array(z.enum(WEEKDAYS)).min(1).describe('Your working days.'),
        from: clock.describe('Start of your working day, HH:MM.'),
        to: clock.describe('End of your working day, HH:MM.'),
        responseHours: z.number().int().min(1).max(168).describe('Usual time to your first reply, in hours.'),
      }),
      credentials: z
        .array(
          z
            .object({
              name: nonEmpty.describe('The certificate or course, e.g. "Google Workspace Administrator".'),
              issuer: nonEmpty.describe('Who gave it, e.g. "Google" or "Coursera".'),
              date: calendarDate.describe('When you earned it, as YYYY-MM-DD.'),
              url: webUrl().optional().describe('A page where clients can see it, if there is one.'),
            })
            .strict(),
        )
        .default([])
        .describe('Certificates and courses, shown on the about page and the CV; newest first.'),
      howIWork: z
        .array(z.object({ title: nonEmpty, text: longText }))
        .default([])
        .describe('The steps of working with you.'),
    })
    .strict();

export type ProfileData = z.output<ReturnType<typeof profileSchema>>;
