import { excerptParts, type ExcerptPart } from './excerpt';
import { localeOfTag } from '../../i18n/locales';
import { localeSearch } from './locale-search';
import { querySpellings, searchableText } from './query-spellings';

/** One search result, ready to show. */
export interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  sector: string | undefined;
}

/**
 * The results of one search, best first; their texts are fetched a page at a time, as they are shown. The
 * first page is known before the whole search has run when the whole words alone find a page of results (the
 * shorter beginning of the last word only adds pages after them), so it is shown without waiting for the rest.
 */
export interface Found {
  /**
   * The first results (at most the search's `firstPage`; fewer only when there are no more), best first: one
   * promise each for its title, excerpt and sector, all fetching at once, so the first can be shown before the
   * last has arrived. Empty when nothing was found.
   */
  first: Promise<Hit>[];
  /**
   * Every result, once every search of the query has run; the searches that only add pages after `first`
   * start when this is first read. Rejects when a search failed.
   */
  readonly all: Promise<AllFound>;
}

/** Every result of one search: how many, and the rest of them a page at a time. */
export interface AllFound {
  total: number;
  /**
   * The next `count` results after those already handed out (`first` among them), best first, with title,
   * excerpt and sector: one promise each, all fetching at once (one Pagefind fragment per result, and none for
   * a result not asked for).
   */
  more(count: number): Promise<Hit>[];
}

export interface SiteSearch {
  /**
   * Starts fetching the index chunks that `search(query, sector)` will read, without searching: called on
   * every keystroke, so the chunks arrive while the search waits for typing to pause. Never throws; a chunk
   * that fails to load is fetched again by the search.
   */
  preload(query: string, sector: string): void;
  /**
   * Searches `query` (as typed) in the page's language, within one sector when `sector` is not ''.
   * `firstPage`: how many results the caller shows first (`first`); their texts start loading as soon as
   * they are known. Resolves once those are known, which may be before `all`.
   */
  search(query: string, sector: string, firstPage: number): Promise<Found>;
}

/** The part of Pagefind 1.6's browser API (`/pagefind/pagefind.js`) the site uses; see pagefind.app/docs/api. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Words of the excerpt under each result. */
const excerptLength = 24;

/**
 * How much a match in a page's metadata adds to its body score. The title (an area's h1, kept out of the
 * indexed text so excerpts never repeat it) counts most; the editors' keywords lift a page above passing
 * mentions; the parts of compounds the build split off (src/integrations/compound-parts.ts) count least.
 */
const metaWeights = { title: 5, keywords: 2, parts: 1 };
/**
 * Pagefind's preference for indexed words close in length to the query word (its default is 1): at 4, an
 * area with "energi" in its title comes before one with "energieffektivitet".
 */
const termSimilarity = 4;

/**
 * Loads Pagefind's own browser client from the built site at run time: it is not bundled (Vite leaves a
 * variable import alone), so an upgrade of Pagefind is a version bump. It reads the page's `<html lang>`.
 */
async function loadPagefind(excerptEllipsis: string): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Without the Web Worker: it would fetch a second copy of the client (13 KB gzip) to move a search of a
  // few milliseconds off the main thread, and need a worker-src in the CSP.
  await pagefind.options({ noWorker: true, excerptLength, excerptEllipsis, ranking: { metaWeights, termSimilarity } });
  await pagefind.init();
  return pagefind;
}

/**
 * Opens the search of one language: Pagefind's client, its WebAssembly and the language's index metadata.
 * `tag` is the page's `<html lang>`, a BCP 47 tag from `languageTags` ("zh-Hans"): Pagefind's client reads
 * the same attribute to choose its index, so the settings chosen here and the index always agree.
 * `ellipsis`: what stands where an excerpt is cut short, before or after it (the language's `text.ellipsis`).
 * Throws when no locale of the site has that tag.
 */
