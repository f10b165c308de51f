/** `/robots.txt`: everything may be crawled; the sitemap is named with the base path. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../i18n/paths.ts';
import { site } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site.site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
