// @ts-check
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
// Imported with the config, not on demand: Astro closes the loader that read the config before the hooks run.
import { checkContent } from '../lib/content-check/index.ts';
import { formatNotes, formatProblems } from '../lib/content-check/report.ts';
import { contentReportPage } from './content-report-page.mjs';

/** What a refusal says first, and the command that tries again, for each moment the check runs. */
const moments = {
  build: { stopped: 'The build stopped', after: '(nothing was built)', again: 'npm run build' },
  'dev-start': { stopped: 'The development server did not start', after: '', again: 'npm run dev' },
  'dev-change': { stopped: 'The pages cannot be shown', after: '(the browser shows this report)', again: '' },
};

/**
 * The message of a refused build, dev start or content change while the dev server runs: a first line saying
 * what stopped and why, the report (every problem, grouped by file, with line and field), what to do, then
 * warnings and values to confirm.
 * @param {keyof typeof moments} moment
 * @param {import('../lib/content-check/index.ts').CheckResult} result with at least one problem
 * @returns {string} plain text, one problem a line
 */
export function refusalMessage(moment, result) {
  const { stopped, after, again } = moments[moment];
  const count = result.problems.length;
  const problems = count === 1 ? '1 problem was' : `${count} problems were`;
  const notes = formatNotes(result.notes);
  return [
    `${stopped} because ${problems} found in the content${after ? ` ${after}` : ''}.`,
    '',
    formatProblems(result.problems),
    '',
    'What to do: put each line above right in the file it names, at the line and field it names.',
    again
      ? `Then run "npm run check:content" (it checks the content in seconds); once it says "The content is fine", run "${again}" again.`
      : 'Each saved file is checked again; the pages come back once the content is fine.',
    'content/README.md explains every field and the common errors.',
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

/**
 * Whether Astro's own command line runs this process (`astro build`, `npm run build`, `npx astro dev`), rather
 * than a program calling Astro's `build()` or `dev()`.
 */
const runByAstroCommandLine = () => /[\\/]astro(\.m?js)?$/.test(process.argv[1] ?? '');

/** Set once the dev server of this process is up: a later check (a restart) reports without stopping it. */
let devServerRunning = false;

/**
 * Checks all of content/ before Astro reads it, so a build or `npm run dev` with bad content stops
 * with the full report (every problem in every file) instead of Astro's first error alone.
 *
 * Astro has no API for an integration to refuse a build calmly: it prints "An unhandled error occurred while
 * running the hook" and a stack trace before any error a hook throws (integrations/hooks.ts, Astro 7). So on
 * Astro's command line the report goes out through the integration's logger and the process ends with exit
 * code 1 (as Astro's own command line ends on an error); a program calling `build()` gets an AstroError
 * (`astro/errors`) whose message is the same text.
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
        if (runByAstroCommandLine()) {
          logger.error(message);
          process.exit(1);
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