export async function openSearch(tag: string, ellipsis: string): Promise<SiteSearch> {
  const lang = localeOfTag(tag);
  if (!lang) throw new Error(`The site has no search for the language "${tag}"`);
  const { spellings } = localeSearch[lang];
  const pagefind = await loadPagefind(ellipsis);

  /** The searches one query makes: the whole words in every spelling, then the shorter beginnings of the last. */
  const searchesOf = (query: string) => {
    const text = searchableText(query);
    const spelt = querySpellings(text, spellings);
    const shorter = querySpellings(shortenLastWord(text), spellings).filter((v) => !spelt.includes(v));
    return { spelt, shorter };
  };
  /**
   * Starts fetching the index chunks of every search of a query at once: Pagefind's `preload` only loads
   * chunks, which is safe to run side by side, unlike searches. Pagefind keeps one promise per chunk, so a
   * chunk is fetched once however often it is asked for, and each search then waits for its own chunks only,
   * not for those of the other spellings. A chunk that failed is fetched again by the search that needs it.
   */
  const preloadAll = (query: string, options: { filters?: Record<string, string> }) => {
    const { spelt, shorter } = searchesOf(query);
    for (const v of [...spelt, ...shorter]) pagefind.preload(v, options).catch(() => undefined);
  };
  const optionsOf = (sector: string) => (sector ? { filters: { sector } } : {});
  /**
   * One Pagefind search at a time, in the order asked, across queries too: Pagefind's client keeps one search
   * state, concurrent searches on it were seen to mix up scores, and the rest of a query whose first page is
   * shown may still be searching when the next query starts.
   */
  let searching: Promise<unknown> = Promise.resolve();
  const searchOne = (term: string, options: { filters?: Record<string, string> }) => {
    const done = searching.then(() => pagefind.search(term, options));
    searching = done.catch(() => undefined);
    return done;
  };
  /** The last query preloaded, so its search does not ask again. */
  let preloaded: string | undefined;
  const keyOf = (query: string, sector: string) => JSON.stringify([searchableText(query), sector]);

  return {
    preload(query, sector) {
      preloaded = keyOf(query, sector);
      preloadAll(query, optionsOf(sector));
    },
    async search(query, sector, firstPage) {
      const options = optionsOf(sector);
      const { spelt, shorter } = searchesOf(query);
      // Every chunk asked for at once, unless the last keystroke did: searched one after the other, each
      // spelling would only then start fetching its own.
      if (preloaded !== keyOf(query, sector)) preloadAll(query, options);
      const run = async (list: string[]) => {
        const found = [];
        for (const v of list) found.push(await searchOne(v, options));
        return found.flatMap((s) => s?.results ?? []);
      };
      // The whole words in every spelling first, then what only a shorter beginning of the last word finds.
      const whole = await run(spelt);
      // Pages the whole words find come first whatever the shorter beginning finds, so those on the first page
      // are known now, and their texts start loading.
      const first = mergeByPage([whole]).slice(0, firstPage).map(textOf);
      // A failure is thrown where the caller awaits the text; a search dropped as stale never awaits it.
      for (const text of first) text.catch(() => undefined);
      const rest = async () => allOf(mergeByPage([whole, await run(shorter)]), first.length);
      // A full first page is final: the shorter beginning, which only counts and adds pages after it, is
      // searched when the caller asks for `all` (once the page is shown), so it never holds up the page, and
      // a search dropped as stale never runs it.
      if (first.length === firstPage) {
        let all: Promise<AllFound> | undefined;
        return {
          first,
          get all() {
            return (all ??= rest());
          },
        };
      }
      const every = await rest();
      return { first: [...first, ...every.more(firstPage - first.length)], all: Promise.resolve(every) };
    },
  };
}

/** Every result of a search, ranked; the first `handedOut` of them are already being shown. */
function allOf(ranked: PagefindResult[], handedOut: number): AllFound {
  let next = handedOut;
  return {
    total: ranked.length,
    more(count) {
      const slice = ranked.slice(next, next + count);
      next += slice.length;
      return slice.map(textOf);
    },
  };
}

/** Letters a word may lose to its stem, as far as a beginning of a word is concerned ("environm" → "envir"). */
const stemSuffix = 3;
/**
 * Beginnings are never cut shorter than this: Snowball stems of Danish and English words are rarely shorter,
 * and shorter beginnings match other words ("Dansk" cut to "dans" would find "Danish").
 */
const shortestPrefix = 5;

/**
 * The query with its last word (the one being typed) cut by up to `stemSuffix` letters, to no fewer than
 * `shortestPrefix`. Pagefind matches the beginnings of the stems it indexed, and a stem may be shorter than
 * the letters typed so far: "environm" is no beginning of "environ", the stem of "environment", so it would
 * find fewer pages than the whole word. Its beginning "envir" finds them all. '' when no word is long enough.
 */
export function shortenLastWord(text: string): string {
  const words = text.split(' ');
  const last = words.at(-1) ?? '';
  const letters = [...last];
  if (letters.length <= shortestPrefix) return '';
  words[words.length - 1] = letters.slice(0, Math.max(shortestPrefix, letters.length - stemSuffix)).join('');
  return words.join(' ');
}

/**
 * Merges the results of every search of one query, each page once: in the first tier that found it, with
 * its best score from the searches of that tier; by tier, then best first. Pagefind's scores come from one
 * index and one ranking, so they compare across searches. A later tier never moves the pages of an earlier
 * one: the merge of the first tier alone is the beginning of the merge of all.
 */
function mergeByPage(tiers: PagefindResult[][]): PagefindResult[] {
  const pages = new Map<string, { result: PagefindResult; tier: number; score: number }>();
  tiers.forEach((results, tier) => {
    for (const result of results) {
      const seen = pages.get(result.id);
      if (!seen) pages.set(result.id, { result, tier, score: result.score });
      else if (seen.tier === tier) seen.score = Math.max(seen.score, result.score);
    }
  });
  return [...pages.values()].sort((a, b) => a.tier - b.tier || b.score - a.score).map((page) => page.result);
}

/** A result's title, excerpt and sector, from its Pagefind fragment (fetched once per page by Pagefind). */
async function textOf(result: PagefindResult): Promise<Hit> {
  return hitOf(await result.data());
}

function hitOf(data: Awaited<ReturnType<PagefindResult['data']>>): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: excerptParts(data.excerpt),
    sector: data.meta['sector'],
  };
}
