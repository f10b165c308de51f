/** An entry as shown on a locale's page: real translation, or the default locale's entry as a fallback. */
import type { Locale } from '../i18n/locales.ts';

export interface Localized<T> {
  entry: T;
  /** The language the content is actually written in. */
  contentLocale: Locale;
  /** True when the page's locale has no translation and the default locale's content is shown. */
  fallback: boolean;
}
