import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, pagesToVisit, searchPages, unknownPath } from '../support/crawl';
import { showSearchResults } from '../support/browser-pages';
import { nonEmpty } from '../support/non-empty';

const pages = pagesToVisit();
const searches = searchPages().map((s) => s.path);

/** "China mode": every host name fails to resolve, as blocked services do behind the Great Firewall. */
const unresolvable = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request for anything not on the local server, in the order made, with the page that made it. */
const leaks: string[] = [];
/** Requests of the page being visited that failed or asked another host (China mode's record). */
let failed: string[] = [];
let currentPage = '';

/**
 * One browser for both halves of this file: it runs in China mode, and its context records and stops anything
 * not from the local server. The route sees a request before any name is resolved, so a page that asked for
 * another host is recorded as a leak here just as in a browser where every name resolves.
 */
beforeAll(async () => {
  // Served without the CSP on purpose: the pages themselves must ask for nothing elsewhere, even on a host
  // that drops the headers (the CSP would otherwise stop a request before this test could see it).
  [browser, site] = await Promise.all([launchBrowser(unresolvable), serveDist(distDir)]);
  context = await browser.newContext();
  // Anything not from the local server is recorded and stopped before it leaves the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${site.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leaks.push(`${currentPage} requested ${url}`);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('websocket', (ws) => leaks.push(`${currentPage} opened a WebSocket to ${ws.url()}`));
  // A request the next navigation cuts short (a late favicon) is our doing, not the page's: ERR_ABORTED.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${site.url}/`) && !/^(data|blob):/.test(r.url())) failed.push(`${r.url()}: asked for another host`);
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What one visit of a page showed: its status, whether its heading showed, its stylesheets, failed requests. */
interface Rendered {
  status: number | undefined;
  /** "visible", or why the first level-1 heading never showed. */
  heading: string;
  sheets: { href: string | null; rules: number }[];
  failed: string[];
}

/**
 * Visits every page once, whichever test asks first, recording what the China-mode tests check of each.
 * Content pages run no script, so "load" is the end.
 */
let pageCrawl: Promise<{ leaks: string[]; rendered: Map<string, Rendered> }> | undefined;
const crawlPages = () =>
  (pageCrawl ??= (async () => {
    const rendered = new Map<string, Rendered>();
    for (const path of pages) {
      currentPage = path;
      failed = [];
      const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      const heading = await page
        .getByRole('heading', { level: 1 })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(() => 'visible', (e: Error) => e.message.split('\n')[0]!);
      // The site's stylesheets arrived and apply: the page is laid out as designed, not in browser defaults.
      const sheets = await page.evaluate(() =>
        [...document.styleSheets].map((sheet) => {
          try {
            return { href: sheet.href, rules: sheet.cssRules.length };
          } catch {
            return { href: sheet.href, rules: -1 };
          }
        }),
      );
      rendered.set(path, { status: response?.status(), heading, sheets, failed });
    }
    return { leaks: [...leaks], rendered };
  })());

/** Searches once on each search page, after the page crawl: errors, and the failed requests of each. */
let searchCrawl: Promise<{ errors: string[]; failed: Map<string, string[]> }> | undefined;
const crawlSearches = () =>
  (searchCrawl ??= (async () => {
    await crawlPages();
    const errors: string[] = [];
    const failedOf = new Map<string, string[]>();
    for (const path of searches) {
      currentPage = `${path} (search)`;
      failed = [];
      await showSearchResults(page, site.url, path)
        .then(() => page.waitForLoadState('networkidle'))
        .catch((e: Error) => errors.push(`${path}: ${e.message.split('\n')[0]}`));
      failedOf.set(path, failed);
    }
    return { errors, failed: failedOf };
  })());

describe('privacy: nothing leaves the local server and nothing is stored', () => {
  test('no page requests anything from another host (fonts, scripts, images, beacons)', async () => {
    const { leaks: pageLeaks } = await crawlPages();
    // Names the first request that would have left the machine, and the page that made it.
    expect(pageLeaks[0], pageLeaks[0]).toBeUndefined();
  });

  test('a search shows results and requests nothing from another host', async () => {
    const { errors } = await crawlSearches();
    expect(leaks[0], leaks[0]).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('after visiting every page and searching, the browser holds no cookie and nothing in any storage', async () => {
    await crawlSearches();
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
  });
});

describe('China mode: no host but the local one resolves', () => {
  test('the resolver rules are in force: another host cannot be reached', async () => {
    // A context of its own, without the route that stops other hosts: only the resolver rules stand in the way.
    const open = await browser.newContext();
    try {
      const probe = await open.newPage();
      const error = await probe.goto('http://example.com/').then(() => 'loaded', (e: Error) => e.message);
      expect(error).toMatch(/ERR_NAME_NOT_RESOLVED/);
    } finally {
      await open.close();
    }
  });

  test.for(nonEmpty(pages, 'pages'))('%s renders in full with every request answered', async (path) => {
    const { status, heading, sheets, failed } = (await crawlPages()).rendered.get(path)!;
    expect(status).toBe(path === unknownPath ? 404 : 200);
    expect(heading).toBe('visible');
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((s) => s.rules <= 0).map((s) => `stylesheet not applied: ${s.href}`)).toEqual([]);
    expect(failed).toEqual([]);
  });

  test.for(nonEmpty(searches, 'search pages'))('a search on %s shows results', async (path) => {
    const { errors, failed } = await crawlSearches();
    expect(errors.filter((e) => e.startsWith(`${path}:`))).toEqual([]);
    expect(failed.get(path)).toEqual([]);
  });
});
