/** Working days and hours, written in the page's language and digits. */
import { clockOptions, dateTimeFormat, intlTag, formatList, type FormatContext } from './format.ts';

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
export type Weekday = keyof typeof WEEKDAY_INDEX;

/** 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names. */
function weekdayName(day: Weekday, ctx: FormatContext, style: 'long' | 'short'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_INDEX[day], 12));
  return dateTimeFormat(intlTag(ctx), { weekday: style, timeZone: 'UTC' }).format(date);
}

/**
 * "Sunday–Thursday" when the days run in a row (weeks may wrap, e.g. sat–wed),
 * otherwise a list ("Monday, Wednesday and Friday").
 */
export function formatDays(
  days: readonly Weekday[],
  ctx: FormatContext,
  range: (from: string, to: string) => string = (from, to) => `${from}–${to}`,
): string {
  const idx = days.map((d) => WEEKDAY_INDEX[d]);
  const consecutive = idx.length > 2 && idx.every((v, i) => i === 0 || v === (idx[i - 1] + 1) % 7);
  if (consecutive) return range(weekdayName(days[0], ctx, 'long'), weekdayName(days.at(-1)!, ctx, 'long'));
  return formatList(
    days.map((d) => weekdayName(d, ctx, 'long')),
    ctx,
  );
}

/** A wall-clock time "HH:MM" in the locale's style ("10:00 AM", "সকাল ১০:০০"). */
export function formatClock(hhmm: string, ctx: FormatContext): string {
  const [h, m] = hhmm.split(':').map(Number);
  return dateTimeFormat(intlTag(ctx), { ...clockOptions(ctx.locale), timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, h, m)),
  );
}

/** The zone's name in the page language at a given moment ("Bangladesh Standard Time"). */
export function formatZoneName(timeZone: string, ctx: FormatContext, at: Date): string {
  const parts = dateTimeFormat(intlTag(ctx), { timeZone, timeZoneName: 'long' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
