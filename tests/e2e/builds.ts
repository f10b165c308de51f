/**
 * The production builds the e2e suite runs against. scripts/test.ts builds
 * them; playwright.config.ts serves each on its own port.
 */
export interface TestBuild {
  name: string;
  outDir: string;
  base: string;
  port: number;
  env: Record<string, string>;
}

/** Fixed "now" for deterministic pages (webinars upcoming or past). */
export const TEST_NOW = '2026-05-01T06:00:00Z';
export const TEST_SITE = 'https://example.github.io';

export const BUILDS: TestBuild[] = [
  { name: 'root', outDir: '.test-builds/root', base: '/', port: 4310, env: { SITE_URL: TEST_SITE, BASE_PATH: '/' } },
  {
    name: 'base',
    outDir: '.test-builds/portfolio',
    base: '/portfolio/',
    port: 4311,
    env: { SITE_URL: TEST_SITE, BASE_PATH: '/portfolio/' },
  },
];
