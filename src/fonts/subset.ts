/**
 * Page fonts cut down to the glyphs the site's text needs, with HarfBuzz.
 *
 * Cutting by characters is not enough for Bengali or Devanagari: HarfBuzz
 * then keeps every conjunct the kept letters could form, nearly the whole
 * font. So every word of the site's text (src/fonts/site-text.ts) is shaped
 * with the full font and the subset keeps exactly the glyphs that come out,
 * and the layout rules among them (HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE). Then
 * every word is shaped again in the subset: a word that does not come out
 * as in the full font needed a glyph it only passes through (a half form or
 * reph inside a conjunct), so it is shaped once more with HarfBuzz's trace,
 * which records every glyph of every step, and the font is cut again. (The
 * trace costs forty times a plain shaping, so only such words pay it.) The
 * post-build pass checks the built pages the same way
 * (src/build/publish/font-check.ts); tests/e2e/font-cuts.spec.ts compares
 * rendered widths in Chromium.
 *
 * Cached by content in node_modules/.cache/sahayak/fonts: each word's glyphs
 * per source font, and each subset under the hash of its inputs, so a build
 * whose text gained no glyph writes the same bytes (and Astro the same file
 * name) as the last. Node only: src/build/page-fonts.ts calls it in the build's setup.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import { compress, decompress } from 'wawoff2';
import { LOCALES, type Locale } from '../languages/table.ts';
import { cacheDir } from '../project/cache-dir.ts';
import type { SiteText } from './site-text.ts';
import {
  ENDONYM_FONTS,
  FAMILIES,
  WEIGHTS,
  fontFile,
  guestFont,
  localesOf,
  pageFontSources,
  unicodeRange,
  type FontFamily,
  type PageFontFiles,
} from './families.ts';

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/** Bump when the way words are cut or shaped changes, to drop old caches. */
const VERSION = 'words-4';

