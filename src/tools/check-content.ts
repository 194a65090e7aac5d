/**
 * `npm run check:content`: checks everything under content/ in a few seconds, without building
 * the site, and prints every problem grouped by file. Exits 1 when there are problems.
 * Optional argument: the repository folder to check (default: the current folder).
 *
 * `--before build` / `--before dev`: the first step of `npm run build` and `npm run dev`. On problems it prints
 * the refusal ("The build stopped because …", the report, what to do) and exits 1, so Astro never starts; on
 * none it prints only the warnings and values to confirm, and the script goes on to Astro with CONTENT_CHECKED=1
 * (src/integrations/content-check.mjs then skips its own first check).
 */
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../lib/content-check/index.ts';
import { formatNotes, refusalMessage } from '../lib/content-check/report.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--before');
const before = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (before !== undefined && before !== 'build' && before !== 'dev') {
  console.error(`check-content: --before takes "build" or "dev", not "${before ?? ''}"`);
  process.exit(2);
}
const root = resolve(args[0] ?? '.');
const started = performance.now();
const result = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (before) {
  if (result.problems.length > 0) {
    console.error(refusalMessage(before === 'build' ? 'build' : 'dev-start', result));
    process.exitCode = 1;
  } else {
    for (const note of formatNotes(result.notes)) console.warn(note);
  }
} else if (result.problems.length > 0) {
  console.error(`${formatReport(result)}\n(checked ${result.files} files in ${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`${formatReport(result)}\n(checked ${result.files} files in ${seconds} s)`);
}
