/** `/robots.txt`: everything may be crawled; the sitemap is named with the base path. */
import type { APIRoute } from 'astro';
import { SITE_PATHS, routeUrl } from '../i18n/routes.ts';

export const GET: APIRoute = ({ locals }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${routeUrl(SITE_PATHS.sitemap, locals.page.site.site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
