/**
 * A small PDF writer for text shaped already (font.ts): pages of words,
 * filled rectangles, lines, a JPEG photo and link areas, serialised as
 * PDF 1.7 with every font cut to the glyphs it draws.
 *
 * Drawing Bengali or Devanagari is the shaper's work; getting the same words
 * back when a client copies them out is this file's. A glyph is not a
 * character: ক্ষ is one glyph for three characters, and কি draws the i-sign
 * before the consonant it follows. So (all measured in poppler, pdf.js,
 * PDFium and MuPDF; /work/research/pdf.md of the project's research):
 * - Fonts are Type0 / CIDFontType2 with Identity-H. A CID is not a glyph id:
 *   each (glyph, text, width) gets its own CID, mapped to its glyph by the
 *   CIDToGIDMap, so one glyph can carry different text in different places.
 * - In each cluster one "lead" glyph (at the cluster's origin, unshifted if
 *   one is) carries the cluster's whole text in the ToUnicode map, and a
 *   /W running to the cluster's end, so the leads read as a gapless flow in
 *   logical order; the cluster's other glyphs carry U+200B and /W 0
 *   ("fillers"). pdf.js reads text this way.
 * - Leads are drawn first, then the fillers, then an invisible zero-width
 *   terminator at the word's end: pdf.js drops a format character together
 *   with the positioning after it (so each part restarts with Tm), MuPDF
 *   hands the ActualText's characters to the glyphs in drawing order, and
 *   poppler takes a span's extent from its first and last glyph.
 * - Every word, with the space after it, is a /Span with /ActualText: poppler,
 *   PDFium and MuPDF copy that. PDFium honours an ActualText only if one of
 *   its UTF-16 units, read as a code of the span's first font, has a
 *   ToUnicode entry, so the map gets identity entries for those units
 *   (never drawn: the CIDToGIDMap sends them to the empty glyph 0).
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { cutGlyphs } from '../fonts/subset.ts';
import { leadOf, type ShapedRun, type ShapingFont } from './font.ts';

export type Rgb = readonly [number, number, number];

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The text of glyphs that carry none of their cluster's (see above); pdf.js drops it. */
const FILLER = '\u200b';

/** A run of a word, shaped in one font, at one size and colour; no run: text no font has (kept for copying only). */
export interface WordPart {
  run?: ShapedRun;
  text: string;
  size: number;
  color: Rgb;
}

interface Cid {
  gid: number;
  text: string;
  /** Advance in font units, for /W. */
  width: number;
}

/** A font as one document uses it: its resource name and its CIDs. */
class DocumentFont {
  readonly font: ShapingFont;
  readonly resource: string;
  /** CID 0 is .notdef. */
  readonly cids: Cid[] = [{ gid: 0, text: '', width: 0 }];
  private byKey = new Map<string, number>();
  /** UTF-16 units of ActualTexts whose span starts in this font (PDFium's check, see above). */
  readonly probes = new Set<number>();

  constructor(font: ShapingFont, resource: string) {
    this.font = font;
    this.resource = resource;
  }

  cid(gid: number, text: string, width: number): number {
    const key = `${gid}\u0000${text}\u0000${width}`;
    let cid = this.byKey.get(key);
    if (cid === undefined) {
      cid = this.cids.length;
      if (cid > 0xffff) throw new Error(`more than 65535 different glyphs in ${this.font.name}`);
      this.cids.push({ gid, text, width });
      this.byKey.set(key, cid);
    }
    return cid;
  }
}

/** A JPEG to draw (DCTDecode: the bytes go in as they are). */
export interface JpegImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

interface PlacedGlyph {
  font: DocumentFont;
  cid: number;
  size: number;
  color: Rgb;
  x: number;
  rise: number;
}

const num = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};
const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
/** UTF-16BE as hex (a string's code units are UTF-16 already). */
const utf16Hex = (s: string) => [...Array(s.length).keys()].map((i) => hex4(s.charCodeAt(i))).join('');
const textString = (s: string) => `<FEFF${utf16Hex(s)}>`;
const color = (c: Rgb, op: 'rg' | 'RG') => `${c.map(num).join(' ')} ${op}`;
/** A URI as a PDF string: ASCII only (IRIs percent-encoded), with ( ) \ escaped. */
const uriString = (uri: string) => `(${encodeURI(decodeURI(uri)).replace(/[\\()]/g, (c) => `\\${c}`)})`;

export class PdfPage {
  readonly ops: string[] = [];
  readonly links: { rect: [number, number, number, number]; uri: string }[] = [];
  readonly images = new Map<JpegImage, string>();
  private doc: PdfDocument;

