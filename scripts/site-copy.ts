/**
 * A throwaway copy of this project with some files replaced, for tests that
 * need a different config or extra (or broken) content without touching the
 * real one. node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PARTS = ['astro.config.mjs', 'sahayak.yaml', 'tsconfig.json', 'package.json', 'src', 'public', 'locales'];

/** Copies the site into `dest` (emptied first) and writes `files` (path → content; null deletes). */
export function copySite(dest: string, files: Record<string, string | Buffer | null> = {}, root = process.cwd()): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const part of PARTS) cpSync(path.join(root, part), path.join(dest, part), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
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
