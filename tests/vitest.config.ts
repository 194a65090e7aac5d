import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // One real build of the site before any test: build and browser tests read that dist/.
    globalSetup: ['tests/support/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores here: builds and Chromium each want one.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
