/**
 * The byte budgets of the design notes, for the size test (tests/e2e/budgets.spec.ts)
 * and the Lighthouse benchmark's table (scripts/bench-lighthouse.ts).
 */

/** Font bytes a page may download, by the page's language: English pages need only Latin; any other, and the pages in every language, 60 KB. */
export const FONT_BUDGET_KB: Record<string, number> = { en: 30, default: 60 };

/** Everything a page's first view downloads on a phone, fonts included, as sent (gzipped). */
export const FIRST_VIEW_BUDGET_KB = 80;

/** A home page's HTML, its inline CSS included, gzipped. */
export const HOME_HTML_BUDGET_KB = 8;

/** The phone Lighthouse's mobile preset emulates (Moto G Power): what "first view on a phone" loads. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36',
};
