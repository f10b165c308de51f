/**
 * Reading the PDFs Sahayak writes, as a client's viewer does and below it:
 * - the text two extractors copy out: pdf.js (Firefox and many web viewers;
 *   WebAssembly and JavaScript, no network) and poppler's pdftotext (Evince,
 *   Okular; the Debian package poppler-utils, which .ci/run installs);
 * - the glyphs each word's span draws, by glyph id (through the font's
 *   CIDToGIDMap), to compare with HarfBuzz's shaping of the same word: what
 *   "renders correctly" means for Bengali and Devanagari conjuncts;
 * - the link annotations.
 * The low-level reading relies on the writer's own layout (src/pdf/document.ts):
 * one object per `N 0 obj`, Flate streams, one word per /Span.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

/** The words of a text, as a reader sees them: split at white space, without the punctuation around them. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => w.replace(/^[“”"‘’'(—–·,:;]+|[“”"‘’'),.;:·।!?]+$/gu, ''))
    .filter((w) => w && !/^[·—–]+$/u.test(w));
}

/** The text pdf.js extracts, page by page, a line break where it sees one. */
export async function pdfjsText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await task.destroy();
  return pages;
}

/** Whether poppler's tools are installed (apt-get install poppler-utils). */
export function hasPoppler(): boolean {
  return spawnSync('pdftotext', ['-v']).status === 0;
}

/** The text pdftotext extracts (reading order), page by page. */
export function popplerText(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** The file's objects by number. */
function objects(bytes: Uint8Array): Map<number, PdfObject> {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  const out = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\nendobj', start);
    const body = text.slice(start, end);
    const at = body.indexOf('\nstream\n');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const raw = buffer.subarray(start + at + 8, start + at + 8 + length);
    out.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return out;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** A word as drawn: its /ActualText, and the glyph ids it draws with each font (by base font name, subset tag dropped). */
export interface DrawnWord {
  text: string;
  glyphs: { font: string; gid: number }[];
}

/** Every word span of every page, in drawing order. */
export function drawnWords(bytes: Uint8Array): DrawnWord[][] {
  const objs = objects(bytes);
  const pages = [...objs.values()].filter((o) => /\/Type\/Page\b/.test(o.dict));
  return pages.map((page) => {
    const fonts = new Map<string, { name: string; gids: Buffer }>();
    for (const [, resource, n] of page.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const type0 = objs.get(Number(n))!.dict;
      const cidFont = objs.get(Number(/\/DescendantFonts\[(\d+) 0 R\]/.exec(type0)![1]))!.dict;
      fonts.set(resource, {
        name: /\/BaseFont\/[A-Z]{6}\+([^/\s]+)/.exec(type0)![1],
        gids: objs.get(ref(cidFont, 'CIDToGIDMap'))!.stream!,
      });
    }
    const content = objs.get(ref(page.dict, 'Contents'))!.stream!.toString('latin1');
    const words: DrawnWord[] = [];
    for (const span of content.matchAll(/\/Span<<\/ActualText<FEFF([0-9A-F]*)>>>BDC([\s\S]*?)EMC/g)) {
      const units = span[1].match(/.{4}/g) ?? [];
      const text = String.fromCharCode(...units.map((u) => Number.parseInt(u, 16)));
      const glyphs: DrawnWord['glyphs'] = [];
      let font: { name: string; gids: Buffer } | undefined;
      for (const op of span[2].matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]TJ/g)) {
        if (op[1]) font = fonts.get(op[1]);
        else
          for (const [, cid] of op[2].matchAll(/<([0-9A-F]{4})>/g)) {
            const gid = font!.gids.readUInt16BE(Number.parseInt(cid, 16) * 2);
            // Glyph 0 is the invisible terminator at a word's end (src/pdf/document.ts).
            if (gid !== 0) glyphs.push({ font: font!.name, gid });
          }
      }
      words.push({ text, glyphs });
    }
    return words;
  });
}

/** The addresses the pages' link annotations open. */
export function linkTargets(bytes: Uint8Array): string[] {
  return [...objs(bytes)].flatMap((o) =>
    [...o.dict.matchAll(/\/S\/URI\/URI\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1].replace(/\\(.)/g, '$1')),
  );
}

function objs(bytes: Uint8Array): PdfObject[] {
  return [...objects(bytes).values()];
}

/** The embedded font files (subsets) with their sizes, by base font name. */
export function embeddedFonts(bytes: Uint8Array): { name: string; bytes: number }[] {
  const all = objects(bytes);
  return [...all.values()]
    .filter((o) => o.dict.includes('/Type/FontDescriptor'))
    .map((o) => ({
      name: /\/FontName\/([^/\s]+)/.exec(o.dict)![1],
      bytes: all.get(ref(o.dict, 'FontFile2'))!.stream!.length,
    }));
}
