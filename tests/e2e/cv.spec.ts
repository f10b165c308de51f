/**
 * The CV in every language: its page, and the PDF built with the site
 * (src/build/cv-pdf.ts), linked from the home and about pages. The PDF's
 * words, as pdf.js and poppler copy them out, are the page's words; its
 * Bengali and Devanagari words are drawn with the glyphs HarfBuzz shapes
 * them into; it stays within 300 KB and two A4 pages, links with the base,
 * and renders (pdftoppm). A right-to-left language's CV page offers printing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { test, expect } from './fixtures.ts';
import { FontSet } from '../../src/pdf/fonts.ts';
import { isLocale } from '../../src/languages/table.ts';
import { drawnWords, embeddedFonts, hasPoppler, linkTargets, pdfjsText, popplerText, wordsOf } from '../support/pdf.ts';

const BUDGET = 300 * 1024;
// Each test reads every language's PDF two ways (four languages in the Urdu build).
test.describe.configure({ timeout: 120_000 });

/** Words of the demo's CVs with conjuncts, reph, ya-phala and reordered i-signs. */
const SAMPLES: Record<string, string[]> = {
  bn: ['প্রশিক্ষণ', 'দক্ষতা', 'নিয়ন্ত্রণে', 'মার্কেটিংয়ের', 'ব্যবস্থাপনা', 'অ্যাসিস্ট্যান্ট', 'ডিজিটাল', 'ক্লায়েন্টদের'],
  hi: ['प्रशिक्षण', 'प्रमाणपत्र', 'मार्केटिंग', 'डिजिटल', 'व्यवस्थित', 'कौशल', 'क्लाइंट्स'],
};
/** A word with a conjunct or a vowel sign drawn before its consonant: where shaping shows. */
const COMPLEX = /[\u09cd\u094d\u09bf\u0947\u0948\u09c7\u09c8\u093f]/u;

interface Cv {
  locale: string;
  rtl: boolean;
  /** The PDF's link on the page (absent on a right-to-left page) and its file. */
  href?: string;
  file?: string;
  /** The words the page's CV shows. */
  words: string[];
  name: string;
}

async function openCv(page: Page, locale: string, distDir: string, basePath: string): Promise<Cv> {
  const response = await page.goto(`${locale}/cv/`);
  expect(response?.status(), `${locale}/cv/`).toBe(200);
  const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
  const link = page.locator('.cv-download a[download]');
  const href = (await link.count()) ? ((await link.getAttribute('href')) ?? undefined) : undefined;
  return {
    locale,
    rtl,
    href,
    file: href ? path.join(distDir, href.slice(basePath.length)) : undefined,
    words: wordsOf(await page.locator('.cv-sheet').innerText()),
    name: await page.locator('.cv-name').innerText(),
  };
}

