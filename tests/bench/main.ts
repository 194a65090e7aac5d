import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { lighthouse } from './lighthouse.ts';
import { sizesOf, weighDownload, weighPage } from './page-weight.ts';
import { compare, report } from './report.ts';
import type {
  BenchResult,
  BuildResult,
  IndexSize,
  ScaleMeasured,
  SeparateTimes,
} from './results.ts';
import { queries, strictCsp, timeSearches } from './search-latency.ts';
import { serveCompressed } from './serve.ts';
import { writeSyntheticAreas } from './synthetic-areas.ts';
import {
  firstResult,
  ourSearch,
  sideBySideReport,
  starlightSearch,
  starlightWorkspace,
  type SideBySide,
  type SiteFigures,
} from './side-by-side.ts';
import { build, makeWorkspace, removeWorkspace, repoRoot } from './workspace.ts';

const usage = `npm run bench -- [options]
  --out <file>           JSON results (default .bench/bench-<date>.json, git-ignored)
  --compare <old.json>   also print the change from an earlier run
  --runs <n>             search runs per query and kind, median reported (default 5)
  --lighthouse-runs <n>  Lighthouse runs per page, median reported (default 3; 0 skips Lighthouse)
  --lighthouse-cpu <n>   Lighthouse's CPU slowdown (default: its own, 4× for mobile)
  --scale <list>         synthetic areas per language for the scaling rows (default 100,1000; "none" skips)
  --keep                 keep the temporary workspaces (their paths are printed)
  --side-by-side <list>  synthetic areas per language for the Starlight comparison (default 0,1000; "none" skips)
  --only-side-by-side    measure only the comparison with Starlight
  --print <file.json>    print the report of an earlier run (with --compare, its change) and stop`;

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    compare: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'lighthouse-cpu': { type: 'string' },
    scale: { type: 'string', default: '100,1000' },
    keep: { type: 'boolean', default: false },
    'side-by-side': { type: 'string', default: '0,1000' },
    'only-side-by-side': { type: 'boolean', default: false },
    print: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const readResult = (file: string) => JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchResult;
if (args.print) {
  const printed = readResult(args.print);
  console.log(report(printed));
  if (args.compare) console.log(`\n${compare(readResult(args.compare), printed)}`);
  process.exit(0);
}

