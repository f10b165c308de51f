/**
 * A service the VA sells: `src/content/services/<lang>/<id>.mdx`.
 * The same id in each language folder is the same service, translated.
 * The body holds the details. Descriptions are the editor's hints.
 */
import { z } from 'astro/zod';
import { currencyCode, longText, nonEmpty } from './shared.ts';
import type { StarterSpec } from './starter.ts';

export const SERVICE_CATEGORIES = [
  'email-management',
  'calendar-scheduling',
  'social-media',
  'marketing-webinars',
  'blog-content',
  'ebook-guest-posts',
  'research-data',
  'data-entry-admin',
  'bookkeeping-billing',
  'customer-support',
  'travel',
  'other',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const PRICE_MODELS = ['hourly', 'project', 'monthly', 'package'] as const;

export const priceSchema = z
  .object({
    model: z
      .enum(PRICE_MODELS)
      .describe('How the price is counted: per hour, per project, per month or a fixed package.'),
    amount: z
      .number({ error: 'a number without currency sign or commas, e.g. 1500' })
      .positive()
      .describe('The amount only, without currency sign or commas, e.g. 1500.'),
    currency: currencyCode.describe('Three capital letters: BDT, INR, USD…'),
    note: nonEmpty.optional().describe('A short condition, e.g. "up to 20 hours a month".'),
  })
  .strict();

export const serviceSchema = z
  .object({
    title: nonEmpty.describe('The name of the service, as clients search for it.'),
    summary: longText.describe('One or two sentences: what the client gets.'),
    category: z.enum(SERVICE_CATEGORIES).describe('Groups the services page.'),
    prices: z
      .array(priceSchema)
      .min(1, { error: 'at least one price' })
      .describe('At least one price, in the currency your readers in this language pay in.'),
    deliverables: z.array(nonEmpty).default([]).describe('What the client receives, one item per line.'),
    turnaround: nonEmpty.optional().describe('When you can start, e.g. "Starts within 2 working days".'),
    tools: z.array(nonEmpty).default([]).describe('Software you use for this service.'),
    order: z.number().int().default(100).describe('Position in lists: lower comes first.'),
    featured: z.boolean().default(false).describe('Show on the home page.'),
    draft: z.boolean().default(false).describe('Keep it off the site for now.'),
  })
  .strict();

export type ServiceData = z.output<typeof serviceSchema>;
export type Price = z.output<typeof priceSchema>;

/** What `npm run new -- service` asks, and the examples in a new service's files. */
export const serviceStarter: StarterSpec = {
  ask: [
    { field: 'title', required: true },
    { field: 'summary' },
    { field: 'category' },
    { field: 'prices.model', flag: 'model' },
    { field: 'prices.currency', flag: 'currency' },
    { field: 'prices.amount', flag: 'amount', example: '1500' },
  ],
  fields: {
    category: { value: 'other' },
    prices: {
      comment: `prices: one or more; model is ${PRICE_MODELS.join(', ')}; the amount without currency sign or commas.`,
    },
    'prices.currency': { from: 'currency' },
    // A price is in the currency of each language's readers: the amount carries over only with a currency chosen for all.
    'prices.amount': { unitOf: 'currency', standIn: { value: 1, todo: 'write your price' } },
    deliverables: { example: ['A weekly summary of what was done'] },
    turnaround: { example: 'Starts within 2 working days' },
    tools: { example: ['Gmail', 'Trello'] },
    order: { example: 10, note: 'lower comes first' },
    featured: { example: true, note: 'show on the home page' },
  },
};
