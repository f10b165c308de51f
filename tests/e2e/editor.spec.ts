/**
 * The browser editor at /admin/ of a production build, offline: every request
 * that is not to this build's server is aborted and fails the test. The
 * editor runs with its test backend (a repository kept in the browser's own
 * storage, seeded with the demo's files), a VA creates a service in English
 * and Bangla with two prices, edits a testimonial's translation and adds a
 * case study with a new cover picture; the files the editor wrote go into a
 * copy of the demo, which `npm run check` passes and which builds into the
 * pages a client sees.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import yaml from 'js-yaml';
import { test, expect, sitemapPaths } from './fixtures.ts';
import { copySite } from '../support/site-copy.ts';

const REPO = 'sveltia-cms-test';

/** The demo's files as the editor's test backend reads them: text, or base64 for pictures. */
function demoFiles(): Record<string, string | { base64: string }> {
  const files: Record<string, string | { base64: string }> = { 'sahayak.yaml': readFileSync('sahayak.yaml', 'utf8') };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.posix.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else
        files[file] = /\.(jpe?g|png|webp)$/i.test(name)
          ? { base64: readFileSync(file).toString('base64') }
          : readFileSync(file, 'utf8');
    }
  };
  walk('src/content');
  return files;
}

/**
 * Two testimonials besides the demo's: one written by hand with `consent: true`
 * alone (no record, no approval field), and one that arrived by itself and
 * waits for approval, with its consent record.
 */
const EXTRA_TESTIMONIALS: Record<string, string> = {
  'src/content/testimonials/hand-written.yaml':
    'quote: "Rumana answered every email the same day."\nlang: en\nauthor:\n  name: "Farah Written"\ndate: 2026-02-01\nsource:\n  platform: other\nconsent: true\n',
  'src/content/testimonials/arrived-2026-11-02.yaml':
    '# From your request page\'s form on Netlify (submission 1).\nquote: "Arrived by itself, approved in the editor."\nlang: en\nauthor:\n  name: "Ayesha Arrived"\ndate: 2026-11-02\nsource:\n  platform: website\nconsent: true\nconsentRecord:\n  wording: "v1"\n  lang: bn\n  date: 2026-11-02\n  via: form\nwaiting: true\n',
};

