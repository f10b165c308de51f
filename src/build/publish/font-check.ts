/**
 * The check of the cut page fonts (src/fonts/subset.ts) against the built
 * pages: every page's text must be shaped by its cuts as by the full fonts.
 * Where not, the fonts are cut again with the page's words and written over
 * the build's copies, and the words are remembered, so the next build's cuts
 * include them from the start.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Locale } from '../../languages/table.ts';
import { fontFor } from '../../fonts/families.ts';
import { pageText, rememberPageText } from '../../fonts/site-text.ts';
import type { PageFonts } from '../../fonts/subset.ts';

/** The check over one build's pages: `page` for each, then `finish`. */
export class FontCheck {
  private fonts: PageFonts | undefined;
  /** Each run of text no cut shapes, with where it was seen. */
  private missing = new Map<string, string[]>();

  /** With no fonts (they were not cut), the check passes every page. */
  constructor(fonts: PageFonts | undefined) {
    this.fonts = fonts;
  }

  /** Checks one built page (`pagePath` below the base, for the message). */
  async page(html: string, locale: Locale, pagePath: string): Promise<void> {
    for (const { family, run } of (await this.fonts?.uncovered(pageText(html), fontFor(locale).name)) ?? [])
      this.missing.set(run, [...(this.missing.get(run) ?? []), `${family} on /${pagePath}`]);
  }

  /** Cuts again the fonts that lacked a page's text and writes them over their copies in `out`. */
  async finish(root: string, out: string, logger: AstroIntegrationLogger): Promise<void> {
    if (!this.missing.size || !this.fonts) return;
    // Text no source file predicted: the fonts are cut again with it and written over
    // their copies in the build, and the text is remembered so the next build's cut has it.
    rememberPageText(root, [...this.missing.keys()]);
    const replaced = await this.fonts.widen();
    const emitted = path.join(out, '_astro', 'fonts');
    for (const { file, bytes } of replaced) {
      const old = readFileSync(file);
      for (const name of existsSync(emitted) ? readdirSync(emitted) : []) {
        if (readFileSync(path.join(emitted, name)).equals(old)) writeFileSync(path.join(emitted, name), bytes);
      }
    }
    const list = [...this.missing].slice(0, 10).map(([run, where]) => `"${run}" (${where.slice(0, 2).join(', ')})`);
    logger.warn(
      `${this.missing.size} words on the pages were not in the site's files; their fonts now include them: ${list.join(', ')}`,
    );
  }
}
