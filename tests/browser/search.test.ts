import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { createRequire } from 'node:module';
import {
  openWatched,
  openWithStoppedClock,
  resultPaths,
  searchFor,
  searchPath,
  searchSession,
  statusChangesWhileTyping,
  statusText,
  ui,
  waitForStatusAbout,
} from '../support/search-page';
import { mustFind } from './search-queries';
import { locales, type Locale } from '../../src/i18n/locales';
import { nonEmpty } from '../support/non-empty';
import { frontmatterOf } from '../support/content-frontmatter';

/**
 * The search page on the built site, under the strict CSP. Tests that only search share one search page per
 * language (session.searchPage); tests that need a fresh load (a query in the address, what is fetched when)
 * open their own (session.open). The must-find and must-not-find tables are in search-tables.test.ts.
 */
const session = searchSession();
const open = (path: string) => session.open(path);

/** Every result of the search shown, pressing "show more" until none is left. */
async function allResultPaths(page: Page, lang: Locale): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = (await resultPaths(page, lang)).length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return resultPaths(page, lang);
}

describe('Languages', () => {
  it.each(nonEmpty(locales, 'locales'))('a search from the %s page only ever returns pages in that language', async (lang) => {
    // Words every language's pages hold (the Chinese pages write "China Europe Water Platform" and "Beijing"
    // in Chinese), and the language's own must-find words.
    const queries = ['CNREC', 'MoU', 'CEWP', '+45 33 92 11 12', ...mustFind.filter((r) => r.lang === lang).slice(0, 3).map((r) => r.query)];
    const { page } = await session.searchPage(lang);
    for (const query of queries) {
      await searchFor(page, query);
      const paths = await resultPaths(page, lang);
      expect(paths.length, `"${query}" should find something`).toBeGreaterThan(0);
      for (const path of paths) expect(path.startsWith(`/${lang}/`), `${query}: ${path}`).toBe(true);
    }
  });

  it('shows the UI in the page language', async () => {
    const { page } = await open(`${searchPath.en}?q=groundwater`);
    expect(await waitForStatusAbout(page, 'groundwater')).toMatch(/^\d+ results for “groundwater”\.$/);
    expect(await page.getByRole('combobox', { name: 'Sector' }).isVisible()).toBe(true);
  });
});

