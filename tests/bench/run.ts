/**
 * `npm run bench`: the benchmark of issue 7. It prints a report and writes JSON; it never fails on time.
 * This entry only teaches Node to import the site's Vite-style modules, then starts the benchmark.
 */
import './ts-hooks.ts';

await import('./main.ts');
