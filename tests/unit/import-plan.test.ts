/**
 * What becomes of each row of a testimonial CSV (written, skipped without
 * consent, a duplicate, or held back with problems in the build's format),
 * and the YAML written for it: the schema's order, text that reads back
 * exactly as the client wrote it, and no file ever replaced.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import {
  planImport,
  renderTestimonial,
  writeImport,
  type ImportOptions,
  type ImportPlan,
  type TestimonialYaml,
} from '../../src/authoring/import-testimonials.ts';
import { imageChecker } from '../../src/check/images.ts';
import { formatProblem } from '../../src/schemas/errors.ts';
import { testimonialSchema } from '../../src/schemas/testimonial.ts';
import { isPublished } from '../../src/schemas/collections.ts';

/** A site folder with only a testimonials folder (and these files in it). */
function site(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sahayak-import-'));
  mkdirSync(path.join(root, 'src/content/testimonials'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(root, 'src/content/testimonials', name), text);
  return root;
}

function plan(csv: string, options: Partial<ImportOptions> = {}): ImportPlan {
  const root = options.root ?? site();
  const file = path.join(root, 'in.csv');
  writeFileSync(file, csv);
  return planImport({
    root,
    file: 'in.csv',
    absolute: file,
    map: new Map(),
    source: 'other',
    dayFirst: false,
    timeZone: 'Asia/Dhaka',
    today: '2026-12-01',
    ...options,
  });
}

/** Each row as `line: fate` (the file, the reason, or the problems). */
function fates(p: ImportPlan): string[] {
  return p.rows.map(({ line, fate }) => {
    if (fate.kind === 'write') return `${line}: write ${fate.file}`;
    if (fate.kind === 'duplicate')
      return `${line}: duplicate of ${'file' in fate.of ? fate.of.file : `line ${fate.of.line}`}`;
    if (fate.kind === 'problems') return `${line}: ${fate.problems.map(formatProblem).join(' | ')}`;
    return `${line}: ${fate.kind}`;
  });
}

const fixture = (name: string) => {
  const file = `tests/fixtures/import/${name}`;
  return planImport({
    root: process.cwd(),
    file,
    absolute: path.resolve(file),
    map: new Map(),
    source: 'other',
    dayFirst: false,
    timeZone: 'Asia/Dhaka',
    today: '2026-12-01',
  });
};

describe("Netlify's export of the request page", () => {
  const p = fixture('netlify-testimonial.csv');

  it('is recognised, its own columns ignored and listed, created_at read as the date', () => {
    expect(p.format).toBe('netlify');
    expect(p.ignored).toEqual(['ip', 'user_agent', 'referrer']);
    expect(p.columns).toContainEqual(['created_at', 'date']);
  });

  it('gives every row its fate', () => {
    expect(fates(p)).toEqual([
      '2: write src/content/testimonials/priya-nair-2026-11-20.yaml',
      '3: write src/content/testimonials/ayesha-rohman-2026-11-21.yaml',
      // 18:30 UTC on the 21st is past midnight in Dhaka.
      '4: write src/content/testimonials/rahul-varma-2026-11-22.yaml',
      '6: no-consent',
      '7: tests/fixtures/import/netlify-testimonial.csv:7: rating: expected at most 5, found 9',
      '8: tests/fixtures/import/netlify-testimonial.csv:8: date (column "created_at"): expected a date written as YYYY-MM-DD, e.g. 2025-03-01, found "2026-02-30T10:00:00.000Z"',
      '9: write src/content/testimonials/sam-rivera-2026-11-23.yaml',
      '10: duplicate of line 2',
      '12: duplicate of src/content/testimonials/lena-podcast.yaml',
    ]);
  });

  it('writes source website, the https:// it added, and says what it guessed', () => {
    const priya = p.rows[0];
    expect(priya.fate.kind === 'write' && priya.fate.yaml.data).toEqual({
      quote: 'Rumana answered every client email within the hour, and our inbox finally stays empty.',
      lang: 'en',
      author: {
        name: 'Priya Nair',
        role: 'Operations lead',
        company: 'Saltwater Studio',
        url: 'https://saltwater.example',
      },
      rating: 5,
      date: '2026-11-20',
      source: { platform: 'website' },
      consent: true,
      consentRecord: { wording: 'v1', lang: 'en', date: '2026-11-20', via: 'csv' },
    });
    expect(priya.notes).toEqual([{ kind: 'https-added', url: 'https://saltwater.example' }, { kind: 'photo' }]);
    expect(p.rows[1].notes).toEqual([{ kind: 'language-guessed', language: 'bn' }]);
  });
});

describe('a Google Forms export', () => {
  const p = fixture('google-forms.csv');

  it('is recognised with its question titles as headers; the e-mail column is ignored', () => {
    expect(p.format).toBe('google');
    expect(p.ignored).toEqual(['Email address']);
  });

  it('gives every row its fate, with the column the VA sees in problems', () => {
    expect(fates(p)).toEqual([
      '2: write src/content/testimonials/grace-lee-2026-11-20.yaml',
      '3: write src/content/testimonials/tanbhir-hasan-2026-11-21.yaml',
      '4: write src/content/testimonials/anita-sharma-2026-11-22.yaml',
      '5: no-consent',
      '6: tests/fixtures/import/google-forms.csv:6: rating (column "Rating (1-5)"): expected at most 5, found 9',
      '7: tests/fixtures/import/google-forms.csv:7: date (column "Timestamp"): expected a date written as YYYY-MM-DD, e.g. 2025-03-01, found "13/45/2026 10:00:00"',
      '8: write src/content/testimonials/alex-morgan-2026-11-24.yaml',
      '9: duplicate of line 2',
      '10: duplicate of src/content/testimonials/meghna-inbox.yaml',
    ]);
  });

  it('reads a language by its own name and a rating in Bangla digits', () => {
    const tanvir = p.rows[1].fate;
    expect(
      tanvir.kind === 'write' && [tanvir.yaml.data.lang, tanvir.yaml.data.rating, tanvir.yaml.data.source],
    ).toEqual(['bn', 5, { platform: 'other' }]);
  });
});

describe('a spreadsheet', () => {
  it('with the canonical headers: source from its column, today for a missing date (and said so)', () => {
    const p = plan('name,quote,date,source,consent\nAyesha,Great work,,Upwork,yes\n');
    expect(fates(p)).toEqual(['2: write src/content/testimonials/ayesha-2026-12-01.yaml']);
    const { fate, notes } = p.rows[0];
    expect(fate.kind === 'write' && fate.yaml.data.source).toEqual({ platform: 'upwork' });
    expect(notes).toContainEqual({ kind: 'no-date', date: '2026-12-01' });
  });

  it('reports every problem of a row at once: unclear consent, unknown language and source, empty name, a bad website', () => {
    const p = plan('name,quote,language,source,url,consent\n ,Great,French,Facebook,javascript:alert(1),maybe\n', {});
    expect(fates(p)[0].split(' | ')).toEqual([
      '2: in.csv:2: consent: expected yes or no (did the client agree to be quoted?), found "maybe"',
      'in.csv:2: language: expected en, bn, hi, or the language\'s name (English, Bangla, Hindi, বাংলা, हिन्दी), found "French"',
      'in.csv:2: name: expected some text (it is empty), found ""',
      'in.csv:2: url: expected a full web address starting with https://, found "javascript:alert(1)"',
      'in.csv:2: source: expected one of "upwork", "fiverr", "linkedin", "email", "google", "website", "other", found "facebook"',
    ]);
  });

  it('a placeholder left in the text is a problem, as the checker says', () => {
    expect(fates(plan('name,quote,consent\nAyesha,TODO: ask for a quote,yes\n'))[0]).toMatch(
      /^2: in\.csv:2: quote: expected your own text in place of the placeholder/,
    );
  });

  it('a row repeated after it had no consent or problems is written (the client sent it again)', () => {
    const p = plan('name,quote,rating,consent\nAyesha,Great,5,no\nAyesha,Great,9,yes\nAyesha,Great,5,yes\n');
    expect(fates(p).map((f) => `${f.split(':')[0]}:${f.split(':')[1].split(' ')[1]}`)).toEqual([
      '2:no-consent',
      '3:in.csv',
      '4:write',
    ]);
  });

  it('duplicates ignore case, spacing and Unicode composition', () => {
    const p = plan('name,quote,consent\nZoë Shah,"Fast and kind",yes\n"zoe\u0308  SHAH","fast  and\nkind ",yes\n');
    expect(fates(p)).toEqual(['2: write src/content/testimonials/zoe-shah-2026-12-01.yaml', '3: duplicate of line 2']);
  });

  it("ids never take an existing file or another row's: -2, -3", () => {
    const root = site({ 'ayesha-2026-12-01.yaml': 'quote: "Other words"\nauthor:\n  name: "Someone else"\n' });
    const p = plan('name,quote,consent\nAyesha,One,yes\nAyesha,Two,yes\n', { root });
    expect(fates(p)).toEqual([
      '2: write src/content/testimonials/ayesha-2026-12-01-2.yaml',
      '3: write src/content/testimonials/ayesha-2026-12-01-3.yaml',
    ]);
  });

  it('a name in a script without transliteration still gets an ASCII id', () => {
    expect(fates(plan('name,quote,consent\nعلی,Great,yes\n'))).toEqual([
      '2: write src/content/testimonials/testimonial-2026-12-01.yaml',
    ]);
  });

  it('dates in both orders in one column: the ones that could be either are problems', () => {
    const p = plan('name,quote,date,consent\nA,One,20/11/2026,yes\nB,Two,11/20/2026,yes\nC,Three,03/04/2026,yes\n');
    expect(fates(p)).toEqual([
      '2: write src/content/testimonials/a-2026-11-20.yaml',
      '3: write src/content/testimonials/b-2026-11-20.yaml',
      '4: in.csv:4: date: expected a date written as YYYY-MM-DD: this column has dates both day first and month first, so this one could be either, found "03/04/2026"',
    ]);
    expect(plan('name,quote,date,consent\nA,One,03/04/2026,yes\n').dateOrderGuessed).toBe('03/04/2026');
  });

  it('without a required column, or with a --map header that is not there, no row is read', () => {
    expect(plan('name,quote\nA,B\n').problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^in\.csv:1: \(columns\): expected a column for consent/),
    ]);
    expect(plan('name,quote,consent\n', { map: new Map([['stars', 'rating']]) }).problems.map(formatProblem)).toEqual([
      '(command line): --map: expected a column header of in.csv: "name", "quote", "consent", found "stars"',
    ]);
  });
});

