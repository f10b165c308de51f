/** The content checker on a fixture site full of mistakes, and `npm run check` as a VA runs it. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/schemas/errors.ts';

const FIXTURE = 'tests/fixtures/invalid';
const config = { locales: ['en', 'bn'] as const, defaultLocale: 'en' as const };

describe('checkContent on the invalid fixture', () => {
  const result = checkContent(FIXTURE, { locales: [...config.locales], defaultLocale: config.defaultLocale });
  const lines = result.problems.map(formatProblem);

  it.each([
    ['wrong type', 'src/content/services/en/inbox.mdx:7: prices.0.amount: expected a number', 'found "ten dollars"'],
    [
      'unknown currency',
      'src/content/services/en/inbox.mdx:11: prices.1.currency: expected an ISO 4217 currency code',
      'found "DOLLARS"',
    ],
    [
      'missing field',
      'src/content/services/bn/inbox.mdx:2: title: expected some text',
      'found nothing (the field is missing)',
    ],
    [
      'value not in a list',
      'src/content/services/bn/inbox.mdx:3: category: expected one of "email-management"',
      'found "email"',
    ],
    [
      'impossible date',
      'src/content/case-studies/en/shop.mdx:13: period.start: expected a date written as YYYY-MM-DD',
      'found "2025-02-30"',
    ],
    [
      'unknown service reference',
      'src/content/case-studies/en/shop.mdx:11: services.1: expected the id of a published service',
      'found "travel-booking"',
    ],
    [
      'unknown testimonial reference',
      'src/content/case-studies/en/shop.mdx:16: testimonial: expected the id of a published testimonial',
      'found "no-such-testimonial"',
    ],
    [
      'missing image',
      'src/content/case-studies/en/shop.mdx:14: cover: expected a path to an image file that exists, relative to src/content/case-studies/en/shop.mdx',
      'found "./missing-cover.jpg"',
    ],
    [
      'broken YAML with its line',
      'src/content/testimonials/broken-yaml.yaml:3: (YAML syntax): expected valid YAML',
      'double quoted scalar',
    ],
    [
      'missing consent',
      'src/content/testimonials/no-consent-field.yaml:1: consent: expected true or false',
      'found nothing',
    ],
    ['out of range', 'src/content/testimonials/no-consent-field.yaml:5: rating: expected at most 5', 'found 7'],
    ['bad time zone', 'src/content/profile/en.mdx:7: timeZone: expected an IANA time zone name', 'found "Asia/Dhak"'],
    [
      'wrong boolean',
      'src/content/profile/en.mdx:10: availability.accepting: expected true or false',
      'found "yes please"',
    ],
    [
      'file outside a language folder',
      'src/content/services/stray.mdx: (folder): expected the file inside a language folder',
      'found "stray.mdx"',
    ],
  ])('reports %s with file, field, expected and found', (_what, start, found) => {
    const line = lines.find((l) => l.startsWith(start));
    expect(line, `no line starting with: ${start}\n${lines.join('\n')}`).toBeDefined();
    expect(line).toContain(found);
  });

  it('reports every problem in one run and lists missing translations', () => {
    expect(result.problems).toHaveLength(15);
    expect(result.missingTranslations).toContainEqual({
      collection: 'caseStudies',
      id: 'shop',
      missing: ['bn'],
      shownIn: 'en',
    });
  });
});

describe('npm run check', () => {
  it('prints every problem and exits non-zero on the invalid fixture', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--root', FIXTURE], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('15 problems found');
    expect(run.stderr).toContain('src/content/services/en/inbox.mdx:7: prices.0.amount');
    expect(run.stderr).toContain('src/content/testimonials/broken-yaml.yaml:3');
    expect(run.stdout).toContain('not translated into');
  });

  it('passes on the demo site', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Content OK: \d+ files checked/);
  });
});
