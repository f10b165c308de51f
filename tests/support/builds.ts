/**
 * The production builds the e2e suite runs against. scripts/test.ts builds
 * them; playwright.config.ts serves each on its own port and runs the specs
 * that `testMatch` selects against it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, isLocale } from '../../src/languages/table.ts';

export interface TestBuild {
  name: string;
  outDir: string;
  base: string;
  port: number;
  env: Record<string, string>;
  /**
   * Build from a copy of the site with these files replaced (see tests/support/site-copy.ts),
   * then these authoring commands run on it, as `npm run <first> -- <rest>` would.
   */
  siteCopy?: { dir: string; files: Record<string, string | null>; commands?: string[][] };
  /** Spec files to run against this build (default: all but the variant, right-to-left and Markdown specs). */
  testMatch?: string;
  locales: string[];
  defaultLocale: string;
  host: 'netlify' | 'github-pages' | 'static';
  /** `<html lang>` of locales the demo's table does not have (a fixture's added language). */
  extraLangTags?: Record<string, string>;
}

/** The `<html lang>` of each of a build's locales. */
export function langTags(build: TestBuild): Record<string, string> {
  return Object.fromEntries(
    build.locales.map((l) => [l, build.extraLangTags?.[l] ?? (isLocale(l) ? LOCALES[l].lang : l)]),
  );
}

const URDU = 'tests/fixtures/urdu';

/**
 * The demo site with Urdu added the way docs/adding-a-language.md says: one
 * entry in the locale table, one strings file (and the font dependency, which
 * package.json has). Plus the fixture's config and an Urdu profile.
 */
function urduSite(): Record<string, string> {
  const table = readFileSync('src/languages/table.ts', 'utf8');
  const lastImport = "import hi from '../../locales/hi.json' with { type: 'json' };";
  const tableEnd = '\n} as const satisfies Record<string, LocaleInfo>;';
  if (!table.includes(lastImport) || !table.includes(tableEnd))
    throw new Error(
      'src/languages/table.ts changed shape: update urduSite() in tests/support/builds.ts and docs/adding-a-language.md',
    );
  return {
    'src/languages/table.ts': table
      .replace(lastImport, `${lastImport}\nimport ur from '../../locales/ur.json' with { type: 'json' };`)
      .replace(tableEnd, `\n${readFileSync(`${URDU}/locale-entry.txt`, 'utf8').trimEnd()}${tableEnd}`),
    'locales/ur.json': readFileSync(`${URDU}/locales/ur.json`, 'utf8'),
    'sahayak.yaml': readFileSync(`${URDU}/sahayak.yaml`, 'utf8'),
    'src/content/profile/ur.mdx': readFileSync(`${URDU}/src/content/profile/ur.mdx`, 'utf8'),
    // Every Markdown construct, in a case study (tests/fixtures/markdown).
    ...Object.fromEntries(
      ['en', 'bn'].map((l) => [
        `src/content/case-studies/${l}/markdown-showcase.mdx`,
        readFileSync(`tests/fixtures/markdown/src/content/case-studies/${l}/markdown-showcase.mdx`, 'utf8'),
      ]),
    ),
  };
}

/** Fixed "now" for deterministic pages (webinars upcoming or past). */
export const TEST_NOW = '2026-05-01T06:00:00Z';
export const TEST_SITE = 'https://example.github.io';

/** Text a hostile client could put in a testimonial; it must appear as text, never run. */
export const HOSTILE_QUOTE =
  'Great <script>window.__pwned = true</script><b>bold</b> & <img src=x onerror="window.__pwned=true">';

const VARIANT_SETTINGS = `site: https://example.github.io
locales: [bn, en]
defaultLocale: bn
numerals: { bn: latin }
name: Variant VA
nameIn: { bn: ভ্যারিয়েন্ট }
contact: { email: va@variant.example }
host: github-pages
`;

const HOSTILE_TESTIMONIAL = `quote: ${JSON.stringify(HOSTILE_QUOTE)}
lang: en
translations:
  bn: ${JSON.stringify(`অনুবাদ ${HOSTILE_QUOTE}`)}
author:
  name: "<i>Mallory</i>"
date: 2026-01-05
source:
  platform: other
consent: true
`;

/**
 * A new VA's site made with the commands alone, as docs/writing-content.md
 * tells it: init (Bangla first, English, GitHub Pages under a base path), then
 * a service, a case study, a webinar and a testimonial with `new`, and ten
 * testimonials imported from a spreadsheet (tests/fixtures/fresh/testimonials.csv).
 */
