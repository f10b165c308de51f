/**
 * From the demo to a VA's own site with the commands alone: `npm run init`
 * for several language sets and hosts, then `npm run new` for every kind in
 * several language sets. Each site is checked and really built; the built
 * site holds none of the demo's text, its navigation offers no empty
 * section and every link leads to a page that exists.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copySite } from '../support/site-copy.ts';
import { checkSite } from '../../src/check/site.ts';
import { formatProblem } from '../../src/schemas/errors.ts';
import { build, command, demoTexts, filesBelow } from '../support/authoring.ts';

const TEXT_FILES = /\.(html|xml|txt|ics|json|svg|yml)$/;

/** Every link and asset of every built page points at a file of the build. */
function brokenLinks(out: string, base: string): string[] {
  const broken: string[] = [];
  for (const file of filesBelow(out).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
    for (const [, url] of readFileSync(path.join(out, file), 'utf8').matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
      if (!url.startsWith(base) || url.startsWith('//')) continue;
      const rel = decodeURI(url.slice(base.length));
      const target = path.join(out, rel);
      if (!(rel.endsWith('/') || rel === '' ? existsSync(path.join(target, 'index.html')) : existsSync(target)))
        broken.push(`${file} → ${url}`);
    }
  }
  return broken;
}

/** The main navigation's links on a locale's home page. */
function navLinks(out: string, locale: string): string[] {
  const home = readFileSync(path.join(out, locale, 'index.html'), 'utf8');
  const nav = /<nav class="wrap main-nav"[\s\S]*?<\/nav>/.exec(home)![0];
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

const SETS = [
  { name: 'en', flags: ['--locales', 'en', '--host', 'netlify'], locales: ['en'], base: '/' },
  {
    name: 'hi-en',
    flags: [
      '--locales',
      'hi,en',
      '--default-locale',
      'hi',
      '--host',
      'static',
      '--site',
      'https://www.priya-va.example',
      '--name-hi',
      'प्रिया शर्मा',
    ],
    locales: ['hi', 'en'],
    base: '/',
  },
  {
    name: 'bn-hi-en',
    flags: [
      '--locales',
      'bn,hi,en',
      '--default-locale',
      'bn',
      '--host',
      'github-pages',
      '--site',
      'https://rina.github.io',
      '--base',
      '/portfolio/',
      '--name-bn',
      'রিনা আক্তার',
      '--numerals',
      'bn=latin',
    ],
    locales: ['bn', 'hi', 'en'],
    base: '/portfolio/',
  },
];

describe('npm run init', { timeout: 120_000 }, () => {
  for (const set of SETS) {
    it(`${set.name}: the site has only the VA's data, builds, and shows none of the demo`, () => {
      const root = copySite(`.test-builds/init/${set.name}`);
      const run = command(
        'init',
        [
          '--yes',
          '--name',
          set.name === 'hi-en' ? 'Priya Sharma' : 'Rina Akter',
          '--email',
          'va@example.com',
          ...set.flags,
        ],
        root,
      );
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path.join(root, 'examples/demo/src/content/services'))).toBe(true);
      expect(filesBelow(path.join(root, 'src/content')).sort()).toEqual(
        [...set.locales.map((l) => `profile/${l}.mdx`), 'profile/portrait.png'].sort(),
      );

      const checked = checkSite(root, {});
      expect(checked.problems.map(formatProblem)).toEqual([]);
      expect(checked.content.warnings.filter((w) => w.kind.startsWith('demo-'))).toEqual([]);

      const built = build(root);
      expect(built.status, built.stdout + built.stderr).toBe(0);
      const out = path.join(root, 'dist');
      const demo = demoTexts(root);
      for (const file of filesBelow(out).filter((f) => TEXT_FILES.test(f))) {
        const text = readFileSync(path.join(out, file), 'utf8');
        for (const d of demo) expect(text.includes(d), `${file} contains the demo's "${d}"`).toBe(false);
      }
      for (const locale of set.locales) {
        expect(navLinks(out, locale)).toEqual(['', 'about/', 'contact/'].map((p) => `${set.base}${locale}/${p}`));
      }
      expect(brokenLinks(out, set.base)).toEqual([]);
    }, 300_000);
  }

  it("asks for what it cannot guess, in the build's format, and runs only once", () => {
    const root = copySite('.test-builds/init/flags');
    const bad = command('init', ['--yes', '--locales', 'bn,fr', '--email', 'not-an-email', '--host', 'static'], root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('(command line): --name: expected your name');
    expect(bad.stderr).toContain('(command line): --locales: expected a comma-separated list of en, bn, hi');
    expect(bad.stderr).toContain('(command line): --site: expected the address the site will have');
    expect(existsSync(path.join(root, 'examples/demo'))).toBe(false);

    const email = command('init', ['--yes', '--name', 'Rina', '--email', 'not-an-email'], root);
    expect(email.stderr).toContain(
      '(command line): --email: expected an email address such as you@example.com, found "not-an-email"',
    );

    expect(command('init', ['--yes', '--name', 'Rina', '--email', 'rina@example.com'], root).status).toBe(0);
    const again = command('init', ['--yes', '--name', 'Rina', '--email', 'rina@example.com'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('examples/demo: (folder): expected a project that is not set up yet');
  });

  it('speaks Bangla and Hindi with --ui', () => {
    const root = copySite('.test-builds/init/ui');
    expect(command('init', ['--yes', '--ui', 'bn'], root).stderr).toContain('১টি সমস্যা পাওয়া গেছে');
    expect(command('init', ['--help', '--ui', 'hi'], root).stdout).toContain('डेमो को आपकी अपनी साइट बनाता है');
  });
});

describe('npm run new', { timeout: 120_000 }, () => {
  const root = copySite('.test-builds/new');
  const setUp = () => {
    if (existsSync(path.join(root, 'examples/demo'))) return;
    const run = command(
      'init',
      [
        '--yes',
        '--name',
        'Rina Akter',
        '--name-bn',
        'রিনা আক্তার',
        '--locales',
        'bn,hi,en',
        '--default-locale',
        'bn',
        '--host',
        'github-pages',
        '--site',
        'https://rina.github.io',
        '--email',
        'rina@example.com',
      ],
      root,
    );
    expect(run.status, run.stderr).toBe(0);
  };
  const file = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

  it('writes every kind in several language sets: valid files, complete ones published and the rest drafts', () => {
    setUp();
    const runs = [
      [
        'service',
        '--id',
        'inbox-care',
        '--lang',
        'en',
        '--title',
        'Inbox care',
        '--summary',
        'A calm inbox every morning.',
        '--category',
        'email-management',
        '--amount',
        '40',
        '--currency',
        'USD',
        '--model',
        'hourly',
      ],
      [
        'service',
        '--lang',
        'bn,en',
        '--title',
        'ফেসবুক পেজ দেখাশোনা',
        '--summary',
        'প্রতিদিন পোস্ট আর মেসেজের উত্তর।',
        '--amount',
        '8000',
        '--model',
        'monthly',
      ],
      ['service', '--id', 'travel-desk', '--lang', 'hi,bn,en', '--title', 'यात्रा की बुकिंग'],
      [
        'case-study',
        '--lang',
        'en,bn',
        '--title',
        'A tidy inbox for a bakery',
        '--summary',
        'Orders stopped getting lost.',
        '--client',
        "Mitu's Bakery",
        '--industry',
        'Bakery',
        '--country',
        'Bangladesh',
        '--role',
        'Virtual assistant',
        '--responsibility',
        'Order emails',
        '--responsibility',
        'Supplier calls',
        '--since',
        '2025-06-01',
      ],
      ['case-study', '--lang', 'hi', '--title', 'क्लिनिक की अपॉइंटमेंट'],
      [
        'webinar',
        '--lang',
        'bn',
        '--title',
        'ইনবক্স সামলানোর সহজ উপায়',
        '--summary',
        'ব্যস্ত উদ্যোক্তাদের জন্য এক ঘণ্টার হাতে-কলমে সেশন।',
        '--start',
        '2027-03-10 19:00',
        '--audience',
        'উদ্যোক্তা',
        '--outcome',
        'লেবেল আর ফিল্টার',
        '--registration-url',
        'https://zoom.example/register/inbox',
      ],
      ['webinar', '--lang', 'en,hi', '--title', 'Calendar basics'],
      [
        'testimonial',
        '--lang',
        'bn',
        '--quote',
        'খুব যত্ন নিয়ে কাজ করেন।',
        '--author',
        'সুমি আক্তার',
        '--rating',
        '5',
        '--consent',
      ],
      ['testimonial', '--quote', 'Reliable <b>and</b> quick.', '--author', 'Tom Baker'],
    ];
    for (const args of runs) {
      const run = command('new', args, root);
      expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
    }
    // A Bangla title gives an ASCII id; each language folder has the file; the cover is drawn.
    expect(existsSync(path.join(root, 'src/content/services/bn/fesbuk-pej-dekhashona.mdx'))).toBe(true);
    expect(existsSync(path.join(root, 'src/content/services/en/fesbuk-pej-dekhashona.mdx'))).toBe(true);
    expect(existsSync(path.join(root, 'src/content/case-studies/covers/a-tidy-inbox-for-a-bakery.png'))).toBe(true);
    expect(
      existsSync(path.join(root, 'src/content/testimonials/sumi-akter.yaml')) ||
        existsSync(path.join(root, 'src/content/testimonials/sumi-aktar.yaml')),
    ).toBe(true);
    // Given text in the first language; the others marked for translation, as drafts.
    expect(file('src/content/services/en/inbox-care.mdx')).not.toContain('draft: true');
    expect(file('src/content/services/en/fesbuk-pej-dekhashona.mdx')).toContain(
      'title: "TODO: translate: ফেসবুক পেজ দেখাশোনা"',
    );
    expect(file('src/content/services/en/fesbuk-pej-dekhashona.mdx')).toContain('draft: true');
    expect(file('src/content/services/hi/travel-desk.mdx')).toContain('draft: true');
    // Optional fields are there as commented examples.
    expect(file('src/content/services/en/inbox-care.mdx')).toMatch(/^# deliverables: /m);

    const checked = checkSite(root, {});
    expect(checked.problems.map(formatProblem)).toEqual([]);
    const built = build(root);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const out = path.join(root, 'dist');
    for (const page of [
      'en/services/inbox-care/',
      'bn/services/fesbuk-pej-dekhashona/',
      'en/services/fesbuk-pej-dekhashona/',
      'en/case-studies/a-tidy-inbox-for-a-bakery/',
      'bn/webinars/inboks-samlanor-sohoj-upay/',
    ]) {
      expect(existsSync(path.join(out, page, 'index.html')), page).toBe(true);
    }
    // Drafts stay off the site; the testimonial without consent too.
    expect(existsSync(path.join(out, 'hi/services/travel-desk'))).toBe(false);
    expect(existsSync(path.join(out, 'en/webinars/calendar-basics'))).toBe(false);
    expect(readFileSync(path.join(out, 'bn/testimonials/index.html'), 'utf8')).toContain('খুব যত্ন নিয়ে কাজ করেন।');
    expect(readFileSync(path.join(out, 'bn/testimonials/index.html'), 'utf8')).not.toContain('Tom Baker');
    expect(brokenLinks(out, '/')).toEqual([]);
  }, 300_000);

  it('refuses to overwrite, and says which file is in the way', () => {
    setUp();
    const args = ['service', '--id', 'overwrite-me', '--lang', 'en', '--title', 'First'];
    expect(command('new', args, root).status).toBe(0);
    const before = file('src/content/services/en/overwrite-me.mdx');
    const again = command('new', [...args.slice(0, -1), 'Second'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'src/content/services/en/overwrite-me.mdx: (file): expected a new service: choose another id (--id), or edit this file, found a file of that name already exists (nothing was overwritten)',
    );
    expect(file('src/content/services/en/overwrite-me.mdx')).toBe(before);
  });

  it("reports bad flags in the build's format, all at once", () => {
    setUp();
    const run = command('new', ['service', '--lang', 'fr', '--amount', 'lots', '--category', 'cooking'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(command line): --lang: expected a comma-separated list of bn, hi, en');
    expect(run.stderr).toContain('(command line): --title: expected the name of the service');
    expect(run.stderr).toContain('(command line): --amount: expected a number above 0, found "lots"');
    expect(run.stderr).toContain('(command line): --category: expected one of email-management');
    expect(command('new', ['recipe'], root).stderr).toContain(
      '(command line): (what to create): expected one of service, case-study, testimonial, webinar, found "recipe"',
    );
  });
});
