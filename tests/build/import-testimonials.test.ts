/**
 * `npm run import:testimonials` as a VA runs it, on copies of the demo site,
 * with a CSV in Netlify's export format and one in Google Forms' format
 * (tests/fixtures/import/): good rows in English, Bangla and Hindi, a row
 * without consent, a rating of 9, a bad date, a quote with `<script>`, a
 * duplicate within the file and one of a demo testimonial, Windows line
 * endings and a BOM. The dry run reports each row and writes nothing;
 * --write writes exactly the good rows, which pass the schema and the
 * checker, and the site builds with them, the `<script>` quote shown as text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { copySite } from '../support/site-copy.ts';
import { checkSite } from '../../src/check/site.ts';
import { imageChecker } from '../../src/check/images.ts';
import { formatProblem } from '../../src/schemas/errors.ts';
import { testimonialSchema } from '../../src/schemas/testimonial.ts';
import { build, command, type Run } from '../support/authoring.ts';

const NETLIFY = 'tests/fixtures/import/netlify-testimonial.csv';
const GOOGLE = 'tests/fixtures/import/google-forms.csv';
const QUOTES = 'src/content/testimonials';
/** The clients are in Dhaka and so is the VA: Netlify's UTC times are dated there. */
const ENV = { TZ: 'Asia/Dhaka', SAHAYAK_NOW: '2026-12-01T06:00:00Z' };

/** Runs the command on the site at root with the project's Node, never at a terminal (CSV paths are relative to this folder). */
const importCsv = (args: string[], root: string): Run => command('import-testimonials', args, root, ENV);

