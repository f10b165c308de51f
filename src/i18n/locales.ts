/**
 * The one table of languages Sahayak speaks. Everything locale-specific that is
 * not a UI string (HTML lang tag, script, Intl tag, font) is read from here.
 */
export const LOCALE_CODES = ['en', 'bn', 'hi'] as const;
export type Locale = (typeof LOCALE_CODES)[number];

export interface LocaleInfo {
  /** The language's name in itself (endonym), shown in the language switcher. */
  label: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and Intl. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script; picks the font family and Indic typography rules. */
  script: 'Latn' | 'Beng' | 'Deva';
  /** Open Graph locale (`og:locale`). */
  ogLocale: string;
  /** Unicode numbering system of the script's own digits. */
  nativeDigits: 'latn' | 'beng' | 'deva';
}

export const LOCALES = {
  en: { label: 'English', lang: 'en', dir: 'ltr', script: 'Latn', ogLocale: 'en_US', nativeDigits: 'latn' },
  bn: { label: 'বাংলা', lang: 'bn-BD', dir: 'ltr', script: 'Beng', ogLocale: 'bn_BD', nativeDigits: 'beng' },
  hi: { label: 'हिन्दी', lang: 'hi-IN', dir: 'ltr', script: 'Deva', ogLocale: 'hi_IN', nativeDigits: 'deva' },
} as const satisfies Record<Locale, LocaleInfo>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}
