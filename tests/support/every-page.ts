import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, pressTab } from './browser';
import { serveDist, type StaticSite } from './static-server';
import { distDir, fileOfUrlPath, htmlFiles, pagesToVisit, readDist, searchPages, unknownPath } from './crawl';
import {
  axeSource,
  cspViolationsOf,
  recordCspViolations,
  runAxe,
  showSearchResults,
  watchConsole,
  wcagTags,
  type PageProblems,
} from './browser-pages';
import {
  clippedPlaceholders,
  firstHeadingShown,
  markedChineseNames,
  moving,
  styleSheetsApplied,
  unreadable,
  watchFocus,
  wrongLanguage,
  type Focused,
} from './page-checks';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from './non-empty';

/** Every page the browser visits (crawl.ts), and the framed ones: with a header a keyboard user wants to skip. */
export const everyPage = pagesToVisit();
export const framedPages = everyPage.filter((p) => readDist(fileOfUrlPath(p) ?? '404.html').includes('class="skip-link"'));
/** The Chinese names the content marks as Chinese, for the language-of-parts check. */
export const chineseNames = markedChineseNames();

/** Pages with a search box (header, search page or 404 page), from the built HTML. */
export const searchBoxPages = everyPage.filter((p) => /<input[^>]+type="search"/.test(readDist(fileOfUrlPath(p) ?? '404.html')));

/**
 * "China mode": every host name fails to resolve, as blocked services do behind the Great Firewall. The local
 * server is reached by its address.
 */
const unresolvable = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const wide = { width: 1280, height: 800 };
// WCAG 1.4.10: 320 CSS pixels wide, the width of a 1280 px screen at 400 % zoom.
const narrow = { width: 320, height: 640 };

/** A check's outcome: what it found, or the error that stopped it (thrown again by the test of that check). */
type Outcome<T> = { value: T } | { error: unknown };
const attempt = <T>(check: () => Promise<T>): Promise<Outcome<T>> => check().then((value) => ({ value }), (error: unknown) => ({ error }));
const valueOf = <T>(outcome: Outcome<T>): T => {
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
};

/** What the network saw of one visit: requests that failed, and requests for another host. */
interface Network {
  /** Requests of the visit that failed (but for ERR_ABORTED, a request the next navigation cut short) or asked another host. */
  failed: string[];
  /** Requests for anything not on the local server (in China mode, no name resolves). */
  leaks: string[];
}

/** What a keyboard user meets on one page. */
interface Walk {
  tabbables: number;
  /** Every focus move of one Tab per reachable element, from the top of the page. */
  walk: Focused[];
  /**
   * Shift+Tab from the last element back to the first; there, Enter, then Tab once more: where focus went. Only
   * on pages whose first element is the skip link.
   */
  skip?: { back: Focused | undefined; mainFocused: boolean; afterTab: Focused | undefined };
}

/**
 * The checks of every built page in Chromium under the site's headers (one window, 1280 × 800), each page loaded
 * once for all of them, in this order: no CSP violation, console error or warning while it loads; the page renders
 * in full in China mode (no host name resolves; every request for another host is recorded) and asks no other
 * host for anything; every search box shows its whole placeholder; Chinese marked as Chinese
 * (language of parts, WCAG 3.1.2); axe-core's WCAG 2.0–2.2 A and AA rules; Tab through every link and control
 * once, in order, with a visible focus ring (2.1.1, 2.4.3, 2.4.7), and the skip link (2.4.1); then, asking for
 * reduced motion from there on, nothing moving (2.3.3), nothing cut off with text at 200 % (1.4.4), no sideways
 * scrolling and whole placeholders at 320 px (1.4.10). Each search page is also loaded once with results shown,
 * for the CSP, China mode, privacy and axe. At the end, nothing is stored in the browser. The pages are shared out
 * over `shards` test files (this one is number `shard`, from 1), so that both of Vitest's workers take a part;
 * the checks of the whole site that need no page of their own run in shard 1.
 */
