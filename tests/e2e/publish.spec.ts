/**
 * What search engines, link previews and hosts read from a build: the
 * sitemap, share images, robots.txt, the CSP and the Netlify files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { test, expect, htmlFiles } from './fixtures.ts';

interface SitemapUrl {
  loc: string;
  links: { hreflang: string; href: string }[];
}

function readSitemap(distDir: string, basePath: string): SitemapUrl[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const xml = readFileSync(path.join(distDir, new URL(m[1]).pathname.slice(basePath.length)), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((u) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(u[1])![1],
      links: [...u[1].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => ({ hreflang: l[1], href: l[2] })),
    }));
  });
}

/** The built file behind a page URL of this build. */
const fileOf = (distDir: string, basePath: string, url: string) => path.join(distDir, new URL(url).pathname.slice(basePath.length), 'index.html');
const isNoindex = (file: string) => /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));

test('the sitemap lists every indexable page once, with alternates between real translations and x-default', ({ distDir, basePath, siteUrl, defaultLocale }) => {
  const urls = readSitemap(distDir, basePath);
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const u of urls) {
    expect(u.loc.startsWith(`${siteUrl}${basePath}`), u.loc).toBe(true);
    const file = fileOf(distDir, basePath, u.loc);
    expect(existsSync(file), u.loc).toBe(true);
    expect(isNoindex(file), `${u.loc} is noindex`).toBe(false);
    for (const link of u.links) {
      if (link.hreflang === 'x-default') continue;
      expect(locs, `${u.loc} → ${link.href}`).toContain(link.href);
    }
    if (u.links.length) {
      const xDefault = u.links.find((l) => l.hreflang === 'x-default');
      expect(xDefault, `${u.loc} has no x-default`).toBeDefined();
      expect(new URL(xDefault!.href).pathname.startsWith(`${basePath}${defaultLocale}/`)).toBe(true);
    }
  }
  // Every indexable page is in the sitemap; the entry page, 404 and fallbacks are not.
  for (const file of htmlFiles(distDir)) {
    const url = `${siteUrl}${basePath}${file.replace(/index\.html$/, '')}`;
    if (file === 'index.html' || file === '404.html' || isNoindex(path.join(distDir, file))) expect(locs).not.toContain(url);
    else expect(locs, file).toContain(url);
  }
});

test('robots.txt points to the sitemap under the base path', ({ distDir, basePath, siteUrl }) => {
  expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}${basePath}sitemap-index.xml`);
});

test('every page has a 1200×630 PNG share image that exists, with og:locale, differing by title', ({ distDir, basePath, siteUrl }) => {
  const byTitle = new Map<string, string>();
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, `${file} has no og:image`).toBeDefined();
    expect(image!.startsWith(`${siteUrl}${basePath}og/`), image).toBe(true);
    const png = readFileSync(path.join(distDir, new URL(image!).pathname.slice(basePath.length)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // The same title in another language's page carries the name in that script: a different picture.
    const title = `${/<html lang="([^"]+)"/.exec(html)![1]} ${/<meta property="og:image:alt" content="([^"]+)"/.exec(html)![1]}`;
    const hash = createHash('sha1').update(png).digest('hex');
    if (byTitle.has(title)) expect(byTitle.get(title)).toBe(hash);
    byTitle.set(title, hash);
    if (file !== 'index.html' && file !== '404.html') expect(html, file).toMatch(/<meta property="og:locale" content="(en_US|bn_BD|hi_IN)">/);
  }
  expect(new Set(byTitle.values()).size).toBe(byTitle.size);
});

test('every page carries a hash-based CSP without unsafe-inline that allows each of its inline styles and scripts, and the Netlify header covers the same hashes', ({ distDir, basePath }) => {
  const header = readFileSync(path.join(distDir, '_headers'), 'utf8');
  const csp = /^\s+Content-Security-Policy: (.+)$/m.exec(header)![1];
  expect(header).toMatch(new RegExp(`^${basePath.replace(/\//g, '\\/')}\\*$`, 'm'));
  expect(header).toMatch(new RegExp(`^${basePath}_astro/\\*$`, 'm'));
  expect(csp).toContain("frame-ancestors 'none'");
  for (const file of htmlFiles(distDir)) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(path.join(distDir, file), 'utf8'))?.[1];
    expect(meta, `${file} has no CSP`).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(meta!)![1];
    expect(scriptSrc).not.toContain('unsafe-inline');
    for (const hash of scriptSrc.match(/'sha256-[^']+'/g) ?? []) expect(csp, `${file} ${hash}`).toContain(hash);
    // Every inline style and script, wherever it sits in the page, is allowed by both policies
    // (an element above the <meta> escapes the meta policy but not the HTTP header).
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const styleSrc = /style-src ([^;]+)/.exec(meta!)![1];
    const inline = [
      ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ text: m[1], allowed: styleSrc })),
      ...[...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter((m) => !/\ssrc=|type="application\/(ld\+)?json"/.test(m[1]))
        .map((m) => ({ text: m[2], allowed: scriptSrc })),
    ];
    for (const { text, allowed } of inline) {
      const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      expect(allowed, `${file}: inline ${text.slice(0, 40)}`).toContain(hash);
      expect(csp, `${file}: inline ${text.slice(0, 40)}`).toContain(hash);
    }
  }
});

test('Netlify redirects send / to each enabled language by Accept-Language', ({ distDir, basePath, locales }) => {
  const rules = readFileSync(path.join(distDir, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  expect(rules).toEqual(locales.map((l) => `${basePath}  ${basePath}${l}/  302  Language=${l}`));
});
