/**
 * Cuts the endonym fonts (ENDONYM_FONTS in fonts.ts) out of the page fonts
 * with HarfBuzz, which keeps the shaping rules a name needs (the conjunct in
 * हिन्दी). Cached by content (see cache-dir.ts), so only the first build pays
 * the ~0.2 s. Node only: astro.config.mjs calls it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { cacheDir } from './cache-dir.ts';
import { ENDONYM_FONTS, fontFile } from './fonts.ts';

/** Writes (or reuses) one subset per endonym font and returns their paths by locale. */
export async function subsetEndonyms(root = process.cwd()): Promise<Partial<Record<Locale, string>>> {
  const dir = cacheDir(root, 'fonts');
  mkdirSync(dir, { recursive: true });
  const files: Partial<Record<Locale, string>> = {};
  for (const font of ENDONYM_FONTS) {
    const text = LOCALES[font.locale].label;
    const source = readFileSync(path.join(root, fontFile(font.source, 400)));
    const key = createHash('sha256').update(text).update(source).digest('hex').slice(0, 16);
    const file = path.join(dir, `endonym-${font.locale}-${key}.woff2`);
    if (!existsSync(file)) writeFileSync(file, await subsetFont(source, text, { targetFormat: 'woff2' }));
    files[font.locale] = file;
  }
  return files;
}
