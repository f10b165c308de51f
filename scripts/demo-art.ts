/**
 * Renders the demo VA's drawings (scripts/demo-art/*.svg) to the raster
 * images the demo content uses. Run after editing a drawing:
 *   npx node scripts/demo-art.ts
 * The outputs are committed, so a build never needs this script.
 */
import sharp from 'sharp';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Drawing → where the content expects it, and its size. */
const TARGETS: Record<string, { out: string; width: number; height: number }> = {
  'portrait.svg': { out: 'src/content/profile/portrait.jpg', width: 640, height: 640 },
};

const dir = path.join(import.meta.dirname, 'demo-art');
for (const name of await readdir(dir)) {
  const target = TARGETS[name];
  if (!target) continue;
  await sharp(await readFile(path.join(dir, name)))
    .resize(target.width, target.height)
    .jpeg({ quality: 86, mozjpeg: true })
    .toFile(target.out);
  console.log(`${name} → ${target.out}`);
}
