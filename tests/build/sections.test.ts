/**
 * A site a new VA might have: no case studies, testimonials or webinars yet,
 * and one service written only in Bangla on an English-first site. Sections
 * without entries do not exist anywhere (pages, navigation, home, sitemap,
 * build log), but the page that asks clients for a testimonial does; the
 * Bangla-only service has a page in every language, and every language
 * switcher and hreflang link leads to a page that exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';

const BN_ONLY = `---
title: ফেসবুক পেজ দেখাশোনা
summary: আপনার দোকানের ফেসবুক পেজে প্রতিদিনের পোস্ট আর মেসেজের উত্তর।
category: social-media
prices:
  - { model: monthly, amount: 8000, currency: BDT }
---

প্রতিদিন সকালে পোস্ট, দুপুরের মধ্যে সব মেসেজের উত্তর।
`;

let dir = '';
let out = '';
let log = '';
const html = (file: string) => readFileSync(path.join(out, file), 'utf8');

beforeAll(() => {
  dir = copySite('.test-builds/sections', {
    'src/content/case-studies': null,
    'src/content/testimonials': null,
    'src/content/webinars': null,
    'src/content/services/bn/facebook-page-care.mdx': BN_ONLY,
  });
  out = path.join(dir, 'dist');
  const run = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, SITE_URL: 'https://example.github.io', SAHAYAK_NOW: '2026-05-01T06:00:00Z' },
  });
  log = run.stdout + run.stderr;
  expect(run.status, log).toBe(0);
}, 300_000);

describe('sections without entries', () => {
  it('have no pages', () => {
    for (const locale of ['en', 'bn', 'hi']) {
      for (const section of ['case-studies', 'webinars'])
        expect(existsSync(path.join(out, locale, section)), `${locale}/${section}/`).toBe(false);
      // No testimonials page; only the request page where a client leaves the first one (noindex, not in navigation).
      expect(readdirSync(path.join(out, locale, 'testimonials')), `${locale}/testimonials/`).toEqual(['share']);
      expect(existsSync(path.join(out, locale, 'services/index.html'))).toBe(true);
    }
  });

  it('still have the page where a client leaves the first testimonial, kept out of search results', () => {
    for (const locale of ['en', 'bn', 'hi']) {
      const page = html(`${locale}/testimonials/share/index.html`);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toMatch(/<form [^>]*name="testimonial"/);
    }
  });

  it('are not in the navigation or on the home page', () => {
    for (const locale of ['en', 'bn', 'hi']) {
      const home = html(`${locale}/index.html`);
      const nav = /<nav class="wrap main-nav"[\s\S]*?<\/nav>/.exec(home)![0];
      const links = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual([`/${locale}/`, `/${locale}/services/`, `/${locale}/about/`, `/${locale}/contact/`]);
      expect(home).not.toMatch(/id="(next-webinar|featured-cases|featured-testimonials)"/);
    }
  });

  it('are not in the sitemap', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/case-studies|testimonials|webinars/);
    expect(sitemap).toContain('/en/services/');
  });

  it('cause no warning in the build log, and the one known upstream warning is filtered', () => {
    expect(log).not.toMatch(/does not exist|is empty|No files found|content\.config|content config/i);
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});

describe('an entry written only in a language other than the default', () => {
  it('has a page in every language, showing its own text with a notice and its canonical on the original', () => {
    for (const locale of ['en', 'hi']) {
      const page = html(`${locale}/services/facebook-page-care/index.html`);
      expect(page).toContain('data-fallback-notice');
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain('<link rel="canonical" href="https://example.github.io/bn/services/facebook-page-care/">');
      expect(page).toMatch(/<header class="page-head wrap" lang="bn-BD"[^>]*>\s*<h1[^>]*>ফেসবুক পেজ দেখাশোনা<\/h1>/);
    }
  });

  it('has language switcher links that all lead to pages that exist', () => {
    for (const locale of ['en', 'bn', 'hi']) {
      const page = html(`${locale}/services/facebook-page-care/index.html`);
      const nav = /<nav class="lang"[\s\S]*?<\/nav>/.exec(page)![0];
      const links = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual([
        '/en/services/facebook-page-care/',
        '/bn/services/facebook-page-care/',
        '/hi/services/facebook-page-care/',
      ]);
      for (const link of links) expect(existsSync(path.join(out, link, 'index.html')), link).toBe(true);
    }
  });

  it('lists only its real translation in hreflang and the sitemap, with x-default on it', () => {
    const bn = html('bn/services/facebook-page-care/index.html');
    const alternates = [...bn.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(alternates).toEqual([
      ['bn-BD', 'https://example.github.io/bn/services/facebook-page-care/'],
      ['x-default', 'https://example.github.io/bn/services/facebook-page-care/'],
    ]);
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.github.io/bn/services/facebook-page-care/</loc>');
    expect(sitemap).not.toMatch(/(en|hi)\/services\/facebook-page-care/);
  });

  it('is reported by the checker as shown in Bangla elsewhere', () => {
    const run = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--root', dir], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/services\s+facebook-page-care\s+en, hi\s+bn/);
  });
});
