/** Collections: loaders and schemas only. Schemas live in src/schemas, folders match src/check/collections.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { profileSchema } from './schemas/profile.ts';
import { serviceSchema } from './schemas/service.ts';
import { caseStudySchema } from './schemas/case-study.ts';
import { testimonialSchema } from './schemas/testimonial.ts';
import { webinarSchema } from './schemas/webinar.ts';

/** Files whose name starts with "_" are ignored (kept aside by the author). */
const md = (dir: string, pattern: string) => glob({ pattern: [pattern, '!**/_*'], base: `./src/content/${dir}` });

export const collections = {
  profile: defineCollection({ loader: md('profile', '*.{md,mdx}'), schema: profileSchema }),
  // ids are "<lang>/<file name>", e.g. "bn/inbox-management"
  services: defineCollection({ loader: md('services', '*/*.{md,mdx}'), schema: serviceSchema }),
  caseStudies: defineCollection({ loader: md('case-studies', '*/*.{md,mdx}'), schema: caseStudySchema }),
  testimonials: defineCollection({ loader: md('testimonials', '*.{yaml,yml}'), schema: testimonialSchema }),
  webinars: defineCollection({ loader: md('webinars', '*/*.{md,mdx}'), schema: webinarSchema }),
};
