/**
 * The guide's examples are true: every file shown in docs/writing-content.md
 * (a code block with its path as the title), written into a new VA's site,
 * passes the checker and builds.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { copySite } from '../support/site-copy.ts';
import { checkSite } from '../../src/check/site.ts';
import { formatProblem } from '../../src/schemas/errors.ts';
import { build, command } from '../support/authoring.ts';

const GUIDE = readFileSync('docs/writing-content.md', 'utf8');
const EXAMPLES = [...GUIDE.matchAll(/```\w+ title="([^"]+)"\n([\s\S]*?)```/g)].map(([, file, text]) => ({
  file,
  text,
}));

describe('docs/writing-content.md', { timeout: 300_000 }, () => {
  it('shows one example of every kind of file', () => {
    expect(EXAMPLES.map((e) => e.file.split('/').slice(0, 3).join('/'))).toEqual([
      'sahayak.yaml',
      'src/content/profile',
      'src/content/services',
      'src/content/case-studies',
      'src/content/testimonials',
      'src/content/webinars',
    ]);
  });

  it('its examples pass the checker and build', async () => {
    const root = copySite('.test-builds/docs');
    expect(
      command(
        'init',
        [
          '--yes',
          '--name',
          'Rina Akter',
          '--locales',
          'bn,en',
          '--host',
          'github-pages',
          '--email',
          'rina@example.com',
        ],
        root,
      ).status,
    ).toBe(0);
    // The files, and the pictures they name.
    const picture = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#0b6b5d' } })
      .png()
      .toBuffer();
    const files: [string, string | Buffer][] = [
      ...EXAMPLES.map((e): [string, string] => [e.file, e.text]),
      ['src/content/case-studies/covers/bakery-orders.png', picture],
      ['src/content/webinars/covers/inbox-basics.png', picture],
    ];
    for (const [file, content] of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    expect(checkSite(root, {}).problems.map(formatProblem)).toEqual([]);
    const built = build(root);
    expect(built.status, built.stdout + built.stderr).toBe(0);
  });
});
