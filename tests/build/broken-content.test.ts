/**
 * `npm run build` on a site with broken content: it must fail, name every
 * file and field, and leave no dist/ behind to deploy.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../../scripts/site-copy.ts';

describe('astro build with broken content', () => {
  it('fails, names each file and field, and removes the output folder', () => {
    const dir = copySite('.test-builds/broken-site', {
      'src/content/services/en/broken-price.mdx': '---\ntitle: Broken\nsummary: Bad price.\ncategory: other\nprices:\n  - model: hourly\n    amount: lots\n    currency: USD\n---\n',
      'src/content/testimonials/broken-reference.yaml':
        'quote: Fine.\nlang: en\nauthor: { name: X }\ndate: 2025-01-01\nsource: { platform: email }\nservices: [no-such-service]\nconsent: true\n',
      'src/content/testimonials/bad-yaml.yaml': 'quote: "unterminated\nlang: en\n',
    });
    // A stale build must not survive a failed one.
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'index.html'), 'stale');

    const run = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('src/content/services/en/broken-price.mdx:7: prices.0.amount: expected a number');
    expect(output).toContain('src/content/testimonials/broken-reference.yaml:6: services.0: expected the id of a published service');
    expect(output).toContain('found "no-such-service"');
    expect(output).toContain('src/content/testimonials/bad-yaml.yaml:3: (YAML syntax): expected valid YAML');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 180_000);
});