/** Counts of each word. */
function counts(words: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/** What one list has more of than the other. */
function minus(a: string[], b: string[]): string[] {
  const left = counts(b);
  return a.filter((w) => {
    const n = left.get(w) ?? 0;
    if (n) left.set(w, n - 1);
    return n === 0;
  });
}

test('every language has its CV page, a PDF beside it for left-to-right ones, linked from the home and about pages', async ({
  page,
  locales,
  distDir,
  basePath,
}) => {
  for (const locale of locales) {
    const cv = await openCv(page, locale, distDir, basePath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(cv.words.length, locale).toBeGreaterThan(20);
    if (cv.rtl) {
      // No PDF writer for right-to-left text: the page says how to save it as one.
      expect(cv.href, locale).toBeUndefined();
      await expect(page.locator('.cv-download .hint')).toBeVisible();
      continue;
    }
    expect(cv.href, locale).toMatch(new RegExp(`^${basePath}${locale}/cv/[a-z0-9-]*cv-${locale}\\.pdf$`));
    expect(existsSync(cv.file!), cv.file).toBe(true);
    for (const from of [`${locale}/`, `${locale}/about/`]) {
      await page.goto(from);
      await expect(page.locator(`a[href="${cv.href}"]`), from).toHaveCount(1);
    }
  }
});

test('each PDF is at most 300 KB and two A4 pages, its fonts cut, and has the words of its page in pdf.js and pdftotext', async ({
  page,
  locales,
  distDir,
  basePath,
}) => {
  expect(hasPoppler(), 'pdftotext is missing: apt-get install poppler-utils').toBe(true);
  for (const locale of locales) {
    const cv = await openCv(page, locale, distDir, basePath);
    if (cv.rtl) continue;
    const bytes = readFileSync(cv.file!);
    expect(bytes.length, cv.file).toBeLessThanOrEqual(BUDGET);
    const info = execFileSync('pdfinfo', [cv.file!], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    for (const font of embeddedFonts(bytes)) expect(font.bytes, font.name).toBeLessThan(40_000);

    for (const [extractor, pages] of [
      ['pdf.js', await pdfjsText(bytes)],
      ['pdftotext', popplerText(cv.file!)],
    ] as const) {
      const pdf = wordsOf(pages.join('\n'));
      // Every word of the page, as often as the page has it; the PDF adds only its footers (name, address, "1 / 2").
      expect(minus(cv.words, pdf), `${locale}: ${extractor} lacks`).toEqual([]);
      const footer = new Set([...wordsOf(cv.name), '/']);
      for (const extra of minus(pdf, cv.words))
        expect(footer.has(extra) || /^[\p{Nd}]+$|\./u.test(extra), `${locale}: ${extractor} adds "${extra}"`).toBe(
          true,
        );
    }
  }
});

test('Bengali and Devanagari words copy out exactly and are drawn with the glyphs HarfBuzz shapes them into', async ({
  page,
  locales,
  distDir,
  basePath,
}) => {
  const root = process.cwd();
  for (const locale of locales) {
    const cv = await openCv(page, locale, distDir, basePath);
    if (cv.rtl || !isLocale(locale)) continue;
    const bytes = readFileSync(cv.file!);
    const complex = [...new Set(cv.words.filter((w) => COMPLEX.test(w)))];
    if (locale === 'bn' || locale === 'hi') expect(complex.length, locale).toBeGreaterThan(15);
    // The demo's CVs have these; a new VA's have their own.
    const samples = (SAMPLES[locale] ?? []).filter((w) => cv.words.includes(w));
    if (test.info().project.name === 'root' || test.info().project.name === 'base')
      expect(samples).toEqual(SAMPLES[locale] ?? []);
    const copied = [wordsOf((await pdfjsText(bytes)).join('\n')), wordsOf(popplerText(cv.file!).join('\n'))];
    for (const word of [...complex, ...samples]) for (const words of copied) expect(words, word).toContain(word);

    const fonts = new FontSet(root, locale);
    const drawn = drawnWords(bytes).flat();
    let compared = 0;
    for (const word of complex) {
      const span = drawn.find((d) => d.text.trim().replace(/^[“(]+|[”),.:;।]+$/gu, '') === word);
      if (!span) continue;
      compared += 1;
      const weight = span.glyphs[0].font.endsWith('-Bold') ? 700 : 400;
      const expected = fonts
        .runs(span.text, weight)
        .flatMap((run) =>
          run.font!.shape(run.text).clusters.flatMap((c) => c.glyphs.map((g) => `${run.font!.name} ${g.gid}`)),
        );
      expect(span.glyphs.map((g) => `${g.font} ${g.gid}`).sort(), word).toEqual(expected.sort());
    }
    expect(compared, locale).toBeGreaterThanOrEqual(Math.min(10, complex.length));
  }
});

test('the PDF links with the site address and base, and a page renders', async ({
  page,
  locales,
  distDir,
  basePath,
  siteUrl,
}, testInfo) => {
  for (const locale of locales) {
    const cv = await openCv(page, locale, distDir, basePath);
    if (cv.rtl) continue;
    const targets = linkTargets(readFileSync(cv.file!));
    expect(targets, locale).toContain(`${siteUrl}${basePath}${locale}/`);
    for (const target of targets.filter((t) => t.startsWith(siteUrl)))
      expect(target.startsWith(`${siteUrl}${basePath}`), target).toBe(true);

    const out = testInfo.outputPath(`cv-${locale}`);
    mkdirSync(path.dirname(out), { recursive: true });
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', '-singlefile', cv.file!, out]);
    const { data, info } = await sharp(`${out}.png`).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = data.filter((v) => v < 128).length / (info.width * info.height);
    // Text, headings and the photo: some ink, mostly paper.
    expect(dark, locale).toBeGreaterThan(0.01);
    expect(dark, locale).toBeLessThan(0.3);
  }
});
