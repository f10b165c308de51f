/**
 * The testimonial request page, /<lang>/testimonials/share/, which a VA sends
 * to a client: in every locale, kept out of search engines, the sitemap and
 * the navigation, accessible and readable on a phone and a desktop. On
 * Netlify it is a form Netlify can detect, whose submission carries exactly
 * the fields the testimonial importer reads; on hosts without forms it is an
 * email with the same questions written in, and the same text to copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, sitemapPaths } from './fixtures.ts';
import { netlifyEmulator } from '../support/netlify.ts';
import { routes } from '../../src/i18n/routes.ts';
import type { Locale } from '../../src/languages/table.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The Netlify form's fields, by the names the importer reads from Netlify's CSV export (a contract: do not derive it from the code). */
const FIELDS = ['name', 'role', 'company', 'url', 'language', 'rating', 'quote', 'photo', 'consent', 'wording'];

/** The questions, by string key, in the order the page asks them. */
const QUESTIONS = [
  'share.name',
  'share.role',
  'share.company',
  'share.url',
  'share.language',
  'share.rating',
  'share.quote',
  'share.photo',
  'share.consent',
];

/** Each language's name in itself, as the language choice offers it. */
const ENDONYMS: Record<string, string> = { en: 'English', bn: 'বাংলা', hi: 'हिन्दी', ur: 'اردو' };

const requestPath = (locale: string) => routes.testimonialRequest(locale as Locale).path;
const thanksPath = (locale: string) => routes.testimonialThanks(locale as Locale).path;

/** A locale's UI strings as the build has them: its own file (the Urdu fixture's for `ur`) over English. */
function messages(locale: string): Record<string, string> {
  const read = (file: string) =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return {
    ...read('locales/en.json'),
    ...read(`locales/${locale}.json`),
    ...read(`tests/fixtures/urdu/locales/${locale}.json`),
  };
}

/** The parts of a string around its {{placeholders}}: what must appear however they are filled in. */
const fixedParts = (text: string) =>
  text
    .split(/\{\{\w+\}\}/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The site's address as the consent names it: `example.github.io/portfolio`. */
const shownAddress = (siteUrl: string, basePath: string) => `${new URL(siteUrl).host}${basePath}`.replace(/\/$/, '');

/** The Netlify-relevant reading of a built page's forms, parsed as HTML by the browser (no script of the page runs). */
async function formsIn(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('form')].map((form) => ({
      name: form.getAttribute('name'),
      netlify: form.getAttribute('data-netlify'),
      honeypot: form.getAttribute('data-netlify-honeypot'),
      method: form.getAttribute('method'),
      action: form.getAttribute('action'),
      formName: form.querySelector<HTMLInputElement>('input[type="hidden"][name="form-name"]')?.value,
      fields: [...new Set([...form.querySelectorAll('input, select, textarea')].map((el) => el.getAttribute('name')))],
      checkboxes: Object.fromEntries(
        [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((el) => [
          el.name,
          { value: el.value, required: el.required },
        ]),
      ),
    }));
  }, html);
}

