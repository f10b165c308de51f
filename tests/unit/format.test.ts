/** Digits, grouping, currency and time zones. Assertions compare digits and symbols, not CLDR wording. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent, formatTime, intlTag } from '../../src/i18n/format.ts';
import { formatClock, formatDays } from '../../src/i18n/working-hours.ts';

const bn = { locale: 'bn', numerals: 'native' } as const;
const bnLatin = { locale: 'bn', numerals: 'latin' } as const;
const hi = { locale: 'hi', numerals: 'latin' } as const;
const hiNative = { locale: 'hi', numerals: 'native' } as const;
const en = { locale: 'en', numerals: 'latin' } as const;

/** Only the digits of a formatted string, in order. */
const digits = (s: string) => s.replace(/[^\d০-৯०-९]/g, '');

describe('numbers', () => {
  it('uses Bengali digits for bn by default and Latin when configured', () => {
    expect(formatNumber(1234567, bn)).toBe('১২,৩৪,৫৬৭');
    expect(formatNumber(1234567, bnLatin)).toBe('12,34,567');
  });

  it('groups by lakh and crore for hi, in Latin or Devanagari digits', () => {
    expect(formatNumber(12345678, hi)).toBe('1,23,45,678');
    expect(formatNumber(12345678, hiNative)).toBe('१,२३,४५,६७८');
  });

  it('groups by thousands for en', () => {
    expect(formatNumber(1234567, en)).toBe('1,234,567');
  });

  it('formats percentages in the page digits', () => {
    expect(formatPercent(0.42, bn)).toContain('৪২');
    expect(formatPercent(0.42, hi)).toContain('42');
  });

  it('builds Intl tags with the numbering system', () => {
    expect(intlTag(bn)).toBe('bn-BD-u-nu-beng');
    expect(intlTag(hi)).toBe('hi-IN-u-nu-latn');
  });
});

describe('money', () => {
  it('shows BDT with the taka sign and Bengali digits on bn, no decimals for whole amounts', () => {
    const s = formatMoney(15000, 'BDT', bn);
    expect(s).toContain('৳');
    expect(digits(s)).toBe('১৫০০০');
    expect(s).toContain('১৫,০০০');
  });

  it('shows INR with the rupee sign and lakh grouping on hi', () => {
    const s = formatMoney(125000, 'INR', hi);
    expect(s).toContain('₹');
    expect(s).toContain('1,25,000');
  });

  it('shows USD with cents only when there are cents', () => {
    expect(formatMoney(25, 'USD', en)).toBe('$25');
    expect(formatMoney(12.5, 'USD', en)).toBe('$12.50');
  });
});

describe('dates and times', () => {
  const moment = new Date('2026-03-14T18:30:00Z');

  it('writes the date in the given time zone (the calendar day can change)', () => {
    expect(digits(formatDate(moment, en, 'Asia/Dhaka'))).toBe('152026');
    expect(digits(formatDate(moment, en, 'America/New_York'))).toBe('142026');
    expect(digits(formatDate(moment, bn, 'Asia/Dhaka'))).toBe('১৫২০২৬');
  });

  it('writes clock times in the zone, in the page digits', () => {
    expect(digits(formatTime(moment, en, 'Asia/Kolkata', false))).toBe('1200');
    expect(digits(formatTime(moment, bn, 'Asia/Dhaka', false))).toBe('১২৩০');
    expect(digits(formatTime(moment, hiNative, 'Asia/Kolkata', false))).toBe('१२००');
  });

  it('writes working hours and day ranges', () => {
    expect(digits(formatClock('19:00', en))).toBe('700');
    expect(digits(formatClock('10:30', bn))).toBe('১০৩০');
    expect(formatDays(['sun', 'mon', 'tue', 'wed', 'thu'], en)).toBe('Sunday–Thursday');
    expect(formatDays(['mon', 'wed', 'fri'], en)).toBe('Monday, Wednesday, and Friday');
  });
});
