/**
 * Numbers, money, dates and times for a page's locale, with Intl only.
 * Every function takes a FormatContext so the numeral choice from the site
 * config (native or Latin digits) applies everywhere the same way.
 */
import { localeInfo, type Locale } from '../languages/table.ts';

export type Numerals = 'native' | 'latin';

export interface FormatContext {
  locale: Locale;
  numerals: Numerals;
}

/** The Intl tag for a locale and numeral choice, e.g. `bn-BD-u-nu-beng` or `hi-IN-u-nu-latn`. */
export function intlTag({ locale, numerals }: FormatContext): string {
  const info = localeInfo(locale);
  const nu = numerals === 'native' ? info.nativeDigits : 'latn';
  return `${info.lang}-u-nu-${nu}`;
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
/**
 * Intl formatters, made once per language and options: making one costs
 * far more than using it, and a build formats thousands of numbers and dates.
 */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n ${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.NumberFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `d ${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format;
}

const digitTables = new Map<string, string[]>();
/** ASCII digits written in the locale's digits ("20" → "২০"); unchanged for Latin numerals. */
export function localizeDigits(text: string, ctx: FormatContext): string {
  if (ctx.numerals === 'latin' || localeInfo(ctx.locale).nativeDigits === 'latn') return text;
  const tag = intlTag(ctx);
  let digits = digitTables.get(tag);
  if (!digits) {
    const format = new Intl.NumberFormat(tag, { useGrouping: false });
    digits = Array.from({ length: 10 }, (_, d) => format.format(d));
    digitTables.set(tag, digits);
  }
  return text.replace(/[0-9]/g, (d) => digits[Number(d)]);
}

/** A plain number, grouped the locale's way (lakh grouping for bn-BD and hi-IN). */
export function formatNumber(value: number, ctx: FormatContext, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(intlTag(ctx), options).format(value);
}

/** A ratio (0.25) as a percentage ("25%", "২৫%"). */
export function formatPercent(ratio: number, ctx: FormatContext, maximumFractionDigits = 0): string {
  return formatNumber(ratio, ctx, { style: 'percent', maximumFractionDigits });
}

/**
 * Money in an ISO 4217 currency (BDT, INR, USD, …). Whole amounts show no
 * decimals, so "৳ ১৫,০০০" rather than "৳ ১৫,০০০.০০".
 */
export function formatMoney(amount: number, currency: string, ctx: FormatContext): string {
  const whole = Number.isInteger(amount);
  return formatNumber(amount, ctx, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}

/** A calendar date in the given IANA time zone, e.g. "12 March 2026" / "১২ মার্চ, ২০২৬". */
export function formatDate(
  date: Date,
  ctx: FormatContext,
  timeZone = 'UTC',
  style: 'long' | 'medium' = 'long',
): string {
  return dateTimeFormat(intlTag(ctx), { dateStyle: style, timeZone }).format(date);
}

/** A month and year, for periods such as case studies ("March 2026"). */
export function formatMonth(date: Date, ctx: FormatContext, timeZone = 'UTC'): string {
  return dateTimeFormat(intlTag(ctx), { month: 'long', year: 'numeric', timeZone }).format(date);
}

/**
 * Clock options for a locale. Bangla and Hindi readers say the part of the day
 * ("সন্ধ্যা", "शाम") rather than AM/PM, which CLDR's short time style prints in Latin.
 */
export function clockOptions(locale: FormatContext['locale']): Intl.DateTimeFormatOptions {
  return locale === 'en'
    ? { hour: 'numeric', minute: '2-digit' }
    : { hour: 'numeric', minute: '2-digit', dayPeriod: 'short' };
}

/** A clock time in the given IANA time zone, with the zone's short name ("7:30 PM GMT+6"). */
export function formatTime(date: Date, ctx: FormatContext, timeZone: string, withZone = true): string {
  return dateTimeFormat(intlTag(ctx), {
    ...clockOptions(ctx.locale),
    timeZone,
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}

/** Date and time together in one zone, for events ("Thursday, February 18, 2027 at 7:00 PM", "गुरुवार, 18 फ़रवरी 2027 को शाम 7:00 बजे"). */
export function formatDateTime(date: Date, ctx: FormatContext, timeZone: string): string {
  return dateTimeFormat(intlTag(ctx), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...clockOptions(ctx.locale),
    timeZone,
  }).format(date);
}

/** A list joined the locale's way ("email, calendar and travel"). */
export function formatList(
  items: readonly string[],
  ctx: FormatContext,
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(localeInfo(ctx.locale).lang, { style: 'long', type }).format(items);
}

/** Languages named in the page's language, as a list: "Bangla, Hindi or English". */
export function formatLanguages(
  codes: readonly string[],
  ctx: FormatContext,
  type: Intl.ListFormatType = 'disjunction',
): string {
  const names = new Intl.DisplayNames(localeInfo(ctx.locale).lang, { type: 'language' });
  return formatList(
    codes.map((code) => names.of(code) ?? code),
    ctx,
    type,
  );
}

/** A measured result: 40 percent → "40%", 12 hours → "12 hours" / "১২ ঘণ্টা", money in its currency. */
export function formatMetric(
  value: number,
  unit: 'percent' | 'hours' | 'days' | 'count' | 'currency' | undefined,
  ctx: FormatContext,
  currency?: string,
): string {
  switch (unit) {
    case 'percent':
      return formatNumber(value, ctx, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
    case 'hours':
      return formatNumber(value, ctx, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
    case 'days':
      return formatNumber(value, ctx, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
    case 'currency':
      return currency ? formatMoney(value, currency, ctx) : formatNumber(value, ctx);
    default:
      return formatNumber(value, ctx, { maximumFractionDigits: 1 });
  }
}

/** An ISO 8601 date-time written in a zone with its offset: 2027-02-18T19:00:00+06:00. */
export function isoWithOffset(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The moment a wall-clock time (`2027-02-18 19:00`) names in a time zone; undefined if it is not a real time there. */
export function fromWallTime(wall: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(wall.trim());
  if (!m) return undefined;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const offsetAt = (ms: number) => {
    const [, sign, h, min] = /([+-])(\d{2}):(\d{2})$/.exec(isoWithOffset(new Date(ms), timeZone))!;
    return (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(min)) * 60_000;
  };
  // The offset at the guess, then again at the result (a guess across a clock change is off by the change).
  let moment = asUtc - offsetAt(asUtc);
  moment = asUtc - offsetAt(moment);
  const back = isoWithOffset(new Date(moment), timeZone).slice(0, 16).replace('T', ' ');
  return back === `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` ? new Date(moment) : undefined;
}
