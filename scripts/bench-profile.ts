/**
 * Where a build's time goes, step by step: builds the benchmark site
 * (scripts/bench-sites.ts, the demo's case study copied to N pages) under
 * Node's CPU profiler, cold and then cached, and sums the samples of the
 * main thread by step (the table STEPS below): each sample counts once, for
 * the innermost step on its stack, so the steps add up to the whole build.
 *   npm run bench:profile [-- --pages 1000 --top 25]
 * Prints a table per build (ms in all, ms per page, share) and the functions
 * with the most time of their own; writes .bench/profile-<kind>.json.
 * Work on libvips' own threads (share images, responsive images) is not on
 * the main thread and shows only as the wall time the main thread waited.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sahayakSite } from './bench-sites.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, top: { type: 'string', default: '25' } },
});
const PAGES = Number(values.pages);
const BENCH = path.resolve('.bench');

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The steps, innermost first where they nest (JSON-LD inside a page). A
 * frame belongs to a step when its function name or its file matches.
 * Astro bundles the pages and components into chunks under .prerender/,
 * each named after its first module, with anonymous component functions:
 * page rendering is one step here, split by chunk in its own table.
 */
const STEPS: [step: string, match: (f: Frame) => boolean][] = [
  [
    'share images (main-thread part)',
    (f) => /share-image|[\\/]sharp[\\/]/.test(f.url) || /renderShareImage|renderTitle|renderText/.test(f.functionName),
  ],
  ['font cuts: site text and shaping', (f) => /src\/fonts\/|harfbuzz|wawoff2/.test(f.url)],
  [
    "CSP: trimming each page's policy",
    (f) => /ownHashesOnly|cspHash/.test(f.functionName) || /[\\/]csp(-hash)?\.ts/.test(f.url),
  ],
  ['post-build pass (the rest)', (f) => /build[\\/]publish/.test(f.url)],
  ['content check', (f) => /build[\\/]content-check|src[\\/]check[\\/]/.test(f.url)],
  ['editor config', (f) => /src[\\/]editor[\\/]/.test(f.url)],
  ['JSON-LD', (f) => /json-ld|structured-data|chunks[\\/]JsonLd_/.test(f.url)],
  ['responsive images', (f) => /astro[\\/]dist[\\/]assets|chunks[\\/]assets_/.test(f.url)],
  [
    'MDX and Markdown',
    (f) => /@mdx-js|satteri|markdown|micromark|mdast|hast|unified|remark|rehype|chunks[\\/]bench-/.test(f.url),
  ],
  ['pages and components (rendering)', (f) => /\.prerender[\\/]/.test(f.url)],
  ['Astro rendering runtime', (f) => /astro[\\/]dist[\\/](runtime|core[\\/]render)/.test(f.url)],
  ['content layer (sync, store)', (f) => /astro[\\/]dist[\\/]content/.test(f.url)],
  [
    'bundling (Vite, Rollup, esbuild)',
    (f) => /[\\/](vite|rollup|rolldown|esbuild|@rollup|lightningcss|postcss)[\\/]/.test(f.url),
  ],
  ['Astro build, other', (f) => /astro[\\/]dist/.test(f.url)],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle (waiting for I/O or other threads)', (f) => f.functionName === '(idle)'],
];
const OTHER = 'other (Node, zod, libraries)';

function analyse(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stepOf = new Map<number, string>();
  const stepFor = (id: number): string => {
    const known = stepOf.get(id);
    if (known) return known;
    // Innermost: the first match walking from the sampled frame to the root, by step order at each frame.
    let step = OTHER;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const hit = STEPS.find(([, match]) => match(frame));
      if (hit) {
        step = hit[0];
        break;
      }
    }
    stepOf.set(id, step);
    return step;
  };
  const steps = new Map<string, number>();
  const self = new Map<string, number>();
  /** Rendering by module: the innermost frame in the build's own bundle (a chunk is named after its first component or module). */
  const modules = new Map<string, number>();
  const moduleOf = new Map<number, string | undefined>();
  const chunkFor = (id: number): string | undefined => {
    if (moduleOf.has(id)) return moduleOf.get(id);
    let found: string | undefined;
    for (let at: number | undefined = id; at !== undefined && !found; at = parent.get(at)) {
      const chunk = /\.prerender[\\/](?:chunks[\\/])?([^\\/]+?)(?:_[\w-]{8})?\.mjs$/.exec(byId.get(at)!.callFrame.url);
      if (chunk) found = chunk[1].startsWith('bench-') ? 'MDX bodies' : chunk[1];
    }
    moduleOf.set(id, found);
    return found;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const step = stepFor(id);
    steps.set(step, (steps.get(step) ?? 0) + ms);
    const chunk = chunkFor(id);
    if (chunk) modules.set(chunk, (modules.get(chunk) ?? 0) + ms);
    const f = byId.get(id)!.callFrame;
    const where = f.url
      ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules[\\/]/, '').replace(/^file:\/\/.*?(src|dist)[\\/]/, '$1/')}:${f.lineNumber + 1}`
      : f.functionName;
    self.set(where, (self.get(where) ?? 0) + ms);
  });
  return { totalMs: (profile.endTime - profile.startTime) / 1000, steps, self, modules };
}

const site = sahayakSite(Math.ceil(PAGES / 3), 'profile');
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const results: Record<string, unknown> = {};
for (const kind of ['cold', 'cached'] as const) {
  if (kind === 'cold')
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache'])
      rmSync(path.join(site, dir), { recursive: true, force: true });
  const out = path.join(BENCH, `profile-${kind}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, astro, 'build', '--root', site], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
    process.exit(1);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0);
  // One profile per thread; the main thread's is the longest.
  const profiles = readdirSync(out)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(path.join(out, f), 'utf8')) as CpuProfile);
  const main = profiles.sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))[0];
  const { totalMs, steps, self, modules } = analyse(main);
  console.log(
    `\n${kind} build: ${pages} pages, ${(wallMs / 1000).toFixed(1)} s wall, main thread profiled ${(totalMs / 1000).toFixed(1)} s\n`,
  );
  console.log('| step | ms | ms per page | share |\n|---|---:|---:|---:|');
  const rows = [...steps].sort((a, b) => b[1] - a[1]);
  for (const [step, ms] of rows)
    console.log(`| ${step} | ${ms.toFixed(0)} | ${(ms / pages).toFixed(2)} | ${((100 * ms) / totalMs).toFixed(1)} % |`);
  console.log(`\nrendering by bundled module (${kind}; Astro names a chunk after its first component or module):`);
  for (const [chunk, ms] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${(ms / pages).toFixed(2).padStart(6)} ms/page  ${chunk}`);
  console.log(`\nfunctions with the most time of their own (${kind}):`);
  for (const [where, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${where}`);
  results[kind] = {
    pages,
    wallMs,
    totalMs,
    steps: Object.fromEntries(rows),
    modules: Object.fromEntries(modules),
    top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 50),
  };
}
writeFileSync(path.join(BENCH, 'profile.json'), `${JSON.stringify(results, null, 2)}\n`);
