/**
 * Testimonials from what clients sent: each record (a row of a CSV, such as
 * Netlify's export of the site's request page, a Google Forms export or any
 * sheet with a header row; an answer block of an e-mail; a submission read
 * from Netlify's API) read into the testimonial schema and given a fate:
 * written to `src/content/testimonials/<id>.yaml`, skipped because the client
 * did not agree to be quoted, skipped as a duplicate (of an earlier record,
 * or of a file the site already has), or held back with its problems, in the
 * build's format with the line (or submission) it came from. Every source
 * goes through the same planner, so the same answers give the same file.
 * Each file records what the client agreed to and when (`consentRecord`);
 * testimonials that arrive unattended are written waiting for approval.
 * Planning writes nothing; writing never replaces a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { imageChecker } from '../check/images.ts';
import { listFiles, readContentFile } from '../check/files.ts';
import { placeholderProblems } from '../check/placeholders.ts';
import { isLocale, type Locale } from '../languages/table.ts';
import { slugify } from '../rules/slug.ts';
import { parseWording } from '../rules/request-fields.ts';
import { COLLECTIONS, collectionDir } from '../schemas/collections.ts';
import { problemsFromZod, type Problem } from '../schemas/errors.ts';
import { testimonialSchema, type CONSENT_WAYS } from '../schemas/testimonial.ts';
import { readCsv } from './csv.ts';
import { detectFormat, planColumns, type CsvFormat, type ImportField, type IGNORE } from './import-columns.ts';
import {
  cleanLine,
  cleanText,
  dayOrder,
  guessLanguage,
  isAmbiguous,
  languageChoices,
  parseLanguage,
  parseRating,
  parseSource,
  parseWebsite,
  parseYesNo,
  readDate,
  readingToDate,
  type DateReading,
} from './import-values.ts';

export interface ImportOptions {
  /** The site's folder. */
  root: string;
  /** The CSV as the VA named it (shown in messages), and where it is. */
  file: string;
  absolute: string;
  /** --map: normalised header → field. */
  map: Map<string, ImportField | typeof IGNORE>;
  /** Where the words were written when the file does not say (--source; a Netlify export says `website`). */
  source: string;
  /** --day-first: 03/04/2026 is 3 April. */
  dayFirst: boolean;
  /** The time zone a UTC time (Netlify's created_at) is dated in. */
  timeZone: string;
  /** YYYY-MM-DD, for rows without a date. */
  today: string;
  /** Write the testimonials waiting for approval (`waiting: true`), off the site until the VA switches them on. */
  waiting?: boolean;
}

/** How a record's consent came: the request page's form, an e-mail, a CSV. */
export type ConsentWay = (typeof CONSENT_WAYS)[number];

/** What every source of records shares: where the site is, what the dates mean, how the files are written. */
export interface RecordOptions {
  root: string;
  /** What problems name as the file: the CSV or e-mail as the VA named it, or the Netlify form. */
  file: string;
  timeZone: string;
  today: string;
  dayFirst: boolean;
  /** Where the words were written when the record does not say. */
  source: string;
  via: ConsentWay;
  waiting: boolean;
  /** How problems name a field (a CSV names its column too). */
  label?: (field: ImportField) => string;
}

/** One testimonial as its source gives it: the text of each field, as written. */
export interface SourceRecord {
  /** The CSV line or e-mail line it starts on, or the submission's number on Netlify. */
  line: number;
  cells: Partial<Record<ImportField, string>>;
  /** The line of a field's answer, where it differs from the record's (an e-mail's questions). */
  lines?: Partial<Record<ImportField, number>>;
  /** Problems its reader found (an answer whose question lost its colon). */
  problems?: Problem[];
  /** What its problems name as the file, where that is not the source's (a Netlify submission). */
  file?: string;
}

/** Something the VA should know about a row that is not a problem: what was guessed or added. */
export type RowNote =
  | { kind: 'language-guessed'; language: Locale }
  | { kind: 'https-added'; url: string }
  | { kind: 'no-date'; date: string }
  | { kind: 'photo' };

export type RowFate =
  | { kind: 'write'; id: string; file: string; yaml: TestimonialYaml }
  | { kind: 'no-consent' }
  | { kind: 'duplicate'; of: { file: string } | { line: number } }
  | { kind: 'problems'; problems: Problem[] };

export interface RowResult {
  line: number;
  /** The client's name as written (for the listing). */
  name: string;
  fate: RowFate;
  notes: RowNote[];
}

/** Where records come from: a CSV of some kind, an e-mail, or Netlify's API. */
export type ImportFormat = CsvFormat | 'email' | 'netlify-api';

