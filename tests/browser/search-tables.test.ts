import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { normalised, resultPaths, searchFor, searchPath, searchSession, ui, waitForStatusAbout } from '../support/search-page';
import { badInputs, mustFind, mustNotFind } from './search-queries';
import { locales } from '../../src/i18n/locales';
import { nonEmpty } from '../support/non-empty';

/**
 * The tables of search-queries.ts on the built site: must find, must not find, bad input. One search page per
 * language answers every row, as a visitor searching one query after another would; after each row, no page the
 * row used may have logged a problem. The rest of the search page's behaviour is in search.test.ts.
 */
const session = searchSession();
const open = (path: string) => session.open(path);

describe('The must-find table', () => {
  it('has at least 30 rows, with rows for every language of the site', () => {
    expect(mustFind.length).toBeGreaterThanOrEqual(30);
    expect(new Set(mustFind.map((row) => row.lang))).toEqual(new Set(locales));
  });

  it.each(nonEmpty(mustFind, 'must-find queries'))('finds $first first for "$query" ($lang, $kind)', async ({ lang, query, first }) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, query);
    const paths = await resultPaths(page, lang);
    expect(paths[0], `results for "${query}": ${paths.join(', ')}`).toBe(first);
  });
});

describe('The must-not-find table', () => {
  it('has rows', () => expect(mustNotFind.length).toBeGreaterThan(0));

  it.each(nonEmpty(mustNotFind, 'must-not-find queries'))('finds nothing for "$query" ($lang): $because', async ({ lang, query }) => {
    const { page } = await session.searchPage(lang);
    const status = await searchFor(page, query);
    expect(await resultPaths(page, lang)).toEqual([]);
    // The "no results" line up to the query: Chinese writes no spaces, so its first word would be the whole line.
    expect(status.startsWith(ui[lang]['search.results.none'].split('{')[0]!), status).toBe(true);
  });
});

describe('Bad input', () => {
  const injectedNothing = (page: Page) =>
    page.evaluate(() => ({
      flag: (window as unknown as { __injected?: boolean }).__injected ?? false,
      elements: document.querySelectorAll('main script:not([src^="/_astro/"]), main img, main b, #injected').length,
    }));

  it.each(nonEmpty(badInputs, 'bad inputs'))('$name: shown as text, never run, no error (typed and from ?q=)', async ({ query }) => {
    const expected = normalised(query);
    // Typed into the shared page, where the previous query's results and status are still shown, and submitted.
    const typed = await session.searchPage('da');
    await typed.page.getByRole('searchbox').fill(query);
    await typed.page.keyboard.press('Enter');
    const fromUrl = await open(`${searchPath.da}?q=${encodeURIComponent(query)}`);
    for (const { page } of [typed, fromUrl]) {
      if (expected === '') {
        // Nothing to search: the page stays quiet rather than reporting on an empty query.
        await page.waitForTimeout(300);
        expect(await page.getByRole('status').textContent()).toBe('');
        expect(await resultPaths(page, 'da')).toEqual([]);
      } else {
        const status = await waitForStatusAbout(page, query);
        expect(status).toContain(expected);
      }
      expect(await injectedNothing(page)).toEqual({ flag: false, elements: 0 });
    }
    expect(await fromUrl.page.getByRole('searchbox').inputValue()).toBe(query.slice(0, 200));
  });
});
