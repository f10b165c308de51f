/**
 * A throwaway copy of this project with some files replaced, for tests that
 * need a different config or extra (or broken) content without touching the
 * real one. node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The commands' entry points too, so a copy whose src differs runs its own commands (command(…, { own: true })).
const PARTS = [
  'astro.config.mjs',
  'sahayak.yaml',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  'locales',
  'scripts',
];

/**
 * Copies the site into `dest` (emptied first) and writes `files` (path → content; null deletes).
 * With `ownAstroCache`, node_modules is a folder of links to this project's packages and caches
 * but Astro's (node_modules/.astro, where its incremental build keeps pages), so the copy's
 * builds reuse nothing but their own pages.
 */
export function copySite(
  dest: string,
  files: Record<string, string | Buffer | null> = {},
  root = process.cwd(),
  { ownAstroCache = false } = {},
): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const part of PARTS) cpSync(path.join(root, part), path.join(dest, part), { recursive: true });
  if (ownAstroCache) {
    mkdirSync(path.join(dest, 'node_modules'));
    for (const name of readdirSync(path.join(root, 'node_modules'))) {
      if (name !== '.astro') symlinkSync(path.join(root, 'node_modules', name), path.join(dest, 'node_modules', name));
    }
  } else symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dest, file);
    if (content === null) {
      if (existsSync(target)) rmSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dest;
}
