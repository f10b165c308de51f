/**
 * The checker on copies of the demo with the mistakes real VAs make: each is
 * reported once, with file, line, field, what to write, and nothing it
 * causes is reported again.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { copySite } from '../support/site-copy.ts';
import { checkSite } from '../../src/check/site.ts';
import { formatProblem } from '../../src/schemas/errors.ts';
import { warningText } from '../../src/check/report.ts';

/** Checks a copy of the demo with `files` written (null deletes) and returns its problem lines and result. */
async function check(name: string, files: Record<string, string | Buffer | null>) {
  const root = copySite(`.test-builds/check/${name}`, files);
  const result = checkSite(root, {});
  return { lines: result.problems.map(formatProblem), result };
}

const TESTIMONIAL = (quote: string) =>
  `quote: "${quote}"\nlang: en\nauthor:\n  name: Client\ndate: 2025-01-01\nsource:\n  platform: email\nconsent: true\n`;

describe('files that are not UTF-8', () => {
  it('are rejected with the line of the first bad byte and how to re-save them', async () => {
    // Seven good lines, then a quote with "café" and curly quotes as Windows-1252 bytes.
    const rest = TESTIMONIAL('x').split('\n').slice(1).join('\n');
    const cafe = Buffer.concat([
      Buffer.from(rest),
      Buffer.from('quote: "Great caf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('ok'),
      Buffer.from([0x94]),
      Buffer.from('"\n'),
    ]);
    const { lines } = await check('encoding', {
      'src/content/testimonials/cafe.yaml': cafe,
      'src/content/testimonials/bom.yaml': Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(TESTIMONIAL('With a byte-order mark')),
      ]),
    });
    const mine = lines.filter((l) => l.includes('testimonials/cafe.yaml') || l.includes('testimonials/bom.yaml'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatch(
      /^src\/content\/testimonials\/cafe\.yaml:8: \(encoding\): expected text saved as UTF-8 \(re-save the file as UTF-8.*found the byte 0xE9, which is not UTF-8$/,
    );
  });
});

describe('file names', () => {
  it('two files for one entry are both named, and a name that is not an id gets the id to use', async () => {
    const { lines } = await check('names', {
      'src/content/testimonials/meghna-inbox.yml': TESTIMONIAL('Same id, other extension'),
      'src/content/services/en/Inbox Management.mdx': '---\ntitle: Copy\n---\n',
      'src/content/services/bn/ফেসবুক পেজ.mdx': '---\ntitle: x\n---\n',
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/testimonials\/meghna-inbox\.yaml: \(file name\): expected one file per entry: keep this file or src\/content\/testimonials\/meghna-inbox\.yml/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/testimonials\/meghna-inbox\.yml: \(file name\): expected one file per entry/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/en\/Inbox Management\.mdx: \(file name\): expected one file per entry: keep this file or src\/content\/services\/en\/inbox-management\.mdx/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/en\/Inbox Management\.mdx: \(file name\): expected a file name of lowercase letters.*: src\/content\/services\/en\/inbox-management\.mdx, found "Inbox Management\.mdx"$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/bn\/ফেসবুক পেজ\.mdx: \(file name\): .*src\/content\/services\/bn\/fesbuk-pej\.mdx, found/,
      ),
    );
  });

  it('an id that a fixed page already takes is refused', async () => {
    const service =
      '---\ntitle: Share\nsummary: s\ncategory: other\nprices:\n  - { model: hourly, amount: 5, currency: USD }\n---\n';
    const { lines } = await check('reserved', { 'src/content/services/en/share.mdx': service });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/services\/en\/share\.mdx: \(file name\): expected another name: "share" is the address of a page the site already has/,
      ),
    );
  });
});

describe('an entry only in a language other than the default', () => {
  it('is not an error: it is reported with the language its other pages show', async () => {
    const service =
      '---\ntitle: ফেসবুক পেজ দেখাশোনা\nsummary: পেজের পোস্ট ও মেসেজ\ncategory: social-media\nprices:\n  - { model: monthly, amount: 8000, currency: BDT }\n---\n\nদৈনিক পোস্ট ও উত্তর।\n';
    const { lines, result } = await check('bn-only', { 'src/content/services/bn/facebook-page-care.mdx': service });
    expect(lines).toEqual([]);
    expect(result.content.missingTranslations).toContainEqual({
      collection: 'services',
      id: 'facebook-page-care',
      missing: ['en', 'hi'],
      shownIn: 'bn',
    });
    expect(result.content.warnings.map((w) => warningText(w))).toContainEqual(
      'src/content/services/bn/facebook-page-care.mdx has no version in the default language (en): its en, hi pages show the bn text with a notice',
    );
  });
});