  constructor(doc: PdfDocument) {
    this.doc = doc;
  }

  /**
   * Draws one word (its parts, then the space after it if `space`) with its
   * baseline's start at x, y (PDF coordinates, from the bottom left).
   * Returns the width drawn.
   */
  word(x: number, y: number, parts: WordPart[], text: string): number {
    const leads: PlacedGlyph[] = [];
    const fillers: PlacedGlyph[] = [];
    let pen = x;
    let last: { font: DocumentFont; size: number; color: Rgb } | undefined;
    for (const part of parts) {
      if (!part.run) continue;
      const font = this.doc.fontFor(part.run.font);
      const k = part.size / font.font.upem;
      for (const cluster of part.run.clusters) {
        const advance = cluster.glyphs.reduce((sum, g) => sum + g.advance, 0);
        // The lead: the first glyph at the cluster's origin without offsets, else (a run's first
        // cluster) the first. It sits at the origin, so its /W is the cluster's advance (less its shift).
        const lead = Math.max(0, leadOf(cluster.glyphs));
        let before = 0;
        cluster.glyphs.forEach((g, j) => {
          const isLead = j === lead;
          const cid = isLead ? font.cid(g.gid, cluster.text, advance - g.dx) : font.cid(g.gid, FILLER, 0);
          (isLead ? leads : fillers).push({
            font,
            cid,
            size: part.size,
            color: part.color,
            x: pen + (before + g.dx) * k,
            rise: g.dy * k,
          });
          before += g.advance;
        });
        pen += advance * k;
      }
      last = { font, size: part.size, color: part.color };
    }
    const o = this.ops;
    const first = leads[0]?.font;
    o.push(`/Span<</ActualText${textString(text)}>>BDC`);
    if (first) for (let i = 0; i < text.length; i++) first.probes.add(text.charCodeAt(i));
    if (leads.length) {
      const segments = [leads];
      if (fillers.length && last) {
        const terminator = { ...last, cid: last.font.cid(0, FILLER, 0), x: pen, rise: 0 };
        segments.push(fillers, [terminator]);
      }
      o.push('BT');
      for (const segment of segments) this.glyphs(segment, y);
      o.push('ET');
    }
    o.push('EMC');
    return pen - x;
  }

  /** One TJ sequence per font, colour and rise; a new Tm at each font change. */
  private glyphs(glyphs: PlacedGlyph[], y: number) {
    const o = this.ops;
    let font: DocumentFont | undefined;
    let size = 0;
    let fill: Rgb | undefined;
    let rise = 0;
    let pen = 0;
    let tj: string[] = [];
    const flush = () => {
      if (tj.length) o.push(`[${tj.join('')}]TJ`);
      tj = [];
    };
    for (const g of glyphs) {
      if (g.color !== fill) {
        flush();
        o.push(color(g.color, 'rg'));
        fill = g.color;
      }
      if (g.font !== font || g.size !== size) {
        flush();
        font = g.font;
        size = g.size;
        o.push(`/${font.resource} ${num(size)} Tf 1 0 0 1 ${num(g.x)} ${num(y)} Tm`);
        pen = g.x;
      }
      if (g.rise !== rise) {
        flush();
        rise = g.rise;
        o.push(`${num(rise)} Ts`);
      }
      if (Math.abs(g.x - pen) > 0.005) tj.push(num((-(g.x - pen) * 1000) / size));
      tj.push(`<${hex4(g.cid)}>`);
      pen = g.x + (font.cids[g.cid].width * size) / font.font.upem;
    }
    flush();
    if (rise) o.push('0 Ts');
  }

