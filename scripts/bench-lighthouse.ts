/**
 * Lighthouse (mobile defaults: Moto G Power, slow 4G and a 4× slower CPU,
 * simulated) on every page type of a built site, in every locale, served
 * as its host serves it (tests/support/serve.ts: gzipped, and on a Netlify
 * build through Netlify's own handling, so `/` sends Lighthouse's English
 * browser to /en/ as Netlify would); each page three times (or
 * --runs), and the median of each score and metric reported.
 * Budget (DESIGN.md): 100 in performance, accessibility, best practices and
 * SEO, LCP ≤ 1.2 s, TBT ≤ 50 ms; font bytes ≤ 60 KB (English pages 30 KB),
 * first view ≤ 80 KB; a home page's HTML ≤ 8 KB gzipped.
 * A page that is noindex on purpose (404, thank-you, untranslated fallback)
 * fails Lighthouse's "is-crawlable" by design; only that audit is excused.
 *   npm run build && npm run bench:lighthouse [-- <dist>] [--runs 3] [--only bn/,en/]
 * Prints two tables (scores and metrics; bytes), writes .bench/lighthouse.json,
 * exits 1 when a page misses a budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium.ts';
import { FIRST_VIEW_BUDGET_KB, FONT_BUDGET_KB, HOME_HTML_BUDGET_KB } from '../tests/support/budgets.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 4390;
const DEBUG_PORT = 9390;
const LCP_BUDGET_MS = 1200;
const TBT_BUDGET_MS = 50;

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } },
  allowPositionals: true,
});
/** `--only bn/,hi/case-studies/`: just these page types (for trying one change); the default is all. */
const ONLY = values.only?.split(',');
const RUNS = Number(values.runs);
const dist = path.resolve(positionals[0] ?? 'dist');

/** The entry page, the 404 page, and per locale its home, each section and the first entry of each section. */
function pageTypes(): string[] {
  const pages = ['', '404.html'];
  const dirs = (dir: string) =>
    readdirSync(path.join(dist, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(dist, dir, d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
  for (const locale of dirs('').filter((d) => d !== 'admin')) {
    pages.push(`${locale}/`);
    for (const section of dirs(locale)) {
      pages.push(`${locale}/${section}/`);
      const first = dirs(`${locale}/${section}`)[0];
      if (first) pages.push(`${locale}/${section}/${first}/`);
    }
  }
  return ONLY ? pages.filter((p) => ONLY.includes(p)) : pages;
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

/** Whether the built file of a page asks search engines not to index it. */
function isNoindex(page: string): boolean {
  const file = path.join(dist, page.endsWith('.html') ? page : `${page}index.html`);
  return /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Run {
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  misses: string[];
  seoMisses: string[];
  bytes: { fonts: number; total: number; html: number };
}

interface Row {
  page: string;
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: Run['bytes'];
  misses: string[];
  overBudget: string[];
}

async function audit(page: string): Promise<Run> {
  const result = await lighthouse(`http://127.0.0.1:${PORT}/${page}`, {
    port: DEBUG_PORT,
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for /${page}`);
  const { categories, audits } = result.lhr;
  const items =
    (
      audits['network-requests']?.details as
        { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined
    )?.items ?? [];
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    misses: Object.values(audits)
      .filter(
        (a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    seoMisses: (categories.seo?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
    bytes: {
      fonts: items.filter((i) => i.resourceType === 'Font').reduce((a, i) => a + (i.transferSize ?? 0), 0),
      total: items.reduce((a, i) => a + (i.transferSize ?? 0), 0),
      html: items.find((i) => i.resourceType === 'Document')?.transferSize ?? 0,
    },
  };
}

const server = spawn(process.execPath, ['tests/support/serve.ts', dist, String(PORT)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
});
const rows: Row[] = [];
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Lighthouse mobile defaults, ${RUNS} runs per page, load ${os.loadavg()[0].toFixed(2)}`,
);
console.log(`${'page'.padEnd(46)} perf a11y  b-p  seo   LCP ms  TBT ms    CLS`);
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (const page of pageTypes()) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(page));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
    const row: Row = {
      page: `/${page}`,
      scores,
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      cls: median(runs.map((r) => r.cls)),
      bytes: {
        fonts: median(runs.map((r) => r.bytes.fonts)),
        total: median(runs.map((r) => r.bytes.total)),
        html: median(runs.map((r) => r.bytes.html)),
      },
      misses: [...new Set(runs.flatMap((r) => r.misses))],
      overBudget: [],
    };
    const seoOk =
      scores.seo === 100 || (isNoindex(page) && runs.every((r) => r.seoMisses.every((id) => id === 'is-crawlable')));
    for (const c of CATEGORIES) if (c !== 'seo' && scores[c] < 100) row.overBudget.push(`${c} ${scores[c]}`);
    if (!seoOk) row.overBudget.push(`seo ${scores.seo}`);
    if (row.lcp > LCP_BUDGET_MS) row.overBudget.push(`LCP ${Math.round(row.lcp)} ms`);
    if (row.tbt > TBT_BUDGET_MS) row.overBudget.push(`TBT ${Math.round(row.tbt)} ms`);
    const locale = page.split('/')[0];
    const fontBudget = (FONT_BUDGET_KB[locale] ?? FONT_BUDGET_KB.default) * 1024;
    if (row.bytes.fonts > fontBudget) row.overBudget.push(`fonts ${kb(row.bytes.fonts)} KB`);
    if (row.bytes.total > FIRST_VIEW_BUDGET_KB * 1024) row.overBudget.push(`first view ${kb(row.bytes.total)} KB`);
    // The home budget is the document itself, gzipped (the transfer size above adds the response headers).
    const homeHtml = /^[a-z]+\/$/.test(page) ? gzipSync(readFileSync(path.join(dist, page, 'index.html'))).length : 0;
    if (homeHtml > HOME_HTML_BUDGET_KB * 1024) row.overBudget.push(`home HTML ${kb(homeHtml)} KB`);
    rows.push(row);
    console.log(
      `${row.page.padEnd(46)} ${CATEGORIES.map((c) => String(scores[c]).padStart(4)).join(' ')} ${String(Math.round(row.lcp)).padStart(8)} ${String(Math.round(row.tbt)).padStart(7)} ${row.cls.toFixed(3).padStart(6)}` +
        `${row.overBudget.length ? `   over: ${row.overBudget.join(', ')}` : ''}${row.misses.length ? `   audits: ${row.misses.join(', ')}` : ''}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\n| page | fonts (KB) | HTML (KB, gzipped) | first view (KB) |\n|---|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.page} | ${kb(r.bytes.fonts)} | ${kb(r.bytes.html)} | ${kb(r.bytes.total)} |`);
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/lighthouse.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, load: os.loadavg(), rows }, null, 2)}\n`,
);
const below = rows.filter((r) => r.overBudget.length);
console.log(
  `\n${rows.length} pages; ${below.length} miss a budget${below.length ? `: ${below.map((r) => r.page).join(' ')}` : ''}`,
);
process.exit(below.length ? 1 : 0);
