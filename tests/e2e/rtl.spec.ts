/**
 * Urdu, a right-to-left language added through the locale table, one strings
 * file and one font dependency (tests/fixtures/urdu): every Urdu page says so,
 * the layout mirrors, the text is set in the Arabic-script font, and the
 * share image reads from the right.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { test, expect, htmlFiles } from './fixtures.ts';
import { woffToSfnt } from '../../src/fonts/woff.ts';

const NASKH = 'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff';

test('every Urdu page is lang="ur-PK" dir="rtl", every other page ltr', ({ distDir }) => {
  const files = htmlFiles(distDir).filter((f) => /^[a-z]{2}\//.test(f));
  expect(files.filter((f) => f.startsWith('ur/')).length).toBeGreaterThan(20);
  for (const file of files) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const [, lang, dir] = /<html lang="([^"]+)" dir="([^"]+)"/.exec(html) ?? [];
    if (file.startsWith('ur/')) expect([file, lang, dir]).toEqual([file, 'ur-PK', 'rtl']);
    else expect([file, dir]).toEqual([file, 'ltr']);
  }
});

for (const width of [390, 1280]) {
  test(`the layout mirrors at ${width} px: name and menu start on the right, nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const p of ['ur/', 'ur/about/', 'ur/services/', 'ur/contact/']) {
      await page.goto(p);
      const brand = await page.locator('.site-header .brand').boundingBox();
      expect(brand!.x + brand!.width, `${p}: the name sits at the right edge`).toBeGreaterThan(width * 0.8);
      expect(brand!.x, `${p}: the name starts right of the middle`).toBeGreaterThan(width / 4);
      const items = await page.locator('.main-nav li').evaluateAll((els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .map((r) => ({ x: r.x, y: r.y })),
      );
      // On the first row of the menu, each item sits left of the one before it.
      const firstRow = items.filter((r) => Math.abs(r.y - items[0].y) < 2);
      for (let i = 1; i < firstRow.length; i++)
        expect(firstRow[i].x, `${p}: menu item ${i}`).toBeLessThan(firstRow[i - 1].x);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${p} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // The skip link appears at the start edge, which is the right.
    await page.goto('ur/');
    await page.keyboard.press('Tab');
    const skip = await page.locator('.skip-link').boundingBox();
    expect(skip!.x + skip!.width).toBeGreaterThan(width / 2);
  });
}

test('Urdu text is set in the Naskh font, which the page downloads', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.url().endsWith('.woff2') && fonts.push(r.url()));
  await page.goto('ur/about/');
  await page.waitForLoadState('networkidle');
  const family = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.split(',')[0]).toContain('Noto Naskh Arabic');
  expect(await page.evaluate(() => document.fonts.check('700 32px "Noto Naskh Arabic"', 'تعارف'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
});

test('the share image sets Urdu from the right, with its letters joined', async ({ distDir }) => {
  // Shaping: a joined word is narrower than its letters set one by one (isolated forms), as Pango sets it with the Naskh font.
  const fontfile = path.join(distDir, '..', 'naskh-test.otf');
  writeFileSync(fontfile, woffToSfnt(readFileSync(NASKH)));
  const width = async (text: string) =>
    (
      await sharp({ text: { text, fontfile, font: 'Noto Naskh Arabic Bold 60', dpi: 72 } })
        .png()
        .toBuffer({ resolveWithObject: true })
    ).info.width;
  const word = 'تعارف';
  const letters = await Promise.all([...word].map(width));
  expect(await width(word)).toBeLessThan(letters.reduce((a, b) => a + b, 0));

  // Direction: the built image of the Urdu about page has its title and name against the right edge.
  const html = readFileSync(path.join(distDir, 'ur/about/index.html'), 'utf8');
  const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]).pathname.slice(1);
  const { data, info } = await sharp(path.join(distDir, image)).raw().toBuffer({ resolveWithObject: true });
  // White text pixels in the title and name rows (below the decoration circles' top band).
  let minX = info.width;
  let maxX = 0;
  for (let y = 250; y < 560; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
  }
  expect(maxX, 'text reaches the right margin').toBeGreaterThan(info.width - 140);
  expect(minX, 'and does not start at the left margin').toBeGreaterThan(120);
});
