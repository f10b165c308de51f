/**
 * What a client said: `src/content/testimonials/<id>.yaml`, in the words and
 * language the client wrote, with optional translations. Untrusted text: it is
 * only ever rendered as text, never as HTML.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './shared.ts';
import { calendarDate, localeCode, longText, nonEmpty, ref, webUrl } from './shared.ts';
import type { StarterSpec } from './starter.ts';

/** Where a client wrote their words; `website` is the site's own request page (testimonials/share/). */
export const TESTIMONIAL_SOURCES = ['upwork', 'fiverr', 'linkedin', 'email', 'google', 'website', 'other'] as const;
/** Sources named in the reader's language (the others are brand names, from the networks table). */
export const SOURCES_IN_WORDS = ['email', 'website', 'other'] as const;
/**
 * How a testimonial and its consent reached the VA: the request page's form
 * (read from Netlify), an e-mail (a saved one, or one pasted into the
 * repository's issue form), a CSV import, or another way she notes herself.
 */
export const CONSENT_WAYS = ['form', 'email', 'csv', 'other'] as const;

/**
 * What the client agreed to and when: the record the request page, the
 * importer and the workflows write beside `consent: true`. A testimonial
 * written by hand with `consent: true` alone stays valid (npm run check
 * warns that its consent has no record).
 */
export const consentRecordSchema = z
  .object({
    wording: nonEmpty
      .optional()
      .describe(
        "The version of the request page's consent sentence the client agreed to (v1 is the first), when it came through that page.",
      ),
    lang: localeCode.optional().describe('The language the client read that sentence in.'),
    date: calendarDate.describe('When the client agreed.'),
    via: z.enum(CONSENT_WAYS).describe('How it came: form (the request page), email, csv (an import) or other.'),
  })
  .strict();

export const testimonialSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      quote: longText.describe("The client's own words, exactly as they wrote them."),
      lang: localeCode.describe('The language the client wrote in.'),
      translations: z
        .partialRecord(localeCode, longText)
        .default({})
        .describe(
          'Your translations, per language; readers see them marked as translated, with the original one click away.',
        ),
      author: z
        .object({
          name: nonEmpty.describe("The client's name, as they write it."),
          role: nonEmpty.optional().describe('e.g. "Founder".'),
          company: nonEmpty.optional(),
          avatar: image().optional().describe("The client's photo, if they agreed."),
          url: webUrl().optional().describe("The client's website."),
          translations: z
            .partialRecord(
              localeCode,
              z.object({ name: nonEmpty, role: nonEmpty.optional(), company: nonEmpty.optional() }).strict(),
            )
            .default({})
            .describe(
              'How readers of another language see the name, role and company (a transliterated name, a translated role).',
            ),
        })
        .strict(),
      rating: z.number().int().min(1).max(5).optional().describe('Stars from 1 to 5, if the client gave them.'),
      date: calendarDate.describe('When the client wrote it.'),
      source: z
        .object({
          platform: z.enum(TESTIMONIAL_SOURCES).describe('Where the client wrote it.'),
          url: webUrl().optional().describe('A link to the review, if it is public.'),
        })
        .strict(),
      services: z.array(ref('services')).default([]).describe('The services the client is talking about.'),
      caseStudy: ref('caseStudies').optional().describe('The case study about this client.'),
      featured: z.boolean().default(false).describe('Show on the home page.'),
      consent: z
        .boolean({ error: 'true or false: did the client agree to be quoted here?' })
        .describe(
          'Did the client agree to be quoted on this site? Without it the testimonial is not published; switch it off when a client takes their consent back.',
        ),
      consentRecord: consentRecordSchema
        .optional()
        .describe('What the client agreed to and when (written for you when a testimonial arrives by itself).'),
      // Off unless written: a file without the field is published as before, and the editor's switch (off when the
      // field is missing) never hides a testimonial by being saved untouched.
      waiting: z
        .boolean()
        .default(false)
        .describe(
          'On for a testimonial that arrived by itself: it stays off your site until you have read it and switch this off.',
        ),
    })
    .strict();

export type TestimonialData = z.output<ReturnType<typeof testimonialSchema>>;

/** What `npm run new -- testimonial` asks, and the examples in a new testimonial's file. */
export const testimonialStarter: StarterSpec = {
  ask: [
    { field: 'lang', flag: 'lang', prompt: 'quoteLanguage' },
    { field: 'quote', required: true },
    { field: 'author.name', flag: 'author', required: true },
    { field: 'author.role', flag: 'author-role' },
    { field: 'author.company', flag: 'company' },
    { field: 'rating', stars: true },
    { field: 'date', prompt: false },
    { field: 'source.platform', flag: 'source' },
    { field: 'consent' },
  ],
  fields: {
    quote: {
      comment:
        "The client's words exactly as they wrote them, in their language. Translations are yours, marked as such on the site.",
    },
    lang: { from: 'language' },
    translations: { example: (language: string) => ({ [language === 'en' ? 'bn' : 'en']: 'Your translation' }) },
    author: {
      comment: 'author: role, company, url: https://… and avatar: ./photo.jpg (with permission) are optional.',
    },
    rating: { example: 5, note: 'stars from 1 to 5, if the client gave them' },
    'source.platform': { value: 'email' },
    services: { example: ['inbox-management'], note: 'ids of the services the client talks about' },
    featured: { example: true },
    consent: {
      comment:
        'consent: true only if the client agreed to be quoted on your site. Without it, the site leaves this out.',
    },
  },
};
