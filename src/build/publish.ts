/**
 * The one pass after the build. It takes the list of pages the build
 * rendered (src/site/built-pages.ts: address, language, share-image title,
 * noindex) and:
 * - keeps noindex pages out of the sitemap (its filter asks `isIndexable`);
 * - renders every page's share image, cached by content in
 *   node_modules/.cache/sahayak/og, starting while the pages still render;
 * - checks that the cut page fonts (src/fonts/subset.ts) shape every
 *   page's text as the full fonts do; if not, cuts them again with the
 *   page's words and writes them over the build's copies (and keeps the
 *   words, so the next build's fonts include them from the start);
 * - trims each page's Content-Security-Policy <meta> to the hashes of its own
 *   inline scripts and styles (Astro lists the whole site's in every page);
 * - writes the host's files where the host reads them (`host.headersFile`,
 *   `host.redirectsFile`): `_headers` with security headers, asset caching and
 *   the Content-Security-Policy as an HTTP header (the union of every page's
 *   <meta> policy, read from the built HTML, the one thing taken from it),
 *   and `_redirects`, which sends `/` to the visitor's language.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_PATHS, href } from '../i18n/routes.ts';
import { ADMIN_CSP, ownHashesOnly } from '../rules/csp.ts';
import { cspHash } from '../rules/csp-hash.ts';
import { createT } from '../i18n/t.ts';
import { cacheDir } from '../project/cache-dir.ts';
import type { PageFonts } from '../fonts/subset.ts';
import { fontFor } from '../fonts/families.ts';
import { pageText, rememberPageText } from '../fonts/site-text.ts';
import { renderShareImage, shareImageKey, type ShareImage } from '../images/share-image.ts';
import { nameIn, type SiteConfig } from '../schemas/site-config.ts';
import { builtPages, onRecord, recordPage, resetBuiltPages, type BuiltPage } from '../site/built-pages.ts';
import { hostOf } from '../project/settings.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Security headers for every path, and a year of caching for Astro's hashed assets. Paths are below the base. */
const HEADER_RULES: [string, [string, string][]][] = [
  [
    '*',
    [
      ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
      ['X-Frame-Options', 'DENY'],
    ],
  ],
  ['_astro/*', [['Cache-Control', 'public, max-age=31536000, immutable']]],
];

/** Merges CSP policies directive by directive, keeping each source once. */
export function unionPolicies(policies: string[]): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      if (!merged.has(name)) merged.set(name, new Set());
      for (const s of sources) merged.get(name)!.add(s);
    }
  }
  return merged;
}

