// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rawConfig from './sahayak.config.ts';
import { resolveSiteConfig } from './src/schemas/site-config.ts';
import { endonymFamilies, fontFamilies } from './src/lib/fonts.ts';
import { subsetEndonyms } from './src/lib/font-subset.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { noindexPages } from './src/integrations/noindex-pages.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';
import { sitemapI18n, withXDefault } from './src/lib/sitemap.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { shareImages } from './src/integrations/share-images.ts';

// Validates sahayak.config.ts and applies SITE_URL / BASE_PATH; a bad value stops here with the field named.
const site = resolveSiteConfig(rawConfig, process.env);
const noindex = noindexPages(site.base);

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  i18n: {
    locales: site.locales,
    defaultLocale: site.defaultLocale,
    // Every locale is prefixed; `/` is our own language entry page, not a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentCheck(site),
    mdx(),
    noindex.integration,
    // Only indexable pages: no fallback (untranslated) pages, no entry or thank-you pages.
    sitemap({
      filter: (page) => !noindex.isNoindex(page),
      i18n: sitemapI18n(site.locales, site.defaultLocale),
      serialize: withXDefault(site.defaultLocale),
    }),
    shareImages(site),
    hostFiles(site),
  ],
  fonts: [...fontFamilies(fontProviders.local()), ...endonymFamilies(fontProviders.local(), await subsetEndonyms())],
  // A hash-based Content-Security-Policy <meta> on every page; every script and style Astro emits is allowed by hash.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
