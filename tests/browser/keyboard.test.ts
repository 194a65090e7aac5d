import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, pagesToVisit, readDist, searchPages, searchWords, fileOfUrlPath } from '../support/crawl';
import { securityHeaders } from '../../src/lib/security-headers';
import { resultLinks, waitForResults } from '../support/browser-pages';
import { contentTwins } from '../support/content-pairs';
import { nonEmpty } from '../support/non-empty';
import { languageTags, localeOfTag, locales, type Locale } from '../../src/i18n/locales';

const pages = pagesToVisit();
/** Pages in the site's frame, with a header before the main content that a keyboard user wants to skip. */
const framed = pages.filter((p) => readDist(fileOfUrlPath(p) ?? '404.html').includes('class="skip-link"'));
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
/** One page of each depth in each language (home, a section, an area page): the switcher is one component. */
const switcherSample = switchable.filter(
  (p, i) => switchable.findIndex((o) => langOf(o) === langOf(p) && o.split('/').length === p.split('/').length) === i,
);
/** Each sampled page with each other language (from src/i18n/locales.ts) and where its content twin lives. */
const switches = switcherSample.flatMap((path) =>
  locales
    .filter((lang) => lang !== langOf(path))
    .map((lang) => {
      const target = twins.get(path)?.[lang];
      if (!target) throw new Error(`${path} has no ${lang} twin in content/`);
      // The language's name in itself ("Dansk", "English", "中文"), from Intl rather than the site's strings.
      return [path, { lang, target, name: new Intl.DisplayNames([lang], { type: 'language' }).of(lang)! }] as const;
    }),
);

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

interface Focused {
  /** Position among the page's keyboard-reachable elements in document order; -1 for anything else. */
  index: number;
  total: number;
  what: string;
  ring: boolean;
  inView: boolean;
}

/**
 * Lists the page's keyboard-reachable elements in document order, and from then on logs every element that
 * gets focus: its place in that list, and whether a sighted keyboard user can see where focus is.
 */
const watchFocus = () => {
  const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]');
  const list = [...all].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLInputElement).disabled &&
      !el.closest('[inert]') &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  const log: Focused[] = [];
  (window as unknown as { __focusLog: Focused[] }).__focusLog = log;
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
    const box = el.getBoundingClientRect();
    log.push({
      index: list.indexOf(el),
      total: list.length,
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      ring: outline || style.boxShadow !== 'none',
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    });
  });
  return list.length;
};

let tabbables = 0;
async function load(path: string) {
  await page.goto(new URL(path, site.url).href);
  tabbables = await page.evaluate(watchFocus);
}

describe('keyboard use of every page', () => {
  test('the pages with a skip link are all the framed pages of every language', () => {
    expect(framed.length).toBe(pages.length - 1);
    expect(pages.filter((p) => !framed.includes(p))).toEqual(['/']);
  });

  test.for(nonEmpty(framed, 'framed pages'))('the first Tab on %s reaches the skip link, and Enter moves focus to the main content', async (path) => {
    await load(path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      return { skip: el.classList.contains('skip-link'), href: el.getAttribute('href'), visible: el.getBoundingClientRect().top >= 0 };
    });
    expect(first).toEqual({ skip: true, href: '#content', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('main#content'))).toBe(true);
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main, footer')))).toBe(true);
  });

  test('the language choice at "/" has nothing to skip: the first Tab lands in its main content', async () => {
    await load('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test.for(nonEmpty(pages, 'pages'))('Tab on %s reaches every link and control once, in document order, each with a visible focus ring', async (path) => {
    await load(path);
    expect(tabbables).toBeGreaterThan(0);
    // One Tab per reachable element: each must get focus once, in order, and nothing else in between.
    for (let i = 0; i < tabbables; i++) await page.keyboard.press('Tab');
    const visited = await page.evaluate(() => (window as unknown as { __focusLog: Focused[] }).__focusLog);
    expect(visited.map((v) => (v.index === -1 ? v.what : v.index))).toEqual([...Array(tabbables).keys()]);
    expect(visited.filter((v) => !v.ring).map((v) => `no focus ring: ${v.what}`)).toEqual([]);
    expect(visited.filter((v) => !v.inView).map((v) => `focused out of view: ${v.what}`)).toEqual([]);
  });

  test('the sample of switchers covers every language, and home, section and area pages', () => {
    expect(new Set(switcherSample.map(langOf))).toEqual(new Set(locales));
    expect(new Set(switcherSample.map((p) => p.split('/').length))).toEqual(new Set([3, 4, 5]));
  });

  test.for(nonEmpty(switches, 'language switches'))('the language switcher on %s works by keyboard and opens the same page in the other language', async ([path, s]) => {
    await load(path);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((lang) => document.activeElement?.closest('.language-switcher') !== null && document.activeElement?.getAttribute('hreflang') === lang, languageTags[s.lang])) break;
    }
    expect((await page.evaluate(() => document.activeElement?.textContent?.trim()))?.toLocaleLowerCase(s.lang)).toBe(s.name.toLocaleLowerCase(s.lang));
    await Promise.all([page.waitForURL((url) => url.pathname === s.target, { timeout: 5_000 }), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe(languageTags[s.lang]);
  });

  test.for(nonEmpty(searchPages().map((s) => [s.lang, s.path] as const), 'search pages'))('the header search form works by keyboard in %s and opens the search page with the query', async ([lang, searchPath]) => {
    const word = searchWords[lang]!;
    // The home page of the search page's language: its first URL segment ("zh" for lang "zh-Hans").
    await load(`/${searchPath.split('/')[1]}/`);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('header') !== null)).toBe(true);
    await page.keyboard.type(word);
    await Promise.all([page.waitForURL((url) => url.pathname === searchPath), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  test.for(nonEmpty(searchPages().map((s) => [s.path, s.lang] as const), 'search pages'))('the search page %s searches by keyboard alone and Tab reaches the results', async ([searchPath, lang]) => {
    await load(searchPath);
    const before = (await resultLinks(page)).length;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
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
