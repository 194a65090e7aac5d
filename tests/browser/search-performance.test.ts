import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { searchPath, strictCsp, waitForStatusAbout } from '../support/search-page';

/**
 * What the first search costs a visitor, measured in Chromium on the built site. Bytes are a budget and
 * asserted; times depend on the machine, so they are only reported (the benchmark owns timing targets).
 */

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveDist(undefined, { 'Content-Security-Policy': strictCsp });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Fetched {
  name: string;
  transferSize: number;
}

/** Resources fetched since `since` (a performance.now() time in the page), with their bytes on the wire. */
function fetchedSince(page: Page, since: number): Promise<Fetched[]> {
  return page.evaluate(
    (t) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= t)
        .map((e) => ({ name: new URL(e.name).pathname, transferSize: e.transferSize })),
    since,
  );
}

/** Records, in the page, when the last keystroke happened and when results first appeared after it. */
async function watchTyping(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lastInput: number; firstResults: number };
    w.lastInput = 0;
    w.firstResults = 0;
    document.querySelector('input[type="search"]')!.addEventListener('input', () => {
      w.lastInput = performance.now();
      w.firstResults = 0;
    });
    new MutationObserver(() => {
      if (!w.firstResults && document.querySelector('[data-search-results] li')) w.firstResults = performance.now();
    }).observe(document.querySelector('[data-search-results]')!, { childList: true });
  });
}

async function typingToResults(page: Page, query: string, delay: number): Promise<number> {
  await page.getByRole('searchbox').fill('');
  await page.keyboard.type(query, { delay });
  await waitForStatusAbout(page, query);
  return page.evaluate(() => {
    const w = window as unknown as { lastInput: number; firstResults: number };
    return Math.round(w.firstResults - w.lastInput);
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('The first search', () => {
  it('fetches only Pagefind’s core, the page language’s index and the matching fragments, within budget', async () => {
    const context = await browser.newContext();
    try {
      // A link to the search page with a query: one search, nothing of it cached.
      const page = await context.newPage();
      await page.goto(`${site.url}${searchPath.da}?q=grundvand`);
      await waitForStatusAbout(page, 'grundvand');
      const fetched = (await fetchedSince(page, 0)).filter((f) => f.name.startsWith('/pagefind/'));
      const total = fetched.reduce((sum, f) => sum + f.transferSize, 0);
      const queryBytes = fetched
        .filter((f) => /\/pagefind\/(index|fragment|filter)\//.test(f.name))
        .reduce((sum, f) => sum + f.transferSize, 0);
      console.info(
        [
          'First search (da, ?q=grundvand) in Chromium, served uncompressed by the test server:',
          ...fetched.map((f) => `  ${f.name}  ${kb(f.transferSize)}`),
          `  total ${kb(total)}, of which this query (index chunk and fragments) ${kb(queryBytes)}`,
        ].join('\n'),
      );
      const names = fetched.map((f) => f.name);
      expect(names).toContain('/pagefind/pagefind.js');
      expect(names).toContain('/pagefind/wasm.da.pagefind');
      // Never the worker (search runs on the main thread), Pagefind's own UI, or the English index.
      expect(names.filter((n) => /worker|-ui|highlight|\ben[_.]/.test(n))).toEqual([]);
      expect(queryBytes).toBeLessThan(25 * 1024);
      expect(total).toBeLessThan(125 * 1024);
    } finally {
      await context.close();
    }
  });

  it('reports the time from typing to the first results', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${searchPath.da}`);
      await watchTyping(page);
      await page.getByRole('searchbox').focus();
      // Typing the moment the box has focus, while Pagefind loads; then again once it has loaded.
      const cold = await typingToResults(page, 'grundvand', 0);
      const warm = await typingToResults(page, 'fjernvarme', 0);
      const human = await typingToResults(page, 'energi', 120);
      console.info(
        `Typing to first results (da): ${cold} ms while Pagefind loads, ${warm} ms once loaded, ` +
          `${human} ms typing at 120 ms a key`,
      );
      for (const ms of [cold, warm, human]) expect(ms).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
