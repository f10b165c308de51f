/**
 * UI strings through i18next: `createT(locale, numerals)` returns a `t()` that
 * accepts only keys of `locales/en.json`, falls back key by key to the
 * default locale and then to English, picks plural forms with the locale's
 * rules and prints every number in the page's digits: interpolated ones and
 * the ones written into the strings themselves ("20 मिनट" → "२० मिनट").
 */
import i18next, { type FormatterModule } from 'i18next';
import { BASE_LOCALE, LOCALES, LOCALE_CODES, type Locale } from '../languages/table.ts';
import { formatNumber, localizeDigits, type Numerals } from './format.ts';

type EnMessages = (typeof LOCALES)[typeof BASE_LOCALE]['messages'];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Every UI string key, with plural variants folded into their base key. */
export type MessageKey = StripPlural<keyof EnMessages>;
export type TOptions = Record<string, string | number>;
export type TFunction = (key: MessageKey, options?: TOptions) => string;

/** Each locale's strings, from the locale table (mutable for tests of the fallback chain). */
export const MESSAGES = Object.fromEntries(LOCALE_CODES.map((l) => [l, LOCALES[l].messages])) as unknown as Record<
  Locale,
  Record<string, string>
>;

/** Digits written into a string, outside its {{placeholders}}, in the locale's digits. */
function withDigits(text: string, ctx: { locale: Locale; numerals: Numerals }): string {
  return text.replace(
    /(\{\{[^}]*\}\})|[0-9]+/g,
    (match, placeholder: string | undefined) => placeholder ?? localizeDigits(match, ctx),
  );
}

/**
 * Builds a translator for one locale. `fallback` is the site's default
 * locale; English, the complete catalogue, is always last in the chain.
 */
export function createT(locale: Locale, numerals: Numerals, fallback: Locale = BASE_LOCALE): TFunction {
  const ctx = { locale, numerals };
  // A formatter module so that every number placed in a string uses the locale's digits.
  const numberFormatter: FormatterModule = {
    type: 'formatter',
    init() {},
    add() {},
    addCached() {},
    format: (value: unknown): string => (typeof value === 'number' ? formatNumber(value, ctx) : (value as string)),
  };
  const instance = i18next.createInstance();
  instance.use(numberFormatter).init({
    lng: locale,
    fallbackLng: [...new Set([fallback, BASE_LOCALE])],
    resources: Object.fromEntries(
      Object.entries(MESSAGES).map(([l, m]) => [
        l,
        { translation: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, withDigits(v, ctx)])) },
      ]),
    ),
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    // Astro escapes text when it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  // A page asks for the same few dozen strings as every other page of its language: remember them.
  const done = new Map<string, string>();
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = done.get(id);
    if (text === undefined) done.set(id, (text = instance.t(key, options as Record<string, unknown>) as string));
    return text;
  };
}

/**
 * A string split around one of its placeholders, so that the placeholder can
 * be rendered as an element of its own (a language name with its `lang`):
 * `tAround(t, 'fallback.notice', 'language')` → ['… shown in ', '.'].
 */
export function tAround(t: TFunction, key: MessageKey, placeholder: string, options: TOptions = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...options, [placeholder]: '\u0000' }).split('\u0000');
  return [before, after];
}