describe('Danish spelling without æ, ø and å', () => {
  it('"aabne", "abne" and "åbne" all find the renewable energy area, where the Chinese centre "åbnede"', async () => {
    const { page } = await session.searchPage('da');
    for (const query of ['åbne', 'abne', 'aabne']) {
      await searchFor(page, query);
      expect(await resultPaths(page, 'da'), query).toContain('/da/arbejdsprogram/vedvarende-energi/');
      const marks = await page.locator('mark').allTextContents();
      expect(marks.some((m) => m.toLowerCase().startsWith('åbn')), `${query}: ${marks.join(', ')}`).toBe(true);
    }
  });

  it('"aabne" finds every page "åbne" finds', async () => {
    const { page } = await session.searchPage('da');
    await searchFor(page, 'åbne');
    const meant = await allResultPaths(page, 'da');
    expect(meant).toContain('/da/arbejdsprogram/vedvarende-energi/');
    await searchFor(page, 'aabne');
    expect(await allResultPaths(page, 'da')).toEqual(expect.arrayContaining(meant));
  });

  it('"groen" highlights "grøn" and "baeredygtig" highlights "bæredygtig"', async () => {
    const { page } = await session.searchPage('da');
    await searchFor(page, 'groen');
    expect((await page.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('grøn');
    await searchFor(page, 'baeredygtig');
    expect((await page.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('bæredygtig');
  });
});

/** The front matter of an area's MDX file: what editors wrote, independent of the code under test. */
function areaFrontMatter(lang: Locale, id: string): { keywords: string[] } {
  const source = readFileSync(`content/areas/${lang}/${id}.mdx`, 'utf8');
  return parseYaml(source.split(/^---$/m)[1]!) as { keywords: string[] };
}

describe('Compound words', () => {
  it('da: "varme" finds the energy-efficiency area by a compound in its own text, with no "varme" among its keywords', async () => {
    const path = '/da/arbejdsprogram/energieffektivitet/';
    expect(areaFrontMatter('da', 'energy-efficiency').keywords.join(' ')).not.toMatch(/(^|\s)varme/);
    const text = readFileSync(`dist${path}index.html`, 'utf8').toLowerCase();
    expect(text).toMatch(/\p{L}{3,}varme/u);
    const { page } = await session.searchPage('da');
    await searchFor(page, 'varme');
    expect(await resultPaths(page, 'da')).toContain(path);
  });

  it.each([
    ['da', 'varme', '/da/arbejdsprogram/baeredygtig-byudvikling-og-fjernvarme/'],
    ['da', 'vand', '/da/arbejdsprogram/grundvandspartnerskab/'],
    ['en', 'water', '/en/work-programme/groundwater-partnership/'],
  ] as const)('%s: "%s" finds %s through the area keywords', async (lang, query, path) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, query);
    expect(await resultPaths(page, lang)).toContain(path);
  });
});

describe('Forgiving input', () => {
  it('da: "gron", typed without ø, finds every page "grøn" finds', async () => {
    const { page } = await session.searchPage('da');
    await searchFor(page, 'grøn');
    const withLetter = await allResultPaths(page, 'da');
    expect(withLetter.length).toBeGreaterThan(5);
    await searchFor(page, 'gron');
    expect(new Set(await allResultPaths(page, 'da'))).toEqual(new Set(withLetter));
  });

  it('da: "baredygtig", with a for æ, finds what "bæredygtig" finds', async () => {
    const { page } = await session.searchPage('da');
    await searchFor(page, 'bæredygtig');
    const withLetter = await allResultPaths(page, 'da');
    expect(withLetter.length).toBeGreaterThan(0);
    await searchFor(page, 'baredygtig');
    expect(await allResultPaths(page, 'da')).toEqual(expect.arrayContaining(withLetter));
  });

  it.each([
    ['da', '/da/kontakt/'],
    ['en', '/en/contact/'],
    ['zh', '/zh/lianxi/'],
  ] as const)('%s: the phone number as the contact page writes it, "+45 33 92 11 12", finds that page', async (lang, path) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, '+45 33 92 11 12');
    expect(await resultPaths(page, lang)).toContain(path);
  });

  it.each([
    ['en', 'environment'],
    ['da', 'miljøbeskyttelse'],
    ['da', 'grundvandet'],
  ] as const)('%s: every beginning of "%s" from four letters finds at least what the whole word finds', async (lang, word) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, word);
    const whole = await allResultPaths(page, lang);
    expect(whole.length).toBeGreaterThan(0);
    for (let length = 4; length < [...word].length; length++) {
      const prefix = [...word].slice(0, length).join('');
      await searchFor(page, prefix);
      expect(await allResultPaths(page, lang), `"${prefix}"`).toEqual(expect.arrayContaining(whole));
    }
  });
});

describe('The live region', () => {
  // Both tests stop the page's clock (openWithStoppedClock): whether and when the status speaks is decided by the
  // code's waiting, not by how fast this machine is.
  it('speaks once, when typing pauses: typing "grundvandet" key by key changes the status once', async () => {
    const clocked = await openWithStoppedClock(session, 'da', 'gru');
    try {
      const changes = await statusChangesWhileTyping(clocked.page, 'grundvandet', 80);
      // The Danish status line quotes the query in »…« (src/i18n/da.ts), as the 'announce' test below.
      expect(changes).toEqual([expect.stringMatching(/^\d+ resultater for »grundvandet«\.$/)]);
      expect(clocked.problems, 'console errors, exceptions or CSP violations').toEqual([]);
    } finally {
      await clocked.close();
    }
  });

  it('speaks at once on Enter, which ends the typing; typed alone, a query is spoken only after the pause', async () => {
    const clocked = await openWithStoppedClock(session, 'da', 'grundvand');
    const { page } = clocked;
    try {
      await page.getByRole('searchbox').fill('vand');
      await page.keyboard.press('Enter');
      await expect.poll(() => statusText(page)).toMatch(/^\d+ resultater for »vand«\.$/);
      // Typed alone: the results follow once the debounce has run, but the live region keeps still until the pause.
      await page.getByRole('searchbox').fill('fjernvarme');
      await page.clock.runFor(100);
      await expect.poll(() => resultPaths(page, 'da').then((paths) => paths[0])).toBe('/da/arbejdsprogram/baeredygtig-byudvikling-og-fjernvarme/');
      expect(await statusText(page)).toMatch(/»vand«/);
      await page.clock.runFor(1000);
      await expect.poll(() => statusText(page)).toMatch(/^\d+ resultater for »fjernvarme«\.$/);
      expect(clocked.problems, 'console errors, exceptions or CSP violations').toEqual([]);
    } finally {
      await clocked.close();
    }
  });
});

