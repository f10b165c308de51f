/**
 * The one pass after the build, as an integration. It takes the list of pages
 * the build rendered (src/site/built-pages.ts: address, language,
 * share-image title, noindex), completes it with the pages the incremental
 * build copied (page-records.ts), and then, in this order:
 * - renders every page's share image (share-images.ts), starting while the
 *   pages still render;
 * - trims each page's Content-Security-Policy <meta> to its own hashes
 *   (page-csp.ts) and checks its text against the cut fonts (font-check.ts),
 *   reading each page once;
 * - writes the host's files (host-files.ts) with the union of the policies.
 * It also tells the sitemap which pages to list (`isIndexable`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { href } from '../../i18n/routes.ts';
import type { PageFonts } from '../../fonts/subset.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { builtPages, onRecord, recordPage, resetBuiltPages } from '../../site/built-pages.ts';
import { hostOf } from '../../project/settings.ts';
import { ShareImages, placeImage } from './share-images.ts';
import { trimPagePolicy } from './page-csp.ts';
import { FontCheck } from './font-check.ts';
import { writeHostFiles } from './host-files.ts';
import { htmlFile, lastBuiltPages, saveBuiltPages } from './page-records.ts';

/**
 * The post-build integration for a site, and the sitemap's filter.
 * `pageFonts` gives the fonts the build was set up with (src/build/page-fonts.ts), once it is.
 */
export function publish(site: SiteConfig, root: string, pageFonts: () => PageFonts | undefined = () => undefined) {
  const host = hostOf(site);
  let indexable: Set<string> | undefined;
  let images: ShareImages | undefined;
  /** Whether a page URL (absolute, from the sitemap) may be listed: built, and not noindex. */
  const isIndexable = (url: string) => {
    indexable ??= new Set(
      builtPages()
        .filter((p) => !p.noindex)
        .map((p) => href(p.path, site.base)),
    );
    return indexable.has(new URL(url).pathname);
  };
  const integration: AstroIntegration = {
    name: 'sahayak:publish',
    hooks: {
      'astro:build:start': () => {
        resetBuiltPages();
        indexable = undefined;
        images = new ShareImages(site, root);
        onRecord((page) => images?.add(page));
      },
      // Pages the incremental build copied from the last build did not render, so did not record
      // themselves: their records come from the last build's list, for every one that is built.
      'astro:build:generated': ({ dir }) => {
        const out = fileURLToPath(dir);
        const recorded = new Set(builtPages().map((p) => p.path));
        for (const page of lastBuiltPages(root)) if (!recorded.has(page.path) && htmlFile(out, page)) recordPage(page);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // In the order of their addresses, whether rendered or copied from the last build.
        const pages = builtPages().sort((a, b) => a.path.localeCompare(b.path));
        saveBuiltPages(root, pages);
        images ??= new ShareImages(site, root);
        const cached = pages.map((page) => images!.add(page));
        const done = await images.finish();
        for (const [i, page] of pages.entries()) placeImage(cached[i], path.join(out, page.shareImage));
        images = undefined;
        logger.info(`${done.rendered} share images rendered, ${done.reused} reused from the cache`);

        const policies: string[] = [];
        const fonts = new FontCheck(pageFonts());
        for (const page of pages) {
          const file = htmlFile(out, page);
          if (!file) continue;
          let html = readFileSync(file, 'utf8');
          const trimmed = trimPagePolicy(html);
          if (trimmed) {
            html = trimmed.html;
            writeFileSync(file, html);
            policies.push(trimmed.policy);
          }
          await fonts.page(html, page.locale, page.path);
        }
        await fonts.finish(root, out, logger);

        writeHostFiles(out, site, host, policies);
      },
    },
  };
  return { integration, isIndexable };
}
