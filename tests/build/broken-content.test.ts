/**
 * `npm run build` on a site with broken content and config: it must fail,
 * list every problem `npm run check` lists (file, line, field), print no
 * stack trace, and leave no output folder to deploy, whatever stopped it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';

const astro = path.resolve('node_modules/.bin/astro');

function withStaleDist(dir: string) {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'index.html'), 'stale');
}

/** The problem lines of a report ("  file:line: field: …"). */
const problemLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => /^ {2}\S+?(:\d+)?: \S.*: expected /.test(l))
    .map((l) => l.trim());

describe('astro build with broken content and config', () => {
  it('fails, lists the same problems as npm run check, prints no stack trace and removes the output folder', () => {
    const config = readFileSync('sahayak.yaml', 'utf8').replace('host: netlify', 'host: vercel');
    const dir = copySite('.test-builds/broken-site', {
      'sahayak.yaml': config,
      'src/content/services/en/broken-price.mdx':
        '---\ntitle: Broken\nsummary: Bad price.\ncategory: other\nprices:\n  - model: hourly\n    amount: lots\n    currency: USD\n---\n',
      'src/content/testimonials/broken-reference.yaml':
        'quote: Fine.\nlang: en\nauthor: { name: X }\ndate: 2025-01-01\nsource: { platform: email }\nservices: [no-such-service]\nconsent: true\n',
      'src/content/testimonials/bad-yaml.yaml': 'quote: "unterminated\nlang: en\n',
      'src/content/services/en/bad-body.mdx':
        '---\ntitle: Body\nsummary: s\ncategory: other\nprices:\n  - { model: hourly, amount: 5, currency: USD }\n---\n\nText\n\n<Callout>never closed\n',
    });
    withStaleDist(dir);

    const build = spawnSync(astro, ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    const hostLine = config.split('\n').findIndex((l) => l.includes('host: vercel')) + 1;
    const built = problemLines(output);
    expect(built).toContain(
      `sahayak.yaml:${hostLine}: host: expected one of "netlify", "github-pages", "static", found "vercel"`,
    );
    expect(built).toContainEqual(
      expect.stringMatching(/^src\/content\/services\/en\/broken-price\.mdx:7: prices\.0\.amount: expected a number/),
    );
    expect(built).toContainEqual(
      expect.stringMatching(
        /^src\/content\/testimonials\/broken-reference\.yaml:6: services\.0: expected the id of a published service.*found "no-such-service"$/,
      ),
    );
    expect(built).toContainEqual(
      expect.stringMatching(/^src\/content\/testimonials\/bad-yaml\.yaml:3: \(YAML syntax\): expected valid YAML/),
    );
    expect(built).toContainEqual(
      expect.stringMatching(/^src\/content\/services\/en\/bad-body\.mdx:11: \(MDX body\): expected every <Tag> closed/),
    );
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/unhandled|ContentError|AstroError/i);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);

    const check = spawnSync(process.execPath, ['scripts/check.ts', '--root', dir], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(problemLines(check.stdout + check.stderr)).toEqual(built);
  }, 180_000);

  it('a build that fails for any other reason leaves no output folder either', () => {
    const dir = copySite('.test-builds/failing-page', {
      'src/pages/[lang]/boom.astro':
        "---\nexport const getStaticPaths = () => [{ params: { lang: 'en' } }];\nthrow new Error('a page that cannot render');\n---\n",
    });
    withStaleDist(dir);
    const build = spawnSync(astro, ['build'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('a page that cannot render');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 240_000);
});
