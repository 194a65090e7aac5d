import { danishSpellings } from './danish-spellings';
import type { Pagefind, PagefindResult } from './pagefind-api';

/** One search result, ready to show. */
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  sector: string | undefined;
}

const bundleUrl = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on demand: the search page fetches nothing of it until the box gets focus or a
 * query arrives in the URL. pagefind.js picks the index of the page's <html lang>, so a Danish page only
 * ever searches Danish pages. A failed load is forgotten, so the next search tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
      // The index is tiny, so searching on the main thread is quick and saves fetching the 43 KB worker.
      await pagefind.options({ noWorker: true, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * Searches every spelling of the query (Danish pages also try æ, ø, å for ae, oe, aa) and merges the
 * results, each page with its best score. Pages found through an æ/ø/å spelling come first: Pagefind falls
 * back to the longest indexed word that begins a term it cannot find, so the typed "aabne" matches "AA"
 * (WCAG level AA), while "åbne" finds "åbner" and "åbnede"; the typed spelling still counts ("Aarhus").
 */
/** The ranked results of one search; their texts are fetched a page at a time, as they are shown. */
export interface Found {
  total: number;
  /** The next `count` results, with title, excerpt and sector. */
  more(count: number): Promise<Hit[]>;
}

export async function searchSite(pagefind: Pagefind, query: string, lang: string, sector: string): Promise<Found> {
  const spellings = lang === 'da' ? danishSpellings(query) : [query];
  const options = sector ? { filters: { sector } } : {};
  const searches = await Promise.all(spellings.map((spelling) => pagefind.search(spelling, options)));
  // Index 0 is the query as typed; with more than one spelling, pages only it found rank after the rest.
  const best = new Map<string, { result: PagefindResult; onlyAsTyped: boolean }>();
  searches.forEach((search, i) => {
    const asTyped = i === 0 && spellings.length > 1;
    for (const result of search?.results ?? []) {
      const seen = best.get(result.id);
      best.set(result.id, {
        result: seen && seen.result.score >= result.score ? seen.result : result,
        onlyAsTyped: (seen?.onlyAsTyped ?? true) && asTyped,
      });
    }
  });
  const ranked = [...best.values()]
    .sort((a, b) => Number(a.onlyAsTyped) - Number(b.onlyAsTyped) || b.result.score - a.result.score)
    .map(({ result }) => result);
  // Each result's text is a fetch of its own: fetching only what is shown keeps a common word fast on a large site.
  let next = 0;
  return {
    total: ranked.length,
    more(count) {
      const slice = ranked.slice(next, next + count);
      next += slice.length;
      return Promise.all(
        slice.map(async (result) => {
          const data = await result.data();
          return { url: data.url, title: data.meta['title'] ?? data.url, excerpt: data.excerpt, sector: data.meta['sector'] };
        }),
      );
    },
  };
}
