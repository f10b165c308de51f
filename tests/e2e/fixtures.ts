/**
 * Shared e2e fixtures: which build a project tests (its dist folder and base),
 * the list of pages from its sitemap, and a page that records console errors
 * and requests to other origins.
 */
import { test as base, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SITE_PATHS } from '../../src/i18n/routes.ts';

export interface BuildOptions {
  distDir: string;
  basePath: string;
  siteUrl: string;
  /** Enabled locales of the build, and its default. */
  locales: string[];
  defaultLocale: string;
  /** The host the build is for (netlify writes _headers and _redirects and has forms). */
  host: 'netlify' | 'github-pages' | 'static';
  /** The `<html lang>` of each enabled locale's pages. */
  langTags: Record<string, string>;
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Content-Security-Policy violations the pages reported. */
  cspViolations(): Promise<string[]>;
}

export const test = base.extend<{ watch: PageWatch }, BuildOptions>({
  distDir: ['.test-builds/root', { option: true, scope: 'worker' }],
  basePath: ['/', { option: true, scope: 'worker' }],
  siteUrl: ['https://example.github.io', { option: true, scope: 'worker' }],
  locales: [['en', 'bn', 'hi'], { option: true, scope: 'worker' }],
  defaultLocale: ['en', { option: true, scope: 'worker' }],
  host: ['netlify', { option: true, scope: 'worker' }],
  langTags: [
    { en: 'en', bn: 'bn-BD', hi: 'hi-IN' },
    { option: true, scope: 'worker' },
  ],
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    // Init scripts run outside the page's CSP, so the listener is always there.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${location.pathname}`),
      );
    });
    const watch: PageWatch = {
      consoleErrors: [],
      foreignRequests: [],
      cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
    };
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.consoleErrors.push(err.message));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) watch.foreignRequests.push(req.url());
    });
    await use(watch);
  },
});
export { expect };

/** Page paths (below the base, e.g. `bn/about/`) listed in a build's sitemap. */
export function sitemapPaths(distDir: string, basePath: string): string[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const chunks = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const pages = chunks.flatMap((chunk) => {
    const xml = readFileSync(path.join(distDir, chunk.slice(basePath.length)), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  });
  return pages.map((p) => p.slice(basePath.length));
}

/**
 * Every page of the site, as paths relative to the dist folder. The editor
 * below admin/ is a separate application with its own tests (editor.spec.ts).
 */
export function htmlFiles(distDir: string, dir = ''): string[] {
  return readdirSync(path.join(distDir, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (`${rel}/` === SITE_PATHS.admin) return [];
    if (statSync(path.join(distDir, rel)).isDirectory()) return htmlFiles(distDir, rel);
    return rel.endsWith('.html') ? [rel] : [];
  });
}
