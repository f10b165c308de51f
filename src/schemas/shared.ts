/** Small schema pieces every collection uses. */
import { z } from 'astro/zod';

/** Astro's `image()` helper, passed in by content.config.ts (tests pass a stand-in). */
export type ImageFn = () => z.ZodType;

export const nonEmpty = z.string().trim().min(1, { error: 'some text (it is empty)' });

/** An IANA time zone name that this runtime knows, e.g. Asia/Dhaka. */
export const ianaTimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  },
  { error: 'an IANA time zone name such as Asia/Dhaka or Asia/Kolkata' },
);
