/**
 * The one-click start: the "Deploy to Netlify" button and GitHub's "Use this
 * template" link in the README and the guides all point at the project's
 * repository, named once, in package.json's `repository`. A fork that changes
 * it there is told here which buttons to change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

/** `https://github.com/owner/name`, however package.json writes it. */
const repository = (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url)
  .replace(/^git\+/, '')
  .replace(/\.git$/, '')
  .replace(/\/$/, '');

const DEPLOY = 'https://app.netlify.com/start/deploy?repository=';

/** README.md and every guide below docs/, in every language folder. */
function guides(dir = 'docs'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.posix.join(dir, name);
    if (statSync(file).isDirectory()) return guides(file);
    return file.endsWith('.md') ? [file] : [];
  });
}
const FILES = ['README.md', ...guides()];

describe('the one-click start', () => {
  it("names the project's repository once, on GitHub", () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(pkg.homepage.startsWith(repository)).toBe(true);
  });

  it('is offered in the README and the deploy guide: the Netlify button and the GitHub template', () => {
    for (const file of ['README.md', 'docs/deploy.md']) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toContain(
        `[![Deploy to Netlify](https://www.netlify.com/img/deploy/button.svg)](${DEPLOY}${repository})`,
      );
      expect(text, file).toContain(`(${repository}/generate)`);
    }
  });

  it('points every button and template link of every guide at that repository', () => {
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/app\.netlify\.com\/start\/deploy\?repository=([^)\s&#]+)/g))
        expect(target, file).toBe(repository);
      for (const [, target] of text.matchAll(/(https:\/\/github\.com\/[\w.-]+\/[\w.-]+)\/generate\b/g))
        expect(target, file).toBe(repository);
    }
  });
});
