import { defineConfig } from 'vitest/config';

/**
 * Three lanes. `unit` (test/unit, test/cli) needs no build and runs in seconds: `npm run test:unit`. `build` reads
 * or makes built sites; `e2e` drives Chromium against dist/. `npm test` builds first and runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
