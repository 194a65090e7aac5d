import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { resultPaths, searchFor, searchPath, statusText, strictCsp, ui, waitForStatusAbout } from '../support/search-page';

/**
 * What a search fetches beyond Pagefind's client, WebAssembly and index: the text of a result (its Pagefind
 * fragment) only when the result is shown, ten at a time, and the sector filter's data only once a sector is
 * chosen. Counted requests, so the figures do not move with the machine's load.
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

/** A fresh visit to the Danish search page, with every path it requests from now on. */
async function visit(query = ''): Promise<{ page: Page; requested: string[]; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}${searchPath.da}${query}`);
  return { page, requested, close: () => context.close() };
}

const fragments = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/fragment/'));
const filters = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/filter/'));

describe('A search fetches', () => {
  it('the text of the ten results it shows, and of the next ten only on "show more"', async () => {
    const { page, requested, close } = await visit();
    try {
      const status = await searchFor(page, 'samarbejde');
      const total = Number(/^(\d+) resultater/.exec(status)?.[1]);
      expect(total, 'the query must find more than ten pages for this test').toBeGreaterThan(10);
      await page.waitForLoadState('networkidle');
      expect(await resultPaths(page, 'da')).toHaveLength(10);
      expect(fragments(requested)).toHaveLength(10);
      expect(new Set(fragments(requested)).size).toBe(10);

      await page.getByRole('button', { name: ui.da['search.results.more'] }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length === n, total);
      await page.waitForLoadState('networkidle');
      expect(fragments(requested)).toHaveLength(total);
      expect(new Set(fragments(requested)).size).toBe(total);
    } finally {
      await close();
    }
  });

  it('no result text for a query in other spellings beyond the results shown ("gron" is also searched as "grøn")', async () => {
    const { page, requested, close } = await visit();
    try {
      await searchFor(page, 'gron');
      await page.waitForLoadState('networkidle');
      const shown = (await resultPaths(page, 'da')).length;
      expect(shown).toBeGreaterThan(0);
      expect(fragments(requested)).toHaveLength(shown);
    } finally {
      await close();
    }
  });

  it('the index a query needs while it is typed, before the search itself runs, and loses no result', async () => {
    // At this site's size a language's words are one index chunk, which the first search loads; the sector
    // filter's data is the one other chunk a search reads, and no search has needed it yet when the query is
    // typed. With the page's clock stopped the debounce cannot end, so no search can run: whatever is fetched
    // is fetched because of the keystroke.
    const { page, requested, close } = await visit();
    const typedAhead = await visit('?q=vand&sector=water');
    try {
      // The same search from an address, with no keystroke to fetch ahead: what typing must find too.
      const expectedStatus = await waitForStatusAbout(typedAhead.page, 'vand');
      const expected = await resultPaths(typedAhead.page, 'da');
      expect(expected.length, 'the water sector must have pages about "vand" for this test').toBeGreaterThan(0);

      await searchFor(page, 'vand');
      await page.getByRole('searchbox').fill('');
      await page.getByRole('combobox', { name: ui.da['search.filter.label'] }).selectOption('water');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sector') === 'water');
      await page.waitForLoadState('networkidle');
      expect(filters(requested), 'an empty box searches nothing').toEqual([]);
      // The status of the search before goes quiet, so the next one about "vand" is the typed search's.
      await expect.poll(() => statusText(page)).toBe('');

      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 1000);
      const fetchedBefore = fragments(requested).length;
      await page.getByRole('searchbox').fill('vand');
      await expect.poll(() => filters(requested), { message: 'fetched on the keystroke' }).toHaveLength(1);
      expect(fragments(requested), 'no search has run').toHaveLength(fetchedBefore);

      await page.clock.resume();
      expect(await waitForStatusAbout(page, 'vand')).toBe(expectedStatus);
      expect(await resultPaths(page, 'da')).toEqual(expected);
      expect(filters(requested), 'fetched once').toHaveLength(1);
    } finally {
      await close();
      await typedAhead.close();
    }
  });

  it('the sector filter’s data only once a sector is chosen', async () => {
    const { page, requested, close } = await visit();
    try {
      await searchFor(page, 'vand');
      await page.waitForLoadState('networkidle');
      expect(filters(requested)).toEqual([]);
      await page.getByRole('combobox', { name: ui.da['search.filter.label'] }).selectOption('water');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sector') === 'water');
      await page.waitForLoadState('networkidle');
      expect(filters(requested)).toHaveLength(1);
      expect(filters(requested)[0]).toMatch(/^\/pagefind\/filter\/da_\w+\.pf_filter$/);
    } finally {
      await close();
    }
  });
});
