/**
 * A static file server that behaves like Netlify and GitHub Pages for a built
 * site: files under a base path, `dir/` → `dir/index.html`, a directory
 * without its slash redirects, anything else gets /404.html with status 404.
 * Text is gzipped when the browser asks for it, as both hosts do, and the
 * build's Netlify `_headers` file (CSP, caching...) applies when there is one.
 * Used by the e2e suite and the Lighthouse benchmark.
 *   node tests/support/serve.ts <dist> <port> [base]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const root = path.resolve(dist);
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

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Netlify's `_headers`: a path (`*` at the end matches any rest) followed by indented `Name: value` lines. */
function headerRules(file: string): { path: string; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const RULES = headerRules(path.join(root, '_headers'));

function hostHeaders(pathname: string): Record<string, string> {
  const matching = RULES.filter((r) =>
    r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path,
  );
  return Object.fromEntries(matching.flatMap((r) => r.headers));
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

async function send(req: IncomingMessage, res: ServerResponse, file: string, status = 200) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  let body = await readFile(file);
  const headers: Record<string, string> = {
    ...hostHeaders(new URL(req.url ?? '/', 'http://localhost').pathname),
    'content-type': type,
    vary: 'accept-encoding',
  };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(status, headers);
  res.end(body);
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  const notFound = () => send(req, res, path.join(root, '404.html'), 404);
  if (!pathname.startsWith(base)) return notFound();
  const file = path.join(root, pathname.slice(base.length));
  if (!file.startsWith(root)) return notFound();
  if (pathname.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? send(req, res, index) : notFound();
  }
  if (await isFile(file)) return send(req, res, file);
  if (await isFile(path.join(file, 'index.html'))) {
    res.writeHead(301, { location: `${pathname}/${url.search}` });
    return res.end();
  }
  return notFound();
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
