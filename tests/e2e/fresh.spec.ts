/**
 * A new VA's site, made from the demo with the commands alone (FRESH_COMMANDS
 * in builds.ts: init, then new for each kind), as a client sees it in
 * Chromium: the VA's own name and entries, none of the demo, and navigation
 * that offers only sections with something in them. (The crawl, the HTML
 * checks and the publish checks run on this build too.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, htmlFiles } from './fixtures.ts';
import { demoTexts, filesBelow } from '../support/authoring.ts';
import { checkSite } from '../../src/check/site.ts';
import { formatProblem } from '../../src/schemas/errors.ts';

const SITE = '.test-builds/fresh';

test('no text of the demo is left anywhere in the build', ({ distDir }) => {
  const demo = demoTexts(SITE);
  expect(demo).toContain('Rumana Haque');
  for (const file of filesBelow(distDir).filter((f) => /\.(html|xml|txt|ics|json|yml|svg)$/.test(f))) {
    const text = readFileSync(path.join(distDir, file), 'utf8');
    for (const d of demo) expect(text.includes(d), `${file} contains the demo's "${d}"`).toBe(false);
  }
});

test('the navigation offers the sections that have entries, in each language', async ({ page }) => {
  const expected = {
    bn: ['হোম', 'সেবাসমূহ', 'কাজের উদাহরণ', 'ক্লায়েন্টদের মতামত', 'ওয়েবিনার', 'পরিচিতি', 'যোগাযোগ'],
    en: ['Home', 'Services', 'Case studies', 'Testimonials', 'Webinars', 'About', 'Contact'],
  };
  for (const [locale, labels] of Object.entries(expected)) {
    await page.goto(`${locale}/`);
    const nav = page.locator('nav.main-nav a');
    expect(await nav.allInnerTexts(), locale).toEqual(labels);
  }
});

test("the VA's entries are on the site: Bangla first, English where written, a notice where not", async ({ page }) => {
  await page.goto('bn/');
  await expect(page.locator('header')).toContainText('রিনা আক্তার');
  await page.goto('bn/services/');
  await expect(page.getByRole('heading', { name: 'ইনবক্স গোছানো' })).toBeVisible();
  await page.goto('en/services/');
  await expect(page.getByRole('heading', { name: 'Bookkeeping', exact: true }).first()).toBeVisible();
  // The English file of the Bangla service is a draft translation: English readers get the Bangla text, with a notice.
  await page.goto('en/services/inboks-gochhano/');
  await expect(page.locator('h1')).toHaveText('ইনবক্স গোছানো');
  await expect(page.locator('[data-fallback-notice]')).toBeVisible();
  await page.goto('bn/webinars/inboks-samlanor-sohoj-upay/');
  await expect(page.locator('h1')).toHaveText('ইনবক্স সামলানোর সহজ উপায়');
  await page.goto('en/testimonials/');
  await expect(page.getByText('Rina answered my customers faster than I ever did.')).toBeVisible();
  // The ten imported from a spreadsheet, with the one added by hand.
  await expect(page.locator('[data-testimonial]')).toHaveCount(11);
  await page.goto('bn/testimonials/');
  await expect(page.getByText('হিসাবের খাতা এখন প্রতি সপ্তাহে মিলে যায়।')).toBeVisible();
});

test('npm run check finds no problem and nothing left of the demo', () => {
  const checked = checkSite(SITE, {});
  expect(checked.problems.map(formatProblem)).toEqual([]);
  expect(checked.content.warnings.filter((w) => w.kind.startsWith('demo-'))).toEqual([]);
});

test('every page is in one of the two languages', ({ distDir }) => {
  for (const file of htmlFiles(distDir)) expect(file, file).toMatch(/^(bn|en)\/|^(index|404)\.html$/);
});
