/** Share images: real shaping of Bangla and Hindi, the right size, cache keys. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import {
  renderShareImage,
  renderText,
  shareImageKey,
  WIDTH,
  HEIGHT,
  type ShareImage,
} from '../../src/images/share-image.ts';
import { woffToSfnt } from '../../src/fonts/woff.ts';

const CACHE = 'node_modules/.cache/sahayak-test';
const colors = { background: '#0b6b5d', accent: '#f2c28b' };
const width = async (text: string, locale: 'bn' | 'hi') => {
  await renderShareImage({ title: 'x', name: 'x', tagline: 'x', locale, colors }, process.cwd(), CACHE); // registers the fonts
  return (await renderText(text, locale, { weight: 'Bold', width: 2000, size: 60, color: '#000000' })).info.width;
};

describe('woffToSfnt', () => {
  it('unpacks @fontsource WOFF into an OpenType file with the same tables', () => {
    const woff = readFileSync(
      'node_modules/@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff',
    );
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) =>
      sfnt.toString('latin1', 12 + i * 16, 16 + i * 16),
    );
    expect(tags).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'cmap', 'glyf']));
  });
});

describe('text shaping', () => {
  it('joins Bengali conjuncts: ক্ষ and স্ত are narrower than their letters side by side', async () => {
    expect(await width('ক্ষ', 'bn')).toBeLessThan((await width('ক', 'bn')) + (await width('ষ', 'bn')));
    expect(await width('স্ত', 'bn')).toBeLessThan((await width('স', 'bn')) + (await width('ত', 'bn')));
  }, 30_000);

  it('joins Devanagari conjuncts: क्ष and प्र are narrower than their letters side by side', async () => {
    expect(await width('क्ष', 'hi')).toBeLessThan((await width('क', 'hi')) + (await width('ष', 'hi')));
    expect(await width('प्र', 'hi')).toBeLessThan((await width('प', 'hi')) + (await width('र', 'hi')));
  }, 30_000);
});

describe('renderShareImage', () => {
  const image: ShareImage = {
    title: 'পরিচিতি',
    name: 'রুমানা হক',
    tagline: 'ভার্চুয়াল অ্যাসিস্ট্যান্ট',
    locale: 'bn',
    colors,
  };
  it('makes a 1200×630 PNG', async () => {
    const meta = await sharp(await renderShareImage(image, process.cwd(), CACHE)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', WIDTH, HEIGHT]);
  }, 30_000);
  it('keys the cache on everything that changes the picture', () => {
    expect(shareImageKey(image)).toBe(shareImageKey({ ...image }));
    expect(shareImageKey(image)).not.toBe(shareImageKey({ ...image, title: 'সেবা' }));
    expect(shareImageKey(image)).not.toBe(shareImageKey({ ...image, colors: { ...colors, background: '#123456' } }));
  });
  it('treats markup in a title as text', async () => {
    const meta = await sharp(
      await renderShareImage(
        { ...image, title: '<b>Tips & tricks</b> <span foreground="red">x</span>', locale: 'en' },
        process.cwd(),
        CACHE,
      ),
    ).metadata();
    expect(meta.width).toBe(WIDTH);
  }, 30_000);
});
