/**
 * The share images of a build. Each page's image starts rendering as soon as
 * the page is recorded, one at a time, on libvips' threads while Astro renders
 * the next pages on the main thread (two cores, both busy); what is left is
 * finished after the build, two per core. Rendered once per content, in the
 * cache (node_modules/.cache/sahayak/og); the build's copies are hard links to it.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createT } from '../../i18n/t.ts';
import { cacheDir } from '../../project/cache-dir.ts';
import { renderShareImage, shareImageKey, type ShareImage } from '../../images/share-image.ts';
import { nameIn, type SiteConfig } from '../../schemas/site-config.ts';
import type { BuiltPage } from '../../site/built-pages.ts';

/** The share images of one build: queued as pages are recorded, finished after the build. */
export class ShareImages {
  private cache: string;
  private jobs = new Map<string, ShareImage>();
  private taglines = new Map<string, string>();
  private queue: [string, ShareImage][] = [];
  private running = 0;
  private limit = 1;
  private rendered = 0;
  private idle: (() => void)[] = [];
  private failure: unknown;
  private site: SiteConfig;
  private root: string;

  constructor(site: SiteConfig, root: string) {
    this.site = site;
    this.root = root;
    this.cache = cacheDir(root);
    mkdirSync(path.join(this.cache, 'og'), { recursive: true });
  }

  /** The cached file of a page's image; queues the rendering if it is not there. */
  add(page: BuiltPage): string {
    let tagline = this.taglines.get(page.locale);
    if (tagline === undefined)
      this.taglines.set(
        page.locale,
        (tagline = createT(page.locale, this.site.numerals[page.locale], this.site.defaultLocale)('site.tagline')),
      );
    const image: ShareImage = {
      title: page.shareTitle,
      name: nameIn(this.site, page.locale),
      tagline,
      locale: page.locale,
      colors: { background: this.site.colors.brand, accent: '#f2c28b' },
    };
    const cached = path.join(this.cache, 'og', `${shareImageKey(image)}.png`);
    if (!this.jobs.has(cached)) {
      this.jobs.set(cached, image);
      if (!existsSync(cached)) {
        this.queue.push([cached, image]);
        this.pump();
      }
    }
    return cached;
  }

  private pump() {
    while (this.running < this.limit && this.queue.length) {
      const [cached, image] = this.queue.shift()!;
      this.running += 1;
      renderShareImage(image, this.root, this.cache)
        .then((png) => {
          writeFileSync(`${cached}.tmp`, png);
          renameSync(`${cached}.tmp`, cached);
          this.rendered += 1;
        })
        .catch((error: unknown) => (this.failure ??= error))
        .finally(() => {
          this.running -= 1;
          this.pump();
          if (!this.running && !this.queue.length) for (const done of this.idle.splice(0)) done();
        });
    }
  }

  /**
   * Waits for every image, now two per core since the pages are done (an image
   * waits between its steps, setting text and compositing, so one per core
   * leaves the cores idle); returns how many were rendered and reused.
   */
  async finish(): Promise<{ rendered: number; reused: number }> {
    this.limit = 2 * availableParallelism();
    this.pump();
    if (this.running || this.queue.length) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.failure) throw this.failure;
    return { rendered: this.rendered, reused: this.jobs.size - this.rendered };
  }
}

/** Puts the cached image at `target`: a hard link (no copy), or a copy across file systems. */
export function placeImage(cached: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
