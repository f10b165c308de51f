/**
 * What search engines, link previews and hosts read from a build: the
 * sitemap, share images, robots.txt, the CSP and the Netlify files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { test, expect, htmlFiles } from './fixtures.ts';
import { netlifyEmulator, parseNetlifyFiles } from '../support/netlify.ts';

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
      links: [...u[1].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => ({
        hreflang: l[1],
        href: l[2],
      })),
    }));
  });
}

/** The built file behind a page URL of this build. */
const fileOf = (distDir: string, basePath: string, url: string) =>
  path.join(distDir, new URL(url).pathname.slice(basePath.length), 'index.html');
const isNoindex = (file: string) => /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));

test('the sitemap lists every indexable page once, with alternates between real translations and x-default', ({
  distDir,
  basePath,
  siteUrl,
  defaultLocale,
}) => {
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
    if (file === 'index.html' || file === '404.html' || isNoindex(path.join(distDir, file)))
      expect(locs).not.toContain(url);
    else expect(locs, file).toContain(url);
  }
});

test('robots.txt points to the sitemap under the base path', ({ distDir, basePath, siteUrl }) => {
  expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain(
    `Sitemap: ${siteUrl}${basePath}sitemap-index.xml`,
  );
});

test('every page has a 1200×630 PNG share image that exists, with og:locale, differing by title', ({
  distDir,
  basePath,
  siteUrl,
}) => {
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
    // Every page, the shared entry page and 404 too, says what it is, where it lives and its language to link previews.
    expect(html, file).toMatch(/<meta property="og:locale" content="[a-z]{2,3}_[A-Z]{2}">/);
    expect(html, file).toContain('<meta property="og:type" content="website">');
    const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
    expect(ogUrl, `${file} og:url`).toBeDefined();
    expect(ogUrl!.startsWith(`${siteUrl}${basePath}`), `${file} og:url ${ogUrl}`).toBe(true);
  }
  expect(new Set(byTitle.values()).size).toBe(byTitle.size);
});

/**
 * The pages' CSP of a build, as Netlify parses `_headers`: security headers
 * for every path, and one policy on the entry page, the 404 page and each
 * language's pages (not on /admin/, which has its own).
 */
async function headerPolicy(distDir: string, basePath: string, locales: readonly string[]): Promise<string> {
  const { headers } = await parseNetlifyFiles(distDir);
  expect(headers.errors.map(String)).toEqual([]);
  // Every header name is a real one (a wrapped line would become a bogus header that breaks Netlify's handler).
  for (const rule of headers.headers) for (const name of Object.keys(rule.values)) expect(name).toMatch(/^[A-Za-z-]+$/);
  const rule = (path: string) => headers.headers.find((h) => h.for === path);
  expect(rule(`${basePath}*`)?.values['X-Content-Type-Options']).toBe('nosniff');
  expect(rule(`${basePath}_astro/*`)?.values['Cache-Control']).toBe('public, max-age=31536000, immutable');
  const policies = [basePath, `${basePath}404.html`, ...locales.map((l) => `${basePath}${l}/*`)].map(
    (p) => rule(p)?.values['Content-Security-Policy'],
  );
  expect(policies[0], `no policy for ${basePath}`).toBeDefined();
  expect(new Set(policies).size, 'one policy for every page').toBe(1);
  return policies[0]!;
}

test('every page carries a hash-based CSP without unsafe-inline that allows each of its inline styles and scripts, and the Netlify header covers the same hashes', async ({
  distDir,
  basePath,
  host,
  locales,
}) => {
  const csp = host === 'netlify' ? await headerPolicy(distDir, basePath, locales) : undefined;
  if (csp) expect(csp).toContain("frame-ancestors 'none'");
  // Hosts that ignore the files get none.
  else for (const file of ['_headers', '_redirects']) expect(existsSync(path.join(distDir, file)), file).toBe(false);
  for (const file of htmlFiles(distDir)) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
      readFileSync(path.join(distDir, file), 'utf8'),
    )?.[1];
    expect(meta, `${file} has no CSP`).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(meta!)![1];
    expect(scriptSrc).not.toContain('unsafe-inline');
    for (const hash of scriptSrc.match(/'sha256-[^']+'/g) ?? [])
      if (csp) expect(csp, `${file} ${hash}`).toContain(hash);
    // Every inline style and script, wherever it sits in the page, is allowed by both policies
    // (an element above the <meta> escapes the meta policy but not the HTTP header).
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const styleSrc = /style-src ([^;]+)/.exec(meta!)![1];
    expect(html, `${file} has an inline style attribute`).not.toMatch(/<[a-z][^>]*\sstyle="/);
    const inline = [
      ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ text: m[1], allowed: styleSrc })),
      ...[...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter((m) => !/\ssrc=|type="application\/(ld\+)?json"/.test(m[1]))
        .map((m) => ({ text: m[2], allowed: scriptSrc })),
    ];
    for (const { text, allowed } of inline) {
      const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      expect(allowed, `${file}: inline ${text.slice(0, 40)}`).toContain(hash);
      if (csp) expect(csp, `${file}: inline ${text.slice(0, 40)}`).toContain(hash);
    }
  }
});

test('on Netlify, / sends each visitor to their language, as Netlify itself parses and serves the build', async ({
  distDir,
  basePath,
  locales,
  host,
}) => {
  test.skip(host !== 'netlify', 'only Netlify reads _redirects');
  const { redirects } = await parseNetlifyFiles(distDir);
  expect(redirects.errors.map(String)).toEqual([]);
  expect(
    (
      redirects.redirects as {
        from: string;
        to: string;
        status: number;
        force: boolean;
        conditions: { Language?: string[] };
      }[]
    ).map((r) => [r.from, r.to, r.status, r.force, r.conditions]),
  ).toEqual(locales.map((l) => [basePath, `${basePath}${l}/`, 302, true, { Language: [l] }]));
  const serve = netlifyEmulator(distDir, basePath);
  for (const l of locales) {
    const response = await serve(basePath, { headers: { 'accept-language': `${l},en;q=0.5` }, redirect: 'manual' });
    expect(response.status, `/ for ${l}`).toBe(302);
    expect(new URL(response.headers.get('location')!, 'http://localhost').pathname).toBe(`${basePath}${l}/`);
  }
  // A language the site does not offer gets the entry page (which picks one in the browser).
  const other = await serve(basePath, { headers: { 'accept-language': 'fr' } });
  expect(other.status).toBe(200);
  expect(await other.text()).toContain('id="locale-choice"');
  // Pages get the headers from _headers, CSP included.
  const page = await serve(`${basePath}${locales[0]}/about/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('x-frame-options')).toBe('DENY');
  // The editor gets its own policy (GitHub's API allowed), and not the pages' (which would block it).
  const admin = await serve(`${basePath}admin/`);
  expect(admin.status).toBe(200);
  const adminPolicy = admin.headers.get('content-security-policy') ?? '';
  expect(adminPolicy).toContain("connect-src 'self' blob: data: https://api.github.com");
  expect(adminPolicy).not.toMatch(/sha256-/);
});
