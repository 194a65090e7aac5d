// @ts-check
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
// Imported with the config, not on demand: Astro closes the loader that read the config before the hooks run.
import { checkContent } from '../lib/content-check/index.ts';
import { formatNotes, refusalMessage } from '../lib/content-check/report.ts';
import { contentReportPage } from './content-report-page.mjs';

/**
 * Set by the npm scripts `build` and `dev` (CONTENT_CHECKED=1) after `check-content.ts --before` passed: the first
 * check of this process is then done already. Later checks (a dev server's restart) run as usual.
 */
let checkedBefore = process.env['CONTENT_CHECKED'] === '1';

/** Set once the dev server of this process is up: a later check (a restart) reports without stopping it. */
let devServerRunning = false;

/**
 * Checks all of content/ before Astro reads it, so a build or `npm run dev` with bad content stops
 * with the full report (every problem in every file) instead of Astro's first error alone.
 *
 * Astro has no API for an integration to refuse a build calmly: it prints "An unhandled error occurred while
 * running the hook" before any error a hook throws (integrations/hooks.ts, Astro 7). So `npm run build` and
 * `npm run dev` run the check first in a plain Node process of their own (src/tools/check-content.ts --before),
 * which prints the report calmly and stops before Astro starts; here the first check is then skipped
 * (CONTENT_CHECKED=1). Astro run any other way (`astro build`, a program calling `build()`) is stopped here
 * with an AstroError (`astro/errors`) whose message is the same report. Ending the process from inside a hook
 * instead (process.exit) was seen to hang now and then, with Vite's bundler threads running.
 *
 * While `npm run dev` runs, each saved change to content/ is checked again: the report goes to the terminal,
 * every page the browser asks for shows it until the content is fine, and open pages reload.
 * @returns {import('astro').AstroIntegration}
 */
export function contentCheck() {
  /** @type {string} */
  let root = '';
  /** The last report of a check that found problems while the dev server runs; undefined while all is fine. */
  /** @type {string | undefined} */
  let devReport;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        // `npm run build` and `npm run dev` have just run the same check in a process of their own
        // (src/tools/check-content.ts --before), which said no and stopped, or said yes and printed the notes.
        if (checkedBefore) {
          checkedBefore = false;
          return;
        }
        const result = await checkContent(root);
        if (result.problems.length === 0) {
          // Warnings and values to confirm go to the log only: the built files never depend on the day.
          for (const note of formatNotes(result.notes)) logger.warn(note);
          return;
        }
        const message = refusalMessage(command === 'dev' ? (devServerRunning ? 'dev-change' : 'dev-start') : 'build', result);
        if (command === 'dev' && devServerRunning) {
          devReport = message;
          logger.error(`\n${message}`);
          return;
        }
        const error = new AstroError(message);
        // The report is all a reader needs: Astro prints a stack when there is one.
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        devServerRunning = true;
        server.middlewares.use((req, res, next) => {
          if (devReport === undefined || !contentReportPage.wanted(req)) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(contentReportPage.html(devReport));
        });
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${root}content/`) && !path.startsWith(`${root}content\\`)) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            const result = await checkContent(root);
            const wasRefused = devReport !== undefined;
            if (result.problems.length === 0) {
              devReport = undefined;
              logger.info(`The content is fine${wasRefused ? ' again' : ''}: ${result.pages} pages checked.`);
            } else {
              devReport = refusalMessage('dev-change', result);
              logger.error(`\n${devReport}`);
            }
            // Open pages reload: to the report, or back to the page once the content is fine.
            if (wasRefused || devReport !== undefined) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }, 200);
        });
      },
    },
  };
}
