import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { median } from './search-latency.ts';

/**
 * Starlight, measured side by side (issue 11): the same content as an Astro Starlight site
 * (/work/shared/anchors/starlight, see its README), built and measured in the same run with the same code as
 * this site, so every figure is a ratio the machine's load cannot fake.
 */
export const starlightAnchor = process.env.STARLIGHT_ANCHOR ?? '/work/shared/anchors/starlight';

/** How a site's search is used: where it is, how it is opened, where one types, what a result is. */
export interface SearchUi {
  path: string;
  /** Clicked first, when the search lives in a dialog (Starlight's button). */
  open?: string;
  input: string;
  /** A result on the page; its first appearance after the last input is "first result". */
  result: string;
}

export const ourSearch = (path: string): SearchUi => ({
  path,
  input: 'input[type="search"]',
  result: '[data-search-results] li a',
});

export const starlightSearch = (path: string): SearchUi => ({
  path,
  open: 'button[data-open-modal]',
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result-link',
});

/** Copies the Starlight anchor to a temporary folder and installs it there (`npm ci`), never in the anchor. */
export async function starlightWorkspace(synthetic: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `bench-starlight-${synthetic}-`));
  const skipped = new Set(['node_modules', 'dist', '.astro', 'results']);
  for (const entry of readdirSync(starlightAnchor)) {
    if (!skipped.has(entry)) cpSync(join(starlightAnchor, entry), join(dir, entry), { recursive: true });
  }
  const run = promisify(execFile);
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 64 * 1024 * 1024, timeout: 20 * 60_000 });
  if (synthetic > 0) {
    await run(process.execPath, ['scripts/gen-synthetic.mjs', '--root', 'src/content/docs', '--n', String(synthetic)], { cwd: dir });
  }
  return dir;
}

interface Watch {
  input: number;
  first: number;
}

/** In the page: the time of the last input, and of the first result after it. */
function watchResults(resultSelector: string): void {
  const watch: Watch = { input: 0, first: 0 };
  (window as unknown as { watch: Watch }).watch = watch;
  document.addEventListener(
    'input',
    () => {
      watch.input = performance.now();
      watch.first = 0;
    },
    true,
  );
  const check = () => {
    if (watch.input && !watch.first && document.querySelector(resultSelector)) watch.first = performance.now();
  };
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true }),
  );
}

async function timeQuery(page: Page, ui: SearchUi, query: string): Promise<number> {
  await page.locator(ui.input).fill(query);
  const handle = await page.waitForFunction(
    () => {
      const { watch } = window as unknown as { watch: Watch };
      return watch.first ? watch.first - watch.input : false;
    },
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  return Number(await handle.jsonValue());
}

export interface FirstResult {
  /** Median ms from the query's input to its first result, typed as soon as the box is there (cold). */
  coldMs: number;
  /** The same after a first query has loaded the search (warm). */
  warmMs: number;
  /** Median bytes on the wire of a cold first search, everything fetched after the page loaded. */
  firstSearchBytes: number;
}

/** Typing to first result and the bytes of a first search, `runs` fresh visits each, with the same code for any site. */
export async function firstResult(browser: Browser, base: string, ui: SearchUi, query: string, warmUp: string, runs: number): Promise<FirstResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < runs * 2; i++) {
    const isWarm = i % 2 === 1;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(watchResults, ui.result);
      let counting = false;
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (counting && !request.url().endsWith('/favicon.svg'))
          sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize, () => 0));
      });
      await page.goto(`${base}${ui.path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      counting = true;
      if (ui.open) await page.locator(ui.open).first().click();
      await page.locator(ui.input).waitFor();
      await page.locator(ui.input).focus();
      if (isWarm) {
        await timeQuery(page, ui, warmUp);
        await page.locator(ui.input).fill('');
        await page.waitForTimeout(500);
        warm.push(await timeQuery(page, ui, query));
      } else {
        cold.push(await timeQuery(page, ui, query));
        await page.waitForLoadState('networkidle');
        counting = false;
        bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
      }
    } finally {
      await context.close();
    }
  }
  return { coldMs: median(cold), warmMs: median(warm), firstSearchBytes: median(bytes) };
}

/** One site's figures in the side-by-side run. */
export interface SiteFigures {
  contentPageBytes: number;
  contentPageRequests: number;
  contentPageJsBytes: number;
  searchPageBytes: number;
  firstSearchBytes: number;
  coldMs: number;
  warmMs: number;
  buildSecondsPerPage: number;
  pages: number;
}

export interface SideBySide {
  synthetic: number;
  ours: SiteFigures;
  starlight: SiteFigures;
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The side-by-side table: each figure of this site, Starlight's, and their ratio (ours ÷ Starlight's). */
export function sideBySideReport(runs: SideBySide[]): string {
  const rows: string[] = ['| Figure | This site | Starlight | Ratio |', '| --- | --- | --- | --- |'];
  for (const { synthetic, ours, starlight } of runs) {
    const at = synthetic > 0 ? ` (+${synthetic} areas per language)` : '';
    const line = (name: string, a: number, b: number, show: (n: number) => string) =>
      rows.push(`| ${name}${at} | ${show(a)} | ${show(b)} | ${ratio(a, b)} |`);
    const ms = (n: number) => `${Math.round(n)} ms`;
    if (synthetic === 0) {
      line('Content page, bytes on the wire', ours.contentPageBytes, starlight.contentPageBytes, kb);
      line('Content page, requests', ours.contentPageRequests, starlight.contentPageRequests, String);
      line('Content page, JavaScript', ours.contentPageJsBytes, starlight.contentPageJsBytes, kb);
      line('Search page, bytes on the wire', ours.searchPageBytes, starlight.searchPageBytes, kb);
      line('First search, bytes', ours.firstSearchBytes, starlight.firstSearchBytes, kb);
      line('Typing to first result, cold', ours.coldMs, starlight.coldMs, ms);
    }
    line('Typing to first result, warm', ours.warmMs, starlight.warmMs, ms);
    line('Clean build, seconds per page', ours.buildSecondsPerPage, starlight.buildSecondsPerPage, (n) => `${n.toFixed(3)} s`);
  }
  const base = runs.find((r) => r.synthetic === 0);
  for (const scaled of runs.filter((r) => r.synthetic > 0 && base)) {
    rows.push(
      `| Warm search at +${scaled.synthetic} ÷ at 10 areas (this site) | ${ratio(scaled.ours.warmMs, base!.ours.warmMs)} | ${ratio(scaled.starlight.warmMs, base!.starlight.warmMs)} | |`,
    );
  }
  return rows.join('\n');
}