  rect(x: number, y: number, width: number, height: number, fill: Rgb) {
    this.ops.push(`${color(fill, 'rg')} ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f`);
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, stroke: Rgb) {
    this.ops.push(`${color(stroke, 'RG')} ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /** A photo in a box, clipped to a circle when `round`. */
  image(image: JpegImage, x: number, y: number, width: number, height: number, round = false) {
    let name = this.images.get(image);
    if (!name) this.images.set(image, (name = this.doc.imageName(image)));
    const o = this.ops;
    o.push('q');
    if (round) {
      // A circle of four Bézier arcs (the control points at 0.5523 of the radius).
      const r = Math.min(width, height) / 2;
      const cx = x + width / 2;
      const cy = y + height / 2;
      const c = r * 0.5523;
      o.push(
        `${num(cx + r)} ${num(cy)} m`,
        `${num(cx + r)} ${num(cy + c)} ${num(cx + c)} ${num(cy + r)} ${num(cx)} ${num(cy + r)} c`,
        `${num(cx - c)} ${num(cy + r)} ${num(cx - r)} ${num(cy + c)} ${num(cx - r)} ${num(cy)} c`,
        `${num(cx - r)} ${num(cy - c)} ${num(cx - c)} ${num(cy - r)} ${num(cx)} ${num(cy - r)} c`,
        `${num(cx + c)} ${num(cy - r)} ${num(cx + r)} ${num(cy - c)} ${num(cx + r)} ${num(cy)} c W n`,
      );
    }
    o.push(`${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm /${name} Do Q`);
  }

  /** A clickable area that opens `uri` (https:, mailto:). */
  link(x: number, y: number, width: number, height: number, uri: string) {
    this.links.push({ rect: [x, y, x + width, y + height], uri });
  }
}

export interface DocumentInfo {
  title: string;
  author: string;
  /** BCP 47 tag of the document's language. */
  lang: string;
  width?: number;
  height?: number;
}

export class PdfDocument {
  readonly pages: PdfPage[] = [];
  readonly info: DocumentInfo;
  private fonts = new Map<ShapingFont, DocumentFont>();
  private imageNames = new Map<JpegImage, string>();

  constructor(info: DocumentInfo) {
    this.info = info;
  }

  get width(): number {
    return this.info.width ?? A4.width;
  }

  get height(): number {
    return this.info.height ?? A4.height;
  }

  addPage(): PdfPage {
    const page = new PdfPage(this);
    this.pages.push(page);
    return page;
  }

  /** @internal The document's use of a font (pages call it). */
  fontFor(font: ShapingFont): DocumentFont {
    let used = this.fonts.get(font);
    if (!used) this.fonts.set(font, (used = new DocumentFont(font, `F${this.fonts.size + 1}`)));
    return used;
  }

  /** @internal An image's resource name (pages call it). */
  imageName(image: JpegImage): string {
    let name = this.imageNames.get(image);
    if (!name) this.imageNames.set(image, (name = `Im${this.imageNames.size + 1}`));
    return name;
  }

  /** The file. The same drawing gives the same bytes (no dates, no random ids). */
  async toBytes(): Promise<Uint8Array> {
    const objects: (string | Uint8Array)[] = [];
    const reserve = () => objects.push('') as number;
    const set = (n: number, body: string | Uint8Array) => {
      objects[n - 1] = body;
    };
    const stream = (dict: string, data: Uint8Array, compress = true): Uint8Array => {
      const body = compress ? deflateSync(data, { level: 9 }) : data;
      return Buffer.concat([
        Buffer.from(`<<${dict}/Length ${body.length}${compress ? '/Filter/FlateDecode' : ''}>>\nstream\n`, 'latin1'),
        body,
        Buffer.from('\nendstream', 'latin1'),
      ]);
    };
    const catalog = reserve();
    const pagesRoot = reserve();
    const infoRef = reserve();

    const fontRefs: string[] = [];
    for (const used of this.fonts.values())
      fontRefs.push(`/${used.resource} ${await this.writeFont(used, reserve, set, stream)} 0 R`);
    const imageRefs: string[] = [];
    for (const [image, name] of this.imageNames) {
      const ref = reserve();
      set(
        ref,
        stream(
          `/Type/XObject/Subtype/Image/Width ${image.width}/Height ${image.height}/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/DCTDecode`,
          image.bytes,
          false,
        ),
      );
      imageRefs.push(`/${name} ${ref} 0 R`);
    }
    const resources = `<</Font<<${fontRefs.join('')}>>${imageRefs.length ? `/XObject<<${imageRefs.join('')}>>` : ''}>>`;

    const kids: string[] = [];
    for (const page of this.pages) {
      const ref = reserve();
      const content = reserve();
      kids.push(`${ref} 0 R`);
      set(content, stream('', Buffer.from(page.ops.join('\n'), 'latin1')));
      const annots = page.links.map((link) => {
        const a = reserve();
        set(
          a,
          `<</Type/Annot/Subtype/Link/Rect[${link.rect.map(num).join(' ')}]/Border[0 0 0]/A<</S/URI/URI${uriString(link.uri)}>>>>`,
        );
        return `${a} 0 R`;
      });
      set(
        ref,
        `<</Type/Page/Parent ${pagesRoot} 0 R/MediaBox[0 0 ${num(this.width)} ${num(this.height)}]/Resources ${resources}/Contents ${content} 0 R${annots.length ? `/Annots[${annots.join(' ')}]` : ''}>>`,
      );
    }
    set(pagesRoot, `<</Type/Pages/Kids[${kids.join(' ')}]/Count ${this.pages.length}>>`);
    set(
      catalog,
      `<</Type/Catalog/Pages ${pagesRoot} 0 R/Lang${textString(this.info.lang)}/ViewerPreferences<</DisplayDocTitle true>>>>`,
    );
    set(
      infoRef,
      `<</Title${textString(this.info.title)}/Author${textString(this.info.author)}/Creator(Sahayak)/Producer(Sahayak)>>`,
    );

    const chunks: Uint8Array[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0].length;
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      const bytes = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
        typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      offsets.push(offset);
      offset += bytes.length;
      chunks.push(bytes);
    });
    const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    chunks.push(
      Buffer.from(
        `${xref}trailer\n<</Size ${objects.length + 1}/Root ${catalog} 0 R/Info ${infoRef} 0 R>>\nstartxref\n${offset}\n%%EOF\n`,
        'latin1',
      ),
    );
    return new Uint8Array(Buffer.concat(chunks));
  }

  /** A font's objects: Type0, CIDFontType2, descriptor, the cut font file, ToUnicode and CIDToGIDMap. */
  private async writeFont(
    used: DocumentFont,
    reserve: () => number,
    set: (n: number, body: string | Uint8Array) => void,
    stream: (dict: string, data: Uint8Array, compress?: boolean) => Uint8Array,
  ): Promise<number> {
    const { font, cids } = used;
    const glyphs = [...new Set(cids.map((c) => c.gid))].sort((a, b) => a - b);
    const cut = await cutGlyphs(font.sfnt, glyphs);
    // The subset tag: six capitals from the cut's hash, so a different cut has a different name.
    const tag = [...createHash('sha256').update(cut).digest().subarray(0, 6)]
      .map((b) => String.fromCharCode(65 + (b % 26)))
      .join('');
    const name = `${tag}+${font.name}`;
    const type0 = reserve();
    const cidFont = reserve();
    const descriptor = reserve();
    const file = reserve();
    const toUnicode = reserve();
    const cidToGid = reserve();
    const k = 1000 / font.upem;
    set(
      type0,
      `<</Type/Font/Subtype/Type0/BaseFont/${name}/Encoding/Identity-H/DescendantFonts[${cidFont} 0 R]/ToUnicode ${toUnicode} 0 R>>`,
    );
    set(
      cidFont,
      `<</Type/Font/Subtype/CIDFontType2/BaseFont/${name}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ${descriptor} 0 R/W[0[${cids.map((c) => num(c.width * k)).join(' ')}]]/CIDToGIDMap ${cidToGid} 0 R>>`,
    );
    const ascent = Math.round(font.ascender * k);
    const descent = Math.round(font.descender * k);
    set(
      descriptor,
      `<</Type/FontDescriptor/FontName/${name}/Flags 4/FontBBox[-1000 ${descent - 500} 2000 ${ascent + 500}]/ItalicAngle 0/Ascent ${ascent}/Descent ${descent}/CapHeight ${ascent}/StemV ${font.weight >= 700 ? 120 : 80}/FontFile2 ${file} 0 R>>`,
    );
    set(file, stream(`/Length1 ${cut.length}`, cut));
    const probes = [...used.probes].filter((u) => u >= cids.length).sort((a, b) => a - b);
    const map = Buffer.alloc((Math.max(cids.length - 1, ...probes) + 1) * 2);
    cids.forEach((c, i) => {
      map.writeUInt16BE(c.gid, i * 2);
    });
    set(cidToGid, stream('', map));
    const entries: [number, string][] = [
      ...cids.flatMap((c, i): [number, string][] => (i > 0 ? [[i, c.text]] : [])),
      ...probes.map((u): [number, string] => [u, String.fromCharCode(u)]),
    ];
    let cmap =
      '/CIDInit/ProcSet findresource begin 12 dict begin begincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def/CMapType 2 def\n1 begincodespacerange <0000><FFFF> endcodespacerange\n';
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      cmap += `${chunk.length} beginbfchar\n${chunk.map(([cid, text]) => `<${hex4(cid)}><${utf16Hex(text)}>`).join('\n')}\nendbfchar\n`;
    }
    cmap += 'endcmap CMapName currentdict/CMap defineresource pop end end';
    set(toUnicode, stream('', Buffer.from(cmap, 'latin1')));
    return type0;
  }
}
