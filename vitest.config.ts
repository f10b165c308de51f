import { defineConfig } from 'vitest/config';

// Plain Vite, not Astro's (getViteConfig): the unit and build tests import plain TypeScript
// (schemas, checker, i18n, fonts...) and spawn `astro` for anything that needs Astro, so a test
// run loads neither astro.config.mjs nor its integrations.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // A guard against a hung test, not a speed budget: on 2 busy cores, loading the schema.org vocabulary alone takes seconds.
    testTimeout: 30_000,
  },
});
