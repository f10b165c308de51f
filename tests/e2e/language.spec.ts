/** The language switcher and the `/` entry page, as a visitor uses them. */
import { test, expect } from './fixtures.ts';

test('the language switcher keeps the visitor on the same page', async ({ page, basePath }) => {
  await page.goto('en/about/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('link', { name: 'বাংলা' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}bn/about/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn-BD');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('রুমানা হক');

  await page.getByRole('navigation', { name: 'ভাষা' }).getByRole('link', { name: 'हिन्दी' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}hi/about/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.getByRole('link', { name: 'हिन्दी' })).toHaveAttribute('aria-current', 'page');
});

for (const [preferred, expected] of [
  ['bn-BD', 'bn'],
  ['hi-IN', 'hi'],
  ['en-GB', 'en'],
  ['fr-FR', 'en'],
] as const) {
  test(`the entry page sends a browser preferring ${preferred} to /${expected}/`, async ({
    browser,
    baseURL,
    basePath,
  }) => {
    const context = await browser.newContext({ locale: preferred, baseURL });
    const page = await context.newPage();
    await page.goto('');
    await expect(page).toHaveURL(new RegExp(`${basePath}${expected}/$`));
    await context.close();
  });
}

test('without JavaScript the entry page lists every language and falls back to the default', async ({
  browser,
  baseURL,
  basePath,
}) => {
  // A language the site does not offer: on Netlify, a visitor whose language it offers is sent
  // there before the page loads (publish.spec.ts), and only the others see the entry page.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR', baseURL });
  const page = await context.newPage();
  const response = await page.request.get('', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
  const html = await response.text();
  for (const label of ['English', 'বাংলা', 'हिन्दी']) expect(html).toContain(label);
  expect(html).toContain(`<noscript><meta http-equiv="refresh" content="0; url=${basePath}en/">`);
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`${basePath}en/$`));
  await context.close();
});

test('an unknown address gets the not-found page in every language with status 404', async ({ page, basePath }) => {
  const response = await page.goto('bn/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('পাতাটি পাওয়া যায়নি')).toBeVisible();
  await expect(page.getByText('पेज नहीं मिला')).toBeVisible();
  await page.getByRole('link', { name: /বাংলা/ }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}bn/$`));
});