/** A field of a one-language form, scrolled into view (the editor renders fields as they scroll in). */
async function revealOnPage(page: Page, label: string): Promise<Locator> {
  await page.mouse.move(640, 450);
  for (let i = 0; i < 40 && (await fields(page, label).count()) === 0; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  return field(page, label);
}

/** Opens the editor with its test backend instead of GitHub (the build's config names GitHub), offline. */
async function openEditor(page: Page, foreign: string[]) {
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  await page.route(/\/admin\/config\.yml(\?.*)?$/, async (route) => {
    const body = (await (await route.fetch()).text()).replace(
      /^backend:\n( {2}.*\n)+/m,
      'backend:\n  name: test-repo\n',
    );
    await route.fulfill({ status: 200, contentType: 'application/yaml', body });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('admin/');
}

const pane = (page: Page, language: string) =>
  page.getByRole('group', { name: new RegExp(`^Edit .${language}. Content$`) });
const fields = (scope: Locator | Page, label: string) =>
  scope.getByRole('group', { name: new RegExp(`^“.${label}.” Field$`) });
const field = (scope: Locator | Page, label: string) => fields(scope, label).first();

/** The editor renders fields as they scroll into view: scroll the pane until the field is there. */
async function reveal(pane: Locator, scope: Locator, label: string): Promise<Locator> {
  for (let i = 0; i < 30 && (await fields(scope, label).count()) === 0; i++) {
    await pane.evaluate((el) => {
      const scroller =
        [el, ...el.querySelectorAll('*')].find(
          (e) => e.scrollHeight > e.clientHeight + 10 && getComputedStyle(e).overflowY !== 'visible',
        ) ?? el;
      scroller.scrollTop += 300;
    });
    await pane.page().waitForTimeout(100);
  }
  return field(scope, label);
}

/** Fills an input and checks the value stayed (the editor re-renders fields while it settles). */
async function fill(locator: Locator, value: string) {
  await expect(async () => {
    await locator.fill(value);
    await expect(locator).toHaveValue(value, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

async function addPrices(page: Page, scope: Locator, prices: [model: string, amount: number, currency: string][]) {
  for (const [i, [model, amount, currency]] of prices.entries()) {
    await field(scope, 'Prices').getByRole('button', { name: /^Add / }).last().click();
    await expect(fields(scope, 'Model')).toHaveCount(i + 1);
    // The new item renders twice as it settles; a click on the first rendering is lost.
    await page.waitForTimeout(500);
    const radio = fields(scope, 'Model').nth(i).getByRole('radio', { name: model });
    await radio.click();
    await expect(radio).toBeChecked();
    await fill(fields(scope, 'Amount').nth(i).getByRole('spinbutton'), String(amount));
    await fill(fields(scope, 'Currency').nth(i).getByRole('textbox'), currency);
  }
}

/** Switches a language off for this entry (its pages show another language, with a notice). */
async function switchOff(page: Page, language: string) {
  await page.getByRole('radiogroup', { name: 'Switch Locale' }).last().getByRole('radio', { name: language }).click();
  await pane(page, language)
    .getByRole('button', { name: new RegExp(`Show .${language}. Content Options`) })
    .click();
  await page.getByRole('menuitem', { name: new RegExp(`Disable .${language}.`) }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // When a field is not valid, the editor stays open: name the fields.
  const invalid = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[aria-invalid=true]')].map((e) =>
        e.closest('section')?.getAttribute('aria-label'),
      ),
    );
  await expect(
    page.getByRole('button', { name: 'Save', exact: true }),
    `still open; invalid: ${JSON.stringify(await invalid().catch(() => []))}`,
  ).toBeHidden({ timeout: 10_000 });
  // The editor goes back to the list by itself; wait for it before going anywhere else.
  await page.waitForURL(/#\/collections\/[^/]+$/);
}

/** The files of the editor's test repository, text only, by path. */
function repositoryFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (repo) => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const file = await (handle as FileSystemFileHandle).getFile();
          if (!/\.(jpe?g|png|webp)$/i.test(name)) out[`${prefix}${name}`] = await file.text();
          else {
            const bytes = new Uint8Array(await file.arrayBuffer());
            let binary = '';
            for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
            out[`${prefix}${name}`] = `base64:${btoa(binary)}`;
          }
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repo), '');
    return out;
  }, REPO);
}

test('the editor page is noindex, has its own CSP, and is not in the sitemap or linked from the site', async ({
  page,
  distDir,
  basePath,
}) => {
  const html = readFileSync(path.join(distDir, 'admin/index.html'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline';[^"]*connect-src 'self' blob: data: https:\/\/api\.github\.com/,
  );
  expect(sitemapPaths(distDir, basePath).filter((p) => p.startsWith('admin'))).toEqual([]);
  for (const p of ['en/', 'bn/about/', 'hi/contact/']) {
    await page.goto(p);
    expect(await page.locator(`a[href*="${basePath}admin"]`).count(), p).toBe(0);
  }
  // Its configuration names the GitHub backend and the site's languages, the default first.
  const config = readFileSync(path.join(distDir, 'admin/config.yml'), 'utf8');
  expect(config).toMatch(/^backend:\n {2}name: github\n/m);
  expect(config).toMatch(/locales:\n\s+- en\n\s+- bn\n\s+- hi\n/);
});

test("the editor's fonts are its own and this site's scripts', no other site's", async ({ distDir }) => {
  const admin = path.join(distDir, 'admin');
  const css = readFileSync(path.join(admin, 'admin.css'), 'utf8');
  const bundle = readFileSync(path.join(admin, 'sveltia-cms.js'), 'utf8');
  const named = (text: string) => [...text.matchAll(/fonts\/([\w.-]+\.woff2)/g)].map((m) => m[1]);
  // The Bangla and Hindi fonts for this site's languages, and nothing for a script it does not have.
  expect(named(css).sort()).toEqual([
    'noto-sans-bengali-400.woff2',
    'noto-sans-bengali-700.woff2',
    'noto-sans-devanagari-400.woff2',
    'noto-sans-devanagari-700.woff2',
  ]);
  const files = readdirSync(path.join(admin, 'fonts')).sort();
  expect(files).toEqual([...new Set([...named(css), ...named(bundle)])].sort());
});

test('a VA edits in English and Bangla side by side, offline, and the saved files build into the site', async ({
  page,
  distDir,
}) => {
  test.setTimeout(300_000);
  const foreign: string[] = [];
  await openEditor(page, foreign);
  await page.evaluate(
    async ([repo, files]) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true });
      for (const [file, content] of Object.entries(files)) {
        const parts = file.split('/');
        const name = parts.pop()!;
        let dir = root;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(
          typeof content === 'string' ? content : Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0)),
        );
        await writable.close();
      }
    },
    [REPO, { ...demoFiles(), ...EXTRA_TESTIMONIALS }] as const,
  );
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible();

  // A new service, in English and Bangla side by side, two prices in each language's currency.
  await page.goto('admin/#/collections/services/new');
  const en = pane(page, 'English');
  const bn = pane(page, 'Bangla');
  await fill(field(en, 'Title').getByRole('textbox'), 'Inbox care');
  await fill(field(en, 'Summary').getByRole('textbox'), 'Your inbox sorted every morning.');
  await field(en, 'Category').getByRole('combobox').click();
  await page.getByRole('option', { name: 'email-management' }).click();
  await addPrices(page, en, [
    ['hourly', 12, 'USD'],
    ['monthly', 400, 'USD'],
  ]);
  await fill(field(bn, 'Title').getByRole('textbox'), 'ইনবক্স দেখাশোনা');
  await fill(field(bn, 'Summary').getByRole('textbox'), 'প্রতিদিন সকালে গোছানো ইনবক্স।');
  await addPrices(page, bn, [
    ['hourly', 1200, 'BDT'],
    ['monthly', 45000, 'BDT'],
  ]);
  await switchOff(page, 'Hindi');
  await save(page);

  // A testimonial's Bangla translation.
  await page.goto('admin/#/collections/testimonials/entries/meghna-inbox');
  await fill(field(page, 'বাংলা \\(bn\\)').getByRole('textbox'), 'রুমানা আসার তিন সপ্তাহের মধ্যে আমার ইনবক্স নিয়ন্ত্রণে এল।');
  await save(page);

  // A testimonial written by hand (consent: true alone) saved again: it stays published, no record invented.
  await page.goto('admin/#/collections/testimonials/entries/hand-written');
  await fill((await revealOnPage(page, 'Rating')).getByRole('spinbutton'), '4');
  await save(page);
  // One that arrived by itself: read, then "Waiting for your approval" switched off.
  await page.goto('admin/#/collections/testimonials/entries/arrived-2026-11-02');
  const approval = (await revealOnPage(page, 'Waiting for your approval')).getByRole('switch');
  await expect(approval).toBeChecked();
  await expect(await revealOnPage(page, 'Consent record')).toBeVisible();
  await approval.click();
  await expect(approval).not.toBeChecked();
  await save(page);

  // A case study in English with a new cover picture, uploaded.
  await page.goto('admin/#/collections/caseStudies/new');
  const cen = pane(page, 'English');
  await fill(field(cen, 'Title').getByRole('textbox'), 'A tidy inbox for a bakery');
  await fill(field(cen, 'Summary').getByRole('textbox'), 'Orders by email, answered the same day.');
  const client = field(cen, 'Client');
  await fill(field(client, 'Name').getByRole('textbox'), 'Mishti Bakery');
  await fill(field(client, 'Industry').getByRole('textbox'), 'Bakery');
  await fill(field(client, 'Country').getByRole('textbox'), 'Bangladesh');
  await (await reveal(cen, client, 'Named')).getByRole('switch').click();
  await fill((await reveal(cen, cen, 'Role')).getByRole('textbox'), 'Virtual assistant');
  await (await reveal(cen, cen, 'Responsibilities')).getByRole('button', { name: /^Add / }).click();
  await fill(field(cen, 'Responsibilities').getByRole('textbox').first(), 'Answering order emails');
  await fill((await reveal(cen, cen, 'Start')).locator('input[type=date]'), '2025-06-01');
  await (await reveal(cen, cen, 'Cover')).getByRole('button', { name: 'Browse' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
  await (await chooser).setFiles('src/content/case-studies/covers/clinic-appointments.jpg');
  await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
  await fill((await reveal(cen, cen, 'Cover alt')).getByRole('textbox'), 'Cakes on a counter');
  await switchOff(page, 'Bangla');
  await switchOff(page, 'Hindi');
  await save(page);

  expect(foreign, 'requests to other servers').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual([]);

  // What the editor wrote, back into a copy of the demo.
  const written = await repositoryFiles(page);
  const service = {
    en: written['src/content/services/en/inbox-care.mdx'],
    bn: written['src/content/services/bn/inbox-care.mdx'],
  };
  expect(service.en).toContain('currency: USD');
  expect(service.bn).toContain('amount: 45000');
  expect(written['src/content/services/hi/inbox-care.mdx']).toBeUndefined();
  expect(written['src/content/testimonials/meghna-inbox.yaml']).toContain(
    'রুমানা আসার তিন সপ্তাহের মধ্যে আমার ইনবক্স নিয়ন্ত্রণে এল।',
  );
  const handWritten = yaml.load(written['src/content/testimonials/hand-written.yaml']) as Record<string, unknown>;
  expect(handWritten).toMatchObject({ consent: true, rating: 4 });
  expect(handWritten.waiting ?? false).toBe(false);
  expect(handWritten.consentRecord).toBeUndefined();
  const arrived = yaml.load(written['src/content/testimonials/arrived-2026-11-02.yaml']) as Record<string, unknown>;
  expect(arrived).toMatchObject({ consent: true, waiting: false });
  expect(arrived.consentRecord).toMatchObject({ wording: 'v1', lang: 'bn', via: 'form' });
  const caseStudy = written['src/content/case-studies/en/a-tidy-inbox-for-a-bakery.mdx'];
  const cover = /^cover: (.+)$/m.exec(caseStudy)![1];
  const coverFile = path.posix.join('src/content/case-studies/en', cover);
  expect(written[coverFile]).toMatch(/^base64:/);
  const files = Object.fromEntries(
    Object.entries(written).map(
      ([file, text]) => [file, text.startsWith('base64:') ? Buffer.from(text.slice(7), 'base64') : text] as const,
    ),
  );
  const dir = copySite(path.join(path.dirname(distDir), `editor-site-${path.basename(distDir)}`), files);

  const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--root', dir], { encoding: 'utf8' });
  expect(check.stderr, check.stdout).toBe('');
  expect(check.status).toBe(0);
  const build = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, SITE_URL: 'https://example.github.io', BASE_PATH: '/' },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const out = path.join(dir, 'dist');
  const en_ = readFileSync(path.join(out, 'en/services/inbox-care/index.html'), 'utf8');
  const bn_ = readFileSync(path.join(out, 'bn/services/inbox-care/index.html'), 'utf8');
  // Each language's prices in its own digits and way of writing money.
  expect(en_).toContain('$12 / hour');
  expect(en_).toContain('$400 / month');
  expect(bn_).toContain('১,২০০৳ / ঘণ্টা');
  expect(bn_).toContain('৪৫,০০০৳ / মাস');
  expect(bn_).toContain('ইনবক্স দেখাশোনা');
  expect(existsSync(path.join(out, 'en/case-studies/a-tidy-inbox-for-a-bakery/index.html'))).toBe(true);
  const testimonials = readFileSync(path.join(out, 'en/testimonials/index.html'), 'utf8');
  expect(testimonials).toContain('Rumana answered every email the same day.');
  expect(testimonials).toContain('Arrived by itself, approved in the editor.');
});