const listing = (root: string) => readdirSync(path.join(root, QUOTES)).sort();
/** Output with the lines that name rows, without the leading spaces of notes. */
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('the dry run', { timeout: 120_000 }, () => {
  let root = '';
  let before: string[] = [];
  beforeAll(() => {
    root = copySite('.test-builds/import-dry');
    before = listing(root);
  });

  it("reports each row of Netlify's export, the problems in the build's format, and writes nothing", () => {
    const run = importCsv([NETLIFY], root);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual(
      expect.arrayContaining([
        "Reading tests/fixtures/import/netlify-testimonial.csv: Netlify's export of the testimonial form (source: website), 9 rows.",
        'Columns ignored: ip, user_agent, referrer',
        'line 2, Priya Nair: would write src/content/testimonials/priya-nair-2026-11-20.yaml',
        'website written without https://: https://saltwater.example',
        'the client allowed a photo: add it as author.avatar (the file says where)',
        'line 3, আয়েশা রহমান: would write src/content/testimonials/ayesha-rohman-2026-11-21.yaml',
        'no language given: বাংলা (bn), guessed from the letters of the quote',
        'line 4, राहुल वर्मा: would write src/content/testimonials/rahul-varma-2026-11-22.yaml',
        'line 6, Daniel Okafor: skipped: no consent',
        'line 7, Meera Iyer: not imported: 1 problem, listed below',
        'line 8, Tom Baker: not imported: 1 problem, listed below',
        'line 9, Sam Rivera: would write src/content/testimonials/sam-rivera-2026-11-23.yaml',
        'line 10, priya nair: skipped: duplicate of line 2',
        'line 12, Lena Fischer: skipped: duplicate of src/content/testimonials/lena-podcast.yaml',
        'Would write: 4. Skipped without consent: 1. Duplicates: 2. With problems: 2.',
        'Nothing was written yet. To write these files, run the command again with --write.',
      ]),
    );
    expect(lines(run.stderr)).toEqual(
      expect.arrayContaining([
        '2 problems found:',
        `${NETLIFY}:7: rating: expected at most 5, found 9`,
        `${NETLIFY}:8: date (column "created_at"): expected a date written as YYYY-MM-DD, e.g. 2025-03-01, found "2026-02-30T10:00:00.000Z"`,
      ]),
    );
    expect(listing(root)).toEqual(before);
  });

  it('reports each row of a Google Forms export, through npm run, and writes nothing', () => {
    const run = spawnSync('npm', ['run', '--silent', 'import:testimonials', '--', GOOGLE, '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, ...ENV, SAHAYAK_UI: '' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual(
      expect.arrayContaining([
        'Reading tests/fixtures/import/google-forms.csv: a Google Forms export, 9 rows.',
        'Columns ignored: Email address',
        'line 2, Grace Lee: would write src/content/testimonials/grace-lee-2026-11-20.yaml',
        'line 3, তানভীর হাসান: would write src/content/testimonials/tanbhir-hasan-2026-11-21.yaml',
        'line 4, अनीता शर्मा: would write src/content/testimonials/anita-sharma-2026-11-22.yaml',
        'line 5, Oliver Grant: skipped: no consent',
        'line 8, Alex Morgan: would write src/content/testimonials/alex-morgan-2026-11-24.yaml',
        'line 9, GRACE LEE: skipped: duplicate of line 2',
        'line 10, Meghna Kulkarni: skipped: duplicate of src/content/testimonials/meghna-inbox.yaml',
        'Would write: 4. Skipped without consent: 1. Duplicates: 2. With problems: 2.',
      ]),
    );
    expect(lines(run.stderr)).toEqual(
      expect.arrayContaining([
        `${GOOGLE}:6: rating (column "Rating (1-5)"): expected at most 5, found 9`,
        `${GOOGLE}:7: date (column "Timestamp"): expected a date written as YYYY-MM-DD, e.g. 2025-03-01, found "13/45/2026 10:00:00"`,
      ]),
    );
    expect(listing(root)).toEqual(before);
  });

  it('speaks Bangla with --ui bn, digits included', () => {
    const run = importCsv([GOOGLE, '--ui', 'bn'], root);
    expect(lines(run.stdout)).toEqual(
      expect.arrayContaining([
        'tests/fixtures/import/google-forms.csv পড়া হচ্ছে: Google Forms-এর এক্সপোর্ট, ৯টি সারি।',
        'লাইন ২, Grace Lee: src/content/testimonials/grace-lee-2026-11-20.yaml লেখা হবে',
        'লাইন ৫, Oliver Grant: বাদ: ক্লায়েন্টের সম্মতি নেই',
        'লাইন ৯, GRACE LEE: বাদ: লাইন ২-এর সঙ্গে হুবহু এক',
        'লেখা হবে: ৪টি। সম্মতি না থাকায় বাদ: ১টি। হুবহু এক: ২টি। সমস্যাসহ: ২টি।',
      ]),
    );
    expect(run.stderr).toContain('২টি সমস্যা পাওয়া গেছে:');
  });
});

describe("a VA's mistakes", { timeout: 120_000 }, () => {
  const root = '.test-builds/import-mistakes';
  beforeAll(() => {
    copySite(root, {
      'empty.csv': '\uFEFF\r\n',
      'notes.csv': 'Dear Rumana, thank you for everything.\nBest, Ayesha\n',
      'book.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      'header-only.csv': 'name,quote,consent\r\n',
    });
  });
  const at = (file: string) => path.join(root, file);

  const cases: [string, string[], RegExp][] = [
    [
      'a file that is not there',
      ['missing.csv'],
      /^missing\.csv: \(file\): expected a CSV file .* at this path \(relative to the folder you run the command in\), found no such file$/,
    ],
    [
      'an empty file',
      ['empty.csv'],
      /empty\.csv: \(file\): expected a header row \(e\.g\. name,quote,consent\), then one row per testimonial, found an empty file$/,
    ],
    [
      'a letter, not a table',
      ['notes.csv'],
      /notes\.csv:1: \(columns\): expected a header row naming the columns, at least name, quote, consent .*found the columns "Dear Rumana", "thank you for everything\."$/,
    ],
    [
      'a workbook',
      ['book.csv'],
      /book\.csv: \(file\): expected a CSV file .*found a workbook \(\.xlsx or \.ods\), not CSV text$/,
    ],
    ['a folder', ['.'], /^[^:]+: \(file\): expected a CSV file .*found a folder$/],
    [
      'no file at all',
      [],
      /^\(command line\): FILE: expected the path of a CSV file or a saved e-mail, e\.g\. npm run import:testimonials -- testimonials\.csv \(or --netlify\), found nothing$/,
    ],
    [
      'a --source that is no source',
      ['empty.csv', '--source', 'facebook'],
      /^\(command line\): --source: expected one of upwork, fiverr, linkedin, email, google, website, other, found "facebook"$/,
    ],
    [
      'a --map without a field',
      ['empty.csv', '--map', 'Stars'],
      /^\(command line\): --map: expected "Header in the file=field" pairs/,
    ],
  ];
  for (const [what, args, expected] of cases) {
    it(`${what}: one problem line, exit 1, no stack trace`, () => {
      const run = importCsv(
        args.map((a, i) => (i === 0 && !a.startsWith('-') && a !== 'missing.csv' ? at(a) : a)),
        root,
      );
      expect(run.status, run.stderr).toBe(1);
      const problemLines = run.stderr.split('\n').filter((l) => l.startsWith('  '));
      expect(run.stderr).toContain('1 problem found:');
      expect(problemLines).toHaveLength(1);
      expect(problemLines[0].trim()).toMatch(expected);
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:/);
    });
  }

  it('a header without rows: said so, nothing to do, exit 0', () => {
    const run = importCsv([at('header-only.csv')], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The file has a header row but no testimonials.');
  });
});

describe('--write, then the site', { timeout: 120_000 }, () => {
  let root = '';
  let before: string[] = [];
  const runs: Run[] = [];
  const WRITTEN = [
    'alex-morgan-2026-11-24.yaml',
    'anita-sharma-2026-11-22.yaml',
    'ayesha-rohman-2026-11-21.yaml',
    'grace-lee-2026-11-20.yaml',
    'priya-nair-2026-11-20.yaml',
    'rahul-varma-2026-11-22.yaml',
    'sam-rivera-2026-11-23.yaml',
    'tanbhir-hasan-2026-11-21.yaml',
  ];
  const read = (file: string) => readFileSync(path.join(root, QUOTES, file), 'utf8');
  let built: Run;
  const html = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');

  beforeAll(() => {
    root = copySite('.test-builds/import-write');
    before = listing(root);
    runs.push(importCsv([NETLIFY, '--write'], root), importCsv([GOOGLE, '--write'], root));
    built = build(root, { SITE_URL: 'https://example.github.io' });
  }, 400_000);

  it('writes exactly the good rows, says so, and still exits 1 for the rows with problems', () => {
    expect(listing(root).filter((f) => !before.includes(f))).toEqual(WRITTEN);
    for (const run of runs) {
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('Written: 4. Skipped without consent: 1. Duplicates: 2. With problems: 2.');
      expect(run.stdout).not.toContain('would write');
    }
    expect(lines(runs[0].stdout)).toContain(
      'line 2, Priya Nair: written to src/content/testimonials/priya-nair-2026-11-20.yaml',
    );
  });

  it('writes files that parse, pass the testimonial schema with consent, and keep the text as text', () => {
    for (const file of WRITTEN) {
      const data = yaml.load(read(file), { schema: yaml.CORE_SCHEMA });
      const parsed = testimonialSchema({ image: imageChecker(root, `${QUOTES}/${file}`) }).safeParse(data);
      expect(parsed.success, file).toBe(true);
      expect(parsed.data?.consent).toBe(true);
    }
    expect(read('sam-rivera-2026-11-23.yaml')).toContain(
      'quote: "Great work <script>window.__pwned = true</script> & <b>bold</b>, \\"quoted\\""',
    );
    expect(yaml.load(read('rahul-varma-2026-11-22.yaml'))).toMatchObject({
      quote: 'रुमाना ने हमारे सारे ईमेल, बिल और मीटिंग "समय पर" संभाले।\nअब मैं सिर्फ़ अपने काम पर ध्यान देता हूँ।',
      lang: 'hi',
      source: { platform: 'website' },
    });
    expect(yaml.load(read('tanbhir-hasan-2026-11-21.yaml'))).toMatchObject({
      lang: 'bn',
      rating: 5,
      source: { platform: 'other' },
    });
    expect(read('priya-nair-2026-11-20.yaml')).toContain(
      '  # The client allowed a photo: save it next to this file and name it here, e.g.  avatar: ./priya-nair-2026-11-20.jpg',
    );
    expect(
      read('priya-nair-2026-11-20.yaml').startsWith(
        '# Imported from netlify-testimonial.csv (line 2) by npm run import:testimonials.\n',
      ),
    ).toBe(true);
  });

  it('gives files the checker accepts', () => {
    expect(checkSite(root, { SITE_URL: 'https://example.github.io' }).problems).toEqual([]);
  });

  it('recognises everything it wrote when run again, and writes nothing', () => {
    const again = importCsv([NETLIFY, '--write'], root);
    expect(again.stdout).toContain('Written: 0. Skipped without consent: 1. Duplicates: 6. With problems: 2.');
    expect(listing(root).filter((f) => !before.includes(f))).toEqual(WRITTEN);
  });

  it('builds a site that shows the <script> quote as text and runs no script from it', () => {
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const page = html('en/testimonials/index.html');
    const card = /<figure[^>]*data-testimonial="sam-rivera-2026-11-23"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    expect(card).toContain(
      'Great work &lt;script&gt;window.__pwned = true&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    for (const file of readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    )) {
      expect(html(file), file).not.toContain('<script>window.__pwned');
    }
  });

  it('shows the imported words in Bangla and Hindi on the testimonials page', () => {
    const page = html('en/testimonials/index.html');
    for (const id of [
      'ayesha-rohman-2026-11-21',
      'tanbhir-hasan-2026-11-21',
      'rahul-varma-2026-11-22',
      'anita-sharma-2026-11-22',
    ])
      expect(page, id).toContain(`data-testimonial="${id}"`);
    expect(page).toContain('রুমানা আপা আমাদের অর্ডারের হিসাব');
    expect(page).toContain('रुमाना ने हमारे सारे ईमेल');
    expect(existsSync(path.join(root, 'dist/bn/testimonials/index.html'))).toBe(true);
  });
});

describe('a site made with npm run init', { timeout: 120_000 }, () => {
  it("imports the same CSV: the demo is no longer the site's, so its client's words are no duplicate; the checker accepts the files", () => {
    const root = copySite('.test-builds/import-fresh');
    expect(
      command(
        'init',
        [
          '--yes',
          '--name',
          'Rina Akter',
          '--locales',
          'bn,en',
          '--default-locale',
          'bn',
          '--host',
          'netlify',
          '--email',
          'rina@example.com',
        ],
        root,
      ).status,
    ).toBe(0);
    const run = importCsv([NETLIFY, '--write'], root);
    expect(run.stdout).toContain(
      'line 12, Lena Fischer: written to src/content/testimonials/lena-fischer-2026-11-24.yaml',
    );
    expect(run.stdout).toContain('Written: 5. Skipped without consent: 1. Duplicates: 1. With problems: 2.');
    expect(checkSite(root, {}).problems.map(formatProblem)).toEqual([]);
  });
});

// The fixtures must keep what the tests above rely on: Windows line endings, and a BOM in Google's.
describe('the fixtures', () => {
  it('have Windows line endings, and the Google Forms one a byte-order mark', () => {
    for (const file of [NETLIFY, GOOGLE]) expect(readFileSync(file, 'latin1')).toMatch(/^[^\n]*\r\n/);
    expect([...readFileSync(GOOGLE).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(NETLIFY)[0]).toBe('n'.charCodeAt(0));
  });
});
