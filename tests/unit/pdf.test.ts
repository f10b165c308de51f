/**
 * The PDF writer (src/pdf): Bengali and Devanagari words, conjuncts and all,
 * are drawn with the glyphs HarfBuzz shapes them into and copy out as the
 * same Unicode words in pdf.js and poppler; fonts are cut to what is drawn;
 * links, long addresses, characters no font has. And the CV's rules: its
 * lists shortened until it fits two pages, the bio's first paragraph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cvPages, fittedCv, layoutCv } from '../../src/pdf/cv-layout.ts';
import { FontSet } from '../../src/pdf/fonts.ts';
import { cacheDir } from '../../src/project/cache-dir.ts';
import { CV_MAX_PAGES, firstParagraph, fitCv, limitCv, type CvDocument } from '../../src/rules/cv-document.ts';
import { drawnWords, embeddedFonts, hasPoppler, linkTargets, pdfjsText, popplerText, wordsOf } from '../support/pdf.ts';

const ROOT = process.cwd();

/** Words every Bengali or Devanagari text set by a machine gets wrong somewhere: conjuncts, reph, reordered vowel signs, joiners. */
const BANGLA =
  'ক্ষমা প্রশিক্ষণ মন্ত্রী নিয়ন্ত্রণে মার্কেটিং তর্ক ব্যবস্থাপনা অ্যাসিস্ট্যান্ট কিছু সিভি র‍্যাব কর্ম আর্য সূর্য উৎসব ক্‌ষ স্ক্রিপ্ট দ্বিতীয় রূপ হৃদয় শ্রী জ্যোতি কৌশল বৈশাখ সৌরভ প্রোগ্রাম র্যাঙ্ক ব্যস্ত য় য় ১,২০০৳ ১২৩৪৫৬৭৮৯০';
const HINDI =
  'क्षमा प्रशिक्षण पत्र प्रमाणपत्र मार्केटिंग तर्क डिजिटल किताब व्यवस्थित ज्ञान श्री अर्द्ध क़ ड़ पंक्ति स्त्री संस्कृत ॐ ज़िंदगी हृदय र्त्स्न्य क्‍ष क्‌ष ₹1,200 १२३४५६७८९०';
const ENGLISH =
  'Łucja Zielińska · “Quotes” — 95% ₹ ৳ www.upwork.example/freelancers/a-very-long-profile-name-that-cannot-fit';

function cvOf(locale: 'bn' | 'hi' | 'en', text: string, extra: Partial<CvDocument> = {}): CvDocument {
  return {
    locale,
    lang: locale,
    title: 'CV',
    name: text.split(' ')[0],
    titles: text.split(' ').slice(1, 3).join(' '),
    contact: [{ label: 'Web', text: 'example.github.io/portfolio', url: 'https://example.github.io/portfolio/bn/' }],
    sections: [
      { id: 'profile', heading: 'প্রোফাইল', layout: 'entries', entries: [{ text }, { text: `${text} ${text}` }] },
      {
        id: 'services',
        heading: 'सेवाएँ',
        layout: 'entries',
        entries: [
          {
            title: text.split(' ')[1],
            url: 'https://example.github.io/portfolio/bn/services/inbox/',
            aside: '৳১,২০০ / ঘণ্টা',
            text,
          },
        ],
      },
    ],
    facts: [],
    site: { text: 'example.github.io/portfolio', url: 'https://example.github.io/portfolio/bn/' },
    numerals: 'native',
    ...extra,
  };
}

