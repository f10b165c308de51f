/**
 * Build time and peak memory of Sahayak against a bare Astro site with the
 * same number of MDX pages, side by side in one run.
 * Budget (DESIGN.md): within 1.3 times the bare build; under 2 GB for 3,000 pages.
 *   npm run bench:build [-- --pages 3000]
 * The Sahayak copy gets `pages / 3` extra case studies in each of the three
 * languages (copies of a demo one); the bare site gets the same MDX bodies.
 * Sahayak is built twice: cold (share images rendered) and warm (cached),
 * which is what a VA sees on every later build. Needs GNU time (/usr/bin/time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir } from '../src/lib/cache-dir.ts';
import { copySite } from './site-copy.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '3000' } } });
const perLocale = Math.ceil(Number(values.pages) / 3);
const LOCALES = ['en', 'bn', 'hi'];
const TEMPLATE = 'clinic-appointments';
const BENCH = path.resolve('.bench');
const TIME = '/usr/bin/time';

if (!existsSync(TIME)) {
  console.error(`${TIME} not found: install GNU time (apt-get install -y time) to measure peak memory.`);
  process.exit(2);
}

/** The demo case study in a locale, renamed and retitled as copy number i. */
function caseStudyCopy(locale: string, i: number): string {
  const source = readFileSync(`src/content/case-studies/${locale}/${TEMPLATE}.mdx`, 'utf8');
  return source.replace(/^title: "(.*)"$/m, `title: "$1 (${i})"`).replace(/^featured: true$/m, 'featured: false');
}

function sahayakSite(): string {
  const files: Record<string, string> = {};
  for (const locale of LOCALES) {
    for (let i = 1; i <= perLocale; i++) files[`src/content/case-studies/${locale}/bench-${i}.mdx`] = caseStudyCopy(locale, i);
  }
  return copySite(path.join(BENCH, 'sahayak'), files);
}

/** A bare Astro site: the MDX integration, one collection, one page per entry, a minimal layout. */
function bareSite(): string {
  const dir = path.join(BENCH, 'bare');
  rmSync(dir, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('package.json', '{ "type": "module" }\n');
  write('astro.config.mjs', "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], trailingSlash: 'always' };\n");
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  write(
    'src/pages/[...id].astro',
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n',
  );
  for (const locale of LOCALES) {
    for (let i = 1; i <= perLocale; i++) {
      const copy = caseStudyCopy(locale, i);
      const title = /^title: "(.*)"$/m.exec(copy)![1];
      const body = copy.slice(copy.indexOf('---', 3) + 3);
      write(`src/content/pages/${locale}/bench-${i}.mdx`, `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
    }
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

interface Measure {
  name: string;
  pages: number;
  seconds: number;
  peakMb: number;
}

function build(name: string, root: string): Measure {
  const astro = path.resolve('node_modules/.bin/astro');
  const result = spawnSync(TIME, ['-f', 'TIME %e %M', astro, 'build', '--root', root], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = /TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`${name} build failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const measure = { name, pages, seconds: Number(line[1]), peakMb: Math.round(Number(line[2]) / 1024) };
  console.log(`${name.padEnd(16)} ${String(pages).padStart(6)} pages ${measure.seconds.toFixed(1).padStart(8)} s ${String(measure.peakMb).padStart(7)} MB`);
  return measure;
}

console.log(`Generating ${perLocale * 3} MDX pages for each site in ${BENCH} ...`);
const bare = build('bare Astro', bareSite());
const sahayakRoot = sahayakSite();
// The cold build starts without cached share images (the demo's own are re-rendered on its next build).
rmSync(cacheDir(process.cwd(), 'og'), { recursive: true, force: true });
const cold = build('Sahayak (cold)', sahayakRoot);
const warm = build('Sahayak (warm)', sahayakRoot);

const ratio = warm.seconds / bare.seconds;
const peak = Math.max(cold.peakMb, warm.peakMb);
console.log(`\nwarm / bare: ${ratio.toFixed(2)}x (budget 1.3x); cold / bare: ${(cold.seconds / bare.seconds).toFixed(2)}x`);
console.log(`peak memory: ${peak} MB (budget 2048 MB for 3,000 pages)`);
mkdirSync(BENCH, { recursive: true });
writeFileSync(path.join(BENCH, 'build.json'), `${JSON.stringify({ bare, cold, warm, ratio, peak }, null, 2)}\n`);
process.exit(ratio <= 1.3 && peak < 2048 ? 0 : 1);