describe('Results', () => {
  it('en "water": excerpts come from the page text after the title: never the title, sector, status or keywords', async () => {
    const { page } = await session.searchPage('en');
    await searchFor(page, 'water');
    const items = await page.locator('[data-search-results] > li').evaluateAll((lis) =>
      lis.map((li) => ({
        title: li.querySelector('h2')?.textContent ?? '',
        excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(3);
    for (const { title, excerpt: shown } of items) {
      const excerpt = shown.replace(/^… /, '');
      expect(excerpt.length, title).toBeGreaterThan(20);
      expect(excerpt.startsWith(title), `${title}: ${excerpt}`).toBe(false);
      expect(excerpt, title).not.toContain(' · ');
      expect(excerpt, title).not.toMatch(/^(Sector|Status|Keywords)\b/);
      for (const status of ['Planned', 'Current', 'Concluded', 'Superseded']) expect(excerpt.startsWith(status), title).toBe(false);
    }
    expect(items.some((i) => i.excerpt.includes('groundwater · water'))).toBe(false);
  });

  it.each([
    { lang: 'en', query: 'water', ellipsis: ui.en['text.ellipsis'], joiner: ' ' },
    { lang: 'zh', query: '地下水', ellipsis: ui.zh['text.ellipsis'], joiner: '' },
  ] as const)('$lang "$query": an excerpt cut short says so, with the language’s ellipsis ($ellipsis) and only there', async ({ lang, query, ellipsis, joiner }) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, query);
    const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    // The pages are longer than an excerpt, so some excerpts start, and some end, inside the text.
    expect(excerpts.some((e) => e.startsWith(`${ellipsis}${joiner}`))).toBe(true);
    expect(excerpts.some((e) => e.endsWith(`${joiner}${ellipsis}`))).toBe(true);
    for (const e of excerpts) expect(e.slice(ellipsis.length, -ellipsis.length), e).not.toContain('…');
  });

  it('a Danish result keeps the language of its Chinese part (WCAG 2.1 SC 3.1.2): the embassy’s address', async () => {
    const address = (frontmatterOf('content/contact/da/embassy.mdx')['address'] as { chinese: string }).chinese;
    const { page } = await session.searchPage('da');
    await searchFor(page, 'vagtcenter');
    const marked = await page.locator('[data-search-results] [lang]').evaluateAll((els) => els.map((el) => [el.getAttribute('lang'), el.textContent]));
    expect(marked).toContainEqual(['zh-Hans', address]);
    expect(marked.every(([tag]) => tag === 'zh-Hans')).toBe(true);
  });

  it('show the title as a link, an excerpt with the matched word marked, and the sector', async () => {
    const { page } = await session.searchPage('da');
    await searchFor(page, 'grundvand');
    const first = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('listitem').first();
    expect(await first.getByRole('heading', { level: 2 }).getByRole('link').textContent()).toBe('Grundvandspartnerskab');
    const marks = await first.locator('mark').allTextContents();
    expect(marks.some((m) => m.toLowerCase().includes('grundvand'))).toBe(true);
    expect(await first.getByText('Sektor: Vand og naturressourcer').isVisible()).toBe(true);
  });

  it('announce the number of results in a status region', async () => {
    const { page } = await session.searchPage('da');
    const status = await searchFor(page, 'grundvand');
    const count = (await resultPaths(page, 'da')).length;
    expect(status).toBe(`${count} resultater for »grundvand«.`);
    expect(await page.getByRole('status').getAttribute('role')).toBe('status');
  });

  it('show ten at a time: "show more" adds the rest and moves focus to the first new result', async () => {
    const { page } = await session.searchPage('da');
    const status = await searchFor(page, 'samarbejde');
    const total = Number(/^(\d+) resultater/.exec(status)?.[1]);
    expect(total, 'the query must find more than ten pages for this test').toBeGreaterThan(10);
    expect(await resultPaths(page, 'da')).toHaveLength(10);
    const more = page.getByRole('button', { name: ui.da['search.results.more'] });
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length === n, total);
    const paths = await resultPaths(page, 'da');
    expect(new Set(paths).size).toBe(total);
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(paths[10]);
    expect(await more.isHidden()).toBe(true);
  });

  it('a result once shown keeps its place: the first page is final before the count arrives', async () => {
    // The first page may be shown before every search of the query has run (the shorter beginning of the
    // last word only adds pages after it); nothing shown may move or vanish when the rest comes in.
    const { page } = await session.searchPage('da');
    await searchFor(page, 'xyzzy');
    await page.evaluate(() => {
      const list = document.querySelector('[data-search-results]')!;
      const seen: string[][] = [];
      (window as unknown as { seen: string[][] }).seen = seen;
      new MutationObserver(() => seen.push([...list.querySelectorAll('a')].map((a) => a.pathname))).observe(list, { childList: true });
    });
    const status = await searchFor(page, 'samarbejde');
    expect(Number(/^(\d+) resultater/.exec(status)?.[1]), 'the query must find more than ten pages').toBeGreaterThan(10);
    const final = await resultPaths(page, 'da');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
    expect(seen.length, 'results were put on the page one by one').toBeGreaterThan(1);
    for (const shown of seen) expect(final.slice(0, shown.length)).toEqual(shown);
  });

  it('with no match, say so and link to the list of all areas', async () => {
    const { page } = await session.searchPage('da');
    const status = await searchFor(page, 'xyzzy');
    expect(status).toBe(`Ingen resultater for »xyzzy«. ${ui.da['search.results.hint']}`);
    const link = page.getByRole('link', { name: 'Se alle samarbejdsområder' });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/da/arbejdsprogram/#programme-areas');
  });
});

describe('The sector filter', () => {
  it('narrows the results to the chosen sector and keeps it in the address', async () => {
    const { page } = await open(searchPath.da);
    await searchFor(page, 'energi');
    const all = await resultPaths(page, 'da');
    await page.getByRole('combobox', { name: 'Sektor' }).selectOption({ label: 'Energi' });
    const status = await waitForStatusAbout(page, 'energi').then(() =>
      page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('i sektoren Energi')),
    );
    expect(status).toBeTruthy();
    const narrowed = await resultPaths(page, 'da');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((p) => all.includes(p))).toBe(true);
    const sectors = await page.locator('.search-result__sector').allTextContents();
    expect(sectors).toEqual(narrowed.map(() => 'Sektor: Energi'));
    expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
  });

  it('is read from the address with the query', async () => {
    const { page } = await open(`${searchPath.en}?q=water&sector=water`);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes(' in Water and natural resources'));
    expect(await page.getByRole('combobox', { name: 'Sector' }).inputValue()).toBe('water');
    const sectors = await page.locator('.search-result__sector').allTextContents();
    expect(sectors.length).toBeGreaterThan(0);
    expect(new Set(sectors)).toEqual(new Set(['Sector: Water and natural resources']));
  });
});

