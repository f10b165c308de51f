/** The demo portfolio as clients see it: services, case studies, testimonials, contact, in every locale. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test, expect, sitemapPaths } from './fixtures.ts';

/** Every file in a build, for searching the whole output. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

async function jsonLdTypes(page: import('@playwright/test').Page): Promise<string[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => [JSON.parse(b)].flat().map((x: { '@type': string }) => x['@type']));
}

test('services are grouped by category with prices in the page digits', async ({ page }) => {
  await page.goto('bn/services/');
  await expect(page.getByRole('heading', { level: 2, name: 'ইমেইল ব্যবস্থাপনা' })).toBeVisible();
  const prices = await page.locator('.prices').allInnerTexts();
  expect(prices.length).toBeGreaterThanOrEqual(6);
  for (const text of prices) {
    expect(text).toMatch(/[০-৯]/);
    expect(text).not.toMatch(/[0-9]/);
    expect(text).toContain('৳');
  }
  await page.goto('hi/services/');
  for (const text of await page.locator('.prices').allInnerTexts()) expect(text).toContain('₹');
  await page.goto('en/services/');
  for (const text of await page.locator('.prices').allInnerTexts()) expect(text).toContain('$');
});

test('a service page shows details, the case studies and testimonials that name it, and a call to action', async ({
  page,
}) => {
  await page.goto('en/services/inbox-management/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you get' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where I did this for clients' })).toBeVisible();
  await expect(page.locator('.case-card').first()).toBeVisible();
  await expect(page.locator('[data-testimonial]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: "Let's take something off your plate" })).toBeVisible();
  const types = await jsonLdTypes(page);
  expect(types).toEqual(expect.arrayContaining(['Service', 'BreadcrumbList']));
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const service = blocks.flatMap((b) => [JSON.parse(b)].flat()).find((x) => x['@type'] === 'Service');
  expect(service.offers[0]['@type']).toBe('Offer');
  expect(service.offers[0].priceCurrency).toBe('USD');
});

test('a case study names client, role, period, results and links its services', async ({ page, basePath }) => {
  await page.goto('bn/case-studies/coaching-inbox-rescue/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const label of ['ক্লায়েন্ট', 'আমার ভূমিকা', 'সময়কাল', 'আমার দায়িত্ব'])
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  const metrics = await page.locator('.metrics .value').allInnerTexts();
  expect(metrics.length).toBeGreaterThan(0);
  for (const m of metrics) expect(m).toMatch(/[০-৯]/);
  const serviceLink = page.locator('.facts a[href*="/services/"]').first();
  await expect(serviceLink).toHaveAttribute('href', new RegExp(`^${basePath}bn/services/[a-z-]+/$`));
  await expect(page.getByRole('heading', { name: 'ক্লায়েন্টের নিজের কথায়' })).toBeVisible();
  expect(await jsonLdTypes(page)).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList']));
});

test('an unnamed client is shown by industry only', async ({ page, distDir }) => {
  const files = readdirSync(path.join(distDir, 'en', 'case-studies'));
  expect(files.length).toBeGreaterThan(3);
  await page.goto('en/case-studies/clinic-appointments/');
  const client = await page.locator('.facts dd').first().innerText();
  expect(client.length).toBeGreaterThan(3);
});

test('an untranslated case study falls back with a notice, noindex and the canonical on the original', async ({
  page,
  siteUrl,
  basePath,
  distDir,
}) => {
  await page.goto('hi/case-studies/agency-invoicing/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.locator('[data-fallback-notice]')).toContainText('अनुवाद अभी नहीं हुआ');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${siteUrl}${basePath}en/case-studies/agency-invoicing/`,
  );
  await expect(page.locator('.page-head')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.story')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
  // The UI around it stays Hindi.
  await expect(page.getByRole('navigation', { name: 'मुख्य' })).toBeVisible();
  // Real translations do not point at the fallback.
  await page.goto('en/case-studies/agency-invoicing/');
  await expect(page.locator('link[hreflang="hi-IN"]')).toHaveCount(0);
  await expect(page.locator('link[hreflang="bn-BD"]')).toHaveCount(1);
  expect(sitemapPaths(distDir, basePath)).not.toContain('hi/case-studies/agency-invoicing/');
  expect(sitemapPaths(distDir, basePath)).toContain('bn/case-studies/agency-invoicing/');
});

test('the testimonial filter works without JavaScript', async ({ browser, baseURL, basePath }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('en/testimonials/');
  const all = await page.locator('[data-testimonial]').count();
  expect(all).toBeGreaterThanOrEqual(7);
  const filters = page.getByRole('navigation', { name: 'Filter by service' });
  await filters.getByRole('link', { name: /^Inbox/ }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}en/testimonials/inbox-management/$`));
  const shown = await page.locator('[data-testimonial]').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(filters.getByRole('link', { name: /^Inbox/ })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('testimonials show count and average, translations marked with the original one click away', async ({ page }) => {
  await page.goto('bn/testimonials/');
  await expect(page.locator('.summary')).toContainText('টি মতামত');
  const translated = page.locator('[data-testimonial] details').first();
  await expect(translated.locator('summary')).toContainText('অনূদিত');
  await expect(translated.locator('blockquote')).toBeHidden();
  await translated.locator('summary').click();
  await expect(translated.locator('blockquote')).toBeVisible();
  await expect(translated.locator('blockquote')).toHaveAttribute('lang', /^(en|hi-IN)$/);
  // A testimonial without a rating shows no stars.
  const cards = await page.locator('[data-testimonial]').count();
  const rated = await page.locator('[data-testimonial] .rating').count();
  expect(rated).toBe(cards - 1);
});

test("a translated testimonial names its author in the reader's script, tagged with its language", async ({ page }) => {
  for (const [locale, name, lang] of [
    ['en', 'Arjun Mehta', 'en'],
    ['bn', 'অর্জুন মেহতা', 'bn-BD'],
    ['hi', 'अर्जुन मेहता', 'hi-IN'],
  ] as const) {
    await page.goto(`${locale}/testimonials/`);
    const card = page.locator('[data-testimonial="jaipur-webinar"]');
    await expect(card.locator('figcaption .name')).toHaveText(name);
    await expect(card.locator('figcaption .name')).toHaveAttribute('lang', lang);
  }
});

test('an unconsented testimonial appears nowhere in the build', ({ distDir }) => {
  for (const file of allFiles(distDir)) {
    if (!/\.(html|xml|json|txt|js|css)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    expect(text.includes('supplier emails'), file).toBe(false);
    expect(text.includes('withdrawn-consent'), file).toBe(false);
  }
});

test('contact page: channels, WhatsApp with a message in the page language, Netlify form with honeypot', async ({
  page,
  basePath,
}) => {
  await page.goto('hi/contact/');
  const whatsapp = page.locator('a[href^="https://wa.me/"]').first();
  const href = await whatsapp.getAttribute('href');
  expect(decodeURIComponent(new URL(href!).searchParams.get('text')!)).toContain('नमस्ते');
  await expect(page.locator('a[href^="mailto:"]').first()).toBeVisible();
  const form = page.locator('form[name="contact"]');
  await expect(form).toHaveAttribute('data-netlify', 'true');
  await expect(form).toHaveAttribute('data-netlify-honeypot', 'company-website');
  // The honeypot is there for bots, invisible to people: a 1-pixel clipped box, hidden from screen readers.
  const trap = form.locator('input[name="company-website"]');
  const box = await trap.evaluate((el) => el.closest('.honeypot')!.getBoundingClientRect());
  expect(box.width * box.height).toBeLessThanOrEqual(1);
  await expect(form.locator('.honeypot')).toHaveAttribute('aria-hidden', 'true');
  await expect(form).toHaveAttribute('action', `${basePath}hi/contact/thanks/`);
  await expect(form.locator('input[name="form-name"]')).toHaveValue('contact');
  await expect(form.getByLabel('आपका नाम')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'काम के घंटे' })).toBeVisible();
  expect((await page.goto('hi/contact/thanks/'))?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('home and about describe the VA as a Person who offers the services, and carry no self-serving rating', async ({
  page,
  distDir,
}) => {
  for (const p of ['en/', 'bn/about/']) {
    await page.goto(p);
    expect(await jsonLdTypes(page)).toContain('Person');
    // A remote freelancer is no LocalBusiness (those need a street address).
    expect(await jsonLdTypes(page)).not.toContain('ProfessionalService');
    const person = (await page.locator('script[type="application/ld+json"]').allTextContents())
      .flatMap((t) => JSON.parse(t))
      .find((x) => x['@type'] === 'Person');
    expect(person.makesOffer.length).toBeGreaterThan(3);
    expect(person.makesOffer[0].itemOffered['@type']).toBe('Service');
  }
  for (const file of allFiles(distDir).filter((f) => f.endsWith('.html'))) {
    expect(readFileSync(file, 'utf8').includes('AggregateRating'), file).toBe(false);
  }
});

test('the home page leads to featured services, case studies and testimonials', async ({ page }) => {
  await page.goto('hi/');
  await expect(page.getByRole('heading', { name: 'लोकप्रिय सेवाएँ' })).toBeVisible();
  await expect(page.locator('#featured-services ~ * .service-card, .service-card').first()).toBeVisible();
  await expect(page.locator('.case-card').first()).toBeVisible();
  await expect(page.locator('[data-testimonial]').first()).toBeVisible();
  await expect(page.locator('.prices').first()).toContainText('₹');
});
