/**
 * The resolved site config (defaults applied, SITE_URL / BASE_PATH read),
 * and the per-locale formatting context that goes with it. Pages import this.
 */
import rawConfig from '../sahayak.config.ts';
import { resolveSiteConfig } from './schemas/site-config.ts';
import type { Locale } from './i18n/locales.ts';
import type { FormatContext } from './lib/format.ts';

export const site = resolveSiteConfig(rawConfig, process.env);

/** Formatting context for a locale under this site's numeral settings. */
export function formatContext(locale: Locale): FormatContext {
  return { locale, numerals: site.numerals[locale] };
}
