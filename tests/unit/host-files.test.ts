/** Netlify files: netlify.toml and public/_headers parse, and the generated CSP header and redirects. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { languageRedirects, policyText, unionPolicies } from '../../src/integrations/host-files.ts';
import { withXDefault } from '../../src/lib/sitemap.ts';

/** Netlify's _headers format: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else {
      const at = line.indexOf(':');
      expect(at, `header line without a colon: ${line}`).toBeGreaterThan(0);
      current![line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

describe('netlify.toml', () => {
  it('builds with the README command, publishes dist/ and turns on Netlify forms', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(toml).toMatch(/^\[build\]$/m);
    expect(toml).toMatch(/^\s*command = "npm install && npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*SAHAYAK_HOST = "netlify"$/m);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  it('sets the security headers on every path', () => {
    const all = rules.get('/*')!;
    expect(all['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toContain('camera=()');
  });
  it('caches hashed assets for a year, and only those', () => {
    expect(rules.get('/_astro/*')!['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/*')!['Cache-Control']).toBeUndefined();
  });
});

describe('generated host files', () => {
  it('unions CSP sources across pages, keeping each once', () => {
    const merged = unionPolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'"]);
    expect(policyText(merged)).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });
  it('redirects / by Accept-Language to each enabled locale, under the base', () => {
    expect(languageRedirects({ base: '/', locales: ['bn', 'en'] })).toBe('/  /bn/  302  Language=bn\n/  /en/  302  Language=en');
    expect(languageRedirects({ base: '/hire-me/', locales: ['hi'] })).toBe('/hire-me/  /hire-me/hi/  302  Language=hi');
  });
  it('adds x-default to sitemap alternates only where the default locale has the page', () => {
    const add = withXDefault('en');
    const item = { url: 'https://x/bn/', links: [{ url: 'https://x/bn/', lang: 'bn-BD' }, { url: 'https://x/en/', lang: 'en' }] };
    expect(add(item).links).toContainEqual({ url: 'https://x/en/', lang: 'x-default' });
    expect(add({ url: 'https://x/bn/a/', links: [{ url: 'https://x/bn/a/', lang: 'bn-BD' }] }).links).toHaveLength(1);
    expect(add({ url: 'https://x/en/only/' } as { url: string; links?: { url: string; lang: string }[] }).links).toBeUndefined();
  });
});
