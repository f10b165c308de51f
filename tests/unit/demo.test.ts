/**
 * The demo's fingerprint (what `npm run check` recognises as left over from
 * the demo) matches the demo as it is, and an entry the VA rewrote is theirs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { copySite } from '../support/site-copy.ts';
import { DEMO, fingerprintOf } from '../../src/check/demo.ts';
import { checkSite } from '../../src/check/site.ts';

describe('the demo fingerprint', () => {
  it('is up to date with the demo (run npm run demo:fingerprint after changing the demo)', () => {
    expect(fingerprintOf('.')).toEqual(DEMO);
  });

  it('does not flag what the VA rewrote, nor the demo itself', { timeout: 60_000 }, () => {
    const service = readFileSync('src/content/services/en/calendar-scheduling.mdx', 'utf8');
    const [, frontmatter] = service.split(/^---$/m);
    const root = copySite('.test-builds/demo-rewritten', {
      'sahayak.yaml': readFileSync('sahayak.yaml', 'utf8').replace(
        'site: https://rumana-haque.netlify.app',
        'site: https://nasrin.example',
      ),
      // Same file name and title, the VA's own summary and text.
      'src/content/services/en/calendar-scheduling.mdx': `---${frontmatter.replace(/^summary: .*$/m, 'summary: "I plan your week so nothing clashes."')}---\n\nMy own words about calendars.\n`,
    });
    const flagged = checkSite(root, {})
      .content.warnings.filter((w) => w.kind === 'demo-entry')
      .map((w) => w.file);
    expect(flagged).toContain('src/content/services/en/inbox-management.mdx');
    expect(flagged).not.toContain('src/content/services/en/calendar-scheduling.mdx');
    expect(checkSite('.', {}).content.warnings.filter((w) => w.kind.startsWith('demo-'))).toEqual([]);
  });
});
