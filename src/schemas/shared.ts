/** Small schema pieces every collection uses. */
import { z } from 'astro/zod';
import { LOCALE_CODES } from '../languages/table.ts';
import { HOST_NAMES } from './hosts.ts';

/** Astro's `image()` helper, passed in by content.config.ts (the checker passes a stand-in). */
export type ImageFn = () => z.ZodType;

export const nonEmpty = z.string().trim().min(1, { error: 'some text (it is empty)' });

/** Text of more than one line (a summary, a bio, a quote): a text area in the editor. */
export const longText = nonEmpty.meta({ multiline: true });

export const localeCode = z.enum(LOCALE_CODES);

export const hostName = z.enum(HOST_NAMES);

/** An http(s) address; zod's plain url() would also take mailto: or javascript:. */
export const webUrl = (error = 'a full web address starting with https://') => z.url({ protocol: /^https?$/, error });

/**
 * A calendar date written as YYYY-MM-DD. A string that is not a real day
 * (2025-02-30) is rejected rather than rolled over into March. (YAML parsers
 * may hand over a Date already; the checker reads dates as text to catch this.)
 */
export const calendarDate = z.preprocess(
  (v) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v ? date : new Date(Number.NaN);
  },
  z.date({ error: 'a date written as YYYY-MM-DD, e.g. 2025-03-01' }).refine((d) => !Number.isNaN(d.getTime()), {
    error: 'a real date written as YYYY-MM-DD, e.g. 2025-03-01',
  }),
);

/** What an entry id looks like: the file name without extension, in lowercase ASCII with dashes. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id: the file name without extension, e.g. `inbox-management`. */
export const entryId = z.string().regex(ENTRY_ID, {
  error: 'an entry id: the file name without extension, in lowercase-with-dashes',
});

/**
 * The collection an entry refers to: a name of the registry in collections.ts. (The registry is
 * made of these schemas, so its names cannot type them; tests/unit/schemas.test.ts checks that
 * every reference names a collection with ids, and the checker and the editor rely on it.)
 */
export type ReferenceTarget = string;

/**
 * A reference to an entry of another collection, by id. The target is kept as
 * metadata on the schema, so the checker and the editor's configuration find
 * every reference by walking the schemas (see walk.ts), not from a second list.
 */
export const ref = (target: ReferenceTarget) => entryId.meta({ reference: target });

/** An ISO 4217 currency code this runtime can format (BDT, INR, USD, …). */
export const currencyCode = z
  .string({ error: 'an ISO 4217 currency code such as BDT, INR or USD' })
  .refine((code) => /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code), {
    error: 'an ISO 4217 currency code such as BDT, INR or USD',
  })
  .meta({ neutral: true, pattern: '^[A-Z]{3}$' });

/** An IANA time zone name that this runtime knows, e.g. Asia/Dhaka. */
export const ianaTimeZone = z
  .string({ error: 'an IANA time zone name such as Asia/Dhaka or Asia/Kolkata' })
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return zone.includes('/') || zone === 'UTC';
      } catch {
        return false;
      }
    },
    { error: 'an IANA time zone name such as Asia/Dhaka or Asia/Kolkata' },
  )
  .meta({
    neutral: true,
    examples: ['Asia/Dhaka', 'Asia/Kolkata', 'Asia/Karachi', 'Europe/London', 'America/New_York'],
  });
