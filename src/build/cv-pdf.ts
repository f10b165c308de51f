/**
 * The CV PDFs: after the build, each CV page's CV (recorded while it
 * rendered, src/site/built-cvs.ts) is laid out on A4 and written to the
 * address the page links (`/<lang>/cv/<name>-cv-<lang>.pdf`) by the
 * project's own PDF writer (src/pdf): no browser, no network. Each PDF is
 * kept in node_modules/.cache/sahayak/cv under the hash of everything that
 * makes it, so a rebuild with the same content copies it. Under `astro dev`
 * the PDF of a CV page already opened is written on request.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { href } from '../i18n/routes.ts';
import { cvLayoutKey, layoutCv } from '../pdf/cv-layout.ts';
import type { JpegImage } from '../pdf/document.ts';
import { cacheDir } from '../project/cache-dir.ts';
import { CV_MAX_PAGES } from '../rules/cv-document.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { builtCvs, resetBuiltCvs, type BuiltCv } from '../site/built-cvs.ts';

/** Each PDF's budget: a client on a slow connection downloads it whole. */
export const CV_PDF_BUDGET = 300 * 1024;
/** The photo's side in pixels: three pixels per point at its 68 pt. */
const PHOTO_PIXELS = 204;

/** The photo as a small square JPEG (sRGB, no metadata: sharp drops EXIF unless asked), cached by its bytes. */
async function photoJpeg(file: string, root: string): Promise<{ image: JpegImage; hash: string }> {
  const source = readFileSync(file);
  const hash = createHash('sha256').update(source).update(String(PHOTO_PIXELS)).digest('hex').slice(0, 16);
  const cached = cacheDir(root, 'cv', `photo-${hash}.jpg`);
  if (!existsSync(cached)) {
    const jpeg = await sharp(source)
      .rotate()
      .resize(PHOTO_PIXELS, PHOTO_PIXELS, { fit: 'cover' })
      .toColourspace('srgb')
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    writeFileSync(`${cached}.tmp`, jpeg);
    renameSync(`${cached}.tmp`, cached);
  }
  return { image: { bytes: readFileSync(cached), width: PHOTO_PIXELS, height: PHOTO_PIXELS }, hash };
}

interface Written {
  file: string;
  bytes: number;
  pages: number;
  reused: boolean;
  missing: string[];
}

/** Writes (or finds in the cache) one CV's PDF; returns the cached file. */
async function writeCv(built: BuiltCv, site: SiteConfig, root: string, layoutKey: string): Promise<Written> {
  mkdirSync(cacheDir(root, 'cv'), { recursive: true });
  const photo =
    built.cv.photo && existsSync(built.cv.photo.file) ? await photoJpeg(built.cv.photo.file, root) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ layout: layoutKey, cv: built.cv, brand: site.colors.brand, photo: photo?.hash }))
    .digest('hex')
    .slice(0, 24);
  const file = cacheDir(root, 'cv', `${key}.pdf`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const known = JSON.parse(readFileSync(meta, 'utf8')) as { pages: number; missing: string[] };
    return { file, bytes: readFileSync(file).length, reused: true, ...known };
  }
  const layout = layoutCv(built.cv, { root, brand: site.colors.brand, photo: photo?.image });
  const bytes = await layout.doc.toBytes();
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  writeFileSync(meta, JSON.stringify({ pages: layout.pages, missing: layout.missing }));
  return { file, bytes: bytes.length, pages: layout.pages, reused: false, missing: layout.missing };
}

/** What a VA should hear about a written CV: too long, too large, characters no font has. */
function report(built: BuiltCv, written: Written, logger: AstroIntegrationLogger) {
  const where = `/${built.path}`;
  if (written.missing.length)
    logger.warn(
      `${where}: no font has ${written.missing.map((c) => `"${c}"`).join(' ')}; the PDF leaves them out of the page (copying the text still gives them)`,
    );
  if (written.pages > CV_MAX_PAGES)
    logger.warn(
      `${where}: ${written.pages} pages, even with the shortest lists; shorten the headline, the bio's first paragraph or the skills in src/content/profile/${built.cv.locale}.mdx`,
    );
  if (written.bytes > CV_PDF_BUDGET)
    logger.warn(`${where}: ${Math.round(written.bytes / 1024)} KB, over its ${CV_PDF_BUDGET / 1024} KB budget`);
}

export function cvPdfs(site: SiteConfig, root: string): AstroIntegration {
  const layoutKey = cvLayoutKey(root);
  return {
    name: 'sahayak:cv-pdf',
    hooks: {
      'astro:build:start': () => {
        resetBuiltCvs();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        let reused = 0;
        const sizes: string[] = [];
        for (const built of builtCvs().sort((a, b) => a.path.localeCompare(b.path))) {
          let written: Written;
          try {
            written = await writeCv(built, site, root, layoutKey);
          } catch (error) {
            // Not a content mistake the checker could have named: say which CV, without a stack trace.
            logger.error(
              `The CV PDF /${built.path} could not be written: ${error instanceof Error ? error.message : String(error)}`,
            );
            process.exit(1);
          }
          const target = path.join(out, built.path);
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(written.file, target);
          report(built, written, logger);
          if (written.reused) reused += 1;
          sizes.push(`${built.cv.locale} ${Math.round(written.bytes / 1024)} KB`);
        }
        if (sizes.length)
          logger.info(
            `${sizes.length - reused} CV PDF${sizes.length - reused === 1 ? '' : 's'} written, ${reused} reused from the cache (${sizes.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
          );
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro dev`: the PDF of a CV page opened in this session, written when asked for.
        server.middlewares.use(async (req, res, next) => {
          const url = (req.url ?? '').split('?')[0];
          if (!url.endsWith('.pdf')) return next();
          const built = builtCvs().find((b) => href(b.path, site.base) === url);
          if (!built) return next();
          try {
            const written = await writeCv(built, site, root, layoutKey);
            report(built, written, logger);
            res.setHeader('content-type', 'application/pdf');
            res.end(readFileSync(written.file));
          } catch (error) {
            res.statusCode = 500;
            res.end(`The CV PDF could not be written: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
      },
    },
  };
}
