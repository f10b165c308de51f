/**
 * One font file as the PDF writer uses it: HarfBuzz shapes text with it
 * (the shaper Chromium and Firefox use, so Bengali and Devanagari conjuncts
 * come out as on the pages), and the shaped text is cut into clusters, the
 * units copy-and-paste must give back whole (see document.ts for why).
 */
import * as hb from 'harfbuzzjs';

/** One glyph of a shaped run, in font units. */
export interface Glyph {
  gid: number;
  advance: number;
  dx: number;
  dy: number;
}

/**
 * A cluster: the glyphs (visual order) that together set a piece of the text
 * (logical order). A conjunct such as ক্ষ is one cluster of one glyph; কি is
 * one cluster of two glyphs, the i-sign drawn first.
 */
export interface Cluster {
  text: string;
  glyphs: Glyph[];
}

export interface ShapedRun {
  font: ShapingFont;
  text: string;
  clusters: Cluster[];
  /** The run's advance, font units. */
  advance: number;
}

/** Characters that only steer shaping (ZWJ, ZWNJ…): a cluster of them alone joins the one before. */
const FORMAT_ONLY = /^\p{Cf}+$/u;
/** Spaces a font may lack (Intl writes U+202F in times): shaped as a plain space, copied out as written. */
const SPACE = /\p{Zs}/u;

/**
 * The glyph of a cluster that carries its text when copied (document.ts):
 * the first at the cluster's origin, unshifted; -1 if none is.
 */
export function leadOf(glyphs: readonly Glyph[]): number {
  for (let j = 0, at = 0; j < glyphs.length && at === 0; at += glyphs[j].advance, j++)
    if (glyphs[j].dx === 0 && glyphs[j].dy === 0) return j;
  return -1;
}

export class ShapingFont {
  /** A name for the PDF (`NotoSansBengali-Bold`): no spaces. */
  readonly name: string;
  readonly weight: number;
  readonly sfnt: Uint8Array;
  readonly upem: number;
  readonly ascender: number;
  readonly descender: number;
  /** The HarfBuzz language tag text in this font is shaped with (`bn`, `hi`, or none). */
  private readonly language: string;
  private readonly font: hb.Font;
  private readonly buffer = new hb.Buffer();
  private readonly mapped: Set<number>;
  private readonly runs = new Map<string, ShapedRun>();

  constructor(name: string, weight: number, sfnt: Uint8Array, language = '') {
    this.name = name;
    this.weight = weight;
    this.sfnt = sfnt;
    this.language = language;
    const face = new hb.Face(new hb.Blob(sfnt));
    this.font = new hb.Font(face);
    this.upem = face.upem;
    const extents = this.font.hExtents();
    this.ascender = extents.ascender;
    this.descender = extents.descender;
    this.mapped = new Set(face.collectUnicodes());
  }

  /** Whether the font has a glyph for the character (every space counts: it is shaped as U+0020). */
  covers(cp: number): boolean {
    return this.mapped.has(cp) || (SPACE.test(String.fromCodePoint(cp)) && this.mapped.has(0x20));
  }

  /** Shapes a run of text the font covers (remembered: a CV repeats its words). */
  shape(text: string): ShapedRun {
    let run = this.runs.get(text);
    if (run) return run;
    // A space the font lacks is shaped as U+0020 (one UTF-16 unit for one, so clusters keep their offsets).
    const shaped = text.replace(/\p{Zs}/gu, (ch) => (this.mapped.has(ch.codePointAt(0)!) ? ch : ' '));
    const b = this.buffer;
    b.clearContents();
    b.addText(shaped);
    b.guessSegmentProperties();
    if (this.language) b.setLanguage(this.language);
    hb.shape(this.font, b);
    const glyphs = b.getGlyphInfosAndPositions();
    const clusters: Cluster[] = [];
    let advance = 0;
    for (let i = 0; i < glyphs.length;) {
      const start = glyphs[i].cluster;
      let k = i + 1;
      while (k < glyphs.length && glyphs[k].cluster === start) k++;
      const end = k < glyphs.length ? glyphs[k].cluster : text.length;
      if (end <= start) throw new Error(`"${text}" is set right to left, which the PDF writer does not do`);
      const cluster: Cluster = {
        text: text.slice(start, end),
        glyphs: glyphs.slice(i, k).map((g) => ({
          gid: g.codepoint,
          advance: g.xAdvance ?? 0,
          dx: g.xOffset ?? 0,
          dy: g.yOffset ?? 0,
        })),
      };
      for (const g of cluster.glyphs) advance += g.advance;
      const previous = clusters.at(-1);
      // A cluster joins the one before when its text is all format characters (pdf.js drops a glyph
      // whose text is only those: the joiner would vanish from the copied word), or when none of its
      // glyphs sits at its origin unshifted (ত under স in স্ত: its one glyph is moved back under the
      // one before, and MuPDF reads the move as a gap between two words).
      if (previous && (FORMAT_ONLY.test(cluster.text) || leadOf(cluster.glyphs) < 0)) {
        previous.text += cluster.text;
        previous.glyphs.push(...cluster.glyphs);
      } else clusters.push(cluster);
      i = k;
    }
    run = { font: this, text, clusters, advance };
    this.runs.set(text, run);
    return run;
  }
}