test.describe('the testimonial request page', () => {
  test('exists in every locale, noindex, and is in neither the sitemap nor the navigation', async ({
    page,
    distDir,
    basePath,
    locales,
    langTags,
  }) => {
    const sitemap = sitemapPaths(distDir, basePath);
    for (const locale of locales) {
      const p = requestPath(locale);
      expect(sitemap, 'sitemap').not.toContain(p);
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', langTags[locale]);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(locale)['share.title']);
      for (const at of [p, `${locale}/`]) {
        await page.goto(at);
        const navLinks = await page
          .locator('header nav.main-nav a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(navLinks.length, `${at} navigation`).toBeGreaterThan(2);
        expect(navLinks, `${at} navigation`).not.toContain(`${basePath}${p}`);
      }
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe with no CSP violation or console error in the ${scheme} scheme`, async ({
      page,
      watch,
      locales,
      host,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const pages = locales.flatMap((l) => [requestPath(l), ...(host === 'netlify' ? [thanksPath(l)] : [])]);
      for (const p of pages) {
        await test.step(p, async () => {
          expect((await page.goto(p))?.status(), p).toBe(200);
          await page.waitForLoadState('load');
          expect(await watch.cspViolations(), `${p} CSP violations`).toEqual([]);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            `${p} axe (${scheme})`,
          ).toEqual([]);
        });
      }
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    });
  }

  test('fits a 390 px phone and a 1280 px screen without sideways scrolling', async ({ browser, baseURL, locales }) => {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const locale of locales) {
        await page.goto(requestPath(locale));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${requestPath(locale)} at ${width} px`).toBeLessThanOrEqual(0);
        // Every control and the question text stay inside the window.
        const outside = await page
          .locator('main :is(input:not([type="hidden"]):not([tabindex="-1"]), select, textarea, button, pre, .button)')
          .evaluateAll((els) =>
            els
              .filter((el) => {
                const box = el.getBoundingClientRect();
                return box.left < 0 || box.right > document.documentElement.clientWidth;
              })
              .map((el) => el.outerHTML.slice(0, 80)),
          );
        expect(outside, `${requestPath(locale)} at ${width} px`).toEqual([]);
      }
      await context.close();
    }
  });
});

