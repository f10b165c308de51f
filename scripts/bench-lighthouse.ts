/**
 * Lighthouse (mobile, simulated slow 4G) on every page type of a built site,
 * in every locale, served gzipped like Netlify and GitHub Pages serve it.
 * Budget (DESIGN.md): 100 in performance, accessibility, best practices and SEO.
 * A page that is noindex on purpose (404, thank-you, untranslated fallback)
 * fails Lighthouse's "is-crawlable" by design; only that audit is excused.
 *   npm run build && npm run bench:lighthouse [-- <dist>]
 * Prints a table, writes .bench/lighthouse.json, exits 1 when a page misses the budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 4390;
const DEBUG_PORT = 9390;

const dist = path.resolve(process.argv[2] ?? 'dist');

/** The entry page, the 404 page, and per locale its home, each section and the first entry of each section. */
function pageTypes(): string[] {
  const pages = ['', '404.html'];
  const dirs = (dir: string) =>
    readdirSync(path.join(dist, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(dist, dir, d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
  for (const locale of dirs('')) {
    pages.push(`${locale}/`);
    for (const section of dirs(locale)) {
      pages.push(`${locale}/${section}/`);
      const first = dirs(`${locale}/${section}`)[0];
      if (first) pages.push(`${locale}/${section}/${first}/`);
    }
  }
  return pages;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}

const server = spawn(process.execPath, ['scripts/serve.ts', dist, String(PORT)], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });
const rows: { page: string; scores: Record<string, number>; misses: string[]; withinBudget: boolean }[] = [];

/** Whether the built file of a page asks search engines not to index it. */
function isNoindex(page: string): boolean {
  const file = path.join(dist, page.endsWith('.html') ? page : `${page}index.html`);
  return /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
}
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (const page of pageTypes()) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}/${page}`, { port: DEBUG_PORT, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for /${page}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    const misses = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    const seoMisses = (categories.seo?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
    const seoOk = scores.seo === 100 || (isNoindex(page) && seoMisses.every((id) => id === 'is-crawlable'));
    const withinBudget = seoOk && CATEGORIES.every((c) => c === 'seo' || scores[c] === 100);
    rows.push({ page: `/${page}`, scores, misses, withinBudget });
    console.log(`${`/${page}`.padEnd(46)} ${CATEGORIES.map((c) => String(scores[c]).padStart(4)).join(' ')}${misses.length ? `   ${misses.join(', ')}` : ''}`);
  }
} finally {
  await browser.close();
  server.kill();
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
const below = rows.filter((r) => !r.withinBudget);
console.log(`\n${rows.length} pages (columns: ${CATEGORIES.join(', ')}); ${below.length} miss the budget${below.length ? `: ${below.map((r) => r.page).join(' ')}` : ''}`);
process.exit(below.length ? 1 : 0);
