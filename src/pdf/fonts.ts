/**
 * The fonts a PDF sets its text in, and which one sets each character. They
 * are the site's own families (the language table's, src/fonts/families.ts),
 * as the static @fontsource WOFF files the share images use, one per weight,
 * unpacked to OpenType: Noto Sans for Latin, Noto Sans Bengali and
 * Devanagari for their scripts. Noto Sans's other subsets (Latin Extended,
 * Cyrillic, Greek, Vietnamese) catch a client's name such as "Łucja". A
 * character no font has (an emoji) is left undrawn, and its text kept for
 * copying; the caller hears of it.
 *
 * A font is loaded once per process and shared (the CV page measures its
 * layout while it renders, the post-build pass writes the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../languages/table.ts';
import { FAMILIES, LATIN, fontFile, fontFor, localesOf, type FontFamily } from '../fonts/families.ts';
import { rangeTest } from '../fonts/subset.ts';
import { woffToSfnt } from '../fonts/woff.ts';
import { ShapingFont } from './font.ts';

export type Weight = 400 | 700;

/** A piece of text one font sets (no font: no font has it). */
export interface FontRun {
  font?: ShapingFont;
  text: string;
}

interface Source {
  family: FontFamily;
  /** Relative to the project root. */
  file: string;
  weight: Weight;
  inRange: (cp: number) => boolean;
  language: string;
}

const LOADED = Symbol.for('sahayak.pdfFonts');
/** Fonts by file, for the whole process (both bundles of a build share globalThis). */
function loaded(): Map<string, ShapingFont> {
  const holder = globalThis as typeof globalThis & { [LOADED]?: Map<string, ShapingFont> };
  holder[LOADED] ??= new Map();
  return holder[LOADED];
}

/** The subsets an @fontsource package has, with their unicode-ranges. */
function subsetsOf(root: string, family: FontFamily): [subset: string, ranges: string][] {
  const file = path.join(root, 'node_modules', '@fontsource', family.package, 'unicode.json');
  if (!existsSync(file)) return [];
  return Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
}

/** Characters that belong with the text before them: joiners, marks, spaces, the dandas. */
const CLINGS = /[\p{Cf}\p{M}\p{Zs}\u0964\u0965]/u;

export class FontSet {
  private root: string;
  /** Per weight: the script families first (page locale's first), then Latin, then Latin's other subsets. */
  private sources: Record<Weight, Source[]>;

  /** `locale`: the page's language, whose family wins where two have a character (₹ is in both Indic fonts). */
  constructor(root: string, locale: Locale) {
    this.root = root;
    const own = fontFor(locale);
    const scripts = FAMILIES.filter((f) => f.name !== LATIN.name).sort(
      (a, b) => Number(b.name === own.name) - Number(a.name === own.name),
    );
    const make = (weight: Weight): Source[] => {
      const sources: Source[] = [];
      for (const family of [...scripts, LATIN]) {
        const ranges = subsetsOf(root, family).find(([subset]) => subset === family.subset)?.[1];
        sources.push({
          family,
          file: fontFile(family, weight, 'woff'),
          weight,
          inRange: rangeTest(ranges?.split(',')),
          language: family.name === LATIN.name ? '' : (LOCALES[localesOf(family)[0]]?.lang ?? ''),
        });
      }
      for (const [subset, ranges] of subsetsOf(root, LATIN)) {
        if (subset === LATIN.subset || FAMILIES.some((f) => f.subset === subset)) continue;
        const family = { ...LATIN, subset };
        const file = fontFile(family, weight, 'woff');
        if (existsSync(path.join(root, file)))
          sources.push({ family, file, weight, inRange: rangeTest(ranges.split(',')), language: '' });
      }
      return sources;
    };
    this.sources = { 400: make(400), 700: make(700) };
  }

  private load(source: Source): ShapingFont {
    const file = path.join(this.root, source.file);
    let font = loaded().get(file);
    if (!font) {
      // NotoSansBengali-Bold; Latin's other subsets are named by theirs: NotoSans-latin-ext-Regular.
      const { family } = source;
      const subset = family.name === LATIN.name && family.subset !== LATIN.subset ? `-${family.subset}` : '';
      const name = `${family.name.replace(/\s+/g, '')}${subset}-${source.weight === 700 ? 'Bold' : 'Regular'}`;
      font = new ShapingFont(name, source.weight, new Uint8Array(woffToSfnt(readFileSync(file))), source.language);
      loaded().set(file, font);
    }
    return font;
  }

  /** The font that sets a character, if any has it. */
  fontOf(cp: number, weight: Weight): ShapingFont | undefined {
    for (const source of this.sources[weight]) {
      if (!source.inRange(cp)) continue;
      const font = this.load(source);
      if (font.covers(cp)) return font;
    }
    return undefined;
  }

  /**
   * A text split into the runs each font sets. A joiner, mark, space or danda
   * stays in the run before it when that font has it, so a conjunct with ZWJ
   * is shaped whole and "৳ ১,২০০" stays one run.
   */
  runs(text: string, weight: Weight): FontRun[] {
    const runs: FontRun[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const last = runs.at(-1);
      const font = last?.font && CLINGS.test(ch) && last.font.covers(cp) ? last.font : this.fontOf(cp, weight);
      if (last && last.font === font) last.text += ch;
      else runs.push({ font, text: ch });
    }
    return runs;
  }
}
