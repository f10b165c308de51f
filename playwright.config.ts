import { defineConfig } from '@playwright/test';
import { BUILDS, langTags } from './tests/support/builds.ts';
import type { BuildOptions } from './tests/e2e/fixtures.ts';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium.ts';

export default defineConfig<BuildOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: BUILDS.map((b) => ({
    command: `node tests/support/serve.ts ${b.outDir} ${b.port} ${b.base}`,
    url: `http://127.0.0.1:${b.port}${b.base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  })),
  projects: BUILDS.map((b) => ({
    name: b.name,
    ...(b.testMatch
      ? { testMatch: b.testMatch }
      : { testIgnore: ['variant.spec.ts', 'rtl.spec.ts', 'markdown.spec.ts', 'fresh.spec.ts'] }),
    use: {
      baseURL: `http://127.0.0.1:${b.port}${b.base}`,
      distDir: b.outDir,
      basePath: b.base,
      siteUrl: b.env.SITE_URL ?? 'https://example.github.io',
      locales: b.locales,
      defaultLocale: b.defaultLocale,
      host: b.host,
      langTags: langTags(b),
    },
  })),
});
