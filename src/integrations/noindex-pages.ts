/**
 * Keeps pages marked `noindex` out of the sitemap. After the build, it reads
 * which built pages carry `<meta name="robots" content="noindex">` (fallback
 * pages, the form's thank-you page, the language entry page, the 404 page);
 * the sitemap's filter, which runs after it, asks `isNoindex()`.
 * Listed before @astrojs/sitemap in astro.config.mjs, so its hook runs first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

export function noindexPages(base: string) {
  const pages = new Set<string>();
  const integration: AstroIntegration = {
    name: 'sahayak:noindex-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          if (!NOINDEX.test(readFileSync(path.join(root, file), 'utf8'))) continue;
          const rel = file.split(path.sep).join('/');
          pages.add(base + rel.replace(/(^|\/)index\.html$/, '$1'));
        }
      },
    },
  };
  /** Whether a page URL (absolute) was built as noindex. */
  const isNoindex = (url: string) => pages.has(new URL(url).pathname);
  return { integration, isNoindex };
}
