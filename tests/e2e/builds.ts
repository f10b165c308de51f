/**
 * The production builds the e2e suite runs against. scripts/test.ts builds
 * them; playwright.config.ts serves each on its own port and runs the specs
 * that `testMatch` selects against it.
 */
export interface TestBuild {
  name: string;
  outDir: string;
  base: string;
  port: number;
  env: Record<string, string>;
  /** Build from a copy of the site with these files replaced (see tests/support/site-copy.ts). */
  siteCopy?: { dir: string; files: Record<string, string | null> };
  /** Spec files to run against this build (default: all but the variant spec). */
  testMatch?: string;
  locales: string[];
  defaultLocale: string;
  host: 'netlify' | 'github-pages' | 'static';
}

/** Fixed "now" for deterministic pages (webinars upcoming or past). */
export const TEST_NOW = '2026-05-01T06:00:00Z';
export const TEST_SITE = 'https://example.github.io';

/** Text a hostile client could put in a testimonial; it must appear as text, never run. */
export const HOSTILE_QUOTE = 'Great <script>window.__pwned = true</script><b>bold</b> & <img src=x onerror="window.__pwned=true">';

const VARIANT_CONFIG = `export default {
  site: 'https://example.github.io',
  locales: ['bn', 'en'],
  defaultLocale: 'bn',
  numerals: { bn: 'latin' },
  name: 'Variant VA',
  nameIn: { bn: 'ভ্যারিয়েন্ট' },
  contact: { email: 'va@variant.example' },
  host: 'github-pages',
};
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

export const BUILDS: TestBuild[] = [
  { name: 'root', outDir: '.test-builds/root', base: '/', port: 4310, env: { SITE_URL: TEST_SITE, BASE_PATH: '/' }, locales: ['en', 'bn', 'hi'], defaultLocale: 'en', host: 'netlify' },
  {
    name: 'base',
    outDir: '.test-builds/portfolio',
    base: '/portfolio/',
    port: 4311,
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
    port: 4313,
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
    port: 4312,
    env: { BASE_PATH: '/hire-me/' },
    siteCopy: {
      dir: '.test-builds/variant',
      files: { 'sahayak.config.ts': VARIANT_CONFIG, 'src/content/testimonials/zz-hostile.yaml': HOSTILE_TESTIMONIAL },
    },
    testMatch: '{variant,built-html,publish}.spec.ts',
    locales: ['bn', 'en'],
    defaultLocale: 'bn',
    host: 'github-pages',
  },
];
