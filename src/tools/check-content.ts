/**
 * `npm run check:content`: checks everything under content/ in a few seconds, without building
 * the site, and prints every problem grouped by file. Exits 1 when there are problems.
 * Optional argument: the repository folder to check (default: the current folder).
 */
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../lib/content-check/index.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const result = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.problems.length > 0) {
  console.error(`${formatReport(result)}\n(checked ${result.files} files in ${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`${formatReport(result)}\n(checked ${result.files} files in ${seconds} s)`);
}
