/**
 * Cuts the endonym fonts (see ENDONYM_FONT in fonts.ts) out of the Noto
 * families with HarfBuzz, which keeps the shaping rules the name needs
 * (the conjunct in हिन्दी). Cached by content (see cache-dir.ts),
 * so only the first build pays the ~0.2 s. Node only: astro.config.mjs calls it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LOCALES } from '../i18n/locales.ts';
import { cacheDir } from './cache-dir.ts';
import { ENDONYM_FONT, FONT_FOR_LOCALE, regularFontFile, type EndonymLocale } from './fonts.ts';

/** Writes (or reuses) one subset per endonym locale and returns their paths. */
export async function subsetEndonyms(root = process.cwd()): Promise<Record<EndonymLocale, string>> {
  const dir = cacheDir(root, 'fonts');
  mkdirSync(dir, { recursive: true });
  const files = {} as Record<EndonymLocale, string>;
  for (const locale of Object.keys(ENDONYM_FONT) as EndonymLocale[]) {
    const text = LOCALES[locale].label;
    const source = readFileSync(path.join(root, regularFontFile(FONT_FOR_LOCALE[locale])));
    const key = createHash('sha256').update(text).update(source).digest('hex').slice(0, 16);
    const file = path.join(dir, `endonym-${locale}-${key}.woff2`);
    if (!existsSync(file)) writeFileSync(file, await subsetFont(source, text, { targetFormat: 'woff2' }));
    files[locale] = file;
  }
  return files;
}
