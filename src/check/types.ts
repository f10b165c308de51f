/** What the checker finds: entries, problems (errors) and warnings. */
import type { Locale } from '../languages/table.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { Problem } from '../schemas/errors.ts';

export interface CheckedEntry {
  collection: CollectionName;
  file: string;
  id: string;
  /** undefined for language-neutral collections (testimonials). */
  locale?: Locale;
  /** Parsed data when valid, else undefined. */
  data?: Record<string, unknown>;
  /** Raw data as read, for references even when invalid. */
  raw: Record<string, unknown>;
}

/**
 * Something a VA should know about but that does not stop the build. Its
 * text is the message `cli.warning.<kind>` with `params`, in the language
 * the command speaks (report.ts).
 */
export interface Warning {
  kind: WarningKind;
  file: string;
  collection?: CollectionName;
  id?: string;
  params: Record<string, string | number>;
}

export const WARNING_KINDS = [
  'locale-not-enabled',
  'not-in-default-locale',
  'stale-translation',
  'draft',
  'webinar-without-replay',
  'demo-setting',
  'demo-image',
  'demo-entry',
  'consent-without-record',
  'waiting-approval',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface MissingTranslation {
  collection: CollectionName;
  id: string;
  /** Enabled locales without a file for this entry. */
  missing: Locale[];
  /** The locale whose text the missing locales' pages show. */
  shownIn: Locale;
}

export interface CheckResult {
  problems: Problem[];
  warnings: Warning[];
  entries: CheckedEntry[];
  missingTranslations: MissingTranslation[];
  /** Entries whose file could not be read (encoding or syntax): references to them are not reported again. */
  unreadable: { collection: CollectionName; id: string; locale?: Locale }[];
}
