/**
 * The variant build: only Bangla (default, Latin digits) and English, a GitHub
 * Pages host, the base /hire-me/ (it starts with the locale code "hi"), and a
 * testimonial full of HTML and script.
 */
import { test, expect } from './fixtures.ts';
import { HOSTILE_QUOTE } from '../support/builds.ts';

test('disabled locales have no pages and are not offered', async ({ page }) => {
  expect((await page.goto('hi/'))?.status()).toBe(404);
  await page.goto('en/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link')).toHaveText(['বাংলা', 'English']);
});

test('the entry page sends a Hindi browser to the default locale, Bangla', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'hi-IN', baseURL });
  const page = await context.newPage();
  await page.goto('');
  await expect(page).toHaveURL(/\/hire-me\/bn\/$/);
  await context.close();
});

test('a base path that starts with a locale code stays intact in links', async ({ page }) => {
  await page.goto('bn/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^\/hire-me\/(bn|en)\//);
  await page.getByRole('navigation', { name: 'ভাষা' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/hire-me\/en\/$/);
});

test('Latin digits on Bangla pages when the config asks for them', async ({ page }) => {
  await page.goto('bn/services/');
  // Amounts only: the VA's own notes may contain digits as typed.
  const prices = await page.locator('.prices .amount').allInnerTexts();
  expect(prices.length).toBeGreaterThan(0);
  for (const text of prices) {
    expect(text).toMatch(/\d/);
    expect(text).not.toMatch(/[০-৯]/);
  }
});

test('testimonial text with HTML and script is shown as text and never runs', async ({ page }) => {
  for (const path of ['en/testimonials/', 'bn/testimonials/']) {
    await page.goto(path);
    const card = page.locator('[data-testimonial="zz-hostile"]');
    await expect(card).toContainText('<script>window.__pwned = true</script><b>bold</b>');
    await expect(card.locator('b, img, script, i')).toHaveCount(0);
    await expect(card).toContainText('<i>Mallory</i>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  }
  // On the Bangla page the translation is shown, the client's original one click away.
  const card = page.locator('[data-testimonial="zz-hostile"]');
  await expect(card.locator('blockquote').first()).toContainText('অনুবাদ');
  await card.locator('summary').click();
  await expect(card.locator('details blockquote')).toHaveText(HOSTILE_QUOTE);
});

test('no contact form and no thank-you page on a GitHub Pages host', async ({ page }) => {
  await page.goto('en/contact/');
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'va@variant.example' })).toHaveAttribute(
    'href',
    'mailto:va@variant.example',
  );
  expect((await page.goto('en/contact/thanks/'))?.status()).toBe(404);
});

test('the contact page invites messages in the languages this site has, and no others', async ({ page }) => {
  await page.goto('bn/contact/');
  await expect(page.locator('.lead')).toHaveText('বাংলা বা ইংরেজি, যে ভাষায় আপনার সুবিধা সেভাবেই লিখুন।');
  await page.goto('en/contact/');
  await expect(page.locator('.lead')).toHaveText('Write in Bangla or English, whichever is easiest for you.');
  await expect(page.locator('main')).not.toContainText('Hindi');
});
