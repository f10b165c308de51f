/**
 * Share images (Open Graph / Twitter), 1200×630 PNG, rendered with sharp.
 * sharp sets text with Pango and HarfBuzz, so Bengali and Devanagari
 * conjuncts are shaped correctly (satori cannot). The Noto fonts come from
 * @fontsource as WOFF; they are unpacked to plain OpenType once, into a cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { woffToSfnt } from './woff.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Bump when the design changes, so cached images are rendered again. */
const DESIGN_VERSION = 2;

export type Script = 'Latn' | 'Beng' | 'Deva';

const FAMILY: Record<Script, { name: string; pkg: string; file: string }> = {
  Latn: { name: 'Noto Sans', pkg: 'noto-sans', file: 'noto-sans-latin' },
  Beng: { name: 'Noto Sans Bengali', pkg: 'noto-sans-bengali', file: 'noto-sans-bengali-bengali' },
  Deva: { name: 'Noto Sans Devanagari', pkg: 'noto-sans-devanagari', file: 'noto-sans-devanagari-devanagari' },
};

export interface ShareImage {
  title: string;
  /** The VA's name, in the page's script. */
  name: string;
  /** A short line under the name, e.g. "Virtual assistant". */
  tagline: string;
  script: Script;
  colors: { background: string; accent: string };
}

/** Unpacks the fonts to OpenType files in the cache (once) and returns their paths. */
function fontFiles(root: string, cacheDir: string): string[] {
  mkdirSync(cacheDir, { recursive: true });
  const files: string[] = [];
  for (const f of Object.values(FAMILY)) {
    for (const weight of [400, 700]) {
      const out = path.join(cacheDir, `${f.file}-${weight}.otf`);
      if (!existsSync(out)) {
        const woff = readFileSync(path.join(root, 'node_modules', '@fontsource', f.pkg, 'files', `${f.file}-${weight}-normal.woff`));
        writeFileSync(out, woffToSfnt(woff));
      }
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
    await sharp({ text: { text: '.', fontfile: file } }).png().toBuffer();
    registered.add(file);
  }
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pango font description: the script's family first, Latin Noto Sans for mixed text. */
function fontFor(script: Script, weight: 'Bold' | 'Regular', size?: number): string {
  const families = [...new Set([FAMILY[script].name, FAMILY.Latn.name])].join(',');
  return `${families} ${weight}${size ? ` ${size}` : ''}`;
}

/** Renders a line or paragraph of text as a transparent PNG. */
export async function renderText(
  text: string,
  script: Script,
  opts: { weight: 'Bold' | 'Regular'; width: number; height?: number; size?: number; color: string },
) {
  return sharp({
    text: {
      text: `<span foreground="${opts.color}">${escapeMarkup(text)}</span>`,
      font: fontFor(script, opts.weight, opts.height ? undefined : opts.size),
      width: opts.width,
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

/** The PNG for one page. */
export async function renderShareImage(image: ShareImage, root: string, cacheDir: string): Promise<Buffer> {
  await registerFonts(fontFiles(root, path.join(cacheDir, 'fonts')));
  const { background, accent } = image.colors;
  const decor = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
      <rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>
      <circle cx="1110" cy="80" r="190" fill="#ffffff" fill-opacity="0.07"/>
      <circle cx="1180" cy="600" r="120" fill="#ffffff" fill-opacity="0.05"/>
      <rect x="80" y="470" width="120" height="8" rx="4" fill="${accent}"/>
    </svg>`,
  );
  // Long titles shrink to fit: Pango picks the size that fills the box (sharp's autofit).
  const title = await renderText(image.title, image.script, { weight: 'Bold', width: 1000, height: Math.min(300, 80 + 40 * Math.ceil(image.title.length / 28)), color: '#ffffff' });
  // The name and tagline are the same on every page of a language: set them once.
  const name = await renderTextOnce(image.name, image.script, { weight: 'Bold', width: 900, size: 40, color: '#ffffff' });
  const tagline = await renderTextOnce(image.tagline, image.script, { weight: 'Regular', width: 900, size: 30, color: accent });
  return sharp(decor)
    .composite([
      { input: title.data, left: 80, top: Math.max(70, 430 - title.info.height) },
      { input: name.data, left: 80, top: 500 },
      { input: tagline.data, left: 80, top: 500 + name.info.height + 6 },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Cache key: everything that changes the picture. */
export function shareImageKey(image: ShareImage): string {
  return createHash('sha256').update(JSON.stringify({ ...image, v: DESIGN_VERSION })).digest('hex').slice(0, 24);
}
