/**
 * Self-hosted fonts from @fontsource, derived from the locale table: one
 * family per distinct font there, served through Astro's Fonts API with the
 * `local` provider, so the build never reaches a font service. The files
 * pages get are cut down to the site's own text (src/fonts/subset.ts).
 * Each page preloads its own script's family; the others are declared with
 * their unicode-range (read from the package's unicode.json) and download
 * only when a page has text in them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_LOCALE, LOCALES, LOCALE_CODES, type Locale } from '../languages/table.ts';

export const WEIGHTS = [400, 700] as const;

export interface FontFamily {
  /** CSS variable the Fonts API defines: `--font-bengali`. */
  variable: string;
  name: string;
  package: string;
  subset: string;
  /** Pages get the @fontsource-variable version: one file for both weights. */
  variableFont: boolean;
}

const familyOf = (locale: Locale): FontFamily => {
  const f: { family: string; package: string; subset: string; variable?: boolean } = LOCALES[locale].font;
  return {
    variable: `--font-${f.subset}`,
    name: f.family,
    package: f.package,
    subset: f.subset,
    variableFont: f.variable === true,
  };
};

/** Every page font, the base locale's (Latin) first, each family once. */
export const FAMILIES: FontFamily[] = LOCALE_CODES.map(familyOf).filter(
  (f, i, all) => all.findIndex((o) => o.name === f.name) === i,
);

/** The family a locale's text is set in. */
export function fontFor(locale: Locale): FontFamily {
  return familyOf(locale);
}

/** The locales whose text a family sets. */
export function localesOf(family: FontFamily): Locale[] {
  return LOCALE_CODES.filter((l) => fontFor(l).name === family.name);
}

/** The family that sets Latin text (names, emails, numbers) on every page. */
export const LATIN: FontFamily = familyOf(BASE_LOCALE);

/** A font file of a family, relative to the project root; `woff` for share images, `woff2` for pages. */
export function fontFile(family: FontFamily, weight: number, format: 'woff' | 'woff2' = 'woff2'): string {
  return `node_modules/@fontsource/${family.package}/files/${family.package}-${family.subset}-${weight}-normal.${format}`;
}

/**
 * The full fonts pages are cut from: the variable file (both weights, `400 700`)
 * or one static file per weight. Relative to the project root.
 */
export function pageFontSources(family: FontFamily): { weight: number | `${number} ${number}`; file: string }[] {
  if (family.variableFont) {
    return [
      {
        weight: `${WEIGHTS[0]} ${WEIGHTS.at(-1)!}`,
        file: `node_modules/@fontsource-variable/${family.package}/files/${family.package}-${family.subset}-wght-normal.woff2`,
      },
    ];
  }
  return WEIGHTS.map((weight) => ({ weight, file: fontFile(family, weight) }));
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
 * src/fonts/subset.ts), for every language not written in Latin. The
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

/**
 * A cut of a non-Latin family for its text on other languages' pages: client
 * quotes left in their own language, the entry and 404 pages that speak every
 * language, entries not yet translated, a currency sign (৳ on an English
 * page). Regular weight only, so an English page that quotes one Bangla
 * client stays within its font budget; a page of the family's own language
 * uses the whole cut instead. The text comes from SiteText.guest (site-text.ts).
 */
export interface GuestFont {
  variable: string;
  name: string;
  /** The family it is cut from. */
  source: FontFamily;
}

export const GUEST_FONTS: GuestFont[] = FAMILIES.filter((f) => f.name !== LATIN.name).map((f) => ({
  variable: `--font-guest-${f.subset}`,
  name: `Sahayak Guest ${f.subset.replace(/^./, (c) => c.toUpperCase())}`,
  source: f,
}));

export function guestFont(family: FontFamily): GuestFont | undefined {
  return GUEST_FONTS.find((g) => g.source.name === family.name);
}

type Variant = { weight: number | string; style: 'normal'; src: [string] };

/** The cut page fonts of each family, in the order of pageFontSources (src/fonts/subset.ts makes them). */
export type PageFontFiles = Record<string, string[]>;

/** The `fonts` entries of the Astro config (src/build/page-fonts.ts sets them): every page family (its cut files), the guest cuts (files by family name), the endonym subsets (files by locale). */
export function fontConfig<P>(
  provider: P,
  root: string,
  pageFiles: PageFontFiles,
  guestFiles: Record<string, string>,
  endonymFiles: Partial<Record<Locale, string>>,
) {
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
      options: {
        variants: pageFontSources(f).map(({ weight }, i) => ({
          weight,
          style: 'normal' as const,
          src: [pageFiles[f.name][i]],
        })) as [Variant, ...Variant[]],
      },
    };
  });
  const endonyms = ENDONYM_FONTS.filter((e) => endonymFiles[e.locale]).map((e) => ({
    provider,
    name: e.name,
    cssVariable: e.variable,
    fallbacks: [],
    options: { variants: [{ weight: 400, style: 'normal' as const, src: [endonymFiles[e.locale]!] }] as [Variant] },
  }));
  const guests = GUEST_FONTS.filter((g) => guestFiles[g.source.name]).map((g) => {
    const range = unicodeRange(g.source, root);
    return {
      provider,
      name: g.name,
      cssVariable: g.variable,
      fallbacks: [],
      ...(range ? { unicodeRange: range } : {}),
      options: { variants: [{ weight: 400, style: 'normal' as const, src: [guestFiles[g.source.name]] }] as [Variant] },
    };
  });
  return [...families, ...guests, ...endonyms];
}