export function everyPageSuite(shard: number, shards: number): void {
  const mine = <T>(list: readonly T[]) => list.filter((_, i) => i % shards === shard - 1);
  const pages = mine(everyPage);
  const rulesRun = new Set<string>();
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  let context: BrowserContext;
  let problems: PageProblems;
  /** The record of the visit under way: each visit starts a new one. */
  let network: Network = { failed: [], leaks: [] };

  beforeAll(async () => {
    // The browser runs in China mode: no host name resolves. Every request for another host that reaches the
    // network is recorded (the request event comes before any name is resolved); one the CSP stops in the page
    // never reaches it and is a CSP violation instead (leaksOf). No route: intercepting every request would turn
    // off Chromium's cache and cost a round trip per request.
    [browser, site] = await Promise.all([launchBrowser(unresolvable), serveDist(distDir, { ...securityHeaders })]);
    context = await browser.newContext({ viewport: wide });
    await context.addInitScript(recordCspViolations);
    // axe-core in every page before its own scripts (it only defines window.axe until it runs): one init script
    // rather than axe's source sent again for each page.
    await context.addInitScript(axeSource);
    page = await context.newPage();
    problems = watchConsole(page);
    page.on('websocket', (ws) => network.leaks.push(`a WebSocket to ${ws.url()}`));
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') network.failed.push(`${r.url()}: ${r.failure()?.errorText}`);
    });
    page.on('request', (r) => {
      if (r.url().startsWith(`${site.url}/`) || /^(data|blob):/.test(r.url())) return;
      network.leaks.push(r.url());
      network.failed.push(`${r.url()}: asked for another host`);
    });
  });
  afterAll(async () => {
    if (process.env.A11Y_REPORT_RULES) console.log(`axe rules run (${rulesRun.size}): ${[...rulesRun].sort().join(', ')}`);
    await browser?.close();
    await site?.close();
  });

  /** Opens a page wide and with no motion preference, with a clean record of console messages; CSP violations are recorded per document. */
  async function visit(path: string, action?: (page: Page) => Promise<unknown>) {
    problems.console.length = 0;
    problems.errors.length = 0;
    network = { failed: [], leaks: [] };
    await page.setViewportSize(wide);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const response = await page.goto(new URL(path, site.url).href);
    if (action) await action(page);
    return {
      response,
      problems: { console: [...problems.console], errors: [...problems.errors] },
      violations: await cspViolationsOf(page),
      network,
    };
  }

  const focusLog = () => page.evaluate(() => [...(window as unknown as { __focusLog: Focused[] }).__focusLog]);

  /** One Tab per reachable element from the top of the page, then back to the skip link and through it. */
  async function walkWithTab(): Promise<Walk> {
    const tabbables = await page.evaluate(watchFocus);
    await pressTab(page, tabbables);
    const walk = await focusLog();
    if (!walk[0]?.skipLink) return { tabbables, walk };
    // Back to the first element the way a keyboard user goes back: Shift+Tab, once per element but the first.
    await pressTab(page, tabbables - 1, { shift: true });
    const back = (await focusLog()).at(-1);
    if (!back?.skipLink) return { tabbables, walk, skip: { back, mainFocused: false, afterTab: undefined } };
    await page.keyboard.press('Enter');
    const mainFocused = await page.evaluate(() => document.activeElement?.matches('main#content') ?? false);
    await page.keyboard.press('Tab');
    const afterTab = (await focusLog()).at(-1);
    return { tabbables, walk, skip: { back, mainFocused, afterTab } };
  }

  /** What one load of a page showed, for each check. */
  interface Seen {
    csp: Outcome<Awaited<ReturnType<typeof visit>>>;
    /** Whether the first level-1 heading showed ("visible", or why not), and the style sheets that apply. */
    rendered: Outcome<{ heading: string; sheets: ReturnType<typeof styleSheetsApplied> }>;
    placeholders: Record<'wide' | 'narrow', Outcome<ReturnType<typeof clippedPlaceholders>>>;
    language: Outcome<string[]>;
    axe: Outcome<Awaited<ReturnType<typeof runAxe>>>;
    keyboard: Outcome<Walk>;
    motion: Outcome<string[]>;
    largeText: Outcome<{ before: number; after: number; unreadable: string[] }>;
    narrow: Outcome<string[]>;
  }

  async function look(path: string): Promise<Seen> {
    // What the page did while it loaded, before anything here touched it.
    const csp = await attempt(() => visit(path));
    const rendered = await attempt(async () => ({
      // After the load event every style sheet and font has arrived: the heading shows now or never.
      heading: await page.evaluate(firstHeadingShown),
      sheets: await page.evaluate(styleSheetsApplied),
    }));
    const placeholdersWide = await attempt(() => page.evaluate(clippedPlaceholders));
    const language = await attempt(() => page.evaluate(wrongLanguage, chineseNames));
    const axe = await attempt(() => runAxe(page));
    const keyboard = await attempt(walkWithTab);
    // A visitor who asks for reduced motion, from here on. The site answers the setting in CSS alone, which the
    // page applies as soon as the setting changes; script that ignored it would still be moving, and be caught.
    const motion = await attempt(async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      return page.evaluate(moving);
    });
    // The visitor's text-size setting: the root font size (CSSOM, which the CSP allows); then put back.
    const largeText = await attempt(async () => {
      const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const before = await fontSize();
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      try {
        return { before, after: await fontSize(), unreadable: await page.evaluate(unreadable) };
      } finally {
        await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      }
    });
    const narrowed = await attempt(async () => {
      await page.setViewportSize(narrow);
      return page.evaluate(unreadable);
    });
    const placeholders = { wide: placeholdersWide, narrow: await attempt(() => page.evaluate(clippedPlaceholders)) };
    return { csp, rendered, placeholders, language, axe, keyboard, motion, largeText, narrow: narrowed };
  }

  const seen = new Map<string, Promise<Seen>>();
  /** Loads `path` once for all its checks, whichever test asks first. */
  const seenOn = (path: string) => {
    if (!seen.has(path)) seen.set(path, look(path));
    return seen.get(path)!;
  };

  /** A search page with results shown, as a visitor searched it: once for all the checks of a page with results. */
  interface SeenWithResults {
    csp: Outcome<Awaited<ReturnType<typeof visit>>>;
    axe: Outcome<Awaited<ReturnType<typeof runAxe>>>;
  }
  const withResults = new Map<string, Promise<SeenWithResults>>();
  const seenWithResults = (path: string) => {
    if (!withResults.has(path))
      withResults.set(
        path,
        (async () => {
          // Fragments of later results may still arrive after the first are shown: they belong to the search too.
          const csp = await attempt(() =>
            visit(path, async (page) => {
              await showSearchResults(page, site.url, path);
              await page.waitForLoadState('networkidle');
            }),
          );
          const axe = await attempt(() => runAxe(page));
          return { csp, axe };
        })(),
      );
    return withResults.get(path)!;
  };

  /**
   * Requests for another host of one visit: those that reached the network, and those the CSP stopped first (it
   * blocks them in the page; a host that drops the headers would have sent them).
   */
  const leaksOf = ({ network, violations }: Awaited<ReturnType<typeof visit>>) => [
    ...network.leaks,
    ...violations.filter((v) => / blocked [a-z-]+:\/\//.test(v) && !v.includes(` blocked ${site.url}/`)),
  ];

  const describeViolations = (url: string, v: Awaited<ReturnType<typeof runAxe>>['violations']) =>
    v.map((x) => `${url} ${x.rule} (${x.impact}): ${x.help} → ${x.targets.join(' | ')}`);
  const searchPaths = mine(searchPages().map((s) => s.path));

  describe(`axe-core with ${wcagTags.join(', ')} on every page`, () => {
    if (shard === 1) {
      test('the crawl found both languages and the 404 page', () => {
        expect(everyPage.filter((p) => p.startsWith('/da/')).length).toBeGreaterThan(10);
        expect(everyPage.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(10);
        expect(everyPage).toContain('/');
      });
    }

    test.for(nonEmpty(pages, 'pages'))('axe finds no violation on %s', async (path) => {
      const { violations, rulesRun: ran } = valueOf((await seenOn(path)).axe);
      ran.forEach((r) => rulesRun.add(r));
      expect(describeViolations(path, violations)).toEqual([]);
      // Colour contrast must be among the rules that ran, not silently left out.
      expect(ran).toContain('color-contrast');
    });

    test.for(nonEmpty(searchPaths, 'search pages'))('axe finds no violation on %s with search results shown', async (path) => {
      const { violations } = valueOf((await seenWithResults(path)).axe);
      expect(describeViolations(`${path} (results)`, violations)).toEqual([]);
    });
  });

  describe('keyboard use of every page', () => {
    if (shard === 1) {
      test('the pages with a skip link are all the framed pages of every language', () => {
        expect(framedPages.length).toBe(everyPage.length - 1);
        expect(everyPage.filter((p) => !framedPages.includes(p))).toEqual(['/']);
      });
    }

    test.for(nonEmpty(pages.filter((p) => framedPages.includes(p)), 'framed pages'))('the first Tab on %s reaches the skip link, and Enter moves focus to the main content', async (path) => {
      const { walk, skip } = valueOf((await seenOn(path)).keyboard);
      const first = walk[0];
      expect(first && { skip: first.skipLink, href: first.href, visible: first.top >= 0 }).toEqual({ skip: true, href: '#content', visible: true });
      // Shift+Tab from the last element comes back to it; Enter on it moves focus to the main content.
      expect(skip?.back?.skipLink).toBe(true);
      expect(skip?.mainFocused).toBe(true);
      // The next Tab continues inside the main content, not back in the header.
      expect(skip?.afterTab?.inMainOrFooter).toBe(true);
    });

    if (pages.includes('/')) {
      test('the language choice at "/" has nothing to skip: the first Tab lands in its main content', async () => {
        expect(valueOf((await seenOn('/')).keyboard).walk[0]?.inMain).toBe(true);
      });
    }

    test.for(nonEmpty(pages, 'pages'))('Tab on %s reaches every link and control once, in document order, each with a visible focus ring', async (path) => {
      const { tabbables, walk: visited } = valueOf((await seenOn(path)).keyboard);
      expect(tabbables).toBeGreaterThan(0);
      // One Tab per reachable element: each must get focus once, in order, and nothing else in between.
      expect(visited.map((v) => (v.index === -1 ? v.what : v.index))).toEqual([...Array(tabbables).keys()]);
      expect(visited.filter((v) => !v.ring).map((v) => `no focus ring: ${v.what}`)).toEqual([]);
      expect(visited.filter((v) => !v.inView).map((v) => `focused out of view: ${v.what}`)).toEqual([]);
    });
  });

  describe('the built pages need nothing a strict CSP forbids', () => {
    test.for(nonEmpty(mine(htmlFiles()), 'HTML files'))('%s has no inline script, style element, style attribute or inline handler', (file) => {
      const html = readDist(file);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const inline = scripts.filter(([, attrs, body]) => body!.trim() !== '' && !/type="application\/ld\+json"/.test(attrs!));
      expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
      expect(html.match(/<style\b[^>]*>/g) ?? []).toEqual([]);
      expect(html.match(/<[^>]+\sstyle=["'][^>]*>/g) ?? []).toEqual([]);
      expect(html.match(/<[^>]+\son[a-z]+=["'][^>]*>/g) ?? []).toEqual([]);
      expect(html.match(/(href|src|action)="\s*javascript:/gi) ?? []).toEqual([]);
    });
  });

  describe('Chromium under the site-wide headers', () => {
    if (shard === 1) {
      test('the server sends the one header definition, so the browser runs under the real policy', async () => {
        const { response } = await visit('/da/');
        const headers = response!.headers();
        for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()]).toBe(value);
      });

      test('the violation listener catches an inline style, so a clean run below means something', async () => {
        const { violations } = await visit('/da/', async (page) => {
          await page.evaluate(() => {
            const style = document.createElement('style');
            style.textContent = 'body { color: red }';
            document.head.append(style);
          });
          await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
        });
        expect(violations.join('\n')).toContain('style-src');
      });
    }

    test.for(nonEmpty(pages, 'pages'))('%s loads with no CSP violation, console error or warning', async (path) => {
      const { violations, problems } = valueOf((await seenOn(path)).csp);
      expect(violations).toEqual([]);
      expect(problems.errors).toEqual([]);
      // The 404 page answers with status 404, which Chromium logs as a failed resource load; nothing else may appear.
      const expected = path === everyPage.at(-1) ? problems.console.filter((m) => !/status of 404/.test(m)) : problems.console;
      expect(expected).toEqual([]);
    });

    test.for(nonEmpty(searchPaths, 'search pages'))('a search on %s shows results with no CSP violation, console error or warning', async (path) => {
      const { violations, problems } = valueOf((await seenWithResults(path)).csp);
      expect(violations).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.console).toEqual([]);
    });
  });

  describe('Chinese inside Danish and English pages is marked as Chinese', () => {
    if (shard === 1) {
      test('the content marks at least one Chinese text, so the check below has names to look for', () => {
        // The Green programme's short Chinese title (FACTS.md, Xinhua 18 August 2023), marked in the Danish and
        // English partnership pages. Names in pinyin (Li Keqiang) are proper names in Latin letters and need no mark.
        expect(chineseNames).toContain('中丹绿色联合工作方案');
      });
    }

    test.for(nonEmpty(pages, 'pages'))('every Chinese character and marked Chinese name on %s sits inside lang="zh…"', async (path) => {
      expect(valueOf((await seenOn(path)).language)).toEqual([]);
    });
  });

  describe.each(nonEmpty(pages, 'pages'))('reflow, text size and motion on %s', (path) => {
    test('nothing moves when reduced motion is asked for', async () => {
      expect(valueOf((await seenOn(path)).motion)).toEqual([]);
    });

    test('nothing is cut off with text at 200 per cent', async () => {
      const { before, after, unreadable } = valueOf((await seenOn(path)).largeText);
      expect(after).toBeCloseTo(before * 2, 0);
      expect(unreadable).toEqual([]);
    });

    test('nothing scrolls sideways or sticks out at 320 px wide', async () => {
      expect(valueOf((await seenOn(path)).narrow)).toEqual([]);
    });
  });

  describe('every search box shows its whole placeholder', () => {
    if (shard === 1) {
      test('the pages with a search box include each kind: every language\'s home page, the search pages and the 404 pages', () => {
        const kinds = [...locales.map((lang) => `/${lang}/`), ...searchPages().map((s) => s.path), unknownPath, ...locales.filter((lang) => lang !== defaultLocale).map((lang) => `/${lang}/404/`)];
        expect(kinds.filter((p) => !searchBoxPages.includes(p))).toEqual([]);
      });
    }

    describe.each([
      { width: 'wide', px: wide.width },
      { width: 'narrow', px: narrow.width },
    ] as const)('at $px px wide', ({ width }) => {
      test.for(nonEmpty(pages.filter((p) => searchBoxPages.includes(p)), 'pages with a search box'))('every search box on %s shows its whole placeholder', async (path) => {
        const { boxes, problems } = valueOf((await seenOn(path)).placeholders[width]);
        expect(boxes).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      });
    });
  });

  describe('China mode: no host but the local one resolves', () => {
    if (shard === 1) {
      test('the resolver rules are in force: another host cannot be reached', async () => {
        const open = await browser.newContext();
        try {
          const probe = await open.newPage();
          const error = await probe.goto('http://example.com/').then(() => 'loaded', (e: Error) => e.message);
          expect(error).toMatch(/ERR_NAME_NOT_RESOLVED/);
        } finally {
          await open.close();
        }
      });
    }

    test.for(nonEmpty(pages, 'pages'))('%s renders in full with every request answered', async (path) => {
      const seen = await seenOn(path);
      const { response, network } = valueOf(seen.csp);
      const { heading, sheets } = valueOf(seen.rendered);
      expect(response?.status()).toBe(path === unknownPath ? 404 : 200);
      expect(heading).toBe('visible');
      expect(sheets.length).toBeGreaterThan(0);
      expect(sheets.filter((s) => s.rules <= 0).map((s) => `stylesheet not applied: ${s.href}`)).toEqual([]);
      expect(network.failed).toEqual([]);
    });

    test.for(nonEmpty(searchPaths, 'search pages'))('a search on %s shows results with every request answered', async (path) => {
      expect(valueOf((await seenWithResults(path)).csp).network.failed).toEqual([]);
    });
  });

  describe('privacy: nothing leaves the local server and nothing is stored', () => {
    test('no page requests anything from another host (fonts, scripts, images, beacons)', async () => {
      const leaks: string[] = [];
      for (const path of nonEmpty(pages, 'pages')) leaks.push(...leaksOf(valueOf((await seenOn(path)).csp)).map((l) => `${path} requested ${l}`));
      // Names the first request that would have left the machine, and the page that made it.
      expect(leaks[0], leaks[0]).toBeUndefined();
    });

    test.for(nonEmpty(searchPaths, 'search pages'))('a search on %s requests nothing from another host', async (path) => {
      expect(leaksOf(valueOf((await seenWithResults(path)).csp))).toEqual([]);
    });

    test('after visiting the pages and searching, the browser holds no cookie and nothing in any storage', async () => {
      await Promise.all([...pages.map(seenOn), ...searchPaths.map(seenWithResults)]);
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
}
