// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { checkSite } from './src/check/site.ts';
import { contentCheck } from './src/build/content-check.ts';
import { publish } from './src/build/publish.ts';
import { cvPdfs } from './src/build/cv-pdf.ts';
import { editor } from './src/editor/integration.ts';
import { markdownProcessor } from './src/build/markdown.ts';
import { fallbackSiteConfig } from './src/schemas/site-config.ts';
import { fontConfig } from './src/fonts/families.ts';
import { PageFonts, subsetEndonyms } from './src/fonts/subset.ts';
import { readSiteText } from './src/fonts/site-text.ts';
import { CSP_DIRECTIVES } from './src/rules/csp.ts';
import { sitemapI18n, withXDefault } from './src/build/sitemap.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// The whole check (the settings in sahayak.yaml and every content file) runs before anything
// else: a build with problems stops in the content-check integration with all of them listed;
// `astro dev` shows them in the browser. Until the settings are fixed, dev runs on placeholders.
const checked = checkSite(root);
const site = checked.config ?? fallbackSiteConfig();
// Page fonts cut down to the site's text (src/fonts/subset.ts); `astro dev` serves them whole,
// as the text changes while it runs.
const pageFonts = process.argv.includes('dev')
  ? PageFonts.full(root)
  : await PageFonts.cut(root, readSiteText(root, site.locales));
const published = publish(site, root, pageFonts);

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  output: 'static',
  // One stylesheet for the whole site (4.7 KB gzipped), linked, not inlined: cached after the first
  // page, and the home page's HTML stays under 8 KB gzipped (issue 13, BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: site.locales,
    defaultLocale: site.defaultLocale,
    // Every locale is prefixed; `/` is our own language entry page, not a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentCheck(checked, root),
    mdx(),
    // Only indexable pages: no fallback (untranslated) pages, no entry, confirmation or request pages.
    sitemap({
      filter: published.isIndexable,
      i18n: sitemapI18n(site.locales, site.defaultLocale),
      serialize: withXDefault(site.defaultLocale),
    }),
    published.integration,
    // Each language's CV as a PDF, from what its CV page shows.
    cvPdfs(site, root),
    editor(site, root),
  ],
  // AVIF at effort 3 (sharp's default is 4): a cold build encodes every content image in a third
  // of the time, for files 5–8 % larger (effort 2 is twice as fast again, but its 7–17 % took the
  // case studies page over the 80 KB first view; BENCHMARKS.md).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } } },
  fonts: fontConfig(fontProviders.local(), root, pageFonts.files, pageFonts.guestFiles, await subsetEndonyms(root)),
  // A hash-based Content-Security-Policy <meta> on every page; every script and style Astro emits is allowed by hash.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  markdown: { processor: markdownProcessor(site.numerals, site.defaultLocale), syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Pages that give a cache key (src/data/cache-key.ts) and whose key, code and body are as in the
  // last build are copied from it (node_modules/.astro) instead of rendered again.
  experimental: { incrementalBuild: true },
  vite: {
    // The settings, resolved once here, reach the pages through src/site/config.ts (not through
    // import.meta.env, which Astro fills from environment variables of the same name).
    // The font cuts are here too, unused by the code: Astro's incremental build hashes `define`,
    // so a build whose cuts changed (new letters in the text) renders every page again.
    define: {
      __SAHAYAK_ROOT__: JSON.stringify(root),
      __SAHAYAK_SITE__: JSON.stringify(site),
      __SAHAYAK_FONT_CUTS__: JSON.stringify(
        [pageFonts.files, pageFonts.guestFiles].map((f) =>
          Object.values(f)
            .flat()
            .map((file) => path.basename(file)),
        ),
      ),
      // And this file: Astro's key leaves out some build options (turning CSS code splitting off once
      // left copied pages linking stylesheets that were gone), so any change here renders every page.
      __SAHAYAK_BUILD_OPTIONS__: JSON.stringify(
        createHash('sha256')
          .update(readFileSync(fileURLToPath(import.meta.url)))
          .digest('hex')
          .slice(0, 16),
      ),
    },
    build: {
      // See `build` above: one stylesheet, not one per page.
      cssCodeSplit: false,
      rolldownOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive, and the bundler
        // warns about it once per file (a known upstream warning). Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