describe('The search form', () => {
  it('?q= fills the box and runs the search without any typing', async () => {
    const { page } = await open(`${searchPath.da}?q=${encodeURIComponent('fjernvarme')}`);
    await waitForStatusAbout(page, 'fjernvarme');
    expect(await page.getByRole('searchbox').inputValue()).toBe('fjernvarme');
    expect((await resultPaths(page, 'da'))[0]).toBe('/da/arbejdsprogram/baeredygtig-byudvikling-og-fjernvarme/');
  });

  it('the header form on every other page is a GET form that leads to the search page with ?q=', async () => {
    const { page } = await open('/da/arbejdsprogram/grundvandspartnerskab/');
    const form = page.getByRole('search');
    expect(await form.getAttribute('method')).toBe('get');
    await form.getByRole('searchbox').fill('fjernvarme');
    await Promise.all([page.waitForURL(/\/da\/soeg\/\?q=fjernvarme$/), form.getByRole('searchbox').press('Enter')]);
    await waitForStatusAbout(page, 'fjernvarme');
    expect((await resultPaths(page, 'da'))[0]).toBe('/da/arbejdsprogram/baeredygtig-byudvikling-og-fjernvarme/');
  });

  it('the search page has one search form: the header form is left out', async () => {
    const { page } = await session.searchPage('da');
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.getByRole('searchbox').count()).toBe(1);
  });

  it('works with the keyboard alone: Enter searches in place, Tab reaches the filter and the results', async () => {
    const { page } = await open(searchPath.da);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('grundvand');
    await page.keyboard.press('Enter');
    await waitForStatusAbout(page, 'grundvand');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('grundvand');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent);
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('search-sector');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Grundvandspartnerskab');
    await Promise.all([page.waitForURL(/grundvandspartnerskab\/$/), page.keyboard.press('Enter')]);
  });

  it('carries no note for astro dev in the built site', async () => {
    const { page } = await session.searchPage('da');
    expect(await page.getByText(ui.da['search.devNote']).count()).toBe(0);
  });

  it('with JavaScript the no-script message is hidden and the sector filter shown', async () => {
    const { page } = await session.searchPage('da');
    await page.getByRole('combobox', { name: 'Sektor' }).waitFor();
    expect(await page.getByText(ui.da['search.noScript']).isVisible()).toBe(false);
  });

  it('without JavaScript the page says so, links to all areas, and the form still submits', async () => {
    const noScript = await session.browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${session.url()}${searchPath.da}`);
      expect(await page.getByText(ui.da['search.noScript']).isVisible()).toBe(true);
      const link = page.getByRole('link', { name: 'Se alle samarbejdsområder' });
      expect(await link.getAttribute('href')).toBe('/da/arbejdsprogram/#programme-areas');
      expect(await page.getByRole('combobox', { name: 'Sektor' }).isVisible()).toBe(false);
      await page.getByRole('searchbox').fill('grundvand');
      await Promise.all([page.waitForURL(/\/da\/soeg\/\?q=grundvand$/), page.getByRole('searchbox').press('Enter')]);
    } finally {
      await noScript.close();
    }
  });
});

describe('Loading', () => {
  it('runs under a strict CSP that is really in force: an inline script is refused and reported', async () => {
    // Not through open(): the violation this test provokes must not fail it.
    const { page, problems } = await openWatched(session.context());
    try {
      await page.goto(`${session.url()}${searchPath.da}?q=grundvand`);
      await waitForStatusAbout(page, 'grundvand');
      expect(problems).toEqual([]);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
      });
      expect(ran).toBe(false);
      await expect.poll(() => problems.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('fetches nothing of the search code or index until the search box gets focus', async () => {
    const { page, requests } = await open(searchPath.da);
    await page.waitForLoadState('networkidle');
    const searchFiles = (url: string) => url.includes('/pagefind/') || /\/_astro\/search-engine\./.test(url);
    expect(requests.filter(searchFiles)).toEqual([]);
    // On focus: Pagefind's client, the language's WebAssembly and index metadata; results wait for a query.
    await Promise.all([
      page.waitForRequest(/\/pagefind\/pagefind\.js$/),
      page.waitForResponse(/\/pagefind\/wasm\.da\.pagefind$/),
      page.waitForResponse(/\/pagefind\/pagefind\.da_\w+\.pf_meta$/),
      page.getByRole('searchbox').focus(),
    ]);
    await page.waitForTimeout(300);
    expect(requests.filter((url) => /\/pagefind\/fragment\/|\ben[_.]/.test(url))).toEqual([]);
  });

  it('fetches the index at once when the address carries a query', async () => {
    const { page, requests } = await open(`${searchPath.en}?q=energy`);
    await waitForStatusAbout(page, 'energy');
    expect(requests.some((url) => /\/pagefind\/pagefind\.js$/.test(url))).toBe(true);
    expect(requests.some((url) => /\/pagefind\/index\/en_\w+\.pf_index$/.test(url))).toBe(true);
    // Only the page language's index: the Danish one is never touched.
    expect(requests.filter((url) => /\/pagefind\/.*\bda[_.]/.test(url))).toEqual([]);
  });
});

describe('Accessibility', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each([
    ['da', 'grundvand'],
    ['da', 'xyzzy'],
    ['en', 'groundwater'],
    ['zh', '地下水'],
    ['zh', '风电'],
  ] as const)('the %s search page showing results for "%s" has no axe violations (WCAG 2.2 AA)', async (lang, query) => {
    const { page } = await session.searchPage(lang);
    await searchFor(page, query);
    // Evaluated in the page rather than added as a script element, which the site's CSP rightly refuses.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
