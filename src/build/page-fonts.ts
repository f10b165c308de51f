/**
 * The page fonts of a build, given to Astro's Fonts API in
 * `astro:config:setup` (not when astro.config.mjs is loaded, so loading the
 * config costs no font work): `astro build` cuts them down to the site's text
 * (src/fonts/subset.ts), `astro dev` and the other commands serve them whole,
 * as the text changes while dev runs. The endonym fonts (each language's own
 * name) are cut either way.
 *
 * The names of the cut files also go into Vite's `define`, unused by the
 * code: Astro's incremental build hashes `define`, so a build whose cuts
 * changed (new letters in the text) renders every page again. (Astro 7.3
 * notices new font files by itself too; the key keeps it explicit, and
 * tests/build/incremental.test.ts checks the result, whichever notices.)
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { fontProviders } from 'astro/config';
import { fontConfig } from '../fonts/families.ts';
import { readSiteText } from '../fonts/site-text.ts';
import { PageFonts, subsetEndonyms } from '../fonts/subset.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** The `fonts` integration, and the fonts it set up (for the post-build check of src/build/publish/). */
export function pageFonts(
  site: Pick<SiteConfig, 'locales'>,
  root: string,
): { integration: AstroIntegration; current: () => PageFonts | undefined } {
  let fonts: PageFonts | undefined;
  const integration: AstroIntegration = {
    name: 'sahayak:page-fonts',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        fonts =
          command === 'build' ? await PageFonts.cut(root, readSiteText(root, site.locales)) : PageFonts.full(root);
        const cuts = [fonts.files, fonts.guestFiles].map((f) =>
          Object.values(f)
            .flat()
            .map((file) => path.basename(file)),
        );
        updateConfig({
          fonts: fontConfig(fontProviders.local(), root, fonts.files, fonts.guestFiles, await subsetEndonyms(root)),
          vite: { define: { __SAHAYAK_FONT_CUTS__: JSON.stringify(cuts) } },
        });
      },
    },
  };
  return { integration, current: () => fonts };
}
