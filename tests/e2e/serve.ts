/**
 * A static file server that behaves like Netlify and GitHub Pages for a built
 * site: files under a base path, `dir/` → `dir/index.html`, a directory
 * without its slash redirects, anything else gets /404.html with status 404.
 *   node tests/e2e/serve.ts <dist> <port> [base]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

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

async function send(res: import('node:http').ServerResponse, file: string, status = 200) {
  res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  const notFound = () => send(res, path.join(root, '404.html'), 404);
  if (!pathname.startsWith(base)) return notFound();
  const file = path.join(root, pathname.slice(base.length));
  if (!file.startsWith(root)) return notFound();
  if (pathname.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? send(res, index) : notFound();
  }
  if (await isFile(file)) return send(res, file);
  if (await isFile(path.join(file, 'index.html'))) {
    res.writeHead(301, { location: `${pathname}/${url.search}` });
    return res.end();
  }
  return notFound();
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
