/**
 * The list of a build's pages (src/site/built-pages.ts), kept in the cache
 * for the next build: pages Astro's incremental build copies from the last
 * build are not rendered, so they do not record themselves, and their
 * records come from this list.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../../project/cache-dir.ts';
import type { BuiltPage } from '../../site/built-pages.ts';

const builtPagesFile = (root: string) => path.join(cacheDir(root), 'built-pages.json');

/** The pages of the last build, or none. */
export function lastBuiltPages(root: string): BuiltPage[] {
  const file = builtPagesFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuiltPage[]) : [];
}

/** Keeps this build's pages for the next. */
export function saveBuiltPages(root: string, pages: BuiltPage[]): void {
  mkdirSync(cacheDir(root), { recursive: true });
  writeFileSync(`${builtPagesFile(root)}.tmp`, JSON.stringify(pages));
  renameSync(`${builtPagesFile(root)}.tmp`, builtPagesFile(root));
}

/** The built HTML file of a page, or undefined for what is not a page (a calendar file). */
export function htmlFile(out: string, page: BuiltPage): string | undefined {
  if (!(page.path === '' || page.path.endsWith('/') || page.path.endsWith('.html'))) return undefined;
  const file = path.join(out, page.path.endsWith('.html') ? page.path : `${page.path}index.html`);
  return existsSync(file) ? file : undefined;
}