test.describe('on a host with forms', () => {
  test.beforeEach(({ host }) => test.skip(host !== 'netlify', 'a Netlify form only where the host collects forms'));

  test('every control is labelled, and the browser will not send the form without consent', async ({
    page,
    locales,
    basePath,
    siteUrl,
  }) => {
    for (const locale of locales) {
      const m = messages(locale);
      await page.goto(requestPath(locale));
      const form = page.locator('form[name="testimonial"]');
      await expect(form).toBeVisible();
      // Every control a person fills in has a name a screen reader announces (the honeypot is hidden from them).
      const controls = form.locator('input:not([type="hidden"]):not([tabindex="-1"]), select, textarea');
      expect(await controls.count()).toBe(6 + 6 + 2);
      for (const control of await controls.all()) await expect(control).toHaveAccessibleName(/\S/);
      await expect(form.getByRole('textbox', { name: m['share.name'] })).toHaveAttribute('required', '');
      await expect(form.getByRole('textbox', { name: m['share.quote'] })).toHaveAttribute('required', '');
      await expect(form.getByRole('combobox', { name: m['share.language'] })).toHaveValue(locale);
      const rating = form.getByRole('group', { name: m['share.rating'] });
      await expect(rating.getByRole('radio')).toHaveCount(6);
      await expect(rating.getByRole('radio', { name: m['share.ratingNone'] })).toBeChecked();
      const consent = form.getByRole('checkbox', { name: fixedParts(m['share.consent'])[0] });
      await expect(consent).toHaveAttribute('required', '');
      await expect(consent).not.toBeChecked();
      // The consent names where the words will be shown: this site's address, and the VA.
      const consentText = await form.locator('label[for="tr-consent"]').innerText();
      expect(consentText).toContain(shownAddress(siteUrl, basePath));
      expect(consentText).toContain(await page.locator('.brand-name').innerText());
      await expect(form).toHaveAttribute('action', `${basePath}${thanksPath(locale)}`);
    }
  });

  test('a client fills it in: without consent it stays, with consent it sends the importer’s fields and thanks them in their language', async ({
    page,
    basePath,
    locales,
    langTags,
  }) => {
    const locale = locales.includes('bn') ? 'bn' : locales[0];
    const m = messages(locale);
    await page.goto(requestPath(locale));
    const form = page.locator('form[name="testimonial"]');
    await form.getByRole('textbox', { name: m['share.name'] }).fill('আরিফ হোসেন');
    await form.getByRole('textbox', { name: m['share.role'] }).fill('প্রতিষ্ঠাতা');
    await form.getByRole('textbox', { name: m['share.company'] }).fill('Dhaka Crafts');
    await form.getByRole('textbox', { name: m['share.url'] }).fill('https://dhakacrafts.example');
    await form.getByRole('radio', { name: locale === 'bn' ? '৪' : '4', exact: true }).check();
    await form.getByRole('textbox', { name: m['share.quote'] }).fill('সময়মতো কাজ, <b>দারুণ</b> যোগাযোগ।');
    await form.getByRole('checkbox', { name: m['share.photo'] }).check();
    const consent = form.getByRole('checkbox', { name: fixedParts(m['share.consent'])[0] });

    let posted = false;
    page.on('request', (r) => {
      if (r.method() === 'POST') posted = true;
    });
    await form.getByRole('button', { name: m['share.send'] }).click();
    // The browser's own check: nothing is sent, the consent box is flagged and focused.
    await expect(consent).toBeFocused();
    expect(await consent.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
    await expect(page).toHaveURL(new RegExp(`${requestPath(locale)}$`));
    expect(posted).toBe(false);

    await consent.check();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST'),
      form.getByRole('button', { name: m['share.send'] }).click(),
    ]);
    await expect(page).toHaveURL(new RegExp(`${basePath}${thanksPath(locale)}$`));
    const sent = new URLSearchParams(request.postData() ?? '');
    expect(sent.get('form-name')).toBe('testimonial');
    expect(Object.fromEntries([...sent].filter(([k]) => FIELDS.includes(k)))).toEqual({
      name: 'আরিফ হোসেন',
      role: 'প্রতিষ্ঠাতা',
      company: 'Dhaka Crafts',
      url: 'https://dhakacrafts.example',
      language: locale,
      rating: '4',
      quote: 'সময়মতো কাজ, <b>দারুণ</b> যোগাযোগ।',
      photo: 'yes',
      consent: 'yes',
      // The consent sentence the client ticked: its version and the page's language.
      wording: `v1-${locale}`,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', langTags[locale]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['share.thanksTitle']);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('the language choice names each language in its own script without downloading that script’s whole font', async ({
    browser,
    baseURL,
    locales,
  }) => {
    for (const locale of locales) {
      // A fresh context per page: fonts are cached, so a second page would request none.
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (r) => r.url().endsWith('.woff2') && files.push(r.url()));
      await page.goto(requestPath(locale));
      await page.waitForLoadState('networkidle');
      const select = page.locator('form[name="testimonial"] select[name="language"]');
      await expect(select.locator('option')).toHaveText(locales.map((l) => ENDONYMS[l]));
      const familyOf = await page.evaluate(() =>
        Object.fromEntries(
          [...document.styleSheets].flatMap((sheet) =>
            [...sheet.cssRules]
              .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
              .flatMap((r) => {
                const file = /url\("?([^")]+)/.exec(r.style.getPropertyValue('src'))?.[1];
                return file
                  ? [
                      [
                        new URL(file, location.href).href,
                        r.style
                          .getPropertyValue('font-family')
                          .replace(/^"|"$/g, '')
                          .replace(/-[0-9a-f]{16}$/, ''),
                      ],
                    ]
                  : [];
              }),
          ),
        ),
      );
      const preloaded = await page
        .locator('link[rel="preload"][as="font"]')
        .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
      const own = new Set(preloaded.map((url) => familyOf[url]));
      const whole = files
        .map((url) => familyOf[url] ?? url)
        .filter((family) => !own.has(family) && family !== 'Noto Sans' && !family.startsWith('Sahayak Endonym'));
      expect(whole, `${requestPath(locale)} downloads`).toEqual([]);
      await context.close();
    }
  });

  test('Netlify detects the form in the built HTML, and its handling serves the page and the thank-you page', async ({
    page,
    distDir,
    basePath,
    locales,
  }) => {
    const netlify = netlifyEmulator(distDir, basePath);
    for (const locale of locales) {
      const html = readFileSync(path.join(distDir, requestPath(locale), 'index.html'), 'utf8');
      const forms = await formsIn(page, html);
      expect(forms, requestPath(locale)).toHaveLength(1);
      const [form] = forms;
      // What Netlify's deploy-time detection reads: data-netlify, the form's name, its fields, the honeypot.
      expect(form).toMatchObject({
        name: 'testimonial',
        netlify: 'true',
        method: 'post',
        formName: 'testimonial',
        action: `${basePath}${thanksPath(locale)}`,
      });
      expect(form.honeypot).toBeTruthy();
      expect(form.fields).toContain(form.honeypot);
      expect(form.fields.filter((f) => f !== 'form-name' && f !== form.honeypot).sort()).toEqual([...FIELDS].sort());
      expect(form.checkboxes).toEqual({
        photo: { value: 'yes', required: false },
        consent: { value: 'yes', required: true },
      });
      expect(existsSync(path.join(distDir, thanksPath(locale), 'index.html')), thanksPath(locale)).toBe(true);

      // Served through Netlify's own routing and headers: the page, and the answer to the form's POST (its action page).
      const get = await netlify(`${basePath}${requestPath(locale)}`);
      expect(get.status).toBe(200);
      expect(get.headers.get('content-security-policy')).toContain("default-src 'self'");
      const body = new URLSearchParams({
        'form-name': 'testimonial',
        [form.honeypot!]: '',
        name: 'Ayesha Rahman',
        quote: 'Kind words',
        language: locale,
        consent: 'yes',
      });
      const post = await netlify(`${basePath}${thanksPath(locale)}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(post.status).toBe(200);
      expect(await post.text()).toContain(messages(locale)['share.thanksTitle']);
    }
  });
});

test.describe('on a host without forms', () => {
  test.beforeEach(({ host }) =>
    test.skip(host === 'netlify', 'the email template only where the host collects no forms'),
  );

  test('no form: an email with every question in the page’s language, and the same text on the page to copy', async ({
    page,
    siteUrl,
    basePath,
    locales,
  }) => {
    for (const locale of locales) {
      const m = messages(locale);
      expect((await page.goto(requestPath(locale)))?.status()).toBe(200);
      await expect(page.locator('form')).toHaveCount(0);

      const link = page.getByRole('link', { name: m['share.sendEmail'] });
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^mailto:/);
      const mail = new URL(href);
      // The address is the VA's own, the one the footer shows.
      const footerEmail = await page.locator('footer a[href^="mailto:"]').first().innerText();
      expect(decodeURIComponent(mail.pathname)).toBe(footerEmail);
      const name = await page.locator('.brand-name').innerText();
      expect(mail.searchParams.get('subject')).toContain(name);
      const body = mail.searchParams.get('body')!;

      for (const key of QUESTIONS)
        for (const part of fixedParts(m[key])) expect(body, `${locale}: ${key}`).toContain(part);
      // The answers between marker lines that name the consent sentence's version and the page's language,
      // each question after its field, so the importer reads the reply back in any language.
      const block = body.slice(body.indexOf(`--- testimonial v1-${locale} ---`));
      expect(block.trimEnd().endsWith('--- end ---'), locale).toBe(true);
      expect([...block.matchAll(/^\[(\w+)\] /gm)].map((x) => x[1])).toEqual(FIELDS.filter((f) => f !== 'wording'));
      expect(body).toContain(`${m['share.yes']} / ${m['share.no']}`);
      expect(body).toContain(shownAddress(siteUrl, basePath));
      expect(body).toContain(name);
      if (locale !== 'en') expect(body).not.toContain(messages('en')['share.name']);

      // The same text, readable on the page, for a device without a mail app.
      const shown = page.locator('main pre');
      await expect(shown).toBeVisible();
      expect((await shown.innerText()).trim()).toBe(body.trim());
      await expect(page.getByText(footerEmail, { exact: true }).first()).toBeVisible();

      expect((await page.goto(thanksPath(locale)))?.status(), 'no thank-you page without forms').toBe(404);
    }
  });
});
