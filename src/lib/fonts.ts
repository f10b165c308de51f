/**
 * Self-hosted fonts from @fontsource, derived from the locale table: one
 * family per distinct font there, served through Astro's Fonts API with the
 * `local` provider, so the build never reaches a font service. Each page
 * preloads its own script's family; the others are declared with their
 * unicode-range (read from the package's unicode.json) and download only
 * when a page has text in them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_LOCALE, LOCALES, LOCALE_CODES, type Locale } from '../i18n/locales.ts';

export const WEIGHTS = [400, 700] as const;

export interface FontFamily {
  /** CSS variable the Fonts API defines: `--font-bengali`. */
  variable: string;
  name: string;
  package: string;
  subset: string;
}

const familyOf = (locale: Locale): FontFamily => {
  const f = LOCALES[locale].font;
  return { variable: `--font-${f.subset}`, name: f.family, package: f.package, subset: f.subset };
};

/** Every page font, the base locale's (Latin) first, each family once. */
export const FAMILIES: FontFamily[] = LOCALE_CODES.map(familyOf).filter((f, i, all) => all.findIndex((o) => o.name === f.name) === i);

/** The family a locale's text is set in. */
export function fontFor(locale: Locale): FontFamily {
  return familyOf(locale);
}

/** The family that sets Latin text (names, emails, numbers) on every page. */
export const LATIN: FontFamily = familyOf(BASE_LOCALE);

/** A font file of a family, relative to the project root; `woff` for share images, `woff2` for pages. */
export function fontFile(family: FontFamily, weight: number, format: 'woff' | 'woff2' = 'woff2'): string {
  return `node_modules/@fontsource/${family.package}/files/${family.package}-${family.subset}-${weight}-normal.${format}`;
}

/** The unicode-range of a family's subset, from the @fontsource package; undefined for Latin, which covers everything else. */
export function unicodeRange(family: FontFamily, root: string): [string, ...string[]] | undefined {
  if (family.name === LATIN.name) return undefined;
  const file = path.join(root, 'node_modules', '@fontsource', family.package, 'unicode.json');
  if (!existsSync(file)) return undefined;
  const ranges = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[family.subset];
  return ranges ? (ranges.split(',') as [string, ...string[]]) : undefined;
}

/**
 * A font holding only a language's own name (about 1-2 KB, see
 * src/lib/font-subset.ts), for every language not written in Latin. The
 * language switcher on other languages' pages uses it, so an English page
 * does not download 45 KB of Bengali for "বাংলা".
 */
export interface EndonymFont {
  locale: Locale;
  variable: string;
  name: string;
  /** The family the name is cut from. */
  source: FontFamily;
}

export const ENDONYM_FONTS: EndonymFont[] = LOCALE_CODES.filter((l) => fontFor(l).name !== LATIN.name).map((l) => ({
  locale: l,
  variable: `--font-endonym-${l}`,
  name: `Sahayak Endonym ${fontFor(l).subset.replace(/^./, (c) => c.toUpperCase())}`,
  source: fontFor(l),
}));

export function endonymFont(locale: Locale): EndonymFont | undefined {
  return ENDONYM_FONTS.find((e) => e.locale === locale);
}

type Variant = { weight: number; style: 'normal'; src: [string] };

/** The `fonts` entries of astro.config.mjs: every page family, then the endonym subsets (files by locale). */
export function fontConfig<P>(provider: P, root: string, endonymFiles: Partial<Record<Locale, string>>) {
  const families = FAMILIES.map((f) => {
    const range = unicodeRange(f, root);
    return {
      provider,
      name: f.name,
      cssVariable: f.variable,
      // Other families get no fallback of their own: Latin characters in their text
      // must fall through to the Latin family (see the theme's font stacks), not to Arial.
      fallbacks: f.name === LATIN.name ? ['sans-serif'] : [],
      ...(range ? { unicodeRange: range } : {}),
      options: { variants: WEIGHTS.map((weight) => ({ weight, style: 'normal' as const, src: [`./${fontFile(f, weight)}`] })) as [Variant, ...Variant[]] },
    };
  });
  const endonyms = ENDONYM_FONTS.filter((e) => endonymFiles[e.locale]).map((e) => ({
    provider,
    name: e.name,
    cssVariable: e.variable,
    fallbacks: [],
    options: { variants: [{ weight: 400, style: 'normal' as const, src: [endonymFiles[e.locale]!] }] as [Variant] },
  }));
  return [...families, ...endonyms];
}
