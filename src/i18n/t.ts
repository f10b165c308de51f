/**
 * UI strings through i18next: `createT(locale, numerals)` returns a `t()` that
 * accepts only keys of `locales/en.json`, falls back key by key to the
 * default locale and then to English, picks plural forms with the locale's
 * rules and prints every interpolated number in the page's digits.
 */
import i18next, { type FormatterModule } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };
import bn from '../../locales/bn.json' with { type: 'json' };
import hi from '../../locales/hi.json' with { type: 'json' };
import type { Locale } from './locales.ts';
import { formatNumber, type Numerals } from '../lib/format.ts';

export const MESSAGES: Record<Locale, Record<string, string>> = { en, bn, hi };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Every UI string key, with plural variants folded into their base key. */
export type MessageKey = StripPlural<keyof typeof en>;
export type TOptions = Record<string, string | number>;
export type TFunction = (key: MessageKey, options?: TOptions) => string;

/**
 * Builds a translator for one locale. `fallback` is the site's default
 * locale; English, the complete catalogue, is always last in the chain.
 */
export function createT(locale: Locale, numerals: Numerals, fallback: Locale = 'en'): TFunction {
  // A formatter module so that every number placed in a string uses the locale's digits.
  const numberFormatter: FormatterModule = {
    type: 'formatter',
    init() {},
    add() {},
    addCached() {},
    format: (value: unknown): string => (typeof value === 'number' ? formatNumber(value, { locale, numerals }) : (value as string)),
  };
  const instance = i18next.createInstance();
  instance.use(numberFormatter).init({
    lng: locale,
    fallbackLng: [...new Set([fallback, 'en'])],
    resources: Object.fromEntries(Object.entries(MESSAGES).map(([l, m]) => [l, { translation: m }])),
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    // Astro escapes text when it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return (key, options) => instance.t(key, options as Record<string, unknown>) as string;
}