/** Parses a CSS unicode-range list (`U+0980-09FE`, `U+25CC`) into a test. */
export function rangeTest(ranges: readonly string[] | undefined): (cp: number) => boolean {
  if (!ranges) return () => true;
  const spans = ranges.map((r) => {
    const [from, to = from] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
  return (cp) => spans.some(([a, b]) => cp >= a && cp <= b);
}

/**
 * The runs of a text that one font sets: characters the font has (and its
 * unicode-range admits), split at white space. These are the units a browser
 * shapes with that font, give or take markup inside a word.
 */
export function runsOf(text: string, covers: ((cp: number) => boolean) | RegExp): string[] {
  if (covers instanceof RegExp) return text.match(covers) ?? [];
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (covers(cp) && !/\s/.test(ch)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** A pattern that matches runsOf's runs for a set of code points: a character class, found natively (pages are long). */
export function runPattern(codePoints: Iterable<number>): RegExp {
  const sorted = [...codePoints].filter((cp) => !/\s/u.test(String.fromCodePoint(cp))).sort((a, b) => a - b);
  const spans: string[] = [];
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    spans.push(i === j ? hex(sorted[i]) : `${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return new RegExp(spans.length ? `[${spans.join('')}]+` : '(?!)', 'gu');
}

/**
 * A family's full font file, loaded for shaping and cutting: a static
 * weight, or a variable font shaped at each of the site's weights.
 */
export class SourceFont {
  readonly sfnt: Uint8Array;
  readonly hash: string;
  readonly covers: (cp: number) => boolean;
  /** The same as a pattern for runsOf: much faster on a whole page. */
  readonly pattern: RegExp;
  /** The wght range a variable font is cut to; undefined for a static font. */
  readonly weightRange?: [number, number];
  readonly languages: string[];
  readonly weights: readonly number[];
  private fonts: hb.Font[];
  /** For plain shaping; `traced` has a message function, which HarfBuzz calls at every step. */
  private buffer = new hb.Buffer();
  private traced = new hb.Buffer();
  private seen = new Set<number>();

  constructor(sfnt: Uint8Array, range: readonly string[] | undefined, languages: string[], weights: readonly number[]) {
    this.sfnt = sfnt;
    this.hash = createHash('sha256').update(sfnt).digest('hex').slice(0, 16);
    const face = new hb.Face(
      new hb.Blob(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer),
    );
    const variable = 'wght' in face.getAxisInfos();
    this.weightRange = variable ? [Math.min(...weights), Math.max(...weights)] : undefined;
    this.fonts = (variable ? weights : [0]).map((w) => {
      const font = new hb.Font(face);
      if (variable) font.setVariations([new hb.Variation('wght', w)]);
      return font;
    });
    const mapped = new Set(face.collectUnicodes());
    const inRange = rangeTest(range);
    this.covers = (cp) => mapped.has(cp) && inRange(cp);
    this.pattern = runPattern([...mapped].filter(inRange));
    this.languages = languages.length ? languages : [''];
    this.weights = weights;
    // Every glyph the buffer holds after each step (a lookup, a lookup it calls, a reordering):
    // the forms a word passes through, some only inside one contextual lookup.
    this.traced.setMessageFunc((buffer, _font, message) => {
      if (message.startsWith('end ') && buffer.getContentType() === hb.BufferContentType.GLYPHS)
        for (const g of buffer.getGlyphInfos()) this.seen.add(g.codepoint);
      return true;
    });
  }

  static async load(
    file: string,
    range: readonly string[] | undefined,
    languages: string[],
    weights: readonly number[] = WEIGHTS,
  ): Promise<SourceFont> {
    const bytes = await readFile(file);
    const sfnt = file.endsWith('.woff2') ? await decompress(bytes) : new Uint8Array(bytes);
    return new SourceFont(sfnt, range, languages, weights);
  }

  /** The run's glyph count and total advance (font units) at each weight: what a reader sees of its shaping. */
  widths(run: string): [number, number][] {
    return this.fonts.map((font) => {
      this.buffer.clearContents();
      this.buffer.addText(run);
      this.buffer.guessSegmentProperties();
      if (this.languages[0]) this.buffer.setLanguage(this.languages[0]);
      hb.shape(font, this.buffer);
      const positions = this.buffer.getGlyphPositions();
      return [positions.length, positions.reduce((sum, p) => sum + p.xAdvance, 0)];
    });
  }

  /**
   * The glyphs a run of text comes out as, in each language of the family, at
   * each weight, with and without tabular digits; `traced`: also every glyph
   * it passes through on the way.
   */
  glyphsOf(run: string, traced = false): number[] {
    const buffer = traced ? this.traced : this.buffer;
    this.seen.clear();
    const variants: hb.Feature[][] = /\p{Nd}/u.test(run) ? [[], [new hb.Feature('tnum')]] : [[]];
    for (const font of this.fonts) {
      for (const language of this.languages) {
        for (const features of variants) {
          buffer.clearContents();
          buffer.addText(run);
          buffer.guessSegmentProperties();
          if (language) buffer.setLanguage(language);
          hb.shape(font, buffer, features);
          for (const g of buffer.getGlyphInfos()) this.seen.add(g.codepoint);
        }
      }
    }
    return [...this.seen].sort((a, b) => a - b);
  }

  /** Whether a run comes out of this font as out of `full`: as many glyphs, as wide (give or take a unit per glyph, which a variable font's re-encoded deltas may round). */
  setsLike(full: SourceFont, run: string): boolean {
    const want = full.widths(run);
    return this.widths(run).every(([n, w], i) => n === want[i][0] && Math.abs(w - want[i][1]) <= n);
  }
}

let subsetter: Promise<WebAssembly.Instance> | undefined;
function subsetWasm(): Promise<WebAssembly.Instance> {
  subsetter ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    (instance.exports._initialize as () => void)();
    return instance;
  })();
  return subsetter;
}

const tag = (name: string) => [...name].reduce((acc, ch) => (acc << 8) + ch.charCodeAt(0), 0);

/**
 * hb-subset: keep these code points and glyphs, every layout feature, and no
 * glyph the layout rules could add; a variable font keeps only `weightRange`.
 */
export async function cutFont(
  sfnt: Uint8Array,
  unicodes: Iterable<number>,
  glyphs: Iterable<number>,
  weightRange?: [number, number],
): Promise<Uint8Array> {
  const hbs = (await subsetWasm()).exports as Record<string, (...args: number[]) => number> & {
    memory: WebAssembly.Memory;
  };
  const heap = () => new Uint8Array(hbs.memory.buffer);
  const input = hbs.hb_subset_input_create_or_fail();
  const data = hbs.malloc(sfnt.byteLength);
  heap().set(sfnt, data);
  const blob = hbs.hb_blob_create(data, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hbs.hb_face_create(blob, 0);
  hbs.hb_blob_destroy(blob);
  try {
    const features = hbs.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hbs.hb_set_clear(features);
    hbs.hb_set_invert(features);
    hbs.hb_subset_input_set_flags(input, hbs.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const unicodeSet = hbs.hb_subset_input_unicode_set(input);
    for (const u of unicodes) hbs.hb_set_add(unicodeSet, u);
    const glyphSet = hbs.hb_subset_input_glyph_set(input);
    for (const g of glyphs) hbs.hb_set_add(glyphSet, g);
    if (
      weightRange &&
      !hbs.hb_subset_input_set_axis_range(input, face, tag('wght'), weightRange[0], weightRange[1], Number.NaN)
    ) {
      throw new Error(`cannot limit the font's weight axis to ${weightRange.join('-')}`);
    }
    const subset = hbs.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('hb_subset_or_fail failed');
    const result = hbs.hb_face_reference_blob(subset);
    const at = hbs.hb_blob_get_data(result, 0);
    const bytes = heap().slice(at, at + hbs.hb_blob_get_length(result));
    hbs.hb_blob_destroy(result);
    hbs.hb_face_destroy(subset);
    return bytes;
  } finally {
    hbs.hb_subset_input_destroy(input);
    hbs.hb_face_destroy(face);
    hbs.free(data);
  }
}

const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;

/**
 * hb-subset for text that is shaped already (src/pdf): keep exactly these
 * glyphs, each at its own id (the ids a PDF's CIDToGIDMap names; without
 * RETAIN_GIDS the glyphs a composite glyph is built from would join and
 * shift the ids), no character map, no layout tables and no hinting.
 */
export async function cutGlyphs(sfnt: Uint8Array, glyphs: Iterable<number>): Promise<Uint8Array> {
  const hbs = (await subsetWasm()).exports as Record<string, (...args: number[]) => number> & {
    memory: WebAssembly.Memory;
  };
  const heap = () => new Uint8Array(hbs.memory.buffer);
  const input = hbs.hb_subset_input_create_or_fail();
  const data = hbs.malloc(sfnt.byteLength);
  heap().set(sfnt, data);
  const blob = hbs.hb_blob_create(data, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hbs.hb_face_create(blob, 0);
  hbs.hb_blob_destroy(blob);
  try {
    hbs.hb_subset_input_set_flags(
      input,
      HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
    );
    hbs.hb_set_clear(hbs.hb_subset_input_unicode_set(input));
    const drop = hbs.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const table of ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'DSIG', 'STAT', 'meta'])
      hbs.hb_set_add(drop, tag(table));
    const glyphSet = hbs.hb_subset_input_glyph_set(input);
    for (const g of glyphs) hbs.hb_set_add(glyphSet, g);
    const subset = hbs.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('hb_subset_or_fail failed');
    const result = hbs.hb_face_reference_blob(subset);
    const at = hbs.hb_blob_get_data(result, 0);
    const bytes = heap().slice(at, at + hbs.hb_blob_get_length(result));
    hbs.hb_blob_destroy(result);
    hbs.hb_face_destroy(subset);
    return bytes;
  } finally {
    hbs.hb_subset_input_destroy(input);
    hbs.hb_face_destroy(face);
    hbs.free(data);
  }
}

/**
 * The glyphs of each run, remembered per source font between builds: those
 * it comes out as, or for the runs that needed it, every glyph of the trace.
 */
class GlyphCache {
  private file: string;
  private words: { out: Record<string, number[]>; traced: Record<string, number[]> };
  private dirty = false;
  constructor(dir: string, font: SourceFont) {
    this.file = path.join(dir, `glyphs-${VERSION}-${font.hash}.json`);
    this.words = existsSync(this.file) ? JSON.parse(readFileSync(this.file, 'utf8')) : { out: {}, traced: {} };
  }
  glyphs(font: SourceFont, run: string): number[] {
    let g = this.words.traced[run] ?? this.words.out[run];
    if (!g) {
      g = this.words.out[run] = font.glyphsOf(run);
      this.dirty = true;
    }
    return g;
  }
  trace(font: SourceFont, run: string): void {
    this.words.traced[run] ??= font.glyphsOf(run, true);
    this.dirty = true;
  }
  save() {
    if (!this.dirty) return;
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.words));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

interface Cut {
  /** The full font it is cut from (relative to the root), the cut's name and its file. */
  source: string;
  name: string;
  file: string;
  /** The wght a variable source is shaped at ([400] for a guest cut). */
  weights: readonly number[];
}

/** One page family as cut: its files (pageFontSources order), its guest cut, and the runs each was cut for. */
interface CutFamily {
  family: FontFamily;
  cuts: Cut[];
  covers: RegExp;
  runs: Set<string>;
  guest?: Cut;
  guestRuns: Set<string>;
}

/** The languages a family sets (for language-specific forms), from the locale table. */
function languagesOf(family: FontFamily): string[] {
  return localesOf(family).map((l) => LOCALES[l].lang);
}

/** Space, no-break space, thin and narrow no-break space (Intl puts the last two in dates and times). */
const SPACES = ' \u00a0\u2009\u202f';

async function writeSubset(
  dir: string,
  name: string,
  source: SourceFont,
  runs: string[],
  cache: GlyphCache,
): Promise<string> {
  // Runs are split at spaces, but the spaces between them are set in the font too: without
  // them a browser takes its spaces from the next font in the stack, and Astro's fallback
  // metrics (which weigh the space heavily) come out 11% too wide, so the page shifts.
  const spaces = [...SPACES].filter((ch) => source.covers(ch.codePointAt(0)!));
  const unicodes = new Set<number>();
  for (const run of [...runs, ...spaces]) for (const ch of run) unicodes.add(ch.codePointAt(0)!);
  for (let attempt = 1; ; attempt++) {
    const glyphs = new Set<number>([0]);
    for (const run of [...runs, ...spaces]) for (const g of cache.glyphs(source, run)) glyphs.add(g);
    const key = createHash('sha256')
      .update(
        `${VERSION}\n${source.hash}\n${source.weightRange ?? ''}\n${[...unicodes].sort((a, b) => a - b).join(',')}\n${[...glyphs].sort((a, b) => a - b).join(',')}`,
      )
      .digest('hex')
      .slice(0, 16);
    const file = path.join(dir, `${name}-${key}.woff2`);
    if (existsSync(file)) return file;
    const sfnt = await cutFont(source.sfnt, unicodes, glyphs, source.weightRange);
    // Every run must come out of the cut as out of the full font; those that do not are traced and the font cut again.
    const cut = new SourceFont(sfnt, undefined, source.languages, source.weights);
    const differing = runs.filter((run) => !cut.setsLike(source, run));
    if (!differing.length) {
      writeFileSync(`${file}.tmp`, await compress(sfnt));
      renameSync(`${file}.tmp`, file);
      return file;
    }
    if (attempt === 2)
      throw new Error(
        `The cut ${name} shapes ${differing.length} runs unlike its full font, e.g. ${differing.slice(0, 5).join(' ')}`,
      );
    for (const run of differing) cache.trace(source, run);
  }
}

/** A text on a built page that its family's cut does not shape as the full font does. */
export interface Uncovered {
  family: string;
  run: string;
}

/** The page fonts as cut for one build: the files for the Fonts API (src/build/page-fonts.ts), and a check of built pages against them. */
export class PageFonts {
  private root: string;
  private families: CutFamily[];
  private constructor(root: string, families: CutFamily[]) {
    this.root = root;
    this.families = families;
  }

  /**
   * Cuts every page family to the site's text (site-text.ts), and every
   * family but Latin to its guest text for the languages it sets, regular weight.
   */
  static async cut(root: string, text: SiteText): Promise<PageFonts> {
    const dir = cacheDir(root, 'fonts');
    mkdirSync(dir, { recursive: true });
    const families: CutFamily[] = [];
    for (const family of FAMILIES) {
      const cut: CutFamily = { family, cuts: [], covers: /(?!)/g, runs: new Set(), guestRuns: new Set() };
      const sources = pageFontSources(family);
      for (const { weight, file } of sources) {
        const source = await SourceFont.load(path.join(root, file), unicodeRange(family, root), languagesOf(family));
        if (!cut.cuts.length) {
          cut.covers = source.pattern;
          cut.runs = new Set(runsOf(text.all.join('\n'), source.pattern));
        }
        const cache = new GlyphCache(dir, source);
        const name = `${family.subset}-${String(weight).replace(' ', '-')}`;
        const out = await writeSubset(dir, name, source, [...cut.runs].sort(), cache);
        cache.save();
        cut.cuts.push({ source: file, name, file: out, weights: typeof weight === 'number' ? [weight] : WEIGHTS });
      }
      const guest = guestFont(family);
      if (guest) {
        const file = sources[0].file;
        const source = await SourceFont.load(path.join(root, file), unicodeRange(family, root), languagesOf(family), [
          WEIGHTS[0],
        ]);
        cut.guestRuns = new Set(runsOf(text.guest(localesOf(family)).join('\n'), cut.covers));
        const cache = new GlyphCache(dir, source);
        const name = `guest-${family.subset}`;
        const out = await writeSubset(dir, name, source, [...cut.guestRuns].sort(), cache);
        cache.save();
        cut.guest = { source: file, name, file: out, weights: [WEIGHTS[0]] };
      }
      families.push(cut);
    }
    return new PageFonts(root, families);
  }

  /** The full fonts, uncut: for `astro dev`, where the text changes while the server runs. */
  static full(root: string): PageFonts {
    return new PageFonts(
      root,
      FAMILIES.map((family) => {
        const sources = pageFontSources(family);
        const whole = (file: string): Cut => ({
          source: file,
          name: file,
          file: path.join(root, file),
          weights: WEIGHTS,
        });
        return {
          family,
          cuts: sources.map(({ file }) => whole(file)),
          covers: /(?!)/g,
          runs: new Set(),
          guest: guestFont(family) ? whole(sources[0].file) : undefined,
          guestRuns: new Set(),
        };
      }),
    );
  }

  /** The cut files of each family, for fontConfig (fonts.ts). */
  get files(): PageFontFiles {
    return Object.fromEntries(this.families.map((f) => [f.family.name, f.cuts.map((c) => c.file)]));
  }

  /** The guest cut of each family that has one, by family name. */
  get guestFiles(): Record<string, string> {
    return Object.fromEntries(this.families.flatMap((f) => (f.guest ? [[f.family.name, f.guest.file]] : [])));
  }

  /**
   * The runs of a page's text (pageText in site-text.ts) that the cut setting
   * them would not shape as its full font: on a page in `pageFamily`, that
   * family's and Latin's text is set in their whole cuts, every other
   * family's in its guest cut. Usually none: a page shows its sources' text.
   */
  async uncovered(text: string, pageFamily: string): Promise<Uncovered[]> {
    const out: Uncovered[] = [];
    for (const f of this.families) {
      const guest = f.guest && f.family.name !== pageFamily ? f.guest : undefined;
      const known = guest ? f.guestRuns : f.runs;
      for (const run of new Set(runsOf(text, f.covers))) {
        if (known.has(run)) continue;
        for (const cut of guest ? [guest] : f.cuts) {
          if (!(await this.cutOf(f, cut)).setsLike(await this.sourceOf(f, cut), run)) {
            out.push({ family: guest ? `${f.family.name} (guest cut)` : f.family.name, run });
            this.short.add(cut);
            break;
          }
        }
        known.add(run);
      }
    }
    return out;
  }

  /** The cuts that lacked a page's run (see uncovered). */
  private short = new Set<Cut>();

  /**
   * Cuts again every font that lacked a run of a built page, now with all the
   * runs the pages showed, and returns each old cut file with the bytes that
   * replace it: the post-build pass writes them over the copies in the build,
   * so no word waits for the next build.
   */
  async widen(): Promise<{ file: string; bytes: Uint8Array }[]> {
    const dir = cacheDir(this.root, 'fonts');
    const out: { file: string; bytes: Uint8Array }[] = [];
    for (const f of this.families) {
      for (const cut of [...f.cuts, ...(f.guest ? [f.guest] : [])].filter((c) => this.short.has(c))) {
        const source = await this.sourceOf(f, cut);
        const cache = new GlyphCache(dir, source);
        const wider = await writeSubset(
          dir,
          cut.name,
          source,
          [...(cut === f.guest ? f.guestRuns : f.runs)].sort(),
          cache,
        );
        cache.save();
        out.push({ file: cut.file, bytes: readFileSync(wider) });
        cut.file = wider;
      }
    }
    this.short.clear();
    return out;
  }

  /** A cut, loaded to shape with (by file: widen replaces a cut's file). */
  private cutFonts = new Map<string, Promise<SourceFont>>();
  private cutOf(f: CutFamily, cut: Cut): Promise<SourceFont> {
    let font = this.cutFonts.get(cut.file);
    if (!font)
      this.cutFonts.set(cut.file, (font = SourceFont.load(cut.file, undefined, languagesOf(f.family), cut.weights)));
    return font;
  }

  private sources = new Map<string, Promise<SourceFont>>();
  private sourceOf(f: CutFamily, cut: Cut): Promise<SourceFont> {
    const key = `${cut.source} ${cut.weights.join(',')}`;
    let source = this.sources.get(key);
    if (!source)
      this.sources.set(
        key,
        (source = SourceFont.load(
          path.join(this.root, cut.source),
          unicodeRange(f.family, this.root),
          languagesOf(f.family),
          cut.weights,
        )),
      );
    return source;
  }
}

/** Writes (or reuses) one subset per endonym font, each language's own name only, and returns their paths by locale. */
export async function subsetEndonyms(root = process.cwd()): Promise<Partial<Record<Locale, string>>> {
  const dir = cacheDir(root, 'fonts');
  mkdirSync(dir, { recursive: true });
  const out: Partial<Record<Locale, string>> = {};
  for (const font of ENDONYM_FONTS) {
    const source = await SourceFont.load(
      path.join(root, fontFile(font.source, 400)),
      undefined,
      [LOCALES[font.locale].lang],
      [400],
    );
    const cache = new GlyphCache(dir, source);
    out[font.locale] = await writeSubset(dir, `endonym-${font.locale}`, source, [LOCALES[font.locale].label], cache);
    cache.save();
  }
  return out;
}
