/**
 * The page fonts are cut down to the site's text (src/fonts/subset.ts).
 * Here Chromium reads the text of every built page and measures each run of
 * it in the font that sets it on that page (the page's own family and Latin
 * whole, other scripts in their guest cut, regular weight) and in the full
 * font it was cut from: a glyph or a conjunct the cut lacks changes the width.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, htmlFiles } from './fixtures.ts';
import type * as Fonts from '../../src/fonts/families.ts';
import type * as FontSubset from '../../src/fonts/subset.ts';
import type * as Locales from '../../src/languages/table.ts';

/** The site a build was made from: a copy with its own locale table (tests/support/builds.ts), or this project. */
async function siteModules(distDir: string) {
  const copy = path.resolve(distDir, '..');
  const root = existsSync(path.join(copy, 'src', 'languages', 'table.ts')) ? copy : process.cwd();
  const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);
  return {
    root,
    fonts: (await load('src/fonts/families.ts')) as typeof Fonts,
    subset: (await load('src/fonts/subset.ts')) as typeof FontSubset,
    locales: (await load('src/languages/table.ts')) as typeof Locales,
  };
}

interface Sample {
  text: string;
  bold: boolean;
}

interface Face {
  source: string;
  weight: string;
}

/** `@font-face` family (without Astro's hash) → its files and weights, from the built pages. */
function declaredFonts(pages: string[]): Map<string, Face[]> {
  const faces = new Map<string, Face[]>();
  for (const m of pages
    .join('\n')
    .matchAll(/@font-face\{font-family:"([^"]+)-[0-9a-f]{16}";src:url\("([^"]+)"\)[^}]*font-weight:([^;]+);/g)) {
    const known = faces.get(m[1]) ?? [];
    if (!known.some((f) => f.weight === m[3])) faces.set(m[1], [...known, { source: `url(${m[2]})`, weight: m[3] }]);
  }
  return faces;
}

test('every run of text on every page is set in its cut font exactly as in the full font', async ({
  page,
  distDir,
  defaultLocale,
  basePath,
}) => {
  test.skip(basePath !== '/', 'the cut fonts are the same under a base path');
  test.setTimeout(600_000);
  const { root, fonts: site, subset, locales } = await siteModules(distDir);
  const { FAMILIES, LATIN, fontFor, guestFont, pageFontSources } = site;
  const pages = htmlFiles(distDir);
  const fonts = declaredFonts(pages.map((file) => readFileSync(path.join(distDir, file), 'utf8')));

  // 1. The text of every page, as Chromium parsed it: each text node, and each element's whole text where markup splits words.
  const byLocale = new Map<Locales.Locale, Sample[]>();
  for (const file of pages) {
    const locale = file.split('/')[0];
    await page.goto(file.replace(/index\.html$/, ''));
    const samples = await page.evaluate(() => {
      const out: { text: string; bold: boolean }[] = [];
      const bold = (el: Element) => Number(getComputedStyle(el).fontWeight) >= 600;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, template')) continue;
        out.push({ text: node.nodeValue ?? '', bold: bold(parent) });
        const block = parent.parentElement;
        if (block && [...block.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim()))
          out.push({ text: block.textContent ?? '', bold: bold(block) });
      }
      for (const el of document.querySelectorAll('[alt], [placeholder], input[value]')) {
        for (const attr of ['alt', 'placeholder', 'value'])
          if (el.getAttribute(attr)) out.push({ text: el.getAttribute(attr)!, bold: false });
      }
      return out;
    });
    const key = locales.isLocale(locale) ? locale : (defaultLocale as Locales.Locale);
    byLocale.set(key, [...(byLocale.get(key) ?? []), ...samples]);
  }

  // 2. Each run, with the cut that sets it on its page and the full font to compare with.
  const sources = await Promise.all(
    FAMILIES.map(async (f) => ({
      family: f,
      source: await subset.SourceFont.load(path.join(root, pageFontSources(f)[0].file), undefined, []),
    })),
  );
  const runs = new Map<string, { cut: string; full: string; weight: number; text: string }>();
  for (const [locale, samples] of byLocale) {
    for (const { family, source } of sources) {
      const guest = family.name !== fontFor(locale).name && family.name !== LATIN.name ? guestFont(family) : undefined;
      for (const { text, bold } of samples) {
        for (const run of subset.runsOf(text, source.covers)) {
          const weight = bold && !guest ? 700 : 400;
          const cut = guest?.name ?? family.name;
          runs.set(`${cut} ${weight} ${run}`, { cut, full: family.name, weight, text: run });
        }
      }
    }
  }
  expect(runs.size).toBeGreaterThan(100);

  // 3. Both widths in Chromium: the cuts as the site serves them, the full fonts from node_modules.
  const full = Object.fromEntries(
    FAMILIES.map((f) => [
      f.name,
      pageFontSources(f).map(({ weight, file }) => ({
        source: readFileSync(path.join(root, file)).toString('base64'),
        weight: String(weight),
      })),
    ]),
  );
  const cuts = Object.fromEntries(
    [...new Set([...runs.values()].map((r) => r.cut))].map((name) => [name, fonts.get(name) ?? []]),
  );
  expect(
    Object.entries(cuts).filter(([, faces]) => !faces.length),
    'cuts no page declares',
  ).toEqual([]);
  await page.goto('404.html');
  const differing = await page.evaluate(
    async ({ runs, full, cuts }) => {
      const load = async (name: string, faces: { source: string; weight: string }[], inline: boolean) => {
        for (const { source, weight } of faces) {
          const data = inline ? Uint8Array.from(atob(source), (c) => c.charCodeAt(0)).buffer : source;
          document.fonts.add(await new FontFace(name, data, { weight }).load());
        }
      };
      for (const [name, faces] of Object.entries(full)) await load(`full ${name}`, faces, true);
      for (const [name, faces] of Object.entries(cuts)) await load(`cut ${name}`, faces, false);
      const ctx = document.createElement('canvas').getContext('2d')!;
      const width = (family: string, weight: number, text: string) => {
        ctx.font = `${weight} 40px "${family}"`;
        return ctx.measureText(text).width;
      };
      return (
        runs
          .map((r) => ({
            ...r,
            cutWidth: width(`cut ${r.cut}`, r.weight, r.text),
            fullWidth: width(`full ${r.full}`, r.weight, r.text),
          }))
          // A variable font cut to weights 400-700 rounds its deltas anew: at most a font unit
          // (1/1000 em, 0.04 px here) per glyph. A missing glyph or conjunct is pixels.
          .filter((r) => Math.abs(r.cutWidth - r.fullWidth) > 0.02 + 0.04 * [...r.text].length)
          .map((r) => `${r.cut} ${r.weight}: "${r.text}" ${r.cutWidth.toFixed(2)} ≠ ${r.fullWidth.toFixed(2)}`)
      );
    },
    { runs: [...runs.values()], full, cuts },
  );
  expect(differing).toEqual([]);
});
