/**
 * Reading the cells of a testimonial spreadsheet the way a person wrote them:
 * text in NFC without control characters, digits in any of the site's
 * scripts, a language by code or by name (in English or in itself), yes and
 * no in the three languages, a website without https://, and dates as the
 * exports write them (YYYY-MM-DD, Netlify's ISO time in UTC, Google Forms'
 * `11/20/2026 15:45:12` and `2026/11/20 3:45:12 PM GMT+6`, `20 Nov 2026`).
 * What cannot be read is handed on as written, so the testimonial schema
 * reports it with the value the VA sees in the file.
 */
import { LOCALE_CODES, LOCALES, BASE_LOCALE, type Locale } from '../languages/table.ts';
import { TESTIMONIAL_SOURCES } from '../schemas/testimonial.ts';

/** Control characters (other than line break and tab) and bidirectional overrides: invisible, and unsafe in a terminal or a page. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A cell's text: NFC, Unix line breaks, no control characters, no spaces at line ends, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** A one-line value (a name, a role): every run of spaces and line breaks made one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/** Each language's digits (০-৯, ०-९) → Latin digits, from the locale table's numbering systems. */
const DIGITS = new Map<string, string>(
  [...new Set(LOCALE_CODES.map((l) => LOCALES[l].nativeDigits))].flatMap((system) => {
    const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    return Array.from({ length: 10 }, (_, d) => [format.format(d), String(d)] as [string, string]);
  }),
);

export function latinDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (d) => DIGITS.get(d) ?? d);
}

