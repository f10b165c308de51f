/**
 * The one local server for built sites (the e2e suite, the Lighthouse
 * benchmark), answering as the build's host would:
 * - a Netlify build (it has `_headers` or `_redirects`): through Netlify's own
 *   request handling (tests/support/netlify.ts: @netlify/redirects,
 *   @netlify/static, @netlify/headers), so `/` sends each visitor to their
 *   language and every response carries the headers `_headers` gives it;
 * - any other build: a plain static host, as GitHub Pages serves one.
 * As both hosts do: files under the base, `dir/` → `dir/index.html`, a folder
 * without its slash redirects to it, anything else gets the site's
 * /404.html with status 404, and text is gzipped when the browser asks.
 *   node tests/support/serve.ts <dist> <port> [base]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { netlifyEmulator } from './netlify.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Whether a build is for Netlify: it carries the files only Netlify reads. */
export function isNetlifyBuild(dist: string): boolean {
  return ['_headers', '_redirects'].some((file) => existsSync(path.join(dist, file)));
}

type Answer = { status: number; headers: Record<string, string>; body: Uint8Array };

/** A plain static host (GitHub Pages): the file, or nothing. */
function staticHost(root: string, base: string) {
  return async (address: string): Promise<Answer | undefined> => {
    const pathname = decodeURIComponent(new URL(address, 'http://localhost').pathname);
    if (!pathname.startsWith(base)) return undefined;
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return undefined;
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!(await isFile(file))) return undefined;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': type }, body: await readFile(file) };
  };
}

/** Netlify's handling of the build (its rules, files and headers), or nothing where it has no file. */
function netlifyHost(root: string, base: string) {
  const serve = netlifyEmulator(root, base);
  return async (address: string, request: IncomingMessage): Promise<Answer | undefined> => {
    const headers = Object.fromEntries(
      Object.entries(request.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
    );
    // The address as the browser asked for it, so a redirect names this server.
    const url = new URL(address, `http://${request.headers.host ?? 'localhost'}`);
    const response = await serve(url.href, { headers, redirect: 'manual' });
    if (response.status === 404) return undefined;
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: new Uint8Array(await response.arrayBuffer()),
    };
  };
}

/** A server for the build in `dist`, published under `base` (`/portfolio/`). */
export function hostServer(dist: string, base = '/'): Server {
  const root = path.resolve(dist);
  const host = isNetlifyBuild(root) ? netlifyHost(root, base) : staticHost(root, base);
  const send = (req: IncomingMessage, res: ServerResponse, answer: Answer) => {
    let body = answer.body;
    const headers: Record<string, string> = { ...answer.headers, vary: 'accept-encoding' };
    delete headers['content-length'];
    if (COMPRESSIBLE.test(headers['content-type'] ?? '') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(answer.status, headers);
    res.end(body);
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    // A folder without its slash: both hosts redirect to the folder.
    const folder = path.join(root, pathname.slice(base.length));
    if (
      pathname.startsWith(base) &&
      !pathname.endsWith('/') &&
      folder.startsWith(root) &&
      (await isFile(path.join(folder, 'index.html')))
    ) {
      res.writeHead(301, { location: `${pathname}/${url.search}` });
      return res.end();
    }
    const answer = await host(`${url.pathname}${url.search}`, req);
    if (answer) return send(req, res, answer);
    // Both hosts answer a missing file with the site's own 404 page.
    const notFound = await host(`${base}404.html`, req);
    if (notFound) return send(req, res, { ...notFound, status: 404 });
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
}

if (import.meta.main) {
  const [dist = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  const server = hostServer(dist, base);
  server.listen(Number(port), '127.0.0.1', () =>
    console.log(
      `serving ${path.resolve(dist)} at http://127.0.0.1:${port}${base}${isNetlifyBuild(dist) ? ' as Netlify does' : ''}`,
    ),
  );
}
