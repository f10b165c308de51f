/**
 * Gives every page its locale context (src/site/context.ts) on
 * `Astro.locals.page`, and the sections that have entries (for navigation)
 * on `Astro.locals.sections`.
 */
import { defineMiddleware } from 'astro:middleware';
import { visibleSections } from './data/pages.ts';
import { contextFor, localeOf } from './site/context.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.page = contextFor(localeOf(context.params.lang));
  context.locals.sections = await visibleSections();
  return next();
});
