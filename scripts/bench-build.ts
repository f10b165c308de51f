/**
 * Build time and peak memory of Sahayak against a bare Astro site made from
 * the same MDX pages, the two built in turn (bare, Sahayak, bare, Sahayak…)
 * so a machine that speeds up or slows down affects both alike.
 *   npm run bench:build [-- --pages 1000,3000 --runs 3]
 * For each page count and run, three builds of each site:
 * - cold: no caches (Astro's content store and image cache, Sahayak's share
 *   images and fonts), no dist/;
 * - cached: the same build again, caches and dist/ kept;
 * - one change: one sentence of one case study edited, then built again.
 * Sahayak gets `pages / 3` copies of a demo case study in each language; the
 * bare site gets their bodies under a title, one page each, a minimal layout.
 * Prints medians and ratios against the bare build (budget, DESIGN.md: cached
 * ≤ 1.3×, cold ≤ 3×, peak memory ≤ 1.2×, a one-change rebuild ≤ half the
 * cold bare build) and writes .bench/build.json. Needs GNU time (/usr/bin/time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bareSite, sahayakSite } from './bench-sites.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000,3000' }, runs: { type: 'string', default: '3' } },
});
const PAGE_COUNTS = values.pages.split(',').map(Number);
const RUNS = Number(values.runs);
const BENCH = path.resolve('.bench');
const TIME = '/usr/bin/time';
const KINDS = ['cold', 'cached', 'one change'] as const;
type Kind = (typeof KINDS)[number];

if (!existsSync(TIME)) {
  console.error(`${TIME} not found: install GNU time (apt-get install -y time) to measure peak memory.`);
  process.exit(2);
}

/** The one MDX file each site's one-change build edits: the same case study body. */
const CHANGED = {
  sahayak: 'src/content/case-studies/en/bench-1.mdx',
  bare: 'src/content/pages/en/bench-1.mdx',
  'bare-incremental': 'src/content/pages/en/bench-1.mdx',
};
type Site = keyof typeof CHANGED;
const SITES: Site[] = ['bare', 'sahayak', 'bare-incremental'];

interface Measure {
  site: Site;
  kind: Kind;
  pages: number;
  seconds: number;
  peakMb: number;
}

function build(site: Site, root: string, kind: Kind, run: number): Measure {
  if (kind === 'cold') {
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache'])
      rmSync(path.join(root, dir), { recursive: true, force: true });
  }
  if (kind === 'one change') {
    const file = path.join(root, CHANGED[site]);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nEdited for run ${run} at ${Date.now()}.\n`);
  }
  const astro = path.resolve('node_modules/.bin/astro');
  const result = spawnSync(TIME, ['-f', 'TIME %e %M', astro, 'build', '--root', root], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const line = /TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`${site} ${kind} build failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const m: Measure = { site, kind, pages, seconds: Number(line[1]), peakMb: Math.round(Number(line[2]) / 1024) };
  console.log(
    `  run ${run} ${site.padEnd(16)} ${kind.padEnd(10)} ${String(pages).padStart(5)} pages ${m.seconds.toFixed(1).padStart(7)} s ${String(m.peakMb).padStart(6)} MB`,
  );
  return m;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Summary {
  pages: number;
  kinds: Record<Kind, { bare: number; sahayak: number; ratio: number; bareMb: number; sahayakMb: number }>;
  /** The bare site with experimental.incrementalBuild, by kind of build. */
  incremental: Record<Kind, number>;
  withinBudget: Record<string, boolean>;
}

const summaries: Summary[] = [];
const all: Measure[] = [];
console.log(
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`,
);
for (const count of PAGE_COUNTS) {
  const perLocale = Math.ceil(count / 3);
  console.log(
    `\n${perLocale * 3} MDX pages (Sahayak adds its own pages around them), ${RUNS} runs, sites alternating:`,
  );
  const roots: Record<Site, string> = {
    bare: bareSite(perLocale),
    sahayak: sahayakSite(perLocale),
    'bare-incremental': bareSite(perLocale, true),
  };
  const measures: Measure[] = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const kind of KINDS) for (const site of SITES) measures.push(build(site, roots[site], kind, run));
  }
  all.push(...measures);
  const pick = (site: Site, kind: Kind) => measures.filter((m) => m.site === site && m.kind === kind);
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const bare = median(pick('bare', kind).map((m) => m.seconds));
      const sahayak = median(pick('sahayak', kind).map((m) => m.seconds));
      // The ratio pair by pair (run i of bare against run i of Sahayak), then its median.
      const ratio = median(pick('sahayak', kind).map((m, i) => m.seconds / pick('bare', kind)[i].seconds));
      return [
        kind,
        {
          bare,
          sahayak,
          ratio,
          bareMb: median(pick('bare', kind).map((m) => m.peakMb)),
          sahayakMb: median(pick('sahayak', kind).map((m) => m.peakMb)),
        },
      ];
    }),
  ) as Summary['kinds'];
  const peakRatio = Math.max(...KINDS.map((k) => kinds[k].sahayakMb / kinds[k].bareMb));
  const withinBudget = {
    'cached ≤ 1.3× bare': kinds.cached.ratio <= 1.3,
    'cold ≤ 3× bare': kinds.cold.ratio <= 3,
    'peak memory ≤ 1.2× bare': peakRatio <= 1.2,
    'one change ≤ ½ cold bare': kinds['one change'].sahayak <= kinds.cold.bare / 2,
  };
  const incremental = Object.fromEntries(
    KINDS.map((kind) => [kind, median(pick('bare-incremental', kind).map((m) => m.seconds))]),
  ) as Record<Kind, number>;
  summaries.push({ pages: perLocale * 3, kinds, incremental, withinBudget });
  console.log(
    `\n| ${perLocale * 3} pages | bare (s) | Sahayak (s) | ratio | bare peak (MB) | Sahayak peak (MB) |\n|---|---:|---:|---:|---:|---:|`,
  );
  for (const kind of KINDS) {
    const k = kinds[kind];
    console.log(
      `| ${kind} | ${k.bare.toFixed(1)} | ${k.sahayak.toFixed(1)} | ${k.ratio.toFixed(2)}× | ${k.bareMb} | ${k.sahayakMb} |`,
    );
  }
  console.log(
    `| bare with incrementalBuild | ${KINDS.map((k) => `${k} ${incremental[k].toFixed(1)} s`).join(' | ')} |`,
  );
  for (const [goal, ok] of Object.entries(withinBudget)) console.log(`${ok ? 'met   ' : 'missed'} ${goal}`);
}

mkdirSync(BENCH, { recursive: true });
writeFileSync(
  path.join(BENCH, 'build.json'),
  `${JSON.stringify({ date: new Date().toISOString(), load: os.loadavg(), summaries, measures: all }, null, 2)}\n`,
);
process.exit(summaries.every((s) => Object.values(s.withinBudget).every(Boolean)) ? 0 : 1);
