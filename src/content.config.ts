/** Collections: loaders and schemas only. The schemas live in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { profileSchema } from './schemas/profile.ts';

const profile = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './src/content/profile' }),
  schema: profileSchema,
});

export const collections = { profile };
