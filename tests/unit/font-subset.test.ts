/**
 * The page fonts cut to the site's text (src/fonts/subset.ts): runs are
 * cut per script, a cut shapes its words as the full font does, and the
 * post-build check names a word whose conjunct the cut does not have.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decompress } from 'wawoff2';
import { PageFonts, SourceFont, cutFont, runsOf } from '../../src/fonts/subset.ts';
import { FAMILIES, fontFor, pageFontSources, unicodeRange } from '../../src/fonts/families.ts';
import { pageText, readSiteText } from '../../src/fonts/site-text.ts';

const root = process.cwd();
const bengali = fontFor('bn');

describe('runsOf', () => {
  it('cuts a text into the runs one font sets, split at spaces', async () => {
    const source = await SourceFont.load(`${root}/${pageFontSources(bengali)[0].file}`, unicodeRange(bengali, root), [
      'bn-BD',
    ]);
    expect(runsOf('আমি Rumana, ১২ টাকা। ক্ষমা', source.covers)).toEqual(['আমি', '১২', 'টাকা।', 'ক্ষমা']);
  });
});

describe('a cut', () => {
  it('keeps the conjuncts its words form and shapes them as the full font', async () => {
    const source = await SourceFont.load(`${root}/${pageFontSources(bengali)[0].file}`, unicodeRange(bengali, root), [
      'bn-BD',
    ]);
    const words = ['পরীক্ষা', 'স্বাস্থ্য'];
    const unicodes = new Set(
      words
        .join('')
        .split('')
        .map((c) => c.codePointAt(0)!),
    );
    const cutWith = async (glyphs: Iterable<number>) =>
      new SourceFont(
        await cutFont(source.sfnt, unicodes, glyphs, source.weightRange),
        undefined,
        ['bn-BD'],
        source.weights,
      );
    // The glyphs the words come out as are not enough: a conjunct passes through forms it does not end in.
    const plain = await cutWith(new Set(words.flatMap((w) => source.glyphsOf(w))));
    expect(words.filter((w) => !plain.setsLike(source, w))).not.toEqual([]);
    // With every glyph of HarfBuzz's trace, every word comes out as in the full font.
    const cut = await cutWith(new Set(words.flatMap((w) => source.glyphsOf(w, true))));
    for (const w of words) {
      expect(cut.setsLike(source, w), w).toBe(true);
      // As many glyphs, as wide at 400 and 700 (700 within a unit per glyph: the cut's deltas are rounded anew).
      const [want, got] = [source.widths(w), cut.widths(w)];
      expect(got.map(([n]) => n)).toEqual(want.map(([n]) => n));
      for (const [i, [n, width]] of got.entries()) expect(Math.abs(width - want[i][1])).toBeLessThanOrEqual(n);
    }
    // The cut has the letters of স্ক (স, ্, ক) but not the conjunct, which no word asked for.
    expect(cut.widths('স্ক')).not.toEqual(source.widths('স্ক'));
  });
});

describe('PageFonts', () => {
  it('cuts each family to the text and names the words on a page that its cut cannot set', async () => {
    const text = ['ঘরে পরীক্ষা হবে', 'परीक्षा होगी', 'Inbox zero'];
    const fonts = await PageFonts.cut(root, { all: text, guest: () => ['বাংলা হিন্দি'] });
    for (const family of FAMILIES)
      expect(fonts.files[family.name].every((f) => readFileSync(f).subarray(0, 4).toString('latin1') === 'wOF2')).toBe(
        true,
      );
    // The spaces between the runs are in the cut, as wide as in the full font (else the browser takes
    // another font's, and the fallback's metrics, sized by the space, come out wrong).
    const latin = fontFor('en');
    const full = await SourceFont.load(`${root}/${pageFontSources(latin)[0].file}`, undefined, ['en']);
    const cut = await SourceFont.load(fonts.files[latin.name][0], undefined, ['en']);
    for (const space of [0x20, 0xa0]) expect(cut.covers(space), space.toString(16)).toBe(true);
    expect(cut.widths('Inbox zero')).toEqual(full.widths('Inbox zero'));
    const page = pageText('<html><body><p>ঘরে <b>পরী</b>ক্ষা</p><p>স্বাস্থ্য পরীক্ষা</p></body></html>');
    expect(page).toContain('পরীক্ষা');
    expect(await fonts.uncovered(page, bengali.name)).toEqual([{ family: bengali.name, run: 'স্বাস্থ্য' }]);
    // Cut again, the font sets the word as the full font does.
    const [widened] = await fonts.widen();
    const source = await SourceFont.load(`${root}/${pageFontSources(bengali)[0].file}`, unicodeRange(bengali, root), [
      'bn-BD',
    ]);
    const wider = new SourceFont(await decompress(widened.bytes), undefined, ['bn-BD'], source.weights);
    const want = source.widths('স্বাস্থ্য');
    wider.widths('স্বাস্থ্য').forEach(([n, width], i) => {
      expect(n).toBe(want[i][0]);
      expect(Math.abs(width - want[i][1])).toBeLessThanOrEqual(n);
    });
    // On an English page, Bangla text is set in the guest cut, which holds less.
    expect(await fonts.uncovered(pageText('<body><p>পরীক্ষা</p></body>'), fontFor('en').name)).toEqual([
      { family: `${bengali.name} (guest cut)`, run: 'পরীক্ষা' },
    ]);
  });
});

describe('the guest text', () => {
  it("holds an entry's text when its other language is only a draft, as the site then shows it there", () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'guest-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), text);
    };
    write('src/content/services/bn/inbox.mdx', '---\ntitle: "ইনবক্স"\nsummary: "জরুরি মেইল আলাদা"\n---\n');
    write('src/content/services/en/inbox.mdx', '---\ntitle: "TODO: translate: ইনবক্স"\ndraft: true\n---\n');
    write('src/content/services/bn/both.mdx', '---\ntitle: "দুই ভাষায়"\n---\n');
    write('src/content/services/en/both.mdx', '---\ntitle: "In both"\n---\n');
    const text = readSiteText(site, ['bn', 'en']).guest(['bn']).join('\n');
    expect(text).toContain('জরুরি মেইল আলাদা');
    expect(text).not.toContain('দুই ভাষায়');
  });
});
