/**
 * Reads every built HTML file: internal links, assets and srcset entries stay
 * under the base path and point at files that exist; absolute URLs
 * (canonical, hreflang, Open Graph) carry the site URL and the base.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test, expect, htmlFiles } from './fixtures.ts';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { HOME_HTML_BUDGET_KB } from '../support/budgets.ts';
import { LOCALES } from '../../src/languages/table.ts';

/** Every URL in href, src, srcset and content attributes of a page. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) urls.push(m[2].replaceAll('&amp;', '&'));
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const part of m[1].split(',')) urls.push(part.trim().split(/\s+/)[0]);
  }
  return urls;
}

test('internal links and assets stay under the base and exist', ({ distDir, basePath, siteUrl }) => {
  const problems: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    for (const raw of urlsIn(html)) {
      let pathname: string | undefined;
      if (raw.startsWith('/') && !raw.startsWith('//')) pathname = raw;
      else if (raw.startsWith(siteUrl)) pathname = new URL(raw).pathname;
      else if (raw.startsWith('0; url=')) pathname = raw.slice('0; url='.length);
      if (pathname === undefined) continue;
      pathname = pathname.split(/[?#]/)[0];
      if (!pathname.startsWith(basePath)) {
        problems.push(`${file}: ${raw} escapes the base ${basePath}`);
        continue;
      }
      const target = path.join(distDir, decodeURIComponent(pathname.slice(basePath.length)));
      const exists = pathname.endsWith('/') ? existsSync(path.join(target, 'index.html')) : existsSync(target);
      if (!exists) problems.push(`${file}: ${raw} points at nothing in the build`);
    }
  }
  expect(problems).toEqual([]);
});

test('every built page is valid HTML', async ({ distDir }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const report = await validator.validateString(readFileSync(path.join(distDir, file), 'utf8'), file);
    for (const { messages } of report.results) {
      for (const m of messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every built page passes the W3C Nu HTML checker', ({ distDir }) => {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const pages = htmlFiles(distDir);
  expect(pages.length).toBeGreaterThan(10);
  // --errors-only: the checker's CSP notes about file: URLs are not errors; exit status 1 means errors, and the JSON says which.
  let report = '';
  try {
    report = execFileSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...pages.map((p) => path.join(distDir, p))],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    report = (error as { stdout?: string }).stdout ?? String(error);
  }
  const { messages } = JSON.parse(report) as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  expect(
    messages
      .filter((m) => m.type === 'error')
      .map((m) => `${path.relative(distDir, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`),
  ).toEqual([]);
});

test('every JSON-LD block is valid schema.org: known types, only their own properties', ({ distDir }) => {
  const problems: string[] = [];
  let blocks = 0;
  for (const file of htmlFiles(distDir)) {
    for (const [, json] of readFileSync(path.join(distDir, file), 'utf8').matchAll(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
    )) {
      blocks += 1;
      for (const problem of schemaOrgProblems(JSON.parse(json))) problems.push(`${file}: ${problem}`);
    }
  }
  expect(blocks).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test('every locale page has a canonical, hreflang alternates and x-default with the base', ({
  distDir,
  basePath,
  siteUrl,
  locales,
  defaultLocale,
  langTags,
}) => {
  for (const locale of locales) {
    for (const route of ['', 'about/', 'services/', 'contact/']) {
      const html = readFileSync(path.join(distDir, locale, route, 'index.html'), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${siteUrl}${basePath}${locale}/${route}">`);
      for (const other of locales) {
        expect(html).toContain(
          `<link rel="alternate" hreflang="${langTags[other]}" href="${siteUrl}${basePath}${other}/${route}">`,
        );
      }
      expect(html).toContain(
        `<link rel="alternate" hreflang="x-default" href="${siteUrl}${basePath}${defaultLocale}/${route}">`,
      );
    }
  }
});

test('only enabled locales have pages', ({ distDir, locales }) => {
  for (const locale of new Set([...Object.keys(LOCALES), ...locales])) {
    expect(existsSync(path.join(distDir, locale, 'index.html')), locale).toBe(locales.includes(locale));
  }
});

test('pages ship no client JavaScript, except the entry page and webinar pages (under 3 KB gzipped)', ({ distDir }) => {
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/type="application\/(ld\+)?json"/.test(m[1]),
    );
    if (file === 'index.html' || /^[a-z]{2,3}\/webinars\/[^/]+\/index\.html$/.test(file)) {
      const bytes = gzipSync(scripts.map((m) => m[2]).join('')).length;
      expect(bytes, `${file}: ${bytes} bytes of script gzipped`).toBeLessThan(3 * 1024);
      expect(
        scripts.every((m) => !/\ssrc=/.test(m[1])),
        `${file} loads an external script`,
      ).toBe(true);
    } else {
      expect(
        scripts.map((m) => m[0].slice(0, 80)),
        `${file} has a script`,
      ).toEqual([]);
    }
  }
});

test('each home page, HTML plus its CSS, fits one round trip: under 14 KB gzipped; the HTML with its inline CSS within its own budget', ({
  distDir,
  basePath,
  locales,
}) => {
  for (const locale of locales) {
    const html = readFileSync(path.join(distDir, locale, 'index.html'), 'utf8');
    expect(gzipSync(html).length, `${locale}/ HTML gzipped`).toBeLessThanOrEqual(HOME_HTML_BUDGET_KB * 1024);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readFileSync(path.join(distDir, m[1].slice(basePath.length)), 'utf8'),
    );
    const bytes = gzipSync(html + css.join('')).length;
    expect(bytes, `${locale}/ is ${bytes} bytes gzipped`).toBeLessThan(14 * 1024);
  }
});
