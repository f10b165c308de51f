/**
 * Proof of past work: `src/content/case-studies/<lang>/<id>.mdx`.
 * Which client, what the VA was responsible for, and what changed.
 * The body tells the story. Descriptions are the editor's hints.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { calendarDate, longText, nonEmpty, ref, webUrl } from './shared.ts';
import type { StarterSpec } from './starter.ts';

export const caseStudySchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      title: nonEmpty.describe('What you did, in a few words.'),
      summary: longText.describe('One or two sentences: the problem and what changed.'),
      client: z
        .object({
          name: nonEmpty.describe("The client's or company's name."),
          industry: nonEmpty.describe('Shown instead of the name when the client is not named.'),
          country: nonEmpty,
          logo: image().optional().describe("The client's logo, if they agreed."),
          url: webUrl().optional().describe("The client's website."),
          named: z
            .boolean({ error: 'true or false: did the client agree to be named?' })
            .describe('Did the client agree to be named? If not, the industry is shown instead of the name.'),
        })
        .strict(),
      role: nonEmpty.describe('Your role for this client, e.g. "Executive assistant".'),
      responsibilities: z.array(nonEmpty).min(1).describe('What you were responsible for, one item per line.'),
      services: z.array(ref('services')).default([]).describe('The services this work belongs to.'),
      period: z
        .object({
          start: calendarDate.describe('When the work started.'),
          end: calendarDate.optional().describe('Leave empty if the work goes on.'),
        })
        .strict()
        .refine((p) => !p.end || p.end >= p.start, { error: 'an end date on or after the start date', path: ['end'] }),
      results: z
        .array(
          z
            .object({
              label: nonEmpty.describe('What was measured, e.g. "Hours saved each week".'),
              value: z.number().describe('The number only.'),
              unit: z
                .enum(['percent', 'hours', 'days', 'count', 'currency'])
                .optional()
                .describe('How to write the number.'),
              currency: z.string().length(3).optional().describe('For money: BDT, INR, USD…'),
            })
            .strict(),
        )
        .default([])
        .describe('Numbers that show what changed.'),
      tools: z.array(nonEmpty).default([]),
      cover: image().describe('A picture at the top of the page and on cards (landscape).'),
      coverAlt: nonEmpty.describe('What the cover shows, for readers who cannot see it.'),
      gallery: z
        .array(z.object({ src: image(), alt: nonEmpty.describe('What the picture shows.') }).strict())
        .default([]),
      testimonial: ref('testimonials').optional().describe("The client's own words about this work."),
      featured: z.boolean().default(false).describe('Show on the home page.'),
      draft: z.boolean().default(false).describe('Keep it off the site for now.'),
    })
    .strict();

export type CaseStudyData = z.output<ReturnType<typeof caseStudySchema>>;

/** What `npm run new -- case-study` asks, and the examples in a new case study's files. */
export const caseStudyStarter: StarterSpec = {
  ask: [
    { field: 'title', required: true },
    { field: 'summary' },
    { field: 'client.name', flag: 'client' },
    { field: 'client.industry' },
    { field: 'client.country' },
    { field: 'client.named' },
    { field: 'role' },
    { field: 'responsibilities' },
    { field: 'period.start', flag: 'since', prompt: false },
  ],
  fields: {
    client: {
      comment:
        'client: add url: https://… and logo: ../covers/logo.png if the client agreed; named: true shows the name.',
    },
    'client.name': { same: true, todo: "the client's name" },
    'client.industry': { todo: "the client's line of work" },
    'client.country': { todo: "the client's country" },
    responsibilities: { todo: 'what you were responsible for' },
    services: { example: ['inbox-management'], note: 'ids of your services this work belongs to' },
    period: { comment: 'period: add end: YYYY-MM-DD when the work has ended.' },
    results: { example: [{ label: 'Hours saved each week', value: 6, unit: 'hours' }] },
    tools: { example: ['Gmail'] },
    coverAlt: { from: 'cover-alt' },
    testimonial: { example: 'client-testimonial-id' },
    featured: { example: true },
  },
};
