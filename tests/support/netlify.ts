/**
 * Netlify's own reading of a build: its parsers for `_redirects` and
 * `_headers` (@netlify/redirect-parser, @netlify/headers-parser) and its
 * local request handling (@netlify/redirects with Netlify's rule matcher,
 * @netlify/static, @netlify/headers), wired the way Netlify serves a site:
 * a matching rule first, a file that exists before an unforced rule, then the
 * headers. No account, no network.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { parseAllHeaders } from '@netlify/headers-parser';
import { RedirectsHandler } from '@netlify/redirects';
import { StaticHandler } from '@netlify/static';
import { HeadersHandler } from '@netlify/headers';

export async function parseNetlifyFiles(distDir: string) {
  const redirects = await parseAllRedirects({
    redirectsFiles: [path.resolve(distDir, '_redirects')],
    configRedirects: [],
    minimal: false,
  });
  const headers = await parseAllHeaders({
    headersFiles: [path.resolve(distDir, '_headers')],
    configHeaders: [],
    minimal: false,
  });
  return { redirects, headers };
}

/**
 * A request handler that answers as Netlify would for a build published at
 * `basePath` (a build under /portfolio/ is mounted there, with the host files at the root).
 */
export function netlifyEmulator(distDir: string, basePath: string) {
  let root = path.resolve(distDir);
  if (basePath !== '/') {
    root = mkdtempSync(path.join(tmpdir(), 'sahayak-netlify-'));
    const mount = path.join(root, basePath.replace(/^\/|\/$/g, ''));
    mkdirSync(path.dirname(mount), { recursive: true });
    symlinkSync(path.resolve(distDir), mount, 'dir');
    for (const file of ['_redirects', '_headers'])
      if (existsSync(path.join(distDir, file))) copyFileSync(path.join(distDir, file), path.join(root, file));
  }
  const statics = new StaticHandler({ directory: root });
  const redirects = new RedirectsHandler({
    projectDir: root,
    publicDir: root,
    configRedirects: [],
    jwtRoleClaim: '',
    jwtSecret: '',
  });
  const headers = new HeadersHandler({ projectDir: root, publishDir: '.', logger: console });
  const getStaticFile = async (request: Request) => (await statics.match(request))?.handle;
  return async (url: string, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(new URL(url, 'http://localhost'), init);
    const match = await redirects.match(request);
    let response = match ? await redirects.handle(request, match, getStaticFile) : undefined;
    response ??= await (await getStaticFile(request))?.();
    response ??= new Response('Not found', { status: 404 });
    // Redirect responses have immutable headers; copy before the _headers rules apply.
    response = new Response(response.body, response);
    await headers.apply(request, response);
    return response;
  };
}
