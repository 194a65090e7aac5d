import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { median } from './search-latency.ts';
import type { BenchSite, Served } from './serve.ts';

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

/** What a first search fetches, by kind: code (JavaScript), WebAssembly, index (entry, metadata, words, filters), results. */
export const firstSearchParts = ['code', 'wasm', 'index', 'fragments'] as const;
export type FirstSearchPart = (typeof firstSearchParts)[number];
const partOf = (path: string): FirstSearchPart =>
  path.endsWith('.wasm') || /\/wasm\.[\w-]+\.pagefind$/.test(path)
    ? 'wasm'
    : path.includes('/fragment/')
      ? 'fragments'
      : path.endsWith('.js') || path.endsWith('.mjs')
        ? 'code'
        : 'index';

/** The bytes of one first search: on the wire in all, of them in HTTP headers, by part, and the requests. */
export interface SearchBytes {
  bytes: number;
  headerBytes: number;
  requests: number;
  parts: Record<FirstSearchPart, number>;
}

function searchBytes(served: readonly Served[]): SearchBytes {
  const parts = Object.fromEntries(firstSearchParts.map((p) => [p, 0])) as Record<FirstSearchPart, number>;
  for (const { path, bytes } of served) parts[partOf(path)] += bytes;
  return {
    bytes: served.reduce((a, s) => a + s.bytes, 0),
    headerBytes: served.reduce((a, s) => a + s.bytes - s.body, 0),
    requests: served.length,
    parts,
  };
}

export interface FirstResult {
  /** Median ms from the query's input to its first result, typed as soon as the box is there (cold). */
  coldMs: number;
  /** The same after a first query has loaded the search (warm). */
  warmMs: number;
  /** Bytes on the wire of a cold first search, everything the server sent after the page loaded: the median run. */
  firstSearch: SearchBytes;
}

/**
 * Typing to first result and the bytes of a first search, `runs` fresh visits each, with the same code for any
 * site. Bytes are counted by the site's server (`site.served`), not in the page: a search that runs Pagefind in
 * a Web Worker fetches the worker's script outside the page, where Playwright sees its body as 0 bytes.
 */
export async function firstResult(browser: Browser, site: BenchSite, ui: SearchUi, query: string, warmUp: string, runs: number): Promise<FirstResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const searches: SearchBytes[] = [];
  for (let i = 0; i < runs * 2; i++) {
    const isWarm = i % 2 === 1;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(watchResults, ui.result);
      await page.goto(`${site.url}${ui.path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const from = site.served.length;
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
        // The browser may ask for the favicon late; it is not part of the search.
        searches.push(searchBytes(site.served.slice(from).filter((s) => s.path !== '/favicon.svg')));
      }
    } finally {
      await context.close();
    }
  }
  const medianSearch = searches.toSorted((a, b) => a.bytes - b.bytes)[Math.floor(searches.length / 2)]!;
  return { coldMs: median(cold), warmMs: median(warm), firstSearch: medianSearch };
}

/** One site's figures in the side-by-side run. */
export interface SiteFigures {
  contentPageBytes: number;
  contentPageRequests: number;
  contentPageJsBytes: number;
  searchPageBytes: number;
  firstSearchBytes: number;
  /** The median first search, by part (`firstSearchParts`), with its HTTP headers and requests. */
  firstSearch?: SearchBytes;
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

const partNames: Record<FirstSearchPart, string> = {
  code: 'JavaScript',
  wasm: 'WebAssembly',
  index: 'index (entry, metadata, words, filters)',
  fragments: 'result fragments',
};
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
      if (ours.firstSearch && starlight.firstSearch) {
        const [a, b] = [ours.firstSearch, starlight.firstSearch];
        for (const part of firstSearchParts) line(`– of which ${partNames[part]}`, a.parts[part], b.parts[part], kb);
        line('– of which HTTP headers (in the parts above)', a.headerBytes, b.headerBytes, kb);
        line('First search, requests', a.requests, b.requests, String);
      }
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
