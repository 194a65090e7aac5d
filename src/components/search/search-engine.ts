import { danishSpellings } from './danish-spellings';
import { excerpt, type ExcerptPart } from './excerpt';
import {
  fetchChunk,
  fetchEntry,
  fetchFilter,
  fetchFragment,
  fetchMeta,
  type Fragment,
  type IndexedWord,
  type Meta,
} from './index-reader/pagefind-files';
import { foldAccents, queryWords } from './index-reader/query-words';
import { chunkMayHold, matchWord, rankPages, type RankedPage } from './index-reader/ranking';

/** One search result, ready to show. */
export interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  sector: string | undefined;
}

/** The ranked results of one search; their texts are fetched a page at a time, as they are shown. */
export interface Found {
  total: number;
  /** The next `count` results, with title, excerpt and sector. */
  more(count: number): Promise<Hit[]>;
}

export interface SiteSearch {
  search(query: string, sector: string): Promise<Found>;
}

/** Words of the excerpt shown under each result. */
const excerptWords = 24;
const base = `${import.meta.env.BASE_URL}pagefind/`;

const stemmers: Record<string, () => Promise<(word: string) => string>> = {
  da: () => import('./stem/danish').then((m) => m.stemDanish),
  en: () => import('./stem/english').then((m) => m.stemEnglish),
  // Pagefind stems no Chinese ("wasm": null in its entry file): words are looked up as written. A stopgap until
  // the search moves to Pagefind's own client: Pagefind splits Chinese text into words when it indexes
  // (区域供热 → 区域 · 供热), and this reader does not split a query the same way, so 供热 is found and
  // 区域供热 is not.
  'zh-hans': async () => (word: string) => word,
};

/** Fetches each file once; a failed fetch is forgotten, so the next search tries again. */
function cached<T>(load: (hash: string) => Promise<T>): (hash: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (hash) => {
    let file = files.get(hash);
    if (!file) {
      file = load(hash);
      files.set(hash, file);
      file.catch(() => files.delete(hash));
    }
    return file;
  };
}

/**
 * Opens the search index of one language: its metadata (a few hundred bytes), and the word list if there
 * is only one; the word lists a query needs, the sector filter and the texts of the results shown are
 * fetched as they are needed.
 */
export async function openSearch(tag: string): Promise<SiteSearch> {
  // Pagefind names its indexes after <html lang> in lower case: "zh-Hans" is "zh-hans".
  const lang = tag.toLowerCase();
  const stemmer = stemmers[lang];
  if (!stemmer) throw new Error(`The site has no search for the language "${lang}"`);
  const [entry, stem] = await Promise.all([fetchEntry(base), stemmer()]);
  const hash = entry.languages[lang]?.hash;
  if (!hash) throw new Error(`The search index has no pages in the language "${lang}"`);
  const meta = await fetchMeta(base, hash);
  const chunk = cached((h) => fetchChunk(base, h));
  const filter = cached((h) => fetchFilter(base, h));
  const fragment = cached((h) => fetchFragment(base, h));
  const corpus = { pageLengths: meta.pages.map((p) => p.words) };
  // A site this size has one word list, which every query needs: fetched now, while the visitor types,
  // it saves the first query a round trip (a long one from China). Larger sites split it, and wait.
  if (meta.chunks.length === 1) void chunk(meta.chunks[0]!.hash).catch(() => undefined);

  /** The index words a stem can reach: those of the chunks it may fall in. */
  async function wordsNear(stems: string[]): Promise<IndexedWord[]> {
    const needed = meta.chunks.filter((c) => stems.some((s) => chunkMayHold(c, s)));
    return (await Promise.all(needed.map((c) => chunk(c.hash)))).flat();
  }

  async function sectorPages(sector: string): Promise<Set<number> | undefined> {
    if (!sector) return undefined;
    const file = meta.filters.get('sector');
    return file ? ((await filter(file)).get(sector) ?? new Set()) : new Set();
  }

  async function rank(spelling: string, allowed: Set<number> | undefined): Promise<RankedPage[]> {
    // A word typed twice is one condition, not a double weight.
    const stems = [...new Set(queryWords(spelling).map((word) => stem(foldAccents(word))))];
    const words = await wordsNear(stems);
    return rankPages(stems.map((s) => matchWord(s, words)), corpus, allowed);
  }

  return {
    async search(query, sector) {
      const spellings = lang === 'da' ? danishSpellings(query) : [query];
      const allowed = await sectorPages(sector);
      const rankings = await Promise.all(spellings.map((spelling) => rank(spelling, allowed)));
      const ranked = mergeSpellings(rankings);
      let next = 0;
      return {
        total: ranked.length,
        more(count) {
          const slice = ranked.slice(next, next + count);
          next += slice.length;
          return Promise.all(slice.map(async (r) => hitOf(await fragment(pageHash(meta, r.page)), r)));
        },
      };
    },
  };
}

function pageHash(meta: Meta, page: number): string {
  const hash = meta.pages[page]?.hash;
  if (!hash) throw new Error(`The search index names a page (${page}) it does not list`);
  return hash;
}

function hitOf(fragment: Fragment, ranked: RankedPage): Hit {
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    excerpt: excerpt(fragment.content, ranked.occurrences, excerptWords),
    sector: fragment.meta['sector'],
  };
}

/**
 * Merges the results of each spelling of a query (index 0 is the query as typed), each page with its
 * best score. With more than one spelling, pages found through æ, ø or å come first: "aabne" is meant
 * as "åbne", and the typed letters still count for real words such as "Aarhus".
 */
function mergeSpellings(rankings: RankedPage[][]): RankedPage[] {
  const best = new Map<number, { ranked: RankedPage; onlyAsTyped: boolean }>();
  rankings.forEach((ranking, i) => {
    const asTyped = i === 0 && rankings.length > 1;
    for (const ranked of ranking) {
      const seen = best.get(ranked.page);
      best.set(ranked.page, {
        ranked: seen && seen.ranked.score >= ranked.score ? seen.ranked : ranked,
        onlyAsTyped: (seen?.onlyAsTyped ?? true) && asTyped,
      });
    }
  });
  return [...best.values()]
    .sort((a, b) => Number(a.onlyAsTyped) - Number(b.onlyAsTyped) || b.ranked.score - a.ranked.score)
    .map(({ ranked }) => ranked);
}
