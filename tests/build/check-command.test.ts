/**
 * `npm run check` as a VA runs it, on a copy of the demo that has one of
 * each thing it warns about: the same warnings in English, Bangla and JSON,
 * the JSON the same from one run to the next, and problems with their line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';
import { WARNING_KINDS } from '../../src/check/types.ts';
import { command } from '../support/authoring.ts';

const demo = (file: string) => readFileSync(file, 'utf8');

function site() {
  const root = copySite('.test-builds/check-command', {
    // The VA's own address, the demo's name and contact still in place.
    'sahayak.yaml': demo('sahayak.yaml').replace(
      'site: https://rumana-haque.netlify.app',
      'site: https://nasrin-va.example',
    ),
    // Only in Bangla on an English-first site.
    'src/content/services/bn/facebook-page-care.mdx':
      '---\ntitle: ফেসবুক পেজ দেখাশোনা\nsummary: পোস্ট আর মেসেজ\ncategory: social-media\nprices:\n  - { model: monthly, amount: 8000, currency: BDT }\n---\n',
    // A draft.
    'src/content/case-studies/en/clinic-appointments.mdx': demo(
      'src/content/case-studies/en/clinic-appointments.mdx',
    ).replace(/^draft: false$/m, 'draft: true'),
    // Over, without a recording.
    ...Object.fromEntries(
      ['en', 'bn', 'hi'].map((l) => [
        `src/content/webinars/${l}/inbox-zero-for-coaches.mdx`,
        demo(`src/content/webinars/${l}/inbox-zero-for-coaches.mdx`).replace(/^replayUrl: .*\n/m, ''),
      ]),
    ),
    // A file in a language the site does not publish is kept, with a warning: here a Hindi file, with Hindi switched off below.
    // Consent written by hand, with no record of it; and a testimonial that arrived by itself, waiting for approval.
    'src/content/testimonials/gulshan-property.yaml': demo('src/content/testimonials/gulshan-property.yaml').replace(
      /^consentRecord: .*\n/m,
      '',
    ),
    'src/content/testimonials/kavya-research.yaml': `${demo('src/content/testimonials/kavya-research.yaml')}waiting: true\n`,
  });
  // The English original of a service changed a day after its Bangla translation.
  const day = 24 * 3600;
  const now = Date.now() / 1000;
  for (const l of ['en', 'bn', 'hi'])
    utimesSync(path.join(root, `src/content/services/${l}/inbox-management.mdx`), now - 2 * day, now - 2 * day);
  utimesSync(path.join(root, 'src/content/services/en/inbox-management.mdx'), now - day, now - day);
  return root;
}

describe('npm run check', { timeout: 120_000 }, () => {
  const root = site();
  const env = { SAHAYAK_NOW: '2027-12-01T00:00:00Z' };

  it('--json lists each kind of warning, the same way every run', () => {
    const first = command('check', ['--json'], root, env);
    expect(first.status, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(command('check', ['--json'], root, env).stdout).toBe(first.stdout);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    const kinds = new Set(report.warnings.map((w: { kind: string }) => w.kind));
    expect([...kinds].sort()).toEqual([...WARNING_KINDS].filter((k) => k !== 'locale-not-enabled').sort());
    const find = (kind: string, file: string) =>
      report.warnings.find((w: { kind: string; file: string }) => w.kind === kind && w.file === file);
    expect(find('stale-translation', 'src/content/services/bn/inbox-management.mdx')?.params.original).toBe(
      'src/content/services/en/inbox-management.mdx',
    );
    expect(find('stale-translation', 'src/content/services/hi/inbox-management.mdx')).toBeDefined();
    expect(find('not-in-default-locale', 'src/content/services/bn/facebook-page-care.mdx')?.message).toContain(
      'has no version in the default language (en)',
    );
    expect(find('webinar-without-replay', 'src/content/webinars/en/inbox-zero-for-coaches.mdx')?.params.date).toBe(
      '2027-02-18',
    );
    expect(find('draft', 'src/content/case-studies/en/clinic-appointments.mdx')).toBeDefined();
    expect(find('demo-setting', 'sahayak.yaml')?.message).toMatch(/name is still the demo's \(Rumana Haque\)/);
    expect(find('demo-image', 'src/content/profile/portrait.jpg')).toBeDefined();
    expect(find('demo-entry', 'src/content/services/en/inbox-management.mdx')?.message).toContain('"Inbox management"');
    expect(find('consent-without-record', 'src/content/testimonials/gulshan-property.yaml')?.message).toContain(
      'consent: true, with no record of what the client agreed to and when',
    );
    expect(find('waiting-approval', 'src/content/testimonials/kavya-research.yaml')?.message).toContain(
      'waits for your approval',
    );
    expect(report.warnings.filter((w: { kind: string }) => w.kind.match(/consent|waiting/)).length).toBe(2);
    expect(report.missingTranslations).toContainEqual({
      collection: 'services',
      id: 'facebook-page-care',
      missing: ['en', 'hi'],
      shownIn: 'bn',
    });
    expect(report.summary.services.bn).toEqual({ translated: 6, missing: 0, stale: 1 });
    expect(report.summary.services.en).toEqual({ translated: 6, missing: 1, stale: 0 });
  });

  it('warns about files in languages the site does not publish', () => {
    const only = copySite('.test-builds/check-command-locales', {
      'sahayak.yaml': demo('sahayak.yaml').replace('locales: [en, bn, hi]', 'locales: [en, bn]'),
    });
    const report = JSON.parse(command('check', ['--json'], only).stdout);
    expect(report.warnings.filter((w: { kind: string }) => w.kind === 'locale-not-enabled').length).toBeGreaterThan(0);
  });

  it('prints the same in Bangla, with the per-language table', () => {
    const run = command('check', ['--ui', 'bn'], root, env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('সতর্কতা: src/content/services/bn/inbox-management.mdx হয়তো পুরোনো হয়ে গেছে');
    expect(run.stdout).toContain('ভাষা অনুযায়ী অনুবাদ (অনূদিত / নেই / পুরোনো):');
    expect(run.stdout).toMatch(/সার্ভিস\s+6 \/ 1 \/ 0\s+6 \/ 0 \/ 1/);
  });

  it('puts problems in the JSON with their line, and fails', () => {
    const broken = copySite('.test-builds/check-command-broken', {
      'src/content/services/en/inbox-management.mdx': demo('src/content/services/en/inbox-management.mdx')
        .replace(/amount: \d+/, 'amount: lots')
        .replace(/^summary: .*$/m, 'summary: "TODO: one or two sentences"'),
    });
    const run = command('check', ['--json'], broken);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    const lines = report.problems.map((p: { message: string }) => p.message);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/en\/inbox-management\.mdx:\d+: prices\.0\.amount: expected a number/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/en\/inbox-management\.mdx:3: summary: expected your own text in place of the placeholder that npm run new wrote/,
      ),
    );
  });
});
