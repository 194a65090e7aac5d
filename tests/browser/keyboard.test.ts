import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pressTab } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, fileOfUrlPath, pagesToVisit, readDist, searchPages, searchWords } from '../support/crawl';
import { watchFocus } from '../support/page-checks';
import { securityHeaders } from '../../src/lib/security-headers';
import { resultLinks, waitForResults } from '../support/browser-pages';
import { contentTwins } from '../support/content-pairs';
import { nonEmpty } from '../support/non-empty';
import { languageTags, localeOfTag, locales, type Locale } from '../../src/i18n/locales';

/**
 * The language switcher and the search forms by keyboard alone. The Tab walk and the skip link of every page are
 * checked with the other checks of every page (tests/support/every-page.ts).
 */
const pages = pagesToVisit();
/** The same page in every language, from content/ and the route module: never from the switcher itself. */
const twins = contentTwins();
/** The locale of a built page, from its <html lang> (a BCP 47 tag: "zh-Hans" is the locale "zh"). */
const langOf = (path: string): Locale => {
  const tag = readDist(fileOfUrlPath(path) ?? '404.html').match(/<html lang="([^"]+)"/)![1]!;
  const lang = localeOfTag(tag);
  if (!lang) throw new Error(`${path} has <html lang="${tag}">, the tag of no locale in src/i18n/locales.ts`);
  return lang;
};
/** Pages with a language switcher. */
const switchable = pages.filter((path) => readDist(fileOfUrlPath(path) ?? '404.html').includes('class="language-switcher"'));
const depthOf = (path: string) => path.split('/').length;
/**
 * One page of each depth (home, a section, an area page) in each language: the first page of each depth with a
 * switcher, and its twins in the other languages. The switcher is one component.
 */
const switcherSets = [...new Set(switchable.map(depthOf))].map((depth) => {
  const first = switchable.find((p) => depthOf(p) === depth)!;
  const set = twins.get(first);
  if (!set) throw new Error(`${first} has no twins in content/`);
  return set;
});
const switcherSample = switcherSets.flatMap((set) => locales.map((lang) => set[lang]));
/**
 * Each sampled page with each other language (from src/i18n/locales.ts) and where its content twin lives,
 * ordered so that each switch starts, where it can, on the page the one before led to: that page is then
 * already loaded, by the visitor's own Enter.
 */
const switches = switcherSets.flatMap((set) => {
  const left = locales.flatMap((from) => locales.filter((to) => to !== from).map((to) => ({ from, to })));
  const outgoing = (lang: Locale) => left.filter((s) => s.from === lang).length;
  const ordered: { from: Locale; to: Locale }[] = [];
  let at: Locale = locales[0];
  while (left.length > 0) {
    const here = left.filter((s) => s.from === at).sort((x, y) => outgoing(y.to) - outgoing(x.to));
    const next = here[0] ?? left[0]!;
    left.splice(left.indexOf(next), 1);
    ordered.push(next);
    at = next.to;
  }
  // The language's name in itself ("Dansk", "English", "中文"), from Intl rather than the site's strings.
  return ordered.map(({ from, to }) => [set[from], { lang: to, target: set[to], name: new Intl.DisplayNames([to], { type: 'language' }).of(to)! }] as const);
});

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveDist(distDir, { ...securityHeaders })]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Loads a page and lists its keyboard-reachable elements in order, for tabIndexOf(). */
async function load(path: string) {
  await page.goto(new URL(path, site.url).href);
  await page.evaluate(watchFocus);
}

/**
 * The place in the Tab order (from watchFocus) of the page's first search box, or of the switcher's link to the
 * language with this BCP 47 tag; -1 if there is none. Tab pressed one more time than this reaches it.
 */
const tabIndexOf = (what: 'search box' | { switcherTo: string }) =>
  page.evaluate(
    (what) =>
      (window as unknown as { __tabbables: HTMLElement[] }).__tabbables.findIndex((el) =>
        what === 'search box'
          ? (el as HTMLInputElement).type === 'search'
          : el.closest('.language-switcher') !== null && el.getAttribute('hreflang') === what.switcherTo,
      ),
    what,
  );

describe('keyboard use of the switcher and the search forms', () => {
  test('the sample of switchers covers every language, and home, section and area pages', () => {
    expect(new Set(switcherSample.map(langOf))).toEqual(new Set(locales));
    expect(switcherSample.every((p) => switchable.includes(p)), 'every sampled page has a switcher').toBe(true);
    expect(new Set(switcherSample.map((p) => p.split('/').length))).toEqual(new Set([3, 4, 5]));
  });

  test.for(nonEmpty(switches, 'language switches'))('the language switcher on %s works by keyboard and opens the same page in the other language', async ([path, s]) => {
    // Where the last switch led here, this is the page as it opened; else it is loaded.
    if (new URL(page.url()).pathname === path) await page.evaluate(watchFocus);
    else await load(path);
    // As many Tabs as it takes to reach the link from the top of the page, then Enter.
    const index = await tabIndexOf({ switcherTo: languageTags[s.lang] });
    expect(index, `no link to ${s.lang} in the switcher`).toBeGreaterThanOrEqual(0);
    await pressTab(page, index + 1);
    expect(await page.evaluate((lang) => document.activeElement?.closest('.language-switcher') !== null && document.activeElement?.getAttribute('hreflang') === lang, languageTags[s.lang])).toBe(true);
    expect((await page.evaluate(() => document.activeElement?.textContent?.trim()))?.toLocaleLowerCase(s.lang)).toBe(s.name.toLocaleLowerCase(s.lang));
    await Promise.all([page.waitForURL((url) => url.pathname === s.target, { timeout: 5_000 }), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe(languageTags[s.lang]);
  });

  test.for(nonEmpty(searchPages().map((s) => [s.lang, s.path] as const), 'search pages'))('the header search form works by keyboard in %s and opens the search page with the query', async ([lang, searchPath]) => {
    const word = searchWords[lang]!;
    // The home page of the search page's language: its first URL segment ("zh" for lang "zh-Hans").
    await load(`/${searchPath.split('/')[1]}/`);
    const index = await tabIndexOf('search box');
    expect(index, 'no search box').toBeGreaterThanOrEqual(0);
    await pressTab(page, index + 1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search' && document.activeElement?.closest('header') !== null)).toBe(true);
    await page.keyboard.type(word);
    await Promise.all([page.waitForURL((url) => url.pathname === searchPath), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  test.for(nonEmpty(searchPages().map((s) => [s.path, s.lang] as const), 'search pages'))('the search page %s searches by keyboard alone and Tab reaches the results', async ([searchPath, lang]) => {
    await load(searchPath);
    const before = (await resultLinks(page)).length;
    const index = await tabIndexOf('search box');
    expect(index, 'no search box').toBeGreaterThanOrEqual(0);
    await pressTab(page, index + 1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search' && document.activeElement?.closest('main') !== null)).toBe(true);
    await page.keyboard.type(searchWords[lang]!);
    await page.keyboard.press('Enter');
    await waitForResults(page, before);
    const resultHrefs = await resultLinks(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (known) => {
          const href = document.activeElement?.getAttribute('href');
          return Boolean(href && document.activeElement?.closest('main') && known.includes(href) && !href.includes('#'));
        },
        resultHrefs,
      );
    }
    expect(reached).toBe(true);
  });
});
