/**
 * The part of the stylesheet that depends on the site: brand colours from
 * the config, and per language the font stack, line height and Indic or
 * Arabic typography rules from the locale table. Rendered once per page as
 * an inline <style> (site/ThemeStyle.astro), hashed into the page's CSP.
 */
import { LOCALES, LOCALE_CODES, localeInfo, type Locale } from '../languages/table.ts';
import { ENDONYM_FONTS, FAMILIES, LATIN, fontFor, guestFont, type FontFamily } from '../fonts/families.ts';
import type { Numerals } from '../i18n/format.ts';

/**
 * A font stack for text in `locale` on a page in `page`: the text's own
 * family, then Latin, then every other family (for names and quotes in other
 * scripts). A family other than the page's is its guest cut (src/fonts/families.ts),
 * which holds all such text the site has (the build checks every page).
 */
export function fontStack(locale: Locale, page: Locale = locale): string {
  const own = fontFor(locale);
  const pageFamily = fontFor(page);
  const rest = FAMILIES.filter((f) => f.name !== own.name && f.name !== LATIN.name);
  const faces = (f: FontFamily) =>
    f.name === pageFamily.name || f.name === LATIN.name ? f.variable : (guestFont(f)?.variable ?? f.variable);
  return [own, ...(own.name === LATIN.name ? [] : [LATIN]), ...rest]
    .map(faces)
    .map((v, i) => (i === 0 ? `var(${v})` : `var(${v}, sans-serif)`))
    .join(', ');
}

/**
 * A font stack for a list of language names, each in its own script
 * (`--font-language-names`, for a language select, whose options the browser
 * lays out in the select's own font): the page's family and Latin, then only
 * the tiny endonym subsets of the other scripts, so naming a language never
 * downloads its whole font.
 */
export function endonymListStack(locale: Locale): string {
  const own = fontFor(locale);
  const families = [own, ...(own.name === LATIN.name ? [] : [LATIN])].map((f) => f.variable);
  const subsets = ENDONYM_FONTS.filter((e) => e.locale !== locale).map((e) => e.variable);
  return [...families, ...subsets].map((v, i) => (i === 0 ? `var(${v})` : `var(${v}, sans-serif)`)).join(', ');
}

export function themeCss(
  colors: { brand: string; brandOnDark: string },
  locale: Locale,
  numerals: Partial<Record<Locale, Numerals>>,
): string {
  const info = LOCALES[locale];
  const rules = [
    `:root{--brand-light:${colors.brand};--brand-dark:${colors.brandOnDark};--font-body:${fontStack(locale)};--leading:${info.leading.body};--leading-tight:${info.leading.tight};--font-language-names:${endonymListStack(locale)}}`,
    // Text in another script than the page's keeps that script's font.
    ...LOCALE_CODES.filter((l) => l !== locale).map((l) => `:lang(${l}){font-family:${fontStack(l, locale)}}`),
    // A passage in another language keeps that language's direction (English text on an Urdu page, and back).
    ...(LOCALE_CODES.some((l) => localeInfo(l).dir === 'rtl')
      ? LOCALE_CODES.map((l) => `:lang(${l}){direction:${localeInfo(l).dir}}`)
      : []),
    // No fake bold or slanted emphasis in scripts that have neither.
    ...LOCALE_CODES.filter((l) => LOCALES[l].noSynthesis).map(
      (l) => `:lang(${l}){font-synthesis:none}:lang(${l}) :is(em,i,cite){font-style:normal}`,
    ),
    ...ENDONYM_FONTS.map((e) => `.endonym-${e.locale}{font-family:var(${e.variable}),${fontStack(e.locale, locale)}}`),
    // Numbered lists in the text count in the language's digits when the site uses them.
    ...LOCALE_CODES.filter((l) => numerals[l] === 'native' && LOCALES[l].counterStyle !== 'decimal').map(
      (l) => `.prose ol:lang(${l}){list-style-type:${LOCALES[l].counterStyle}}`,
    ),
  ];
  return rules.join('');
}