export function policyText(merged: Map<string, Set<string>>): string {
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Netlify's `_headers`, every path under the base: security headers and asset
 * caching, then the pages' Content-Security-Policy on the pages (each
 * language's folder, the entry page, the 404 page), and the editor's own on
 * /admin/. Netlify sends every rule that matches a path, so the site's policy
 * must not match the editor, which it would block.
 */
export function headersFile(base: string, locales: readonly string[], csp: string): string {
  const pages = [SITE_PATHS.entry, 'index.html', SITE_PATHS.notFound, ...locales.map((l) => `${l}/*`)];
  const rules: [string, [string, string][]][] = [
    ...HEADER_RULES,
    ...pages.map((p): [string, [string, string][]] => [p, [['Content-Security-Policy', csp]]]),
    [`${SITE_PATHS.admin}*`, [['Content-Security-Policy', `${ADMIN_CSP}; frame-ancestors 'none'`]]],
  ];
  return rules
    .map(([rule, headers]) => [href(rule, base), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n');
}

/**
 * Netlify redirect rules: `/` to each enabled language by the Accept-Language
 * header. Forced (`302!`): `/` is also a real page (the entry page, for
 * hosts without redirects), and Netlify serves an existing file before an
 * unforced rule.
 */
export function languageRedirects(site: Pick<SiteConfig, 'base' | 'locales'>): string {
  return site.locales.map((l) => `${site.base}  ${site.base}${l}/  302!  Language=${l}`).join('\n');
}

/**
 * The share images of a build. Each page's image starts rendering as soon as
 * the page is recorded, one at a time, on libvips' threads while Astro renders
 * the next pages on the main thread (two cores, both busy); what is left is
 * finished after the build, two per core. Rendered once per content, in the
 * cache; the build's copies are hard links to it.
 */
class ShareImages {
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
function place(cached: string, target: string) {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/** The built HTML file of a page, or undefined for what is not a page (a calendar file). */
function htmlFile(out: string, page: BuiltPage): string | undefined {
  if (!(page.path === '' || page.path.endsWith('/') || page.path.endsWith('.html'))) return undefined;
  const file = path.join(out, page.path.endsWith('.html') ? page.path : `${page.path}index.html`);
  return existsSync(file) ? file : undefined;
}

/** The list of pages of the last build, kept for the next (see astro:build:generated). */
const builtPagesFile = (root: string) => path.join(cacheDir(root), 'built-pages.json');

function lastBuiltPages(root: string): BuiltPage[] {
  const file = builtPagesFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuiltPage[]) : [];
}

function saveBuiltPages(root: string, pages: BuiltPage[]) {
  mkdirSync(cacheDir(root), { recursive: true });
  writeFileSync(`${builtPagesFile(root)}.tmp`, JSON.stringify(pages));
  renameSync(`${builtPagesFile(root)}.tmp`, builtPagesFile(root));
}

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
        for (const [i, page] of pages.entries()) place(cached[i], path.join(out, page.shareImage));
        images = undefined;
        logger.info(`${done.rendered} share images rendered, ${done.reused} reused from the cache`);

        const fonts = pageFonts();
        const policies: string[] = [];
        const missing = new Map<string, string[]>();
        for (const page of pages) {
          const file = htmlFile(out, page);
          if (!file) continue;
          let html = readFileSync(file, 'utf8');
          const policy = CSP_META.exec(html)?.[1];
          if (policy) {
            const own = ownHashesOnly(policy, html, cspHash);
            html = html.replace(policy, own);
            writeFileSync(file, html);
            policies.push(own);
          }
          for (const { family, run } of (await fonts?.uncovered(pageText(html), fontFor(page.locale).name)) ?? [])
            missing.set(run, [...(missing.get(run) ?? []), `${family} on /${page.path}`]);
        }
        if (missing.size && fonts) {
          // Text no source file predicted: the fonts are cut again with it and written over
          // their copies in the build, and the text is remembered so the next build's cut has it.
          rememberPageText(root, [...missing.keys()]);
          const replaced = await fonts.widen();
          const emitted = path.join(out, '_astro', 'fonts');
          for (const { file, bytes } of replaced) {
            const old = readFileSync(file);
            for (const name of existsSync(emitted) ? readdirSync(emitted) : []) {
              if (readFileSync(path.join(emitted, name)).equals(old)) writeFileSync(path.join(emitted, name), bytes);
            }
          }
          const list = [...missing].slice(0, 10).map(([run, where]) => `"${run}" (${where.slice(0, 2).join(', ')})`);
          logger.warn(
            `${missing.size} words on the pages were not in the site's files; their fonts now include them: ${list.join(', ')}`,
          );
        }

        if (host.headersFile) {
          const merged = unionPolicies(policies);
          merged.set('frame-ancestors', new Set(["'none'"]));
          writeFileSync(path.join(out, '_headers'), `${headersFile(site.base, site.locales, policyText(merged))}\n`);
        }
        if (host.redirectsFile) {
          writeFileSync(
            path.join(out, '_redirects'),
            `# Send / to the visitor's language; visitors whose language is not offered get the language entry page.\n${languageRedirects(site)}\n`,
          );
        }
      },
    },
  };
  return { integration, isIndexable };
}
