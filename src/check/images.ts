/**
 * The checker's stand-in for Astro's image(): a path relative to the content
 * file that names an image that exists. `file` may be a function returning the
 * file being checked, so one schema serves a whole collection (building a zod
 * schema costs more than parsing with it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ImageFn } from '../schemas/shared.ts';

const IMAGE_TYPES = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

export function imageChecker(root: string, file: string | (() => string)): ImageFn {
  const fileNow = typeof file === 'string' ? () => file : file;
  return () =>
    z
      .string({ error: 'a path to an image next to the file, e.g. ./photo.jpg' })
      .refine((p) => IMAGE_TYPES.test(p), { error: 'a path to a .jpg, .png, .webp or .avif image' })
      .refine((p) => existsSync(path.join(root, path.dirname(fileNow()), p)), {
        error: () => `a path to an image file that exists, relative to ${fileNow()}`,
      })
      .meta({ image: true });
}
