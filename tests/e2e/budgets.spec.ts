/**
 * What a reader on a phone downloads, page by page, against the budgets of
 * the design notes: font bytes (at most 60 KB on a Bangla or Hindi page, both
 * weights, 30 KB on an English page) and the whole first view (at most 80 KB,
 * fonts included, as the host sends it: gzipped). Every page, a fresh browser
 * context each (fonts are cached as immutable, so a second page would load none).
 */
import type { Browser } from '@playwright/test';
import { test, expect, htmlFiles } from './fixtures.ts';
import { FONT_BUDGET_KB, FIRST_VIEW_BUDGET_KB, PHONE } from '../support/budgets.ts';

interface PageBytes {
  page: string;
  fonts: number;
  total: number;
}

/** Bytes on the wire for a page's first view on a phone, by kind. */
async function firstView(browser: Browser, baseURL: string, page: string): Promise<PageBytes> {
  const context = await browser.newContext({ baseURL, ...PHONE });
  const tab = await context.newPage();
  const sizes: Promise<{ font: boolean; bytes: number }>[] = [];
  tab.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then((s) => {
        const font = request.resourceType() === 'font';
        // Font bytes are the files themselves; the first view counts what crosses the wire.
        return { font, bytes: font ? s.responseBodySize : s.responseBodySize + s.responseHeadersSize };
      }),
    ),
  );
  await tab.goto(page);
  await tab.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (xs: { bytes: number }[]) => xs.reduce((a, x) => a + x.bytes, 0);
  return { page, fonts: sum(all.filter((x) => x.font)), total: sum(all) };
}

test('every page stays within the font and first-view budgets on a phone', async ({
  browser,
  baseURL,
  distDir,
  basePath,
  locales,
}) => {
  test.skip(basePath !== '/', 'byte counts are the same under a base path');
  test.setTimeout(600_000);
  const over: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const page = file.replace(/index\.html$/, '');
    // The entry and 404 pages speak every language: they have the budget of a non-Latin page.
    const locale = locales.find((l) => page.startsWith(`${l}/`)) ?? 'default';
    const bytes = await firstView(browser, baseURL!, page);
    if (process.env.BUDGET_TABLE)
      console.log(
        `${`/${page}`.padEnd(50)} fonts ${(bytes.fonts / 1024).toFixed(1).padStart(6)} KB  total ${(bytes.total / 1024).toFixed(1).padStart(6)} KB`,
      );
    const fontBudget = (FONT_BUDGET_KB[locale] ?? FONT_BUDGET_KB.default) * 1024;
    if (bytes.fonts > fontBudget)
      over.push(`/${page}: ${(bytes.fonts / 1024).toFixed(1)} KB of fonts (budget ${fontBudget / 1024} KB)`);
    if (bytes.total > FIRST_VIEW_BUDGET_KB * 1024)
      over.push(`/${page}: ${(bytes.total / 1024).toFixed(1)} KB first view (budget ${FIRST_VIEW_BUDGET_KB} KB)`);
  }
  expect(over).toEqual([]);
});
