/**
 * "Make it mine" (.github/workflows/make-it-mine.yml) run here through the
 * same script the workflow runs, with a set of answers as its form gives
 * them (ANSWER_* variables), on a copy of the demo under git with a GitHub
 * remote, as Actions checks it out: the result is what `npm run init` makes
 * with the same answers as flags, checked, built and committed once; bad
 * answers print init's own message in the chosen language and commit nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';
import { command, commandAsync } from '../support/authoring.ts';
import { answerVariable } from '../../src/authoring/make-it-mine.ts';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};

const git = (root: string, args: string[]) =>
  spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).stdout.trim();

/** A copy of the demo as Actions checks it out: one commit, origin on GitHub, dist/ and node_modules ignored. */
function checkout(dir: string): string {
  const root = copySite(dir, { '.gitignore': readFileSync('.gitignore', 'utf8') });
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['remote', 'add', 'origin', 'https://github.com/rina-akter/portfolio.git']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'The demo']);
  return root;
}

/** Every file below root with its bytes, but git's own and what git ignores. */
function tree(root: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(root, rel))) {
    const p = path.posix.join(rel, name);
    if (['.git', 'node_modules', 'dist', '.astro'].includes(p)) continue;
    if (statSync(path.join(root, p)).isDirectory()) Object.assign(out, tree(root, p));
    else out[p] = readFileSync(path.join(root, p)).toString('base64');
  }
  return out;
}

const answersEnv = (answers: Record<string, string>) =>
  Object.fromEntries(Object.entries(answers).map(([input, value]) => [answerVariable(input), value]));

describe('Make it mine', { timeout: 600_000 }, () => {
  it('makes with the answers of its form what init makes with the same flags, checks, builds and commits it once', async () => {
    const mine = checkout('.test-builds/mine/form');
    const run = await commandAsync('make-it-mine', ['--commit'], mine, {
      ...IDENTITY,
      ...answersEnv({
        name: 'Rina Akter',
        name_in_scripts: 'রিনা আক্তার',
        languages: 'en,bn: English + বাংলা',
        default_language: 'bn: বাংলা',
        digits: 'latin: বাংলা 123, हिन्दी 123',
        email: 'rina@example.com',
        whatsapp: '+8801712345678',
        host: 'github-pages',
        site: '',
        time_zone: '',
      }),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('নতুন সাইটটি যাচাই করা হচ্ছে (npm run check)…');
    expect(run.stdout).toContain('হয়ে গেছে: সাইটটি এখন আপনার, Rina Akter।');

    const byHand = checkout('.test-builds/mine/flags');
    const init = command(
      'init',
      [
        '--yes',
        '--ui',
        'bn',
        '--name',
        'Rina Akter',
        '--name-bn',
        'রিনা আক্তার',
        '--locales',
        'en,bn',
        '--default-locale',
        'bn',
        '--numerals',
        'bn=latin',
        '--email',
        'rina@example.com',
        '--whatsapp',
        '+8801712345678',
        '--host',
        'github-pages',
        '--time-zone',
        'Asia/Dhaka',
      ],
      byHand,
    );
    expect(init.status, init.stderr).toBe(0);
    const result = tree(mine);
    expect(Object.keys(result).sort()).toEqual(Object.keys(tree(byHand)).sort());
    expect(result).toEqual(tree(byHand));
    const settings = Buffer.from(result['sahayak.yaml'], 'base64').toString('utf8');
    expect(settings).toContain('site: https://rina-akter.github.io');
    expect(settings).toContain('base: /portfolio/');

    // One commit on top of the demo, nothing left over, nothing of the build.
    expect(git(mine, ['log', '--format=%s']).split('\n')).toEqual([
      'সাইটটি এখন Rina Akter-এর: ডেমো রাখা হলো examples/demo ফোল্ডারে',
      'The demo',
    ]);
    expect(git(mine, ['status', '--porcelain'])).toBe('');
    expect(git(mine, ['show', '--name-only', '--format=', 'HEAD']).split('\n')).toContain('examples/demo/sahayak.yaml');
  });

  it('stops at a wrong answer with the message init prints, in the chosen language, and commits nothing', async () => {
    const cases: [Record<string, string>, string[]][] = [
      [
        { name: 'Priya', languages: 'en,hi: English + हिन्दी', default_language: 'hi: हिन्दी', email: 'not-an-email' },
        ['--name', 'Priya', '--locales', 'en,hi', '--default-locale', 'hi', '--email', 'not-an-email'],
      ],
      [
        { name: '', languages: 'en,bn: English + বাংলা', default_language: 'hi: हिन्दी', host: 'static' },
        ['--locales', 'en,bn', '--default-locale', 'hi', '--host', 'static'],
      ],
    ];
    for (const [i, [answers, flags]] of cases.entries()) {
      const mine = checkout(`.test-builds/mine/bad-${i}`);
      const run = await commandAsync('make-it-mine', ['--commit'], mine, { ...IDENTITY, ...answersEnv(answers) });
      expect(run.status).toBe(1);
      const init = command(
        'init',
        ['--yes', '--ui', 'hi', ...flags, '--time-zone', 'Asia/Kolkata'],
        copySite(`.test-builds/mine/bad-init-${i}`),
      );
      expect(run.stderr, JSON.stringify(answers)).toBe(init.stderr);
      expect(run.stderr).toMatch(/^\d+ (समस्या|समस्याएँ) मिली/);
      expect(git(mine, ['log', '--format=%s'])).toBe('The demo');
      expect(git(mine, ['status', '--porcelain'])).toBe('');
    }
  });
});
