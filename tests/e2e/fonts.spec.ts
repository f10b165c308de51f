/**
 * What a reader on a slow phone downloads in fonts: the page's own script
 * (preloaded), Latin, and for the names of other languages in the switcher
 * only tiny subsets, which must shape those names exactly as the full fonts do.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const OWN_FAMILY: Record<string, string> = { en: 'Noto Sans', bn: 'Noto Sans Bengali', hi: 'Noto Sans Devanagari' };
const ENDONYM_FAMILY: Record<string, string> = { bn: 'Sahayak Endonym Bengali', hi: 'Sahayak Endonym Devanagari' };
/** The cut that sets a script's text on other languages' pages (src/fonts/families.ts, GUEST_FONTS). */
const GUEST_FAMILY: Record<string, string> = { bn: 'Sahayak Guest Bengali', hi: 'Sahayak Guest Devanagari' };
const LABEL: Record<string, string> = { en: 'English', bn: 'বাংলা', hi: 'हिन्दी' };

/** Family (without Astro's hash) of every @font-face on the page, by absolute file URL. */
async function familiesByUrl(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
        .flatMap((r) => {
          // Astro's metric-matched fallbacks are local() faces with no file.
          const file = /url\("?([^")]+)/.exec(r.style.getPropertyValue('src'))?.[1];
          return file ? [[new URL(file, location.href).href, r.style.getPropertyValue('font-family')]] : [];
        }),
    ),
  );
  return new Map(pairs.map(([url, family]) => [url, family.replace(/^"|"$/g, '').replace(/-[0-9a-f]{16}$/, '')]));
}

test('a page downloads its own script, Latin and only the switcher subsets of other scripts', async ({
  browser,
  baseURL,
  locales,
}) => {
  for (const locale of locales) {
    // A fresh context per page: fonts are cached as immutable, so a second page would request none.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const fonts = new Set<string>();
    const listener = (r: { url(): string }) => r.url().endsWith('.woff2') && fonts.add(r.url());
    page.on('request', listener);
    // The about page has no text in other scripts but the language switcher.
    await page.goto(`${locale}/about/`);
    await page.waitForLoadState('networkidle');
    page.off('request', listener);

    const families = await familiesByUrl(page);
    const downloaded = new Set([...fonts].map((url) => families.get(url) ?? url));
    const allowed = new Set([
      OWN_FAMILY[locale],
      'Noto Sans',
      ...locales.filter((l) => l !== locale && ENDONYM_FAMILY[l]).map((l) => ENDONYM_FAMILY[l]),
    ]);
    expect(
      [...downloaded].filter((f) => !allowed.has(f)),
      `${locale}/about/ downloads`,
    ).toEqual([]);
    for (const l of locales.filter((l) => l !== locale && ENDONYM_FAMILY[l]))
      expect(downloaded, `${locale}/about/`).toContain(ENDONYM_FAMILY[l]);

    // One file for both weights (a variable font cut to the site's text, src/fonts/subset.ts).
    const preloads = await page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloads.map((url) => families.get(url))).toEqual([OWN_FAMILY[locale]]);
    await context.close();
  }
});

// The next font in the stack is the script's guest cut, which font-cuts.spec.ts holds to the full font.
test('the endonym subsets shape each language name exactly as the guest cut does', async ({ page, locales }) => {
  const page0 = locales.find((l) => !ENDONYM_FAMILY[l]) ?? locales[0];
  await page.goto(`${page0}/about/`);
  for (const l of locales.filter((l) => l !== page0 && ENDONYM_FAMILY[l])) {
    const name = page.locator('nav.lang').getByRole('link', { name: LABEL[l], exact: true }).locator('span');
    const stack = await name.evaluate((span) => getComputedStyle(span).fontFamily);
    const [subset, guest] = stack.split(',').map((f) => f.trim());
    expect(subset).toContain(ENDONYM_FAMILY[l]);
    expect(guest).toContain(GUEST_FAMILY[l]);
    // Width with each font alone: a missing glyph or conjunct in the subset would change it.
    const [withSubset, withGuest] = await page.evaluate(
      async ([text, families]) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        const widths: number[] = [];
        for (const family of families) {
          await document.fonts.load(`32px ${family}`, text);
          ctx.font = `32px ${family}`;
          widths.push(ctx.measureText(text).width);
        }
        return widths;
      },
      [LABEL[l], [subset, guest]] as const,
    );
    expect(withSubset).toBeGreaterThan(40);
    expect(withSubset).toBeCloseTo(withGuest, 1);
  }
});
