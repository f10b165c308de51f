/**
 * Markdown in a case study body (tests/fixtures/markdown), as a reader sees
 * it in Chromium: tables with borders, padding and aligned columns that
 * scroll in their own box on a phone, lists, a blockquote, an image, code and
 * footnotes, all styled, with no inline style for the CSP to block, and the
 * Bangla version counting in Bangla digits. (The crawl checks these pages
 * against axe and the CSP too.)
 */
import { test, expect } from './fixtures.ts';

const EN = 'en/case-studies/markdown-showcase/';
const BN = 'bn/case-studies/markdown-showcase/';

test('tables are framed, padded and aligned by class, without inline styles', async ({ page, watch }) => {
  await page.goto(EN);
  const story = page.locator('.story');
  expect(await story.locator('[style]').count()).toBe(0);
  const table = story.locator('.table-scroll table').first();
  await expect(table).toBeVisible();
  const cell = table.locator('td').first();
  const css = await cell.evaluate((td) => {
    const s = getComputedStyle(td);
    return { padding: parseFloat(s.paddingInlineStart), border: parseFloat(s.borderBottomWidth) };
  });
  expect(css.padding).toBeGreaterThanOrEqual(8);
  expect(css.border).toBeGreaterThanOrEqual(1);
  // `--:` is right, `:-:` centred, the first column left.
  const aligns = await table
    .locator('tbody tr')
    .first()
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => getComputedStyle(td).textAlign));
  expect(aligns).toEqual(['start', 'end', 'center', 'end']);
  const box = await table.boundingBox();
  expect(box!.width, 'the table uses the width of the text column').toBeGreaterThan(500);
  expect(await watch.cspViolations()).toEqual([]);
});

test('on a phone a wide table scrolls inside its box and the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(EN);
  const scroller = page.locator('.story .table-scroll').nth(1);
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // Keyboard users can reach it to scroll.
  await expect(scroller).toHaveAttribute('tabindex', '0');
});

test('lists, quote, image and code are styled', async ({ page }) => {
  await page.goto(EN);
  const story = page.locator('.story');
  await expect(story.locator('ol ol li')).toHaveCount(2);
  const quote = await story.locator('blockquote').evaluate((q) => {
    const s = getComputedStyle(q);
    return { border: parseFloat(s.borderInlineStartWidth), background: s.backgroundColor };
  });
  expect(quote.border).toBeGreaterThanOrEqual(3);
  expect(quote.background).not.toBe('rgba(0, 0, 0, 0)');
  const image = story.locator('img');
  await expect(image).toHaveAttribute('src', /_astro\//);
  await expect(image).toHaveAttribute('alt', 'Fabric rolls on shelves, sorted by colour');
  const pre = await story
    .locator('pre')
    .evaluate((p) => ({ overflow: getComputedStyle(p).overflowX, family: getComputedStyle(p).fontFamily }));
  expect(pre.overflow).toBe('auto');
  expect(pre.family).toMatch(/mono/i);
});

test('footnotes link both ways and speak the language of the text, in its digits', async ({ page }) => {
  await page.goto(EN);
  await expect(page.locator('.story sup a').first()).toHaveText('1');
  await expect(page.locator('.story .footnotes h2')).toHaveText('Notes');
  await page.goto(BN);
  const refs = page.locator('.story sup a');
  await expect(refs).toHaveText(['১', '২']);
  await expect(page.locator('.story .footnotes h2')).toHaveText('টীকা');
  await expect(page.locator('.story .footnotes h2')).toHaveClass(/visually-hidden/);
  await expect(page.locator('.story [data-footnote-backref]').first()).toHaveAttribute(
    'aria-label',
    'লেখায় ১ নম্বর টীকায় ফিরে যান',
  );
  await refs.first().click();
  await expect(page).toHaveURL(/#user-content-fn-1$/);
});

test('section headings get ASCII anchors, Bangla ones transliterated', async ({ page }) => {
  await page.goto(BN);
  expect(await page.locator('.story .prose-body h2, .story h2[id]').evaluateAll((hs) => hs.map((h) => h.id))).toEqual([
    'story-title',
    'mase-mase-ki-bodlal',
    'jebhabe-kaj-korechhi',
    'footnote-label',
  ]);
});

test('numbered lists count in Bangla digits on Bangla pages, as the site uses them', async ({ page }) => {
  await page.goto(BN);
  expect(
    await page
      .locator('.story ol')
      .first()
      .evaluate((ol) => getComputedStyle(ol).listStyleType),
  ).toBe('bengali');
  await page.goto(EN);
  expect(
    await page
      .locator('.story ol')
      .first()
      .evaluate((ol) => getComputedStyle(ol).listStyleType),
  ).toBe('decimal');
});
