/**
 * Every page of the built site, in every locale, light and dark: status 200,
 * the right `lang`, no console errors (CSP errors included), no
 * securitypolicyviolation event, no request to another origin and no axe
 * violations (WCAG 2.0, 2.1, 2.2 A and AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sitemapPaths } from './fixtures.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe('every page', () => {
  test('the sitemap lists the home and about pages of every locale', ({ distDir, basePath, locales }) => {
    const pages = sitemapPaths(distDir, basePath);
    for (const locale of locales) {
      expect(pages).toContain(`${locale}/`);
      expect(pages).toContain(`${locale}/about/`);
    }
    expect(pages).not.toContain('');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every page loads cleanly and passes axe in the ${scheme} scheme`, async ({
      page,
      watch,
      distDir,
      basePath,
      langTags,
      defaultLocale,
    }) => {
      test.setTimeout(900_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const p of [...sitemapPaths(distDir, basePath), '404.html']) {
        await test.step(p, async () => {
          const response = await page.goto(p);
          expect(response?.status(), `${p} status`).toBe(200);
          const first = p.split('/')[0];
          expect(await page.locator('html').getAttribute('lang'), `${p} lang`).toBe(
            langTags[first] ?? langTags[defaultLocale],
          );
          await page.waitForLoadState('load');
          expect(await watch.cspViolations(), `${p} CSP violations`).toEqual([]);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(summary, `${p} axe violations (${scheme})`).toEqual([]);
        });
      }
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    });
  }
});
