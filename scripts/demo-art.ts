/**
 * Renders the demo VA's drawings (scripts/demo-art/*.svg) to the raster
 * images the demo content uses. Run after editing a drawing:
 *   npx node scripts/demo-art.ts
 * The outputs are committed, so a build never needs this script.
 */
import sharp from 'sharp';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Drawing → where the content expects it, and its size. */
const TARGETS: Record<string, { out: string; width: number; height: number }> = {
  'portrait.svg': { out: 'src/content/profile/portrait.jpg', width: 640, height: 640 },
  'cover-coaching-inbox-rescue.svg': {
    out: 'src/content/case-studies/covers/coaching-inbox-rescue.jpg',
    width: 1200,
    height: 675,
  },
  'cover-clinic-appointments.svg': {
    out: 'src/content/case-studies/covers/clinic-appointments.jpg',
    width: 1200,
    height: 675,
  },
  'cover-handloom-shop-launch.svg': {
    out: 'src/content/case-studies/covers/handloom-shop-launch.jpg',
    width: 1200,
    height: 675,
  },
  'cover-agency-invoicing.svg': {
    out: 'src/content/case-studies/covers/agency-invoicing.jpg',
    width: 1200,
    height: 675,
  },
  'webinar-inbox-zero-for-coaches.svg': {
    out: 'src/content/webinars/covers/inbox-zero-for-coaches.jpg',
    width: 1200,
    height: 675,
  },
  'webinar-delegate-without-losing-control.svg': {
    out: 'src/content/webinars/covers/delegate-without-losing-control.jpg',
    width: 1200,
    height: 675,
  },
  'webinar-calendar-clinic.svg': { out: 'src/content/webinars/covers/calendar-clinic.jpg', width: 1200, height: 675 },
  'handloom-gallery-1.svg': { out: 'src/content/case-studies/covers/handloom-gallery-1.jpg', width: 800, height: 600 },
  'handloom-gallery-2.svg': { out: 'src/content/case-studies/covers/handloom-gallery-2.jpg', width: 800, height: 600 },
};

const dir = path.join(import.meta.dirname, 'demo-art');
for (const name of await readdir(dir)) {
  const target = TARGETS[name];
  if (!target) continue;
  await mkdir(path.dirname(target.out), { recursive: true });
  await sharp(await readFile(path.join(dir, name)))
    .resize(target.width, target.height)
    .jpeg({ quality: 86, mozjpeg: true })
    .toFile(target.out);
  console.log(`${name} → ${target.out}`);
}
