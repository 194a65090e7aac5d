// @ts-check
import { fileURLToPath } from 'node:url';
// Imported with the config, not on demand: Astro closes the loader that read the config before the hooks run.
import { checkContent, formatReport } from '../lib/content-check/index.ts';
import { formatNotes } from '../lib/content-check/report.ts';

/**
 * Checks all of content/ before Astro reads it, so a build or `npm run dev` with bad content stops
 * with the full report (every problem in every file) instead of Astro's first error alone.
 * While `npm run dev` runs, each saved change to content/ is checked again and the report logged.
 * @returns {import('astro').AstroIntegration}
 */
export function contentCheck() {
  /** @type {string} */
  let root = '';
  const check = async () => {
    const result = await checkContent(root);
    return { ok: result.problems.length === 0, report: formatReport(result), notes: formatNotes(result.notes) };
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const { ok, report, notes } = await check();
        // Warnings and values to confirm go to the log only: the built files never depend on the day.
        if (ok) for (const note of notes) logger.warn(note);
        if (!ok) {
          const stopped =
            command === 'build' ? 'The site was not built' : 'The preview did not start';
          const error = new Error(`${stopped} because of problems in content/.\n\n${report}\n`);
          // Astro prints the stack of an integration's error; the report is all an editor needs.
          error.stack = error.message;
          // Astro adds a hint about browser APIs to any error whose text says "document" or "window";
          // editors' reports may say "document", so the text Astro inspects is kept neutral.
          error.toString = () => 'Error: problems in content/';
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${root}content/`) && !path.startsWith(`${root}content\\`)) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            const { ok, report } = await check();
            if (ok) logger.info(report);
            else logger.error(`\n${report}`);
          }, 200);
        });
      },
    },
  };
}