describe('the YAML written', () => {
  const HOSTILE = [
    'Great <script>alert("x")</script> & <b>bold</b>',
    '- a list? key: value # not a comment \'single\' "double" \\ backslash',
    '  leading spaces\nsecond line\n\n  indented third\ttab ',
    '*alias &anchor !tag %directive @at `tick` {a: 1} [1, 2] | > ? :',
    'null',
    'yes',
    '123',
    '2026-11-20',
    'line\u2028separator and \u2029paragraph',
    '---\n...\n# heading',
    'a space at the end of the last line\nstays ',
  ];

  const entry = (quote: string, name = 'Ayesha'): TestimonialYaml => ({
    data: {
      quote,
      lang: 'en',
      author: { name, role: 'Founder: CEO', company: '"Quotes" & Co' },
      rating: 5,
      date: '2026-11-20',
      source: { platform: 'website' },
      consent: true,
      consentRecord: { wording: 'v1', lang: 'bn', date: '2026-11-20', via: 'csv' },
    },
    line: 2,
    photo: true,
  });

  it('reads back as exactly the text it was given, whatever the text, and passes the schema', () => {
    for (const text of HOSTILE) {
      const rendered = renderTestimonial(entry(text, text.split('\n')[0]), {
        source: 'Imported from in.csv\n# (line 2)',
        photo: 'Add a photo',
      });
      const back = yaml.load(rendered, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
      expect(back.quote, rendered).toBe(text);
      expect((back.author as Record<string, unknown>).name, rendered).toBe(text.split('\n')[0]);
      expect(testimonialSchema({ image: imageChecker('.', 'x.yaml') }).safeParse(back).success, rendered).toBe(true);
    }
  });

  it("has the schema's order, comments for where it came from and the photo, consent: true and its record", () => {
    expect(
      renderTestimonial(entry('One\ntwo'), {
        source: 'Imported from in.csv (line 2).',
        photo: 'The client allowed a photo: avatar: ./ayesha.jpg',
      }),
    ).toBe(
      [
        '# Imported from in.csv (line 2).',
        'quote: |-',
        '  One',
        '  two',
        'lang: en',
        'author:',
        '  name: "Ayesha"',
        '  role: "Founder: CEO"',
        '  company: "\\"Quotes\\" & Co"',
        '  # The client allowed a photo: avatar: ./ayesha.jpg',
        'rating: 5',
        'date: 2026-11-20',
        'source:',
        '  platform: website',
        'consent: true',
        'consentRecord:',
        '  wording: "v1"',
        '  lang: bn',
        '  date: 2026-11-20',
        '  via: csv',
        '',
      ].join('\n'),
    );
  });

  it('writes waiting: true for a testimonial that waits for approval, which keeps it off the site', () => {
    const waiting = entry('Kind words');
    waiting.data.waiting = true;
    const back = yaml.load(renderTestimonial(waiting, { source: 'x', photo: 'y' }), { schema: yaml.CORE_SCHEMA });
    const parsed = testimonialSchema({ image: imageChecker('.', 'x.yaml') }).parse(back);
    expect(parsed.waiting).toBe(true);
    expect(isPublished('testimonials', back as Record<string, unknown>)).toBe(false);
    expect(isPublished('testimonials', { ...(back as object), waiting: false })).toBe(true);
  });

  it('is written without ever replacing a file, even one that appeared after the plan', () => {
    const root = site();
    const p = plan('name,quote,consent\nAyesha,One,yes\n', { root });
    writeFileSync(path.join(root, 'src/content/testimonials/ayesha-2026-12-01.yaml'), 'mine');
    const rows = writeImport(root, p, () => ({ source: 'from in.csv', photo: '' }));
    expect(rows[0].fate.kind === 'write' && rows[0].fate.file).toBe(
      'src/content/testimonials/ayesha-2026-12-01-2.yaml',
    );
    expect(readFileSync(path.join(root, 'src/content/testimonials/ayesha-2026-12-01.yaml'), 'utf8')).toBe('mine');
    expect(readdirSync(path.join(root, 'src/content/testimonials')).sort()).toEqual([
      'ayesha-2026-12-01-2.yaml',
      'ayesha-2026-12-01.yaml',
    ]);
  });
});
