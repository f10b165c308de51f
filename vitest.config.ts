/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // A guard against a hung test, not a speed budget: on 2 busy cores, loading the schema.org vocabulary alone takes seconds.
    testTimeout: 30_000,
  },
});
