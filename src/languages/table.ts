/**
 * The one table of languages Sahayak speaks. Everything a language needs that
 * is not a UI string lives in its entry: endonym, tags, direction, script,
 * digits, fonts for pages and share images, typography. Fonts, share images,
 * JSON-LD, the config schema, the checker and the CSS are derived from it.
 *
 * Adding a language: one entry here (with its strings' import), one
 * `locales/<code>.json`, one @fontsource dependency (docs/adding-a-language.md).
 * This module is the bottom of the import graph: it imports only the strings.
 */
import en from '../../locales/en.json' with { type: 'json' };
import bn from '../../locales/bn.json' with { type: 'json' };
import hi from '../../locales/hi.json' with { type: 'json' };

export interface LocaleInfo {
  /** The language's name in itself (endonym), shown in the language switcher. */
  label: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and Intl. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script: picks the font family and the typography rules. */
  script: string;
  /** Open Graph locale (`og:locale`). */
  ogLocale: string;
  /** Unicode numbering system of the script's own digits (`beng`, `deva`, `arabext`…). */
  nativeDigits: string;
  /** The CSS counter style that writes those digits (ordered lists follow the numeral setting). */
  counterStyle: string;
  /** Digits used when the site config says nothing: `native` or `latin`. */
  defaultNumerals: 'native' | 'latin';
  /** The currency a free event's price is written in for this language's readers (JSON-LD needs one). */
  currency: string;
  /**
   * The page font: an @fontsource package (a devDependency), the subset of it that holds
   * this script, and its family name. Share images use its .woff files. Pages use a cut of
   * its .woff2 files down to the site's text (src/fonts/subset.ts), or, with `variable`,
   * of the same family's @fontsource-variable package (also a devDependency): one file
   * for both weights, a fifth to a third smaller than the two.
   */
  font: { family: string; package: string; subset: string; variable?: boolean };
  /** Line height for body text and headings; scripts with marks above and below need more. */
  leading: { body: number; tight: number };
  /** Scripts without real italics or fake bold (Indic, Arabic): no synthesis, no slanted emphasis. */
  noSynthesis: boolean;
  /** The UI strings (`locales/<code>.json`); keys missing here fall back to the default locale, then English. */
  messages: Record<string, string>;
}

export const LOCALES = {
  en: {
    label: 'English',
    lang: 'en',
    dir: 'ltr',
    script: 'Latn',
    ogLocale: 'en_US',
    nativeDigits: 'latn',
    counterStyle: 'decimal',
    defaultNumerals: 'latin',
    currency: 'USD',
    font: { family: 'Noto Sans', package: 'noto-sans', subset: 'latin', variable: true },
    leading: { body: 1.6, tight: 1.25 },
    noSynthesis: false,
    messages: en,
  },
  bn: {
    label: 'বাংলা',
    lang: 'bn-BD',
    dir: 'ltr',
    script: 'Beng',
    ogLocale: 'bn_BD',
    nativeDigits: 'beng',
    counterStyle: 'bengali',
    defaultNumerals: 'native',
    currency: 'BDT',
    font: { family: 'Noto Sans Bengali', package: 'noto-sans-bengali', subset: 'bengali', variable: true },
    leading: { body: 1.8, tight: 1.45 },
    noSynthesis: true,
    messages: bn,
  },
  hi: {
    label: 'हिन्दी',
    lang: 'hi-IN',
    dir: 'ltr',
    script: 'Deva',
    ogLocale: 'hi_IN',
    nativeDigits: 'deva',
    counterStyle: 'devanagari',
    defaultNumerals: 'latin',
    currency: 'INR',
    font: { family: 'Noto Sans Devanagari', package: 'noto-sans-devanagari', subset: 'devanagari', variable: true },
    leading: { body: 1.8, tight: 1.45 },
    noSynthesis: true,
    messages: hi,
  },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as [Locale, ...Locale[]];

/** The language whose strings are complete and whose font sets Latin text on every page. */
export const BASE_LOCALE = 'en' satisfies Locale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** A locale's entry, typed as the general shape (for code that must not depend on one language's literal values). */
export function localeInfo(locale: Locale): LocaleInfo {
  return LOCALES[locale];
}
