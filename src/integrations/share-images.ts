/**
 * Renders every page's share image after the build. Each page names its image
 * in <meta property="og:image"> and its title in og:image:alt (Head.astro);
 * this reads them from the built HTML, so no page list is kept twice.
 * Images are cached by content in node_modules/.cache/sahayak/og: a page whose
 * title, name and colours did not change is copied, not rendered again.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES, LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { cacheDir } from '../lib/cache-dir.ts';
import { renderShareImage, shareImageKey, type Script } from '../lib/share-image.ts';
import { nameIn, type SiteConfig } from '../schemas/site-config.ts';
import { createT } from '../i18n/t.ts';

const attr = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function shareImages(site: SiteConfig): AstroIntegration {
  return {
    name: 'sahayak:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const root = process.cwd();
        const cache = cacheDir(root);
        mkdirSync(path.join(cache, 'og'), { recursive: true });
        const jobs = new Map<string, { cached: string; image: Parameters<typeof renderShareImage>[0]; targets: string[] }>();
        const done = new Set<string>();
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(path.join(out, file), 'utf8');
          const url = attr(html, 'og:image');
          const title = attr(html, 'og:image:alt');
          if (!url || !title) continue;
          const pathname = new URL(url).pathname;
          if (done.has(pathname)) continue;
          done.add(pathname);
          const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
          const locale: Locale = LOCALE_CODES.find((l) => LOCALES[l].lang === lang) ?? site.defaultLocale;
          const image = {
            title,
            name: nameIn(site, locale),
            tagline: createT(locale, site.numerals[locale], site.defaultLocale)('site.tagline'),
            script: LOCALES[locale].script as Script,
            colors: { background: site.colors.brand, accent: '#f2c28b' },
          };
          const cached = path.join(cache, 'og', `${shareImageKey(image)}.png`);
          const target = path.join(out, pathname.slice(site.base.length));
          const job = jobs.get(cached) ?? { cached, image, targets: [] };
          job.targets.push(target);
          jobs.set(cached, job);
        }
        const missing = [...jobs.values()].filter((j) => !existsSync(j.cached));
        // One per core: libvips encodes a PNG while Pango sets the next title (more only adds memory).
        let next = 0;
        const worker = async () => {
          while (next < missing.length) {
            const job = missing[next++];
            writeFileSync(job.cached, await renderShareImage(job.image, root, cache));
          }
        };
        await Promise.all(Array.from({ length: availableParallelism() }, worker));
        for (const job of jobs.values()) {
          for (const target of job.targets) {
            mkdirSync(path.dirname(target), { recursive: true });
            copyFileSync(job.cached, target);
          }
        }
        const rendered = missing.length;
        const reused = jobs.size - rendered;
        logger.info(`${rendered} share images rendered, ${reused} reused from the cache`);
      },
    },
  };
}