describe('MDX bodies', () => {
  it('a tag left open, a component that is not there and an image that is not there are reported at their source line', async () => {
    const frontmatter = readFileSync('src/content/services/en/inbox-management.mdx', 'utf8').split(/^---$/m)[1];
    const body = (lines: string) => `---${frontmatter}---\n\n${lines}`;
    const fmLines = frontmatter.split('\n').length + 1;
    const { lines } = await check('mdx', {
      'src/content/services/en/inbox-management.mdx': body('Some text.\n\n<div class="note">\n\nNever closed.\n'),
      'src/content/services/en/calendar-scheduling.mdx': body(
        '![The board](./board.png)\n\n<Callout>Hi</Callout>\n',
      ).replace(/^title: .*$/m, 'title: Calendar'),
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^src/content/services/en/inbox-management\\.mdx:${fmLines + 3}: \\(MDX body\\): expected every <Tag> closed by a matching </Tag>.*found Expected a closing tag for \`<div>\``,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^src/content/services/en/calendar-scheduling\\.mdx:${fmLines + 1}: \\(image in the text\\): expected an image file that exists.*found "./board.png"$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^src/content/services/en/calendar-scheduling\\.mdx:${fmLines + 3}: \\(MDX body\\): expected plain Markdown or HTML, or a component imported.*found <Callout>, which is not imported$`,
        ),
      ),
    );
  });
});

describe('syntax errors come first and hide what they cause', () => {
  it('a bad indent in a testimonial is one problem, with what to write, and references to it are not reported', async () => {
    const broken = readFileSync('src/content/testimonials/meghna-inbox.yaml', 'utf8').replace(
      '  role: "Leadership coach"',
      '    role: "Leadership coach"',
    );
    const { lines } = await check('indent', { 'src/content/testimonials/meghna-inbox.yaml': broken });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^src\/content\/testimonials\/meghna-inbox\.yaml:8: \(YAML syntax\): expected valid YAML: nested fields indented with spaces, each the same amount as the fields beside it, found bad indentation/,
    );
  });

  it('a reference to an entry that exists but cannot be used says why', async () => {
    const draft = readFileSync('src/content/case-studies/en/clinic-appointments.mdx', 'utf8').replace(
      /^draft: false$/m,
      'draft: true',
    );
    const { lines } = await check('unusable', {
      'src/content/case-studies/en/clinic-appointments.mdx': draft,
      'src/content/case-studies/bn/clinic-appointments.mdx': null,
      'src/content/case-studies/hi/clinic-appointments.mdx': null,
      'src/content/testimonials/gulshan-property.yaml': readFileSync(
        'src/content/testimonials/gulshan-property.yaml',
        'utf8',
      ).replace(/^consent: .*$/m, 'caseStudy: clinic-appointments\n$&'),
      'sahayak.yaml': readFileSync('sahayak.yaml', 'utf8').replace('locales: [en, bn, hi]', 'locales: [en, bn]'),
      'src/content/services/hi/hindi-only.mdx':
        '---\ntitle: t\nsummary: s\ncategory: other\nprices:\n  - { model: hourly, amount: 5, currency: INR }\n---\n',
      'src/content/testimonials/kavya-research.yaml': readFileSync(
        'src/content/testimonials/kavya-research.yaml',
        'utf8',
      ).replace(/^services: .*$/m, 'services: [hindi-only]'),
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/testimonials\/gulshan-property\.yaml:\d+: caseStudy: expected the id of a published case study; "clinic-appointments" exists but is not published: it is a draft \(draft: true\)/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^src\/content\/testimonials\/kavya-research\.yaml:\d+: services\.0: expected the id of a published service; "hindi-only" exists only in hi, which is not among the site's languages/,
      ),
    );
  });
});

describe('the site config', () => {
  it('problems name their line in sahayak.yaml and come before the content problems, all in one run', async () => {
    const config = readFileSync('sahayak.yaml', 'utf8')
      .replace('email: hello@rumana-haque.example', 'email: not an email')
      .replace('host: netlify', 'host: vercel');
    const { lines } = await check('config', {
      'sahayak.yaml': config,
      'src/content/services/en/inbox-management.mdx': readFileSync(
        'src/content/services/en/inbox-management.mdx',
        'utf8',
      ).replace(/amount: \d+/, 'amount: lots'),
    });
    const lineOf = (needle: string) => config.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(lines[0]).toBe(
      `sahayak.yaml:${lineOf('email: not an email')}: contact.email: expected an email address such as you@example.com, found "not an email"`,
    );
    expect(lines[1]).toBe(
      `sahayak.yaml:${lineOf('host: vercel')}: host: expected one of "netlify", "github-pages", "static", found "vercel"`,
    );
    expect(lines[2]).toMatch(
      /^src\/content\/services\/en\/inbox-management\.mdx:\d+: prices\.0\.amount: expected a number/,
    );
  });
});