export interface ImportPlan {
  file: string;
  format: ImportFormat;
  /** Header → field of every column read, in file order. */
  columns: [header: string, field: ImportField][];
  ignored: string[];
  rows: RowResult[];
  /** Numeric dates read month first without anything in the file to say so (e.g. "03/04/2026"). */
  dateOrderGuessed?: string;
  /** What stops the whole file (not CSV, a required column missing, --map naming no column): no row is read. */
  problems: Problem[];
}

/** The data of one testimonial file, in the schema's order, and what the file says about it in comments. */
export interface TestimonialYaml {
  data: {
    quote: string;
    lang: Locale;
    author: { name: string; role?: string; company?: string; url?: string };
    rating?: number;
    date: string;
    source: { platform: string };
    consent: true;
    consentRecord: { wording?: string; lang?: Locale; date: string; via: ConsentWay };
    waiting?: true;
  };
  line: number;
  photo: boolean;
}

/** Schema paths → the column they come from. */
const FIELD_OF_PATH: Record<string, ImportField> = {
  quote: 'quote',
  lang: 'language',
  'author.name': 'name',
  'author.role': 'role',
  'author.company': 'company',
  'author.url': 'url',
  rating: 'rating',
  date: 'date',
  'source.platform': 'source',
  consent: 'consent',
  'consentRecord.wording': 'wording',
  'consentRecord.lang': 'wording',
  'consentRecord.date': 'date',
};

