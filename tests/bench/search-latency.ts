import type { Browser, Page } from 'playwright-core';
import { normalised, searchPath, strictCsp } from '../support/search-page.ts';
import type { Locale } from '../../src/i18n/locales.ts';

export { strictCsp };

export interface Query {
  lang: Locale;
  query: string;
}

export const queries: Query[] = [
  { lang: 'da', query: 'grundvand' },
  { lang: 'da', query: 'fjernvarme' },
  { lang: 'da', query: 'baeredygtig' },
  { lang: 'en', query: 'groundwater' },
  { lang: 'en', query: 'district heating' },
  { lang: 'en', query: 'energy' },
];

/**
 * Searched first, so the search is loaded before the measured query. A word found nowhere: a common one
 * would fetch the fragments of most pages, and the measured query would find them cached.
 */
const warmUp: Record<Locale, string> = { da: 'zzxq', en: 'zzxq', zh: 'zzxq' };

export interface QueryTiming {
  lang: Locale;
  query: string;
  /** Median ms from entering the query to the results on the page, as soon as the box has focus on a fresh visit. */
  coldMs: number;
  /** The same once the search is loaded (after another query), for a query not searched before. */
  warmMs: number;
  /** The fastest runs: on a busy machine, the closest to what the code itself costs. */
  coldMinMs: number;
  warmMinMs: number;
  /** Bytes on the wire for the cold search: the search code, the language's index and the results' fragments. */
  coldBytes: number;
  /** Bytes the query itself fetched once the search was loaded (index chunks and fragments). */
  warmBytes: number;
  /** The cold search's bytes by part, from its median run. */
  coldParts: Record<Part, number>;
  results: number;
  runs: { coldMs: number[]; warmMs: number[] };
}

export const median = (values: number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Bench {
  input: number;
  /** The first result on the page after the last input (0 until then): the live region speaks later. */
  first: number;
  shown: { t: number; text: string; results: number }[];
}

/**
 * Records, in the page, when the last keystroke happened and every change of the status line with the
 * number of results then in the list: the search UI writes the status right after the results.
 */
function instrument(): void {
  const bench: Bench = { input: 0, first: 0, shown: [] };
  (window as unknown as { bench: Bench }).bench = bench;
  document.addEventListener(
    'input',
    () => {
      bench.input = performance.now();
      bench.first = 0;
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('[data-search-results]');
    if (list)
      new MutationObserver(() => {
        if (!bench.first && list.querySelector('li')) bench.first = performance.now();
      }).observe(list, { childList: true });
    const status = document.querySelector('[role="status"]');
    if (!status) return;
    new MutationObserver(() =>
      bench.shown.push({
        t: performance.now(),
        text: status.textContent ?? '',
        results: document.querySelectorAll('[data-search-results] li').length,
      }),
    ).observe(status, { childList: true, characterData: true, subtree: true });
  });
}

/**
 * Enters the query in one input event, as a fast typist within the debounce or a paste does, and returns ms
 * from that input to its results, and their number. Typed key by key on a busy machine, keystrokes can fall
 * further apart than the debounce, and each prefix ("g", "gr", …) would be searched too, by chance.
 */
async function typeAndTime(page: Page, query: string): Promise<{ ms: number; results: number }> {
  await page.getByRole('searchbox').fill(query);
  const q = normalised(query);
  const handle = await page.waitForFunction(
    (q) => {
      const { bench } = window as unknown as { bench: Bench };
      const shown = bench.shown.find(
        (s) => s.t >= bench.input && (s.text.includes(`»${q}«`) || s.text.includes(`“${q}”`)),
      );
      // Time to the first result where there is one; the status line (spoken once typing pauses) otherwise.
      return shown ? { ms: (bench.first || shown.t) - bench.input, results: shown.results } : false;
    },
    q,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as { ms: number; results: number };
}

/** What a search fetches: the search code, the language's metadata, word index chunks, filters, result fragments. */
export const searchParts = ['engine', 'meta', 'index', 'filter', 'fragments'] as const;
export type Part = (typeof searchParts)[number];
const partOf = (path: string): Part =>
  path.endsWith('.pf_meta')
    ? 'meta'
    : path.includes('/index/')
      ? 'index'
      : path.includes('/filter/')
        ? 'filter'
        : path.includes('/fragment/')
          ? 'fragments'
          : 'engine';

async function oneRun(browser: Browser, base: string, { lang, query }: Query, warm: boolean) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    // Counting starts once the page has loaded: what the search itself costs, its code included.
    let counting = false;
    const sizes: Promise<{ part: Part; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (counting && path !== '/favicon.svg') {
        // A request still finishing as the context closes has no sizes any more; it is not part of this search.
        sizes.push(
          request.sizes().then(
            (s) => ({ part: partOf(path), bytes: s.responseHeadersSize + s.responseBodySize }),
            () => ({ part: partOf(path), bytes: 0 }),
          ),
        );
      }
    });
    await page.goto(`${base}${searchPath[lang]}`, { waitUntil: 'load' });
    counting = !warm;
    await page.getByRole('searchbox').focus();
    if (warm) {
      await typeAndTime(page, warmUp[lang]);
      await page.getByRole('searchbox').fill('');
      await page.waitForFunction(
        () => document.querySelector('[role="status"]')?.textContent === '',
      );
      counting = true;
    }
    const { ms, results } = await typeAndTime(page, query);
    // Fragments of later results may still arrive after the first ones are shown; they are part of the query.
    await page.waitForLoadState('networkidle');
    counting = false;
    const parts = Object.fromEntries(searchParts.map((p) => [p, 0])) as Record<Part, number>;
    for (const { part, bytes } of await Promise.all(sizes)) parts[part] += bytes;
    const bytes = Object.values(parts).reduce((a, b) => a + b, 0);
    return { ms, results, bytes, parts };
  } finally {
    await context.close();
  }
}

/** Median of `runs` fresh visits per query, cold and warm. */
export async function timeSearches(
  browser: Browser,
  base: string,
  runs: number,
  list = queries,
): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  for (const q of list) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await oneRun(browser, base, q, false));
      warm.push(await oneRun(browser, base, q, true));
    }
    timings.push({
      ...q,
      coldMs: median(cold.map((r) => r.ms)),
      warmMs: median(warm.map((r) => r.ms)),
      coldMinMs: Math.min(...cold.map((r) => r.ms)),
      warmMinMs: Math.min(...warm.map((r) => r.ms)),
      coldBytes: median(cold.map((r) => r.bytes)),
      warmBytes: median(warm.map((r) => r.bytes)),
      coldParts: cold.toSorted((a, b) => a.bytes - b.bytes)[Math.floor(cold.length / 2)]!.parts,
      results: warm[0]!.results,
      runs: {
        coldMs: cold.map((r) => Math.round(r.ms)),
        warmMs: warm.map((r) => Math.round(r.ms)),
      },
    });
  }
  return timings;
}
