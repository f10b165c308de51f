/** Netlify files: netlify.toml, and the generated _headers and _redirects as Netlify's own parsers read them. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { headersFile, languageRedirects, policyText, unionPolicies } from '../../src/build/publish/host-files.ts';
import { withXDefault } from '../../src/build/sitemap.ts';
import { parseNetlifyFiles } from '../support/netlify.ts';

/** Writes the files into a folder and has Netlify's parsers read them. */
async function netlifyRead(files: { _headers?: string; _redirects?: string }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sahayak-host-'));
  writeFileSync(path.join(dir, '_headers'), files._headers ?? '');
  writeFileSync(path.join(dir, '_redirects'), files._redirects ?? '');
  return parseNetlifyFiles(dir);
}

describe('netlify.toml', () => {
  it('builds with the README command, publishes dist/ and turns on Netlify forms', () => {
    const toml = parseToml(readFileSync('netlify.toml', 'utf8')) as {
      build: { command: string; publish: string; environment: Record<string, string> };
    };
    expect(toml.build.command).toBe('npm install && npm run build');
    expect(toml.build.publish).toBe('dist');
    expect(toml.build.environment.SAHAYAK_HOST).toBe('netlify');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
  });
});

describe('generated host files', () => {
  it('unions CSP sources across pages, keeping each once', () => {
    const merged = unionPolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(policyText(merged)).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });

  it("writes _headers that Netlify parses into security headers, the pages' CSP, the editor's own CSP and a year of caching for assets, under the base", async () => {
    const { headers } = await netlifyRead({
      _headers: headersFile('/hire-me/', ['bn', 'en'], "default-src 'self'; frame-ancestors 'none'"),
    });
    expect(headers.errors).toEqual([]);
    const rule = (path: string) => headers.headers.find((h) => h.for === path)?.values ?? {};
    const all = rule('/hire-me/*');
    expect(all['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/);
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toContain('camera=()');
    expect(all['Content-Security-Policy']).toBeUndefined();
    for (const page of ['/hire-me/', '/hire-me/404.html', '/hire-me/bn/*', '/hire-me/en/*'])
      expect(rule(page)['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(rule('/hire-me/admin/*')['Content-Security-Policy']).toContain(
      "connect-src 'self' blob: data: https://api.github.com",
    );
    expect(all['Cache-Control']).toBeUndefined();
    expect(headers.headers.find((h) => h.for === '/hire-me/_astro/*')!.values['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('writes forced language redirects for / (a page exists at /, and Netlify serves a file before an unforced rule)', async () => {
    const { redirects } = await netlifyRead({
      _redirects: languageRedirects({ base: '/hire-me/', locales: ['bn', 'en'] }),
    });
    expect(redirects.errors).toEqual([]);
    expect(
      (
        redirects.redirects as {
          from: string;
          to: string;
          status: number;
          force: boolean;
          conditions: { Language?: string[] };
        }[]
      ).map((r) => [r.from, r.to, r.status, r.force, r.conditions.Language]),
    ).toEqual([
      ['/hire-me/', '/hire-me/bn/', 302, true, ['bn']],
      ['/hire-me/', '/hire-me/en/', 302, true, ['en']],
    ]);
  });

  it('adds x-default to sitemap alternates only where the default locale has the page', () => {
    const add = withXDefault('en');
    const item = {
      url: 'https://x/bn/',
      links: [
        { url: 'https://x/bn/', lang: 'bn-BD' },
        { url: 'https://x/en/', lang: 'en' },
      ],
    };
    expect(add(item).links).toContainEqual({ url: 'https://x/en/', lang: 'x-default' });
    expect(add({ url: 'https://x/bn/a/', links: [{ url: 'https://x/bn/a/', lang: 'bn-BD' }] }).links).toHaveLength(1);
    expect(
      add({ url: 'https://x/en/only/' } as { url: string; links?: { url: string; lang: string }[] }).links,
    ).toBeUndefined();
  });
});
