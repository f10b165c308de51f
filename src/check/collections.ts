/**
 * Where each collection lives and how its files are checked. content.config.ts
 * uses the same folders and schemas, so the checker and Astro agree.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { profileSchema } from '../schemas/profile.ts';
import { serviceSchema } from '../schemas/service.ts';
import { caseStudySchema } from '../schemas/case-study.ts';
import { testimonialSchema } from '../schemas/testimonial.ts';
import { webinarSchema } from '../schemas/webinar.ts';
import type { ImageFn } from '../schemas/shared.ts';

export type CollectionName = 'profile' | 'services' | 'caseStudies' | 'testimonials' | 'webinars';

export interface CollectionSpec {
  name: CollectionName;
  dir: string;
  extensions: string[];
  /** How a file's path maps to locale and id. */
  layout: 'locale-file' | 'locale-folder' | 'neutral';
  schema: (ctx: { image: ImageFn }) => z.ZodType;
}

export const COLLECTIONS: CollectionSpec[] = [
  { name: 'profile', dir: 'src/content/profile', extensions: ['.md', '.mdx'], layout: 'locale-file', schema: profileSchema },
  { name: 'services', dir: 'src/content/services', extensions: ['.md', '.mdx'], layout: 'locale-folder', schema: () => serviceSchema },
  { name: 'caseStudies', dir: 'src/content/case-studies', extensions: ['.md', '.mdx'], layout: 'locale-folder', schema: caseStudySchema },
  { name: 'testimonials', dir: 'src/content/testimonials', extensions: ['.yaml', '.yml'], layout: 'neutral', schema: testimonialSchema },
  { name: 'webinars', dir: 'src/content/webinars', extensions: ['.md', '.mdx'], layout: 'locale-folder', schema: webinarSchema },
];

const IMAGE_TYPES = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/**
 * The checker's stand-in for Astro's image(): a path relative to the content
 * file that names an image that exists.
 */
export function imageChecker(root: string, file: string): ImageFn {
  return () =>
    z
      .string({ error: 'a path to an image next to the file, e.g. ./photo.jpg' })
      .refine((p) => IMAGE_TYPES.test(p), { error: 'a path to a .jpg, .png, .webp or .avif image' })
      .refine((p) => existsSync(path.join(root, path.dirname(file), p)), {
        error: `a path to an image file that exists, relative to ${file}`,
      });
}
