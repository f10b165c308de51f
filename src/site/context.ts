/**
 * What a page and its components know about where they are: the locale, its
 * table entry, a typed t(), the formatting context, the site config and the
 * host's capabilities. src/middleware.ts puts the page's context on
 * `Astro.locals.page`; components read it there and get their data as props.
 * Code that speaks another locale (the entry page's language blocks) asks
 * `contextFor(locale)`.
 */
import { LOCALES, type Locale, type LocaleInfo } from '../languages/table.ts';
import { createT, type TFunction } from '../i18n/t.ts';
import type { FormatContext } from '../i18n/format.ts';
import type { HostCapabilities } from '../schemas/hosts.ts';
import { nameIn } from '../schemas/site-config.ts';
import { hostOf, site, type SiteConfig } from './config.ts';

export interface PageContext {
  locale: Locale;
  info: LocaleInfo;
  t: TFunction;
  fmt: FormatContext;
  site: SiteConfig;
  host: HostCapabilities;
  /** The VA's name written in this locale's script. */
  name: string;
}

const cache = new Map<Locale, PageContext>();

export function contextFor(locale: Locale): PageContext {
  let ctx = cache.get(locale);
  if (!ctx) {
    const fmt = { locale, numerals: site.numerals[locale] };
    ctx = {
      locale,
      info: LOCALES[locale],
      t: createT(locale, fmt.numerals, site.defaultLocale),
      fmt,
      site,
      host: hostOf(site),
      name: nameIn(site, locale),
    };
    cache.set(locale, ctx);
  }
  return ctx;
}

/** The enabled locale a `[lang]` URL parameter names, or the default locale (the entry and 404 pages). */
export function localeOf(param: string | undefined): Locale {
  return site.locales.find((l) => l === param) ?? site.defaultLocale;
}
