/**
 * `npm run dev` while a VA edits: an invalid edit shows in the browser, with
 * file, line and field, instead of the last good version of the page; fixing
 * it brings the page back.
 */
import { afterAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';

let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill();
});

/** A port nothing listens on now (a fixed one may be held by another dev server). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
}

async function until<T>(what: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await what();
      if (ok(value) || Date.now() > end) return value;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

it('shows an invalid edit in the browser with file, line and field, and the page again once fixed', async () => {
  const dir = copySite('.test-builds/dev-site');
  const PORT = await freePort();
  // The dev server as a VA starts it: without the test runner's environment (NODE_ENV=test, VITEST…).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  server = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
    env,
  });
  const url = `http://127.0.0.1:${PORT}/en/services/inbox-management/`;
  const first = await until(
    () => get(url),
    (r) => r.status === 200,
    90_000,
  );
  expect(first.text).toContain('Inbox management');
  // The editor is there too, to try on the working folder before publishing.
  const admin = await get(`http://127.0.0.1:${PORT}/admin/`);
  expect(admin.status).toBe(200);
  expect(admin.text).toContain('sveltia-cms.js');
  expect((await get(`http://127.0.0.1:${PORT}/admin/config.yml`)).text).toMatch(/^backend:/m);

  const file = path.join(dir, 'src/content/services/en/inbox-management.mdx');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace(/amount: \d+/, 'amount: ten dollars'));
  const broken = await until(
    () => get(url),
    (r) => r.status === 500,
  );
  expect(broken.status).toBe(500);
  expect(broken.text).toMatch(
    /src\/content\/services\/en\/inbox-management\.mdx:\d+<\/code><br>prices\.0\.amount: expected a number without currency sign or commas, e\.g\. 1500, found &quot;ten dollars&quot;/,
  );

  writeFileSync(file, good);
  const fixed = await until(
    () => get(url),
    (r) => r.status === 200,
  );
  expect(fixed.status).toBe(200);
}, 180_000);
