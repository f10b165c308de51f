/**
 * Running the authoring commands as a VA does (a child process, its output
 * and exit code), on a throwaway copy of the project, and building the copy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/**
 * The environment without what Vitest (through Astro's Vite config) sets for
 * itself: SITE and BASE_URL would otherwise reach the build as its own. No
 * colours: with CI set (as CI services set it), Astro colours its log even
 * into a pipe, and the tests read the log.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { SITE: _site, BASE_URL: _base, FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run <script> -- args` on the project at root, without a terminal (so with flags only): this
 * project's command, or with `own` the copy's (a copy whose src differs, e.g. with a collection added).
 */
export function command(
  script: 'init' | 'new' | 'check' | 'import-testimonials',
  args: string[],
  root: string,
  env: Record<string, string> = {},
  { own = false } = {},
): Run {
  const entry = own ? path.join(root, 'scripts', `${script}.ts`) : path.resolve(`scripts/${script}.ts`);
  const result = spawnSync(process.execPath, [entry, ...args, '--root', root], {
    encoding: 'utf8',
    timeout: 120_000,
    env: cleanEnv({ SAHAYAK_UI: '', ...env }),
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same as command(), without blocking this process while it runs: for a
 * command that talks to a server the test itself runs (a stand-in for an API).
 */
export function commandAsync(
  script: 'import-testimonials' | 'make-it-mine',
  args: string[],
  root: string,
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args, '--root', root], {
      env: cleanEnv({ SAHAYAK_UI: '', ...env }),
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

/** `astro build` of the copy at root into root/dist; the build log is returned. */
export function build(root: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: cleanEnv({ SAHAYAK_NOW: '2026-05-01T06:00:00Z', ...env }),
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below dir, relative to it. */
export function filesBelow(dir: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const p = path.posix.join(rel, name);
    return statSync(path.join(dir, p)).isDirectory() ? filesBelow(dir, p) : [p];
  });
}

/**
 * Text that identifies the demo: the names, contact details, titles, quotes
 * and clients' names of the demo that init moved into examples/demo.
 */
export function demoTexts(root: string): string[] {
  const texts = new Set<string>();
  const settings = yaml.load(readFileSync(path.join(root, 'examples/demo/sahayak.yaml'), 'utf8')) as {
    name: string;
    nameIn: Record<string, string>;
    contact: Record<string, unknown>;
  };
  texts.add(settings.name);
  for (const n of Object.values(settings.nameIn)) texts.add(n);
  for (const c of ['email', 'whatsapp', 'booking'])
    if (typeof settings.contact[c] === 'string') texts.add(settings.contact[c] as string);
  const content = path.join(root, 'examples/demo/src/content');
  for (const file of filesBelow(content).filter((f) => /\.(mdx|md|yaml)$/.test(f))) {
    const text = readFileSync(path.join(content, file), 'utf8');
    const data = yaml.load(file.endsWith('.yaml') ? text : text.split(/^---$/m)[1]) as {
      title?: string;
      quote?: string;
      author?: { name: string };
      client?: { name: string };
    };
    for (const value of [data.title, data.quote, data.author?.name, data.client?.name]) if (value) texts.add(value);
  }
  return [...texts];
}
