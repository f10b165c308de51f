// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/build/content-check.ts';
import { pageFonts } from './src/build/page-fonts.ts';
import { publish } from './src/build/publish/publish.ts';
import { cvPdfs } from './src/build/cv-pdf.ts';
import { editor } from './src/editor/integration.ts';
import { markdownProcessor } from './src/build/markdown.ts';
import { settingsOrPlaceholders } from './src/project/settings.ts';
import { CSP_DIRECTIVES } from './src/rules/csp.ts';
import { sitemapI18n, withXDefault } from './src/build/sitemap.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Loading this file reads only the settings (sahayak.yaml): the site's address, base and languages.
// The heavy work runs in the integrations' hooks, when Astro builds or serves: the whole check of
// the settings and every content file first (a build with problems stops there with all of them
// listed; `astro dev` shows them in the browser and runs on placeholders until the settings are
// fixed), then the page fonts, cut down to the site's text for a build (src/build/page-fonts.ts).
const site = settingsOrPlaceholders(root);
const fonts = pageFonts(site, root);
const published = publish(site, root, fonts.current);

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
    contentCheck(root),
    // Sets `fonts` (and the cuts' names in vite.define) in astro:config:setup.
    fonts.integration,
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
    // (src/build/page-fonts.ts adds the font cuts' names: Astro's incremental build hashes `define`.)
    define: {
      __SAHAYAK_ROOT__: JSON.stringify(root),
      __SAHAYAK_SITE__: JSON.stringify(site),
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