/** The key two testimonials share when they are the same words by the same person. */
export function duplicateKey(name: string, quote: string): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${norm(name)}\u0000${norm(quote)}`;
}

/** The testimonials the site already has, by duplicate key → file. */
function existingTestimonials(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of listFiles(root, collectionDir('testimonials'), COLLECTIONS.testimonials.extensions)) {
    const content = readContentFile(root, file);
    if ('field' in content) continue; // the checker reports files it cannot read
    const data = content.data as { quote?: unknown; author?: { name?: unknown } } | null;
    if (typeof data?.quote === 'string' && typeof data.author?.name === 'string')
      found.set(duplicateKey(data.author.name, data.quote), file);
  }
  return found;
}

/** An id not taken by a file or by another row of this import: `ayesha-rahman-2026-11-20`, then `-2`, `-3`. */
function freeId(root: string, name: string, date: string, taken: Set<string>): string {
  let slug = slugify(name);
  // A long name is cut at a word, so ids stay readable.
  if (slug.length > 40) slug = slug.slice(0, 40).replace(/-[^-]*$/, '');
  const base = `${slug || 'testimonial'}-${date}`;
  const dir = path.join(root, collectionDir('testimonials'));
  const exists = (id: string) =>
    taken.has(id) || COLLECTIONS.testimonials.extensions.some((ext) => existsSync(path.join(dir, `${id}${ext}`)));
  let id = base;
  for (let n = 2; exists(id); n++) id = `${base}-${n}`;
  return id;
}

/** Reads the CSV and decides every row's fate; writes nothing. */
export function planImport(options: ImportOptions): ImportPlan {
  const { file } = options;
  const empty = (problems: Problem[], format: CsvFormat = 'sheet'): ImportPlan => ({
    file,
    format,
    columns: [],
    ignored: [],
    rows: [],
    problems,
  });
  const table = readCsv(file, options.absolute);
  if ('field' in table) return empty([table]);
  const format = detectFormat(table.headers);
  const plan = planColumns(table.headers, options.map, file);
  if (plan.problems.length) return empty(plan.problems, format);
  const col = plan.columns;
  const label = (field: ImportField) => {
    const header = col[field] === undefined ? undefined : table.headers[col[field]!];
    return header === undefined || header.trim().toLowerCase() === field
      ? field
      : `${field} (column ${JSON.stringify(header)})`;
  };
  const columns = (Object.entries(col) as [ImportField, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([field, i]) => [table.headers[i], field] as [string, ImportField]);
  const records: SourceRecord[] = table.rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(
      (Object.entries(col) as [ImportField, number][]).map(([field, i]) => [field, row.cells[i] ?? '']),
    ),
  }));
  const planned = planRecords(records, {
    root: options.root,
    file,
    timeZone: options.timeZone,
    today: options.today,
    dayFirst: options.dayFirst,
    source: format === 'netlify' ? 'website' : options.source,
    via: 'csv',
    waiting: Boolean(options.waiting),
    label,
  });
  return { file, format, columns, ignored: plan.ignored, ...planned, problems: [] };
}

/**
 * Decides every record's fate, the same way whatever the source: consent,
 * duplicates (of the site's testimonials and of earlier records), the
 * language (else guessed from the quote's letters), the date (else today),
 * the schema, and the record of what the client agreed to. Writes nothing.
 */
export function planRecords(
  records: SourceRecord[],
  options: RecordOptions,
): { rows: RowResult[]; dateOrderGuessed?: string } {
  const label = options.label ?? ((field: ImportField) => field);
  const cell = (record: SourceRecord, field: ImportField) => record.cells[field] ?? '';
  const readings = records.map((record) =>
    cell(record, 'date').trim() ? readDate(cell(record, 'date'), options.timeZone) : undefined,
  );
  const order = dayOrder(readings, options.dayFirst);
  const existing = existingTestimonials(options.root);
  const written = new Map<string, number>(); // duplicate key → line of the record that will be written
  const ids = new Set<string>();

  const rows = records.map((record, index): RowResult => {
    const file = record.file ?? options.file;
    const notes: RowNote[] = [];
    const name = cleanLine(cell(record, 'name'));
    const quote = cleanText(cell(record, 'quote'));
    const result = (fate: RowFate): RowResult => ({ line: record.line, name, fate, notes });
    const problems: Problem[] = [...(record.problems ?? [])];
    // A record with a place of its own (a Netlify submission) has no line: its place says where it is.
    const lineOf = (field: ImportField) => (record.file ? undefined : (record.lines?.[field] ?? record.line));
    /** Fields with a problem of our own (or the reader's), which says more than the schema's would about the same value. */
    const own = new Set<ImportField>((record.problems ?? []).map((p) => p.field as ImportField));
    const problem = (field: ImportField, expected: string, found: string) => {
      own.add(field);
      problems.push({ file, line: lineOf(field), field: label(field), expected, found });
    };

    const consent = parseYesNo(cell(record, 'consent'));
    // (A record its reader could not make out is held back with that problem, never skipped as unconsented.)
    if (consent === false && !problems.length) return result({ kind: 'no-consent' });
    if (consent === undefined)
      problem(
        'consent',
        'yes or no (did the client agree to be quoted?)',
        JSON.stringify(cleanLine(cell(record, 'consent'))),
      );

    const key = duplicateKey(name, quote);
    if (consent && name && quote) {
      if (existing.has(key)) return result({ kind: 'duplicate', of: { file: existing.get(key)! } });
      if (written.has(key)) return result({ kind: 'duplicate', of: { line: written.get(key)! } });
    }

    // Language: the column, else the quote's letters (and the VA is told).
    const languageCell = cleanLine(cell(record, 'language'));
    let lang = languageCell ? parseLanguage(languageCell) : undefined;
    if (languageCell && !lang) problem('language', languageChoices(), JSON.stringify(languageCell));
    if (!languageCell) {
      lang = guessLanguage(quote);
      notes.push({ kind: 'language-guessed', language: lang });
    }

    // Date: as the source wrote it, else today (and the VA is told).
    const dateCell = cleanLine(cell(record, 'date'));
    let date: string = dateCell;
    const reading: DateReading | undefined = readings[index];
    if (!dateCell) {
      date = options.today;
      notes.push({ kind: 'no-date', date });
    } else if (reading && isAmbiguous(reading) && order.mixed) {
      problem(
        'date',
        'a date written as YYYY-MM-DD: this column has dates both day first and month first, so this one could be either',
        JSON.stringify(dateCell),
      );
    } else if (reading) date = readingToDate(reading, order.order) ?? dateCell;

    const website = parseWebsite(cell(record, 'url'));
    if (website?.added) notes.push({ kind: 'https-added', url: website.url });
    if (parseYesNo(cell(record, 'photo')) === true) notes.push({ kind: 'photo' });
    // The consent sentence the client read, when the request page sent it (v1-bn); a language this site's table
    // does not know is left out rather than refused: the client agreed all the same.
    const wording = parseWording(cell(record, 'wording'));
    const optional = (value: string) => value || undefined;
    const data = {
      quote,
      lang: lang ?? 'en',
      author: {
        name,
        role: optional(cleanLine(cell(record, 'role'))),
        company: optional(cleanLine(cell(record, 'company'))),
        url: website?.url,
      },
      rating: parseRating(cell(record, 'rating')),
      date,
      source: { platform: parseSource(cell(record, 'source')) ?? options.source },
      consent: true as const,
      consentRecord: {
        wording: wording?.wording,
        lang: wording && isLocale(wording.lang) ? wording.lang : undefined,
        date,
        via: options.via,
      },
      ...(options.waiting ? { waiting: true as const } : {}),
    };
    // The checker's stand-in for Astro's image() (no record has a photo path; the schema needs one).
    const parsed = testimonialSchema({
      image: imageChecker(options.root, `${collectionDir('testimonials')}/import.yaml`),
    }).safeParse(data);
    const schemaProblems = parsed.success ? placeholderProblems(file, data) : problemsFromZod(file, parsed.error, data);
    for (const p of schemaProblems) {
      const field = FIELD_OF_PATH[p.field];
      if (field && own.has(field)) continue;
      const line = field ? lineOf(field) : record.file ? undefined : record.line;
      const found = { ...p, line, field: field ? label(field) : p.field };
      // The date is checked twice (the testimonial's and its consent's): say it once.
      if (!problems.some((q) => q.field === found.field && q.expected === found.expected)) problems.push(found);
    }
    if (problems.length) return result({ kind: 'problems', problems });

    written.set(key, record.line);
    const id = freeId(options.root, name, date, ids);
    ids.add(id);
    const defined = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    const clean = {
      ...data,
      author: defined(data.author),
      consentRecord: defined(data.consentRecord),
    } as TestimonialYaml['data'];
    if (clean.rating === undefined) delete clean.rating;
    return result({
      kind: 'write',
      id,
      file: `${collectionDir('testimonials')}/${id}.yaml`,
      yaml: { data: clean, line: record.line, photo: notes.some((n) => n.kind === 'photo') },
    });
  });

  const example = order.guessed ? records.find((_, i) => readings[i] && isAmbiguous(readings[i]!)) : undefined;
  return { rows, dateOrderGuessed: example && cleanLine(cell(example, 'date')) };
}

/** A comment line: one line of text whatever it holds. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const comment = (text: string) => `# ${text.replace(/[\r\n\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')}`;