describe('the PDF writer', { timeout: 60_000 }, () => {
  const files: Record<string, { bytes: Uint8Array; file: string; missing: string[] }> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sahayak-pdf-'));
    for (const [name, locale, text] of [
      ['bn', 'bn', BANGLA],
      ['hi', 'hi', HINDI],
      ['en', 'en', `${ENGLISH} 👍🏽`],
    ] as const) {
      const layout = layoutCv(cvOf(locale, text), { root: ROOT, brand: '#0b6b5d' });
      const bytes = await layout.doc.toBytes();
      const file = path.join(dir, `${name}.pdf`);
      writeFileSync(file, bytes);
      files[name] = { bytes, file, missing: layout.missing };
    }
  });

  it.each([
    ['bn', BANGLA],
    ['hi', HINDI],
  ])('%s: every word copies out of pdf.js as written, joiners included', async (name, text) => {
    const copied = (await pdfjsText(files[name].bytes)).join('\n');
    for (const word of text.split(' ')) expect(copied, word).toContain(word);
    // And nothing else: no word split, doubled or reordered.
    const written = new Set(
      wordsOf(`${text} প্রোফাইল सेवाएँ ৳১,২০০ / ঘণ্টা Web example.github.io/portfolio ১ / ১ १ / १ 1 / 1`),
    );
    for (const word of wordsOf(copied)) expect(written, word).toContain(word);
  });

  it.each([
    ['bn', BANGLA],
    ['hi', HINDI],
  ])('%s: every word copies out of poppler (pdftotext) as written', (name, text) => {
    expect(hasPoppler(), 'pdftotext is missing: apt-get install poppler-utils').toBe(true);
    const copied = popplerText(files[name].file).join('\n');
    for (const word of text.split(' ')) expect(copied, word).toContain(word);
  });

  it.each(['bn', 'hi'])('%s: each word is drawn with the glyphs HarfBuzz shapes it into', (name) => {
    const fonts = new FontSet(ROOT, name as 'bn' | 'hi');
    let compared = 0;
    for (const word of drawnWords(files[name].bytes).flat()) {
      const weights = new Set(word.glyphs.map((g) => (g.font.endsWith('-Bold') ? 700 : 400)));
      if (weights.size !== 1) continue;
      const [weight] = weights;
      const expected = fonts
        .runs(word.text, weight)
        .flatMap((run) =>
          run.font!.shape(run.text).clusters.flatMap((c) => c.glyphs.map((g) => `${run.font!.name} ${g.gid}`)),
        );
      const drawn = word.glyphs.map((g) => `${g.font} ${g.gid}`);
      expect(drawn.sort(), word.text).toEqual(expected.sort());
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('embeds each font cut to the glyphs it draws', () => {
    const fonts = embeddedFonts(files.bn.bytes);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
      expect.arrayContaining(['NotoSansBengali-Bold', 'NotoSansBengali-Regular', 'NotoSansDevanagari-Bold']),
    );
    // The full Bengali font is 112 KB; a cut of a few dozen words is a few KB.
    for (const f of fonts) expect(f.bytes, f.name).toBeLessThan(25_000);
    expect(files.bn.bytes.length).toBeLessThan(60_000);
  });

  it('links the title, contact and footer to their addresses', () => {
    expect(linkTargets(files.bn.bytes)).toEqual(
      expect.arrayContaining([
        'https://example.github.io/portfolio/bn/services/inbox/',
        'https://example.github.io/portfolio/bn/',
      ]),
    );
  });

  it('sets Latin Extended from its own cut, breaks a long address after a slash, and reports what no font has', async () => {
    expect(files.en.missing).toEqual(['👍', '🏽']);
    const copied = (await pdfjsText(files.en.bytes)).join('\n');
    expect(copied).toContain('Łucja Zielińska');
    expect(copied).toContain('₹ ৳');
    // Cut where the address has a slash or a dash, not inside a word.
    expect(copied).toMatch(/www\.upwork\.example\/freelancers\/[a-z-]*-?\n/);
    expect(embeddedFonts(files.en.bytes).map((f) => f.name)).toContainEqual(
      expect.stringMatching(/NotoSans-latin-ext-Regular$/),
    );
  });

  it('writes the same bytes for the same CV', async () => {
    const again = await layoutCv(cvOf('bn', BANGLA), { root: ROOT, brand: '#0b6b5d' }).doc.toBytes();
    expect(Buffer.from(again).equals(Buffer.from(files.bn.bytes))).toBe(true);
  });
});

describe('the CV rules', () => {
  const long = cvOf('bn', BANGLA, {
    sections: [
      { id: 'profile', heading: 'P', layout: 'entries', entries: [{ text: 'headline' }, { text: 'bio' }] },
      {
        id: 'services',
        heading: 'S',
        layout: 'entries',
        entries: Array.from({ length: 9 }, (_, i) => ({ title: `s${i}`, aside: '৳১', text: 'summary' })),
      },
      {
        id: 'testimonials',
        heading: 'T',
        layout: 'entries',
        entries: Array.from({ length: 5 }, (_, i) => ({ text: `q${i}`, quote: true })),
      },
    ],
  });

  it('keeps every list whole at first, but never more than three testimonials', () => {
    const first = fitCv(long, () => 1).cv;
    expect(first.sections.find((s) => s.id === 'services')!.entries).toHaveLength(9);
    expect(first.sections.find((s) => s.id === 'testimonials')!.entries).toHaveLength(3);
  });

  it('shortens step by step until the layout fits, summaries and the bio first', () => {
    let tries = 0;
    const { cv, pages } = fitCv(long, () => (++tries < 4 ? 3 : 2));
    expect(pages).toBe(CV_MAX_PAGES);
    expect(cv.sections[0].entries).toHaveLength(1);
    expect(cv.sections.find((s) => s.id === 'services')!.entries.every((e) => e.text === undefined)).toBe(true);
    expect(limitCv(long, { serviceSummaries: false, bio: false, testimonials: 0 }).sections.map((s) => s.id)).toEqual([
      'profile',
      'services',
    ]);
  });

  it('measures a real layout: a long CV takes more pages', () => {
    const one = cvPages(cvOf('bn', BANGLA), ROOT);
    const many = cvPages(cvOf('bn', Array.from({ length: 30 }, () => BANGLA).join(' ')), ROOT);
    expect(one).toBe(1);
    expect(many).toBeGreaterThan(2);
  });

  it('remembers which shortening fitted, so the same CV is measured once', () => {
    const cv = cvOf('bn', Array.from({ length: 12 }, () => BANGLA).join(' '), { title: `CV ${Date.now()}` });
    const fits = () =>
      (existsSync(cacheDir(ROOT, 'cv')) ? readdirSync(cacheDir(ROOT, 'cv')) : []).filter((f) => f.startsWith('fit-'));
    const before = fits().length;
    const first = fittedCv(cv, ROOT);
    expect(fits()).toHaveLength(before + 1);
    expect(fittedCv(cv, ROOT)).toEqual(first);
    expect(fits()).toHaveLength(before + 1);
    expect(cvPages(first, ROOT)).toBeLessThanOrEqual(CV_MAX_PAGES);
  });

  it("takes the bio's first paragraph as plain text, and no paragraph that is not prose", () => {
    expect(firstParagraph('I sort **inboxes** and [calendars](https://x.example) for `busy` people.\n\nMore.')).toBe(
      'I sort inboxes and calendars for busy people.',
    );
    expect(firstParagraph('\n\nখুলনার একটি\nপ্রতিষ্ঠানে কাজ শুরু।\n')).toBe('খুলনার একটি প্রতিষ্ঠানে কাজ শুরু।');
    for (const body of ['## Heading', '- a list', "import X from './x.astro';", '<Callout />', undefined])
      expect(firstParagraph(body)).toBeUndefined();
  });
});
