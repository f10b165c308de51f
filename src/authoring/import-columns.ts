/**
 * Which column of a testimonial spreadsheet holds what. The canonical headers
 * are the fields themselves (name, role, company, url, language, rating,
 * quote, date, source, consent, and photo from the request page); other
 * exports are recognised by the words of their headers ("Your name",
 * "Company website", "Rating (1-5)", "I agree…", Google's "Timestamp"), in
 * English, Bangla or Hindi; `--map "Header=field"` names the rest. Columns
 * that hold none of these are ignored and listed, so the VA sees them.
 */
import { COMMAND_LINE } from './cli.ts';
import type { Problem } from '../schemas/errors.ts';

/**
 * What a column can hold, in the order the schema writes them (photo: whether
 * the client allowed a photo; wording: the request page's consent sentence,
 * `v1-bn`, which only its own form and e-mail send).
 */
export const IMPORT_FIELDS = [
  'name',
  'role',
  'company',
  'url',
  'language',
  'rating',
  'quote',
  'date',
  'source',
  'consent',
  'photo',
  'wording',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** A --map target that says "not this column". */
export const IGNORE = 'ignore';

/** Without these there is no testimonial to write, whatever the rows hold. */
export const REQUIRED_COLUMNS = ['name', 'quote', 'consent'] as const satisfies readonly ImportField[];

/** Where a CSV comes from: it decides the default source (a Netlify export is the site's own request page). */
export type CsvFormat = 'netlify' | 'google' | 'sheet';

/**
 * Words in a header and the field they point to, tried in this order (the first
 * field with a matching word or phrase wins): a photo question before the
 * consent one ("Photo permission"), consent before the website ("I agree to be
 * quoted on the website"), the website before the company ("Company website"),
 * the company before the name ("Company name").
 */
const HEADER_WORDS: [ImportField, string[]][] = [
  ['photo', ['photo', 'photograph', 'picture', 'headshot', 'avatar', 'ছবি', 'फ़ोटो', 'फोटो', 'तस्वीर']],
  ['consent', ['consent', 'agree', 'i agree', 'permission', 'may we quote', 'সম্মতি', 'সম্মত', 'अनुमति', 'सहमति', 'सहमत']],
  [
    'date',
    ['timestamp', 'date', 'created at', 'submitted at', 'টাইমস্ট্যাম্প', 'তারিখ', 'टाइमस्टैम्प', 'तारीख', 'तिथि', 'दिनांक'],
  ],
  ['url', ['website', 'web site', 'url', 'homepage', 'web address', 'link', 'ওয়েবসাইট', 'वेबसाइट']],
  ['language', ['language', 'lang', 'ভাষা', 'भाषा']],
  ['rating', ['rating', 'rate', 'stars', 'star', 'score', 'রেটিং', 'रेटिंग']],
  ['source', ['source', 'platform']],
  ['role', ['role', 'job title', 'title', 'position', 'designation', 'job', 'পদ', 'পদবি', 'পদবী', 'भूमिका', 'पद']],
  [
    'company',
    [
      'company',
      'business',
      'organisation',
      'organization',
      'brand',
      'firm',
      'employer',
      'প্রতিষ্ঠান',
      'কোম্পানি',
      'ব্যবসা',
      'कंपनी',
      'संस्था',
      'व्यवसाय',
    ],
  ],
  [
    'quote',
    [
      'quote',
      'testimonial',
      'review',
      'feedback',
      'comment',
      'comments',
      'message',
      'experience',
      'your words',
      'মতামত',
      'অভিজ্ঞতা',
      'প্রশংসাপত্র',
      'राय',
      'अनुभव',
      'प्रशंसापत्र',
      'समीक्षा',
    ],
  ],
  ['name', ['name', 'full name', 'author', 'client', 'নাম', 'नाम']],
];

/** Headers that name a field exactly, besides the field names themselves. */
const OWN_ALIASES = new Map<string, ImportField>([
  ['lang', 'language'],
  ['created at', 'date'],
]);

/** Columns Netlify adds to every form's export, besides the form's own fields. */
const NETLIFY_COLUMNS = ['created_at', 'ip', 'user_agent', 'referrer'];
/** The first column of a Google Forms export, as Google writes it in English, Bangla and Hindi. */
const GOOGLE_TIMESTAMP = ['timestamp', 'টাইমস্ট্যাম্প', 'टाइमस्टैम्प'];

/** A header's words: lowercase, NFC, split at anything that is not a letter, mark or digit ("Rating (1-5)" → rating 1 5). */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

const normalized = (header: string) => headerWords(header).join(' ');

/** The field a header's words point to, if any. */
export function recognizeHeader(header: string): ImportField | undefined {
  const words = headerWords(header);
  const has = (phrase: string) => {
    const parts = phrase.normalize('NFC').split(' ');
    return words.some((_, i) => parts.every((p, k) => words[i + k] === p));
  };
  return HEADER_WORDS.find(([, phrases]) => phrases.some(has))?.[0];
}

export function detectFormat(headers: string[]): CsvFormat {
  const exact = new Set(headers.map((h) => h.trim().toLowerCase()));
  if (REQUIRED_COLUMNS.every((f) => exact.has(f)) && NETLIFY_COLUMNS.some((c) => exact.has(c))) return 'netlify';
  if (headers.length && GOOGLE_TIMESTAMP.includes(normalized(headers[0]))) return 'google';
  return 'sheet';
}

/** `--map "Your words=quote,Stars (1 to 5)=rating"` (the flag may be repeated): header → field, as written. */
export function parseMap(values: string[]): Map<string, ImportField | typeof IGNORE> | Problem {
  const map = new Map<string, ImportField | typeof IGNORE>();
  const targets = [...IMPORT_FIELDS, IGNORE];
  for (const value of values) {
    // A field name never holds a comma, so a pair ends at the first comma after its "=field".
    const pairs = [...value.matchAll(/\s*([^=]+?)\s*=\s*([^,]*?)\s*(?:,|$)/gy)];
    const consumed = pairs.reduce((n, m) => n + m[0].length, 0);
    const bad = pairs.find((m) => !(targets as string[]).includes(m[2].toLowerCase()));
    if (!pairs.length || consumed < value.length || bad) {
      return {
        file: COMMAND_LINE,
        field: '--map',
        expected: `"Header in the file=field" pairs separated by commas, each field one of ${targets.join(', ')}, e.g. --map "Your words=quote,Stars=rating"`,
        found: JSON.stringify(bad ? `${bad[1]}=${bad[2]}` : value),
      };
    }
    for (const [, header, field] of pairs)
      map.set(normalized(header), field.toLowerCase() as ImportField | typeof IGNORE);
  }
  return map;
}

export interface ColumnPlan {
  /** The column index of each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** Headers of the columns that are not read, in file order. */
  ignored: string[];
  /** --map headers that are not in the file, and required fields without a column. */
  problems: Problem[];
}

/**
 * Assigns columns to fields: --map first, then headers that are a field's
 * own name, then headers recognised by their words, each field to the first
 * column that claims it.
 */
export function planColumns(
  headers: string[],
  map: Map<string, ImportField | typeof IGNORE>,
  file: string,
): ColumnPlan {
  const columns: ColumnPlan['columns'] = {};
  const decided = new Set<number>();
  const problems: Problem[] = [];
  const keys = headers.map(normalized);
  const assign = (index: number, field: ImportField | typeof IGNORE) => {
    decided.add(index);
    if (field !== IGNORE && columns[field] === undefined) columns[field] = index;
  };

  for (const [header, field] of map) {
    const index = keys.indexOf(header);
    if (index < 0) {
      problems.push({
        file: COMMAND_LINE,
        field: '--map',
        expected: `a column header of ${file}: ${headers.map((h) => JSON.stringify(h)).join(', ')}`,
        found: JSON.stringify(header),
      });
    } else assign(index, field);
  }
  // A field's own name, then the names the schema and Netlify give two of them (lang, created_at).
  for (const own of [(key: string) => IMPORT_FIELDS.find((f) => f === key), (key: string) => OWN_ALIASES.get(key)]) {
    keys.forEach((key, i) => {
      const field = own(key);
      if (!decided.has(i) && field && columns[field] === undefined) assign(i, field);
    });
  }
  headers.forEach((header, i) => {
    const field = decided.has(i) ? undefined : recognizeHeader(header);
    if (field && columns[field] === undefined) assign(i, field);
  });

  const found = headers.length ? `the columns ${headers.map((h) => JSON.stringify(h)).join(', ')}` : 'no columns';
  // Nothing looks like a testimonial table (a letter, a contact list): one problem for the file, not one per column.
  const noTable = REQUIRED_COLUMNS.every((field) => columns[field] === undefined);
  if (noTable) {
    problems.push({
      file,
      line: 1,
      field: '(columns)',
      expected: `a header row naming the columns, at least ${REQUIRED_COLUMNS.join(', ')} (or headers such as "Your name", "Testimonial", "I agree…")`,
      found,
    });
  }
  for (const field of REQUIRED_COLUMNS) {
    if (columns[field] !== undefined || noTable) continue;
    problems.push({
      file,
      line: 1,
      field: '(columns)',
      expected: `a column for ${field} (${COLUMN_HINTS[field]}); name yours with --map "Your header=${field}"`,
      found,
    });
  }
  const used = new Set(Object.values(columns));
  return { columns, ignored: headers.filter((h, i) => !used.has(i) && h !== ''), problems };
}

const COLUMN_HINTS: Record<(typeof REQUIRED_COLUMNS)[number], string> = {
  name: 'the client\'s name, e.g. a header "name" or "Your name"',
  quote: 'the client\'s words, e.g. a header "quote" or "Testimonial"',
  consent:
    'yes or no: did the client agree to be quoted? e.g. a header "consent" or "I agree…"; without it nothing is published',
};