/** A YAML scalar that reads back as exactly this text: quoted, or a literal block for text of several lines. */
function scalar(text: string, indent: number): string {
  // (Only the dump's final line break is dropped: a space at the end of the text is the client's.)
  const quoted = yaml.dump(text, { forceQuotes: true, quotingType: '"', lineWidth: -1 }).replace(/\n$/, '');
  if (!text.includes('\n')) return quoted;
  const block = yaml.dump(text, { lineWidth: -1 }).replace(/\n$/, '');
  if (!/^[|>]/.test(block)) return quoted;
  return block.replace(/\n/g, `\n${' '.repeat(indent)}`);
}

/**
 * The YAML file of one testimonial: the schema's order, every text quoted
 * (or a literal block), comments saying where it came from and, when the
 * client allowed a photo, where to add it.
 */
export function renderTestimonial(entry: TestimonialYaml, comments: { source: string; photo: string }): string {
  const { data } = entry;
  const lines = [
    comment(comments.source),
    `quote: ${scalar(data.quote, 0)}`,
    `lang: ${data.lang}`,
    'author:',
    `  name: ${scalar(data.author.name, 2)}`,
  ];
  if (data.author.role) lines.push(`  role: ${scalar(data.author.role, 2)}`);
  if (data.author.company) lines.push(`  company: ${scalar(data.author.company, 2)}`);
  if (entry.photo) lines.push(`  ${comment(comments.photo)}`);
  if (data.author.url) lines.push(`  url: ${scalar(data.author.url, 2)}`);
  if (data.rating !== undefined) lines.push(`rating: ${data.rating}`);
  lines.push(`date: ${data.date}`, 'source:', `  platform: ${data.source.platform}`, 'consent: true');
  const record = data.consentRecord;
  lines.push('consentRecord:');
  if (record.wording) lines.push(`  wording: ${scalar(record.wording, 2)}`);
  if (record.lang) lines.push(`  lang: ${record.lang}`);
  lines.push(`  date: ${record.date}`, `  via: ${record.via}`);
  if (data.waiting) lines.push('waiting: true');
  lines.push('');
  const text = lines.join('\n');
  // The file must say exactly what the client wrote: read it back as the checker does.
  const back = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as TestimonialYaml['data'];
  if (
    back.quote !== data.quote ||
    back.author.name !== data.author.name ||
    back.author.role !== data.author.role ||
    back.author.company !== data.author.company
  ) {
    throw new Error(
      `renderTestimonial: the YAML does not read back as the text it was given (${JSON.stringify(data.author.name)})`,
    );
  }
  return text;
}

/**
 * Writes the files of the rows to be written. A file that appeared since the
 * plan was made is never replaced: the row gets the next free id instead.
 * Returns each row's file, as written.
 */
export function writeImport(
  root: string,
  plan: ImportPlan,
  comments: (entry: TestimonialYaml, id: string) => { source: string; photo: string },
): RowResult[] {
  const dir = path.join(root, collectionDir('testimonials'));
  mkdirSync(dir, { recursive: true });
  return plan.rows.map((row) => {
    if (row.fate.kind !== 'write') return row;
    let { id } = row.fate;
    for (let n = 2; ; n++) {
      try {
        writeFileSync(path.join(dir, `${id}.yaml`), renderTestimonial(row.fate.yaml, comments(row.fate.yaml, id)), {
          flag: 'wx',
        });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        id = `${row.fate.id}-${n}`;
      }
    }
    return { ...row, fate: { ...row.fate, id, file: `${collectionDir('testimonials')}/${id}.yaml` } };
  });
}
