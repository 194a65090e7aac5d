import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type StaticSite } from './static-server';
import { locales, type Locale } from '../../src/i18n/locales';
import { pathFor } from '../../src/lib/routes';
import { dictionaries } from '../../src/i18n';
import { serializeCsp } from '../../src/lib/security-headers';

/** The policy the site is served with, from its one definition: search must work under it. */
export const strictCsp = serializeCsp();

/** The search page of every language of the site (src/i18n/locales.ts), from the one module of URLs. */
export const searchPath = Object.fromEntries(locales.map((lang) => [lang, pathFor({ kind: 'search', lang })])) as Record<Locale, string>;
/** Each language's UI strings, as the pages show them. */
export const ui = dictionaries;

/** A page that records what must never happen: console errors, uncaught exceptions, CSP violations. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  requests: string[];
}

export async function openWatched(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // Chromium also logs violations, but the event names the directive even for blocked inline handlers.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return { page, problems, requests };
}

/** The query as the page searches it: cut to the box's 200 characters, spaces collapsed, trimmed. */
export function normalised(query: string): string {
  return query.slice(0, 200).replace(/\s+/g, ' ').trim();
}

/** Waits until the status line reports on exactly this query (in either language's quotation marks). */
export async function waitForStatusAbout(page: Page, query: string): Promise<string> {
  const handle = await page.waitForFunction(
    (q) => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      return text.includes(`»${q}«`) || text.includes(`“${q}”`) ? text : false;
    },
    normalised(query),
    { timeout: 30_000 },
  );
  return String(await handle.jsonValue());
}

/**
 * Enters a query into the page's search box and presses Enter, as a visitor who has finished typing does, and
 * waits for its results: the status line reporting on this query. Returns the status text.
 */
export async function searchFor(page: Page, query: string): Promise<string> {
  // fill() leaves the focus in the box, where Enter submits its form.
  await page.getByRole('searchbox').fill(query);
  await page.keyboard.press('Enter');
  return waitForStatusAbout(page, query);
}

/** The paths the result titles link to, in order. */
export function resultPaths(page: Page, lang: Locale): Promise<string[]> {
  return page
    .getByRole('list', { name: ui[lang]['search.results.label'] })
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The live region's text now. */
export const statusText = (page: Page) => page.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');

/**
 * A search page of `lang` in a browser context of its own (a page's clock belongs to its context), warmed by a
 * search for `warm` so that Pagefind's client has loaded, and then with its clock stopped: the page's timers
 * fire only when the test moves the clock on (page.clock.runFor(ms)). What the live region says then depends on
 * how long the code waits, never on how fast this machine is. close() ends the context.
 */
export async function openWithStoppedClock(
  session: SearchSession,
  lang: Locale,
  warm: string,
): Promise<WatchedPage & { close(): Promise<void> }> {
  const context = await session.browser().newContext();
  try {
    const watched = await openWatched(context);
    await watched.page.goto(`${session.url()}${searchPath[lang]}`);
    await searchFor(watched.page, warm);
    await watched.page.clock.install();
    await watched.page.clock.pauseAt(Date.now() + 1000);
    return { ...watched, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Counts how often the live region's text changes while `query` is typed key by key, `delay` ms apart by the
 * page's clock, and until its results are announced: a screen reader reads out every change. The page comes
 * from openWithStoppedClock(), so the keystrokes are `delay` ms apart however busy this machine is, and each
 * next key waits until the results of the last have been shown: a status that spoke with them would be counted.
 */
export async function statusChangesWhileTyping(page: Page, query: string, delay: number): Promise<string[]> {
  const box = page.getByRole('searchbox');
  // An empty box first: the status goes quiet after the pause.
  await box.fill('');
  await page.clock.runFor(1000);
  await expect.poll(() => statusText(page)).toBe('');
  await page.evaluate(() => {
    const w = window as unknown as { statusTexts: string[]; listChanges: number };
    w.statusTexts = [];
    w.listChanges = 0;
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(() => w.statusTexts.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    new MutationObserver(() => w.listChanges++).observe(document.querySelector('[data-search-results]')!, { childList: true });
  });
  const listChanges = () => page.evaluate(() => (window as unknown as { listChanges: number }).listChanges);
  await box.focus();
  for (const key of query) {
    const before = await listChanges();
    await page.keyboard.type(key);
    await page.clock.runFor(delay);
    // Results follow every keystroke (every prefix of the query finds pages).
    await expect.poll(listChanges, { message: `results after "${key}"` }).toBeGreaterThan(before);
  }
  // The last search may still be running (in real time); each look moves the page's clock on by 100 ms.
  await expect
    .poll(async () => {
      await page.clock.runFor(100);
      return statusText(page);
    })
    .toContain(normalised(query));
  // Anything that would still come late is counted too.
  await page.clock.runFor(5000);
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

/** What a search test file works with; see searchSession(). */
export interface SearchSession {
  browser(): Browser;
  /** The browser context of every page the session opens. */
  context(): BrowserContext;
  /** The origin the built site is served on, under the strict CSP. */
  url(): string;
  /**
   * The shared search page of a language, loaded once for the file: tests that only search use it one query
   * after another, as a visitor does, rather than loading Pagefind's client and WebAssembly again.
   */
  searchPage(lang: Locale): Promise<WatchedPage>;
  /**
   * A fresh load of `path` (a query in the address, what is fetched when), with a clean record of problems and
   * requests. Each call loads a new document in the same tab, so a test has one such page at a time.
   */
  open(path: string): Promise<WatchedPage>;
}

/**
 * Starts Chromium and serves dist/ under the strict CSP for the tests of one file, and after each test fails it
 * if any page it used (its own or a shared one) logged a console error, an exception or a CSP violation.
 */
export function searchSession(): SearchSession {
  let browser: Browser;
  let site: StaticSite;
  let context: BrowserContext;
  /** The tab open() loads pages in: a new document each time, without the cost of a new tab. */
  let tab: WatchedPage | undefined;
  const shared = new Map<Locale, Promise<WatchedPage>>();

  beforeAll(async () => {
    [site, browser] = await Promise.all([serveDist(undefined, { 'Content-Security-Policy': strictCsp }), launchBrowser()]);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });
  afterEach(async () => {
    const used = [...(tab ? [tab] : []), ...(await Promise.all(shared.values()))];
    const problems = used.flatMap((w) => w.problems.splice(0));
    expect(problems, 'console errors, exceptions or CSP violations').toEqual([]);
  });

  return {
    browser: () => browser,
    context: () => context,
    url: () => site.url,
    searchPage(lang) {
      if (!shared.has(lang)) {
        shared.set(
          lang,
          openWatched(context).then(async (watched) => {
            await watched.page.goto(`${site.url}${searchPath[lang]}`);
            return watched;
          }),
        );
      }
      return shared.get(lang)!;
    },
    async open(path) {
      tab ??= await openWatched(context);
      // The last document is gone before the record starts: none of its requests or messages count here.
      await tab.page.goto('about:blank');
      tab.problems.length = 0;
      tab.requests.length = 0;
      await tab.page.goto(`${site.url}${path}`);
      return tab;
    },
  };
}