export const FRESH_COMMANDS: string[][] = [
  [
    'init',
    '--yes',
    '--name',
    'Rina Akter',
    '--name-bn',
    'রিনা আক্তার',
    '--locales',
    'bn,en',
    '--default-locale',
    'bn',
    '--host',
    'github-pages',
    '--email',
    'rina@example.com',
    '--whatsapp',
    '+8801712345678',
    '--site',
    TEST_SITE,
    '--base',
    '/rina/',
    '--time-zone',
    'Asia/Dhaka',
  ],
  [
    'new',
    'service',
    '--lang',
    'bn,en',
    '--title',
    'ইনবক্স গোছানো',
    '--summary',
    'প্রতিদিন সকালে গোছানো ইনবক্স, জরুরি মেইল আলাদা করে।',
    '--category',
    'email-management',
    '--model',
    'monthly',
    '--amount',
    '9000',
  ],
  [
    'new',
    'service',
    '--id',
    'bookkeeping',
    '--lang',
    'en',
    '--title',
    'Bookkeeping',
    '--summary',
    'Invoices sent and chased, every week.',
    '--category',
    'bookkeeping-billing',
    '--amount',
    '25',
    '--currency',
    'USD',
  ],
  [
    'new',
    'case-study',
    '--lang',
    'bn',
    '--title',
    'একটি বেকারির অর্ডার আর ইমেইল',
    '--summary',
    'অর্ডার আর হারায় না, উত্তর যায় এক ঘণ্টার মধ্যে।',
    '--client',
    'মিতুর বেকারি',
    '--industry',
    'বেকারি',
    '--country',
    'বাংলাদেশ',
    '--role',
    'ভার্চুয়াল অ্যাসিস্ট্যান্ট',
    '--responsibility',
    'অর্ডারের ইমেইল',
    '--responsibility',
    'সরবরাহকারীর সঙ্গে যোগাযোগ',
    '--since',
    '2025-06-01',
  ],
  [
    'new',
    'webinar',
    '--lang',
    'bn',
    '--title',
    'ইনবক্স সামলানোর সহজ উপায়',
    '--summary',
    'ব্যস্ত উদ্যোক্তাদের জন্য এক ঘণ্টার হাতে-কলমে সেশন।',
    '--start',
    '2026-09-10 19:00',
    '--audience',
    'ছোট ব্যবসার উদ্যোক্তা',
    '--outcome',
    'লেবেল আর ফিল্টার',
    '--outcome',
    'উত্তরের টেমপ্লেট',
    '--registration-url',
    'https://zoom.example/register/inbox',
  ],
  [
    'new',
    'testimonial',
    '--lang',
    'en',
    '--quote',
    'Rina answered my customers faster than I ever did.',
    '--author',
    'Tom Baker',
    '--company',
    'Baker & Sons',
    '--rating',
    '5',
    '--consent',
    '--date',
    '2026-03-02',
  ],
  ['import-testimonials', path.resolve('tests/fixtures/fresh/testimonials.csv'), '--write'],
];

/** Moves every test server's port (SAHAYAK_TEST_PORT_SHIFT=100: 4410–4415), so two checkouts can run the end-to-end tests at once. */
const PORT_SHIFT = Number(process.env.SAHAYAK_TEST_PORT_SHIFT ?? 0);

export const BUILDS: TestBuild[] = [
  {
    name: 'root',
    outDir: '.test-builds/root',
    base: '/',
    port: 4310 + PORT_SHIFT,
    env: { SITE_URL: TEST_SITE, BASE_PATH: '/' },
    locales: ['en', 'bn', 'hi'],
    defaultLocale: 'en',
    host: 'netlify',
  },
  {
    name: 'base',
    outDir: '.test-builds/portfolio',
    base: '/portfolio/',
    port: 4311 + PORT_SHIFT,
    env: { SITE_URL: TEST_SITE, BASE_PATH: '/portfolio/' },
    locales: ['en', 'bn', 'hi'],
    defaultLocale: 'en',
    host: 'netlify',
  },
  {
    // The GitHub Pages project-site case: only the build-output checks.
    name: 'va',
    outDir: '.test-builds/va-portfolio',
    base: '/va-portfolio/',
    port: 4313 + PORT_SHIFT,
    env: { SITE_URL: TEST_SITE, BASE_PATH: '/va-portfolio/', SAHAYAK_HOST: 'github-pages' },
    testMatch: '{built-html,publish}.spec.ts',
    locales: ['en', 'bn', 'hi'],
    defaultLocale: 'en',
    host: 'github-pages',
  },
  {
    // Two locales (Bangla default, Latin digits), GitHub Pages host, a base that starts with a locale code, hostile input.
    name: 'variant',
    outDir: '.test-builds/variant/dist',
    base: '/hire-me/',
    port: 4312 + PORT_SHIFT,
    env: { BASE_PATH: '/hire-me/' },
    siteCopy: {
      dir: '.test-builds/variant',
      files: { 'sahayak.yaml': VARIANT_SETTINGS, 'src/content/testimonials/zz-hostile.yaml': HOSTILE_TESTIMONIAL },
    },
    testMatch: '{variant,built-html,publish,testimonial-request,cv}.spec.ts',
    locales: ['bn', 'en'],
    defaultLocale: 'bn',
    host: 'github-pages',
  },
  {
    // A fourth language, right to left, added through the locale table, a strings file and a font.
    name: 'urdu',
    outDir: '.test-builds/urdu/dist',
    base: '/',
    port: 4314 + PORT_SHIFT,
    env: { SITE_URL: TEST_SITE, BASE_PATH: '/' },
    siteCopy: { dir: '.test-builds/urdu', files: urduSite() },
    testMatch: '{crawl,rtl,markdown,built-html,font-cuts,testimonial-request,cv}.spec.ts',
    locales: ['ur', 'en', 'bn', 'hi'],
    defaultLocale: 'ur',
    host: 'github-pages',
    extraLangTags: { ur: 'ur-PK' },
  },
  {
    name: 'fresh',
    outDir: '.test-builds/fresh/dist',
    base: '/rina/',
    port: 4315 + PORT_SHIFT,
    env: {},
    siteCopy: { dir: '.test-builds/fresh', files: {}, commands: FRESH_COMMANDS },
    testMatch: '{crawl,built-html,publish,fresh,testimonial-request,cv}.spec.ts',
    locales: ['bn', 'en'],
    defaultLocale: 'bn',
    host: 'github-pages',
  },
];
