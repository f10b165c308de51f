/**
 * The sites the build benchmarks build (npm run bench:build, bench:profile):
 * the demo's case study copied `perLocale` times in each language into a
 * copy of the Sahayak site, and the same MDX bodies as bare Astro pages.
 * Each site is a folder under .bench/ with its own caches.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../tests/support/site-copy.ts';

const LOCALES = ['en', 'bn', 'hi'];
const TEMPLATE = 'clinic-appointments';
const BENCH = path.resolve('.bench');

/** The demo case study in a locale, renamed and retitled as copy number i. */
function caseStudyCopy(locale: string, i: number): string {
  const source = readFileSync(`src/content/case-studies/${locale}/${TEMPLATE}.mdx`, 'utf8');
  return source.replace(/^title: "(.*)"$/m, `title: "$1 (${i})"`).replace(/^featured: true$/m, 'featured: false');
}

/**
 * node_modules for a benchmark site: a folder of links to this project's
 * packages, so each site has its own caches (node_modules/.astro, .cache).
 */
function linkModules(dir: string) {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync('node_modules')) {
    if (name === '.cache' || name === '.astro') continue;
    symlinkSync(path.resolve('node_modules', name), path.join(dir, 'node_modules', name));
  }
}

export function sahayakSite(perLocale: number, name = 'sahayak'): string {
  const files: Record<string, string> = {};
  for (const locale of LOCALES) {
    for (let i = 1; i <= perLocale; i++)
      files[`src/content/case-studies/${locale}/bench-${i}.mdx`] = caseStudyCopy(locale, i);
  }
  const dir = path.join(BENCH, name);
  copySite(dir, files);
  rmSync(path.join(dir, 'node_modules'));
  linkModules(dir);
  return dir;
}

/**
 * A bare Astro site; `incremental` turns on Astro 7's experimental.incrementalBuild,
 * each page keyed by its entry's digest: how fast bare Astro itself rebuilds after one change.
 */
export function bareSite(perLocale: number, incremental = false): string {
  const dir = path.join(BENCH, incremental ? 'bare-incremental' : 'bare');
  rmSync(dir, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('package.json', '{ "type": "module" }\n');
  write(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], trailingSlash: 'always'${incremental ? ', experimental: { incrementalBuild: true }' : ''} };\n`,
  );
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  write(
    'src/pages/[...id].astro',
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n" +
      `  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry }${incremental ? ', cacheKey: entry.digest' : ''} }));\n}\n` +
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
  linkModules(dir);
  return dir;
}
