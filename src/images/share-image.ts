/**
 * Share images (Open Graph / Twitter), 1200×630 PNG, rendered with sharp.
 * sharp sets text with Pango and HarfBuzz, so Bengali and Devanagari
 * conjuncts are shaped correctly (satori cannot). The Noto fonts come from
 * @fontsource as WOFF; they are unpacked to plain OpenType once, into a cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { localeInfo, type Locale } from '../languages/table.ts';
import { FAMILIES, LATIN, fontFile, fontFor, WEIGHTS } from '../fonts/families.ts';
import { woffToSfnt } from '../fonts/woff.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Bump when the design changes, so cached images are rendered again. */
const DESIGN_VERSION = 4;

export interface ShareImage {
  title: string;
  /** The VA's name, in the page's script. */
  name: string;
  /** A short line under the name, e.g. "Virtual assistant". */
  tagline: string;
  /** The page's language: its font, and its direction (right-to-left text is set from the right). */
  locale: Locale;
  colors: { background: string; accent: string };
}

/** Unpacks the fonts to OpenType files in the cache (once) and returns their paths. */
function fontFiles(root: string, cacheDir: string): string[] {
  mkdirSync(cacheDir, { recursive: true });
  const files: string[] = [];
  for (const f of FAMILIES) {
    for (const weight of WEIGHTS) {
      const out = path.join(cacheDir, `${f.package}-${f.subset}-${weight}.otf`);
      if (!existsSync(out)) writeFileSync(out, woffToSfnt(readFileSync(path.join(root, fontFile(f, weight, 'woff')))));
      files.push(out);
    }
  }
  return files;
}

const registered = new Set<string>();
/** sharp registers a font file with fontconfig the first time it is named; do it for all of ours up front. */
async function registerFonts(files: string[]) {
  for (const file of files) {
    if (registered.has(file)) continue;
    await sharp({ text: { text: '.', fontfile: file } })
      .png()
      .toBuffer();
    registered.add(file);
  }
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pango font description: the language's family first, the Latin family for mixed text. */
function pangoFont(locale: Locale, weight: 'Bold' | 'Regular', size?: number): string {
  const families = [...new Set([fontFor(locale).name, LATIN.name])].join(',');
  return `${families} ${weight}${size ? ` ${size}` : ''}`;
}

/** Renders a line or paragraph of text as a transparent PNG. */
export async function renderText(
  text: string,
  locale: Locale,
  opts: { weight: 'Bold' | 'Regular'; width: number; height?: number; size?: number; color: string },
) {
  return sharp({
    text: {
      text: `<span foreground="${opts.color}">${escapeMarkup(text)}</span>`,
      font: pangoFont(locale, opts.weight, opts.height ? undefined : opts.size),
      width: opts.width,
      align: localeInfo(locale).dir === 'rtl' ? 'right' : 'left',
      ...(opts.height ? { height: opts.height } : { dpi: 72 }),
      rgba: true,
      wrap: 'word',
      spacing: 8,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
}

const rendered = new Map<string, ReturnType<typeof renderText>>();
/** renderText, remembered for the rest of the build. */
function renderTextOnce(...args: Parameters<typeof renderText>): ReturnType<typeof renderText> {
  const key = JSON.stringify(args);
  if (!rendered.has(key)) rendered.set(key, renderText(...args));
  return rendered.get(key)!;
}

/** Raw RGBA pixels of the background (colour, circles, accent bar): the same for every page of a site and direction. */
const backgrounds = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();
function background(colors: ShareImage['colors'], rtl: boolean) {
  const key = JSON.stringify([colors, rtl]);
  let bg = backgrounds.get(key);
  if (!bg) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
      <rect width="${WIDTH}" height="${HEIGHT}" fill="${colors.background}"/>
      <circle cx="1110" cy="80" r="190" fill="#ffffff" fill-opacity="0.07"/>
      <circle cx="1180" cy="600" r="120" fill="#ffffff" fill-opacity="0.05"/>
      <rect x="${rtl ? WIDTH - 200 : 80}" y="470" width="120" height="8" rx="4" fill="${colors.accent}"/>
    </svg>`;
    bg = sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    backgrounds.set(key, bg);
  }
  return bg;
}

/**
 * The title at the largest size (at most 64 px) at which it fits the box,
 * wrapped at words. Pango's own fitting (sharp's `height`) tries a dozen
 * sizes; from the height of one try the size that fits is close, so two or
 * three tries do.
 */
async function renderTitle(title: string, locale: Locale, box: { width: number; height: number }) {
  let size = 64;
  for (let attempt = 0; ; attempt++) {
    const text = await renderText(title, locale, { weight: 'Bold', width: box.width, size, color: '#ffffff' });
    if (text.info.height <= box.height || size <= 24 || attempt === 4) return text;
    size = Math.max(24, Math.floor(size * Math.min(0.95, Math.sqrt(box.height / text.info.height))));
  }
}

/** The PNG for one page. */
export async function renderShareImage(image: ShareImage, root: string, cacheDir: string): Promise<Buffer> {
  await registerFonts(fontFiles(root, path.join(cacheDir, 'fonts')));
  const { accent } = image.colors;
  const rtl = localeInfo(image.locale).dir === 'rtl';
  const bg = await background(image.colors, rtl);
  const title = await renderTitle(image.title, image.locale, {
    width: 1000,
    height: Math.min(300, 80 + 40 * Math.ceil(image.title.length / 28)),
  });
  // The name and tagline are the same on every page of a language: set them once.
  const name = await renderTextOnce(image.name, image.locale, {
    weight: 'Bold',
    width: 900,
    size: 40,
    color: '#ffffff',
  });
  const tagline = await renderTextOnce(image.tagline, image.locale, {
    weight: 'Regular',
    width: 900,
    size: 30,
    color: accent,
  });
  // Right-to-left languages start at the right edge.
  const left = (width: number) => (rtl ? WIDTH - 80 - width : 80);
  // Level 6 with filters off: a fifth of level 9's time for a file a third larger (share images are fetched once per link preview).
  return sharp(bg.data, { raw: bg.info })
    .composite([
      { input: title.data, left: left(title.info.width), top: Math.max(70, 430 - title.info.height) },
      { input: name.data, left: left(name.info.width), top: 500 },
      { input: tagline.data, left: left(tagline.info.width), top: 500 + name.info.height + 6 },
    ])
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

/** Cache key: everything that changes the picture. */
export function shareImageKey(image: ShareImage): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...image, v: DESIGN_VERSION }))
    .digest('hex')
    .slice(0, 24);
}

/**
 * A square portrait stand-in: the VA's initials on their brand colour, for a
 * new site (npm run init) until they add a photo. Set with the same fonts.
 */
export async function renderInitials(
  initials: string,
  background: string,
  root: string,
  cacheDir: string,
  size = 800,
): Promise<Buffer> {
  await registerFonts(fontFiles(root, path.join(cacheDir, 'fonts')));
  const text = await renderText(initials, 'en', {
    weight: 'Bold',
    width: size,
    size: Math.round(size * 0.36),
    color: '#ffffff',
  });
  const square = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${background}"/></svg>`,
  );
  return sharp(square)
    .composite([
      {
        input: text.data,
        left: Math.round((size - text.info.width) / 2),
        top: Math.round((size - text.info.height) / 2),
      },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
