import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
/** Suites that need no build and no browser: they run first, so a broken rule fails in seconds. */
const quick = ['tests/unit/**/*.test.ts', 'tests/schemas/**/*.test.ts'];
/**
 * Content suites that need neither the site's build nor a browser (the check, and real builds of throw-away copies of
 * the project): `npm test` runs them next, beside astro check, so a refused fixture fails before the site is built.
 * tests/content/accepted.test.ts and parsers.test.ts read the site's build and stay with the site suites.
 */
const content = [
  'tests/content/refused.test.ts',
  'tests/content/cli.test.ts',
  'tests/content/dev.test.ts',
  'tests/content/readme-example.test.ts',
  'tests/content/integrity.test.ts',
  'tests/content/time-and-unconfirmed.test.ts',
];
/**
 * The day the tests judge content statuses on (src/schemas/time.ts): fixed, so the suite gives the same result
 * on any day. The real `npm run build` judges on today's date and refuses a "current" status whose period has
 * ended; tests/content/time-and-unconfirmed.test.ts checks that with other days.
 */
process.env['CONTENT_DATE'] ??= '2026-11-29';

export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores here: builds and Chromium each want one.
    maxWorkers: 2,
    // Each worker runs its share of the files one after another in one process, instead of a new process per file:
    // Playwright, axe-core and the crawl of dist/ are loaded once per worker (about 25 CPU seconds less for the site
    // suites). Every file starts its own browser and server and keeps its state in its own module.
    isolate: false,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'quick', include: quick } },
      { extends: true, test: { name: 'content', include: content } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...quick, ...content, 'tests/bench/**', '**/node_modules/**'],
          // One real build of the site (and one of the accepted fixtures) before any test: build, nginx and
          // browser tests read them.
          globalSetup: ['tests/support/build-once.ts'],
        },
      },
    ],
  },
});
