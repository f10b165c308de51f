/**
 * Self-hosted Noto fonts from @fontsource, served through Astro's Fonts API
 * with the `local` provider, so the build never reaches a font service.
 * One family per script; each page preloads only its own script's family.
 */
import type { Locale } from '../i18n/locales.ts';

const WEIGHTS = [400, 700] as const;

const families = {
  '--font-latin': { name: 'Noto Sans', pkg: 'noto-sans', file: 'noto-sans-latin' },
  '--font-bengali': { name: 'Noto Sans Bengali', pkg: 'noto-sans-bengali', file: 'noto-sans-bengali-bengali' },
  '--font-devanagari': { name: 'Noto Sans Devanagari', pkg: 'noto-sans-devanagari', file: 'noto-sans-devanagari-devanagari' },
} as const;

export type FontVariable = keyof typeof families;

/** The regular-weight file of a family, relative to the project root. */
export function regularFontFile(variable: FontVariable): string {
  const f = families[variable];
  return `./node_modules/@fontsource/${f.pkg}/files/${f.file}-400-normal.woff2`;
}

/** Unicode blocks per Indic family, so a page only downloads a script's font when it has that script. */
const RANGES: Partial<Record<FontVariable, [string, ...string[]]>> = {
  '--font-bengali': ['U+0951-0952', 'U+0964-0965', 'U+0980-09FE', 'U+1CD0-1CF9', 'U+200C-200D', 'U+25CC'],
  '--font-devanagari': ['U+0900-097F', 'U+1CD0-1CF9', 'U+200C-200D', 'U+20A8', 'U+20B9', 'U+25CC', 'U+A830-A839', 'U+A8E0-A8FF'],
};

/** The font family a locale's text is set in (Latin text inside it falls back to Noto Sans). */
export const FONT_FOR_LOCALE: Record<Locale, FontVariable> = {
  en: '--font-latin',
  bn: '--font-bengali',
  hi: '--font-devanagari',
};

/**
 * A font holding only a language's own name (about 1-2 KB, see
 * src/lib/font-subset.ts). The language switcher on other languages' pages
 * uses it, so an English page does not download 45 KB of Bengali for "বাংলা".
 */
export const ENDONYM_FONT = {
  bn: { variable: '--font-endonym-bengali', name: 'Sahayak Endonym Bengali' },
  hi: { variable: '--font-endonym-devanagari', name: 'Sahayak Endonym Devanagari' },
} as const satisfies Partial<Record<Locale, { variable: string; name: string }>>;

export type EndonymLocale = keyof typeof ENDONYM_FONT;

/** The `fonts` entries for the endonym subsets, given the local provider and the subset files by locale. */
export function endonymFamilies<P>(provider: P, files: Record<EndonymLocale, string>) {
  return (Object.keys(ENDONYM_FONT) as EndonymLocale[]).map((l) => ({
    provider,
    name: ENDONYM_FONT[l].name,
    cssVariable: ENDONYM_FONT[l].variable,
    fallbacks: [],
    options: { variants: [{ weight: 400, style: 'normal' as const, src: [files[l]] as [string] }] as [{ weight: number; style: 'normal'; src: [string] }] },
  }));
}

/** The `fonts` entry of astro.config.mjs, given the local provider. */
export function fontFamilies<P>(provider: P) {
  return (Object.entries(families) as [FontVariable, (typeof families)[FontVariable]][]).map(([cssVariable, f]) => ({
    provider,
    name: f.name,
    cssVariable,
    // Indic families get no fallback of their own: Latin characters in their text
    // must fall through to Noto Sans (see --font-body in global.css), not to Arial.
    fallbacks: cssVariable === '--font-latin' ? ['sans-serif'] : [],
    ...(RANGES[cssVariable] ? { unicodeRange: RANGES[cssVariable] } : {}),
    options: {
      variants: WEIGHTS.map((weight) => ({
        weight,
        style: 'normal' as const,
        src: [`./node_modules/@fontsource/${f.pkg}/files/${f.file}-${weight}-normal.woff2`] as [string],
      })) as [{ weight: number; style: 'normal'; src: [string] }, ...{ weight: number; style: 'normal'; src: [string] }[]],
    },
  }));
}
