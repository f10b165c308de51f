/**
 * A service the VA sells: `src/content/services/<lang>/<id>.mdx`.
 * The same id in each language folder is the same service, translated.
 * The body holds the details.
 */
import { z } from 'astro/zod';
import { currencyCode, nonEmpty } from './shared.ts';

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
    model: z.enum(PRICE_MODELS),
    amount: z.number({ error: 'a number without currency sign or commas, e.g. 1500' }).positive(),
    currency: currencyCode,
    /** e.g. "up to 20 hours a month" */
    note: nonEmpty.optional(),
  })
  .strict();

export const serviceSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty,
    category: z.enum(SERVICE_CATEGORIES),
    prices: z.array(priceSchema).min(1, { error: 'at least one price' }),
    deliverables: z.array(nonEmpty).default([]),
    /** e.g. "Starts within 2 working days" */
    turnaround: nonEmpty.optional(),
    tools: z.array(nonEmpty).default([]),
    /** Position in lists; lower comes first. */
    order: z.number().int().default(100),
    featured: z.boolean().default(false),
  })
  .strict();

export type ServiceData = z.output<typeof serviceSchema>;
export type Price = z.output<typeof priceSchema>;