/** For comparing words: NFC, lowercase, single spaces, no surrounding punctuation. */
function key(value: string): string {
  return cleanLine(value)
    .toLowerCase()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/** Names people write for a language besides its code, its tag and what Intl calls it. */
const MORE_NAMES: Partial<Record<string, string[]>> = { bn: ['bengali', 'বাঙলা', 'बांग्ला'], hi: ['हिंदी', 'hindī'] };

/** Every way of writing each language: code, BCP 47 tag, endonym, and its name in each of the site's languages. */
const LANGUAGE_NAMES: Map<string, Locale> = new Map(
  LOCALE_CODES.flatMap((code) => {
    const names = [code, LOCALES[code].lang, LOCALES[code].label, ...(MORE_NAMES[code] ?? [])];
    for (const ui of LOCALE_CODES)
      names.push(new Intl.DisplayNames([LOCALES[ui].lang], { type: 'language' }).of(code) ?? code);
    return names.map((name) => [key(name), code] as [string, Locale]);
  }),
);

/** The language a cell names ("bn", "Bengali", "বাংলা", "English (US)"), if it names one. */
export function parseLanguage(value: string): Locale | undefined {
  const k = key(value);
  const exact = LANGUAGE_NAMES.get(k) ?? LANGUAGE_NAMES.get(k.split(/[-_]/)[0]);
  if (exact) return exact;
  // "বাংলা (Bangla)", "Hindi / हिन्दी": a name among other words.
  const words = k.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const found = new Set(words.map((w) => LANGUAGE_NAMES.get(w)).filter((l): l is Locale => l !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/** How a language can be written, for messages: codes, then names. */
export function languageChoices(): string {
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  const names = new Set([...LOCALE_CODES.map((c) => english.of(c) ?? c), ...LOCALE_CODES.map((c) => LOCALES[c].label)]);
  return `${LOCALE_CODES.join(', ')}, or the language's name (${[...names].join(', ')})`;
}

/** The language whose script has the most letters in the text; the base language (English) when none has any. */
export function guessLanguage(text: string): Locale {
  let best: Locale = BASE_LOCALE;
  let most = 0;
  for (const code of LOCALE_CODES) {
    if (LOCALES[code].script === LOCALES[BASE_LOCALE].script) continue;
    const count = text.match(new RegExp(`\\p{Script=${LOCALES[code].script}}`, 'gu'))?.length ?? 0;
    if (count > most) [best, most] = [code, count];
  }
  return best;
}

/** Stars as a number ("5", "৫", "4 stars", "4/5", "4 out of 5"); other text is returned for the schema to report. */
export function parseRating(value: string): number | string | undefined {
  const text = latinDigits(cleanLine(value));
  if (!text) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(?:(?:\/|out of|of)\s*5|stars?|★)?$/i.exec(text);
  return match ? Number(match[1]) : text;
}

const YES = [
  'yes',
  'y',
  'true',
  '1',
  'on',
  'checked',
  'x',
  '✓',
  '✔',
  '☑',
  'ok',
  'agree',
  'agreed',
  'i agree',
  'consent',
  'i consent',
  'হ্যাঁ',
  'হ্যা',
  'হাঁ',
  'সম্মত',
  'हाँ',
  'हां',
  'हा',
  'सहमत',
  'haan',
  'han',
];
const NO = ['no', 'n', 'false', '0', 'off', 'না', 'নাহ', 'असहमत', 'नहीं', 'नही', 'ना', 'nahi', 'nahin'];

/**
 * Yes or no ("yes" from a ticked box, "I agree to be quoted" from a Google
 * Forms checkbox, হ্যাঁ, हाँ); an empty cell is no (an unticked box sends
 * nothing); anything else is undefined, for the caller to report.
 */
export function parseYesNo(value: string): boolean | undefined {
  const k = key(value);
  if (!k) return false;
  if (NO.includes(k) || /^(no|not|don't|do not)\b/.test(k)) return false;
  if (YES.includes(k) || /^(yes|i agree|agree|i consent|i allow)\b/.test(k)) return true;
  const words = k.split(/[^\p{L}\p{M}']+/u);
  if (words.some((w) => NO.includes(w) || w === 'not' || w === "don't")) return false;
  return words.some((w) => ['agree', 'consent', 'সম্মত', 'सहमत'].includes(w)) ? true : undefined;
}

/** A website as a full address: "acme.com" → "https://acme.com"; `added` says the https:// was added. */
export function parseWebsite(value: string): { url: string; added: boolean } | undefined {
  const text = cleanLine(value);
  if (!text) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u.test(text))
    return { url: text, added: false };
  return { url: `https://${text}`, added: true };
}

/** Where the words were written ("Upwork", "E-mail", "Website"); an unknown name is returned lowercased for the schema to report. */
export function parseSource(value: string): string | undefined {
  const k = key(value).replace(/[\s-]+/g, '');
  if (!k) return undefined;
  if (k === 'mail') return 'email';
  if (k === 'web' || k === 'site' || k === 'form' || k === 'requestpage') return 'website';
  return (TESTIMONIAL_SOURCES as readonly string[]).find((s) => s === k) ?? cleanLine(value).toLowerCase();
}

// --- dates ---

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[ T,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:(?:gmt|utc)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})?)?`;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|utc|[+-]00:?00)$/i;
const YEAR_FIRST = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${TIME}$`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3})[a-z]*\\.?,?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_DAY = new RegExp(`^([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');

/** How a date cell reads: a calendar date, or day and month in an order still to be decided (3/4/2026). */
export type DateReading = { date: string } | { first: number; second: number; year: number };

const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Whether YYYY-MM-DD is a day of the calendar (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return ymd(Number(parts.year), Number(parts.month), Number(parts.day));
}

/**
 * A date cell read. Dates and times are taken as written (Google writes the
 * form owner's time), except a time in UTC (Netlify's created_at), which is
 * moved into `timeZone` first. Undefined when the text is no date format.
 */
export function readDate(value: string, timeZone: string): DateReading | undefined {
  const text = latinDigits(cleanLine(value));
  // (V8 rolls 2026-02-30T… over into March: only a real day is moved into the time zone.)
  if (ISO_UTC.test(text) && isCalendarDate(text.slice(0, 10))) {
    const instant = new Date(text.replace(' ', 'T').replace(/\s*utc$/i, 'Z'));
    if (!Number.isNaN(instant.getTime())) return { date: dateIn(instant, timeZone) };
  }
  let m = YEAR_FIRST.exec(text);
  if (m) return { date: ymd(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = YEAR_LAST.exec(text);
  if (m) return { first: Number(m[1]), second: Number(m[2]), year: Number(m[3]) };
  m = DAY_MONTH.exec(text);
  if (m && MONTHS.includes(m[2].toLowerCase()))
    return { date: ymd(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1])) };
  m = MONTH_DAY.exec(text);
  if (m && MONTHS.includes(m[1].toLowerCase()))
    return { date: ymd(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2])) };
  return undefined;
}

/** Day first (20/11/2026) or month first (11/20/2026): the order a column's dates are in. */
export type DayOrder = 'day-first' | 'month-first';

/**
 * The order of a column's numeric dates: what --day-first says, else what
 * its unambiguous dates show (a 20 can only be a day). `guessed` when
 * nothing shows it (month first then, as Google writes for the US), and
 * `mixed` when dates show both.
 */
export function dayOrder(
  readings: (DateReading | undefined)[],
  dayFirst: boolean,
): { order: DayOrder; guessed: boolean; mixed: boolean } {
  if (dayFirst) return { order: 'day-first', guessed: false, mixed: false };
  const numeric = readings.filter((r): r is Extract<DateReading, { first: number }> => r !== undefined && 'first' in r);
  const dayShown = numeric.some((r) => r.first > 12 && r.second <= 12);
  const monthShown = numeric.some((r) => r.second > 12 && r.first <= 12);
  const ambiguous = numeric.some(isAmbiguous);
  return {
    order: dayShown && !monthShown ? 'day-first' : 'month-first',
    guessed: ambiguous && !dayShown && !monthShown,
    mixed: dayShown && monthShown,
  };
}

/** Whether a reading could be either order (3/4/2026), so only the column's order decides it. */
export function isAmbiguous(reading: DateReading): boolean {
  return 'first' in reading && reading.first <= 12 && reading.second <= 12 && reading.first !== reading.second;
}

/**
 * A reading as YYYY-MM-DD: a number above 12 is the day whatever the order,
 * otherwise the column's order decides. Undefined when it is no day of the
 * calendar (31/02/2026).
 */
export function readingToDate(reading: DateReading, order: DayOrder): string | undefined {
  if ('date' in reading) return isCalendarDate(reading.date) ? reading.date : undefined;
  const dayFirst = reading.first > 12 || (reading.second <= 12 && order === 'day-first');
  const [day, month] = dayFirst ? [reading.first, reading.second] : [reading.second, reading.first];
  const date = ymd(reading.year, month, day);
  return isCalendarDate(date) ? date : undefined;
}