const count = (value: string, name: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, not "${value}"\n\n${usage}`);
  return n;
};
const searchRuns = Math.max(1, count(args.runs, 'runs'));
const lighthouseRuns = count(args['lighthouse-runs'], 'lighthouse-runs');
const lighthouseCpu =
  args['lighthouse-cpu'] === undefined ? undefined : Number(args['lighthouse-cpu']);
if (lighthouseCpu !== undefined && !(lighthouseCpu > 0))
  throw new Error(`--lighthouse-cpu must be a positive number\n\n${usage}`);
const scales =
  args.scale === 'none' ? [] : args.scale.split(',').map((s) => count(s.trim(), 'scale'));
const sideScales =
  args['side-by-side'] === 'none' ? [] : args['side-by-side'].split(',').map((s) => count(s.trim(), 'side-by-side'));
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const out = resolve(args.out ?? join(repoRoot, '.bench', `bench-${stamp}.json`));

const load: BenchResult['machine']['load'] = [];
const note = (at: string) => {
  load.push({ at, loadavg: loadavg().map((l) => Math.round(l * 100) / 100) });
  console.error(
    `[bench] ${at} (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
};

/** Each size that could not be measured, named; any makes the run end with exit status 1. */
const failures: string[] = [];

/**
 * Runs one step of a measurement at a size; an Error from it is thrown again with the size and the step named
 * ("the site with 1000 synthetic areas per language failed: …"), since a refused build says only where it ran.
 */
async function atSize<T>(what: string, perLanguage: number, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${what} with ${perLanguage} synthetic areas per language failed: ${reason}`, {
      cause: error,
    });
  }
}

/** Says what failed, once more at the end, where it is seen, and sets the exit status. */
function reportFailures(): void {
  if (failures.length === 0) return;
  console.error(`\n[bench] FAILED at ${failures.length} size(s); the figures above leave them out:`);
  for (const failure of failures) console.error(`[bench] - ${failure.split('\n')[0]}`);
  process.exitCode = 1;
}

/** The times Astro's log cannot separate, measured in a process of their own on the workspace. */
async function separateTimes(dir: string): Promise<SeparateTimes> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      join(import.meta.dirname, 'ts-hooks.ts'),
      join(import.meta.dirname, 'pdf-timing.ts'),
      dir,
    ],
    { maxBuffer: 16 * 1024 * 1024, timeout: 30 * 60_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as SeparateTimes;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
}

function indexSize(dist: string): IndexSize {
  const dir = join(dist, 'pagefind');
  let indexBytes = 0;
  let fragmentBytes = 0;
  let totalBytes = 0;
  for (const file of filesUnder(dir)) {
    const size = statSync(join(dir, file)).size;
    totalBytes += size;
    if (file.startsWith('fragment/')) fragmentBytes += size;
    else if (/^(index|filter)\//.test(file) || file.endsWith('.pf_meta')) indexBytes += size;
  }
  return { indexBytes, fragmentBytes, totalBytes };
}

async function buildAndTime(dir: string, label: string): Promise<BuildResult> {
  note(`building ${label} in ${dir}`);
  const { log: _log, ...times } = await build(dir);
  note(`timing the content check and the PDF of ${label} on their own`);
  const separate = await separateTimes(dir);
  return { ...times, ...separate, index: indexSize(join(dir, 'dist')) };
}

const pdfPathOf = (dist: string, lang: string) => {
  const pdf = readdirSync(join(dist, lang)).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`No PDF in ${join(dist, lang)}`);
  return `/${lang}/${pdf}`;
};

async function measureBase(
  browser: Browser,
): Promise<Omit<BenchResult, 'version' | 'date' | 'machine' | 'settings' | 'scaling'>> {
  const dir = makeWorkspace('base');
  try {
    const built = await buildAndTime(dir, 'the site as it is');
    const dist = join(dir, 'dist');
    const site = await serveCompressed(dist, { 'Content-Security-Policy': strictCsp });
    try {
      note('weighing pages in Chromium');
      const targets = [
        ['home', '/da/'],
        ['area page', '/da/arbejdsprogram/grundvandspartnerskab/'],
        ['search page', '/da/soeg/'],
      ] as const;
      const pages = [];
      for (const [name, path] of targets)
        pages.push(await weighPage(browser, site.url, dist, name, path));
      pages.push(weighDownload(dist, 'PDF', pdfPathOf(dist, 'da')));
      note(`timing search (${queries.length} queries × ${searchRuns} runs, cold and warm)`);
      const search = await timeSearches(browser, site.url, searchRuns);
      const results = [];
      if (lighthouseRuns > 0) {
        for (const [name, path] of targets) {
          note(`Lighthouse (mobile) on ${path}, ${lighthouseRuns} run(s)`);
          results.push(await lighthouse(site.url, name, path, lighthouseRuns, lighthouseCpu));
        }
      }
      return { build: built, pages, search, lighthouse: results };
    } finally {
      await site.close();
    }
  } finally {
    if (args.keep) console.error(`[bench] kept ${dir}`);
    else removeWorkspace(dir);
  }
}

async function measureScale(browser: Browser, perLanguage: number): Promise<ScaleMeasured> {
  const dir = makeWorkspace(`scale-${perLanguage}`);
  try {
    writeSyntheticAreas(dir, perLanguage);
    const built = await buildAndTime(
      dir,
      `the site with ${perLanguage} synthetic areas per language`,
    );
    const dist = join(dir, 'dist');
    const site = await serveCompressed(dist, { 'Content-Security-Policy': strictCsp });
    try {
      note(`timing search with ${perLanguage} synthetic areas per language`);
      const search = await timeSearches(browser, site.url, searchRuns);
      return {
        syntheticPerLanguage: perLanguage,
        build: built,
        pdfBytes: statSync(join(dist, pdfPathOf(dist, 'da'))).size,
        homeHtml: sizesOf(join(dist, 'da', 'index.html')),
        search,
      };
    } finally {
      await site.close();
    }
  } finally {
    if (args.keep) console.error(`[bench] kept ${dir}`);
    else removeWorkspace(dir);
  }
}

/**
 * One site measured for the comparison: built clean from its workspace, served by the same server, weighed and
 * searched by the same code. `content` and `search` are the paths of a content page and of the page to search
 * from; `ui` how its search is used.
 */
async function measureSite(
  browser: Browser,
  dir: string,
  label: string,
  paths: { content: string; search: string },
  ui: Parameters<typeof firstResult>[2],
  headers: Record<string, string>,
): Promise<SiteFigures> {
  note(`building ${label}`);
  const built = await build(dir);
  const dist = join(dir, 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const site = await serveCompressed(dist, headers);
  try {
    note(`weighing and searching ${label}`);
    const content = await weighPage(browser, site.url, dist, 'content page', paths.content);
    const search = await weighPage(browser, site.url, dist, 'search page', paths.search);
    const timing = await firstResult(browser, site, ui, 'grundvand', 'energi', searchRuns);
    return {
      contentPageBytes: content.firstVisit.transferred,
      contentPageRequests: content.firstVisit.requests,
      contentPageJsBytes: content.firstVisit.resources.filter((r) => r.kind === 'js').reduce((a, r) => a + r.transferred, 0),
      searchPageBytes: search.firstVisit.transferred,
      firstSearchBytes: timing.firstSearch.bytes,
      firstSearch: timing.firstSearch,
      coldMs: timing.coldMs,
      warmMs: timing.warmMs,
      buildSecondsPerPage: built.wallSeconds / pages,
      pages,
    };
  } finally {
    await site.close();
  }
}

async function sideBySide(synthetic: number): Promise<SideBySide> {
  const ourDir = makeWorkspace(`side-${synthetic}`);
  let starlightDir: string | undefined;
  try {
    const ours = await atSize('this site', synthetic, async () => {
      if (synthetic > 0) writeSyntheticAreas(ourDir, synthetic);
      return measureSite(
        await liveBrowser(),
        ourDir,
        `this site (+${synthetic} areas per language)`,
        { content: '/da/arbejdsprogram/grundvandspartnerskab/', search: '/da/soeg/' },
        ourSearch('/da/soeg/'),
        { 'Content-Security-Policy': strictCsp },
      );
    });
    note(`copying and installing the Starlight anchor (+${synthetic} areas per language)`);
    // Starlight's search is a dialog on every page, so its search page is a content page.
    const starlight = await atSize('Starlight', synthetic, async () => {
      starlightDir = await starlightWorkspace(synthetic);
      return measureSite(
        await liveBrowser(),
        starlightDir,
        `Starlight (+${synthetic} areas per language)`,
        { content: '/omraader/grundvandspartnerskab/', search: '/omraader/grundvandspartnerskab/' },
        starlightSearch('/omraader/grundvandspartnerskab/'),
        {},
      );
    });
    return { synthetic, ours, starlight };
  } finally {
    if (args.keep) console.error(`[bench] kept ${ourDir} ${starlightDir ?? ''}`);
    else {
      removeWorkspace(ourDir);
      if (starlightDir) removeWorkspace(starlightDir);
    }
  }
}

/** Written after each phase, so a run stopped part-way still leaves what it measured. */
function save(result: BenchResult): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

note('start');
let browser = await launchBrowser();
/** The browser, launched again when it was closed under the run (on a shared machine another process may end it). */
async function liveBrowser(): Promise<Browser> {
  if (!browser.isConnected()) {
    note('Chromium was closed under the run; launching it again');
    browser = await launchBrowser();
  }
  return browser;
}
const compared: SideBySide[] = [];
if (sideScales.length > 0) {
  for (const n of sideScales) {
    try {
      compared.push(await sideBySide(n));
    } catch (error) {
      // The other sizes are still measured; the run fails at the end.
      const message = `side by side with Starlight: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`[bench] ${message}`);
      failures.push(message);
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out.replace(/\.json$/, '-starlight.json'), `${JSON.stringify({ date: new Date().toISOString(), load, compared, failures }, null, 2)}\n`);
  }
  console.log(`## Side by side with Starlight (ours ÷ Starlight's; median of ${searchRuns} runs; load average noted above)\n`);
  console.log(sideBySideReport(compared));
}
if (args['only-side-by-side']) {
  await browser.close();
  reportFailures();
  process.exit();
}
let result: BenchResult;
try {
  const base = await measureBase(await liveBrowser());
  const cpu = cpus();
  result = {
    version: 1,
    date: new Date().toISOString(),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? '',
      node: process.version,
      chromium: browser.version(),
      load,
    },
    settings: {
      searchRuns,
      lighthouseRuns,
      lighthouseCpuSlowdown: lighthouseCpu ?? 4,
      scales,
      realAreasPerLanguage: readdirSync(join(repoRoot, 'content', 'areas', 'da')).filter((f) =>
        f.endsWith('.mdx'),
      ).length,
    },
    ...base,
    scaling: [],
    sideBySide: compared,
  };
  save(result);
  for (const n of scales) {
    try {
      result.scaling.push(await atSize('the site', n, async () => measureScale(await liveBrowser(), n)));
    } catch (error) {
      // A size that cannot be built is reported, and fails the run at its end, without losing the rest.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[bench] ${message}`);
      failures.push(message);
      result.scaling.push({ syntheticPerLanguage: n, error: message.slice(0, 2000) });
    }
    save(result);
  }
  note('done');
  save(result);
} finally {
  await browser.close();
}

console.log(report(result));
console.log(`\nJSON: ${relative(process.cwd(), out)}`);
if (args.compare) {
  console.log(`\n${compare(readResult(args.compare), result)}`);
}
reportFailures();
