import { describe, expect, it } from 'vitest';
import { createT, MESSAGES } from '../../src/i18n/t.ts';
import { LOCALE_CODES, LOCALES } from '../../src/languages/table.ts';
import { withBase, absoluteUrl } from '../../src/i18n/paths.ts';
import { href, routes } from '../../src/i18n/routes.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys a locale must have: every key of en.json, with plural keys expanded to that locale's categories. */
function requiredKeys(locale: string): Set<string> {
  const categories = new Intl.PluralRules(LOCALES[locale as keyof typeof LOCALES].lang).resolvedOptions()
    .pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(MESSAGES.en)) {
    if (PLURAL.test(key)) for (const c of categories) keys.add(key.replace(PLURAL, `_${c}`));
    else keys.add(key);
  }
  return keys;
}

describe('UI string catalogues', () => {
  for (const locale of LOCALE_CODES) {
    it(`${locale}.json has every key of en.json and no extra ones`, () => {
      const required = requiredKeys(locale);
      const present = new Set(Object.keys(MESSAGES[locale]));
      const missing = [...required].filter((k) => !present.has(k));
      const extra = [...present].filter(
        (k) => !required.has(k) && !(PLURAL.test(k) && required.has(k.replace(PLURAL, '_other'))),
      );
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
    });

    it(`${locale}.json has no empty strings and keeps every {{variable}} of en.json`, () => {
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        expect(value.trim(), key).not.toBe('');
        const enValue = MESSAGES.en[key] ?? MESSAGES.en[key.replace(PLURAL, '_other')];
        const vars = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
        if (enValue) expect(vars(value), key).toEqual(vars(enValue));
      }
    });
  }
});

describe('t()', () => {
  it('translates and interpolates', () => {
    const t = createT('bn', 'native');
    expect(t('nav.about')).toBe('পরিচিতি');
    expect(t('about.heading', { name: 'রুমানা' })).toBe('রুমানা-এর পরিচিতি');
  });

  it('prints interpolated numbers in the locale digits', () => {
    expect(createT('bn', 'native')('availability.response', { count: 4 })).toContain('৪');
    expect(createT('bn', 'latin')('availability.response', { count: 4 })).toContain('4');
    expect(createT('hi', 'native')('availability.response', { count: 12 })).toContain('१२');
  });

  it('writes the digits inside a string in the locale digits too, and leaves placeholders alone', () => {
    expect(createT('hi', 'native')('home.ctaBook')).toBe('२० मिनट की मुफ़्त कॉल बुक करें');
    expect(createT('hi', 'latin')('home.ctaBook')).toContain('20');
    expect(createT('bn', 'native')('availability.response', { count: 24 })).toContain('২৪');
    expect(createT('en', 'latin')('home.ctaBook')).toBe('Book a free 20-minute call');
  });

  it('names the site languages in the contact lead, in the page language, one or several', () => {
    expect(createT('en', 'latin')('contact.lead', { count: 1, languages: 'English' })).toBe('Write to me in English.');
    expect(createT('bn', 'native')('contact.lead', { count: 2, languages: 'বাংলা বা ইংরেজি' })).toBe(
      'বাংলা বা ইংরেজি, যে ভাষায় আপনার সুবিধা সেভাবেই লিখুন।',
    );
  });

  it('picks plural forms by each language rules', () => {
    const en = createT('en', 'latin');
    expect(en('highlights.years', { count: 1 })).toBe('year supporting clients');
    expect(en('highlights.years', { count: 6 })).toBe('years supporting clients');
    const hi = createT('hi', 'latin');
    // Hindi uses "one" for 0 and 1: घंटे (one) vs घंटों (other).
    expect(hi('availability.response', { count: 1 })).toContain('1 घंटे');
    expect(hi('availability.response', { count: 0 })).toContain('0 घंटे');
    expect(hi('availability.response', { count: 5 })).toContain('5 घंटों');
  });

  it('falls back key by key to the default locale, then English', () => {
    const original = MESSAGES.hi['nav.about'];
    const originalBn = MESSAGES.bn['nav.about'];
    try {
      delete MESSAGES.hi['nav.about'];
      expect(createT('hi', 'latin', 'bn')('nav.about')).toBe('পরিচিতি');
      delete MESSAGES.bn['nav.about'];
      expect(createT('hi', 'latin', 'bn')('nav.about')).toBe('About');
      expect(createT('hi', 'latin', 'bn')('nav.home')).toBe('होम');
    } finally {
      MESSAGES.hi['nav.about'] = original;
      MESSAGES.bn['nav.about'] = originalBn;
    }
  });

  it('does not escape values (Astro escapes on output)', () => {
    expect(createT('en', 'latin')('about.heading', { name: 'A & B' })).toBe('About A & B');
  });
});

describe('paths', () => {
  it('prefixes the base and the locale, always with a trailing slash', () => {
    expect(href(routes.about('bn'), '/')).toBe('/bn/about/');
    expect(href(routes.home('hi'), '/portfolio/')).toBe('/portfolio/hi/');
    expect(href(routes.service('en', 'bookkeeping'), '/hire-me/')).toBe('/hire-me/en/services/bookkeeping/');
    expect(withBase('/favicon.svg', '/portfolio')).toBe('/portfolio/favicon.svg');
  });

  it('keeps a base that starts with a locale code intact', () => {
    expect(href(routes.about('hi'), '/hire-me/')).toBe('/hire-me/hi/about/');
  });

  it('makes absolute URLs with the base', () => {
    expect(absoluteUrl('/portfolio/bn/', 'https://me.github.io')).toBe('https://me.github.io/portfolio/bn/');
  });
});
