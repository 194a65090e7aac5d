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

/** The results of one search, best first; their texts are fetched a page at a time, as they are shown. */
export interface Found {
  total: number;
  /**
   * The next `count` results, best first, with title, excerpt and sector: one promise each, all fetching at
   * once (one Pagefind fragment per result, and none for a result not asked for), so the first can be shown
   * before the last has arrived.
   */
  more(count: number): Promise<Hit>[];
}

export interface SiteSearch {
  /** Searches `query` (as typed) in the page's language, within one sector when `sector` is not ''. */
  search(query: string, sector: string): Promise<Found>;
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
async function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Without the Web Worker: it would fetch a second copy of the client (13 KB gzip) to move a search of a
  // few milliseconds off the main thread, and need a worker-src in the CSP.
  await pagefind.options({ noWorker: true, excerptLength, ranking: { metaWeights, termSimilarity } });
  await pagefind.init();
  return pagefind;
}

/**
 * Opens the search of one language: Pagefind's client, its WebAssembly and the language's index metadata.
 * `tag` is the page's `<html lang>`, a BCP 47 tag from `languageTags` ("zh-Hans"): Pagefind's client reads
 * the same attribute to choose its index, so the settings chosen here and the index always agree.
 * Throws when no locale of the site has that tag.
 */
export async function openSearch(tag: string): Promise<SiteSearch> {
  const lang = localeOfTag(tag);
  if (!lang) throw new Error(`The site has no search for the language "${tag}"`);
  const { spellings } = localeSearch[lang];
  const pagefind = await loadPagefind();

  return {
    async search(query, sector) {
      const options = sector ? { filters: { sector } } : {};
      const text = searchableText(query);
      const spelt = querySpellings(text, spellings);
      const shorter = querySpellings(shortenLastWord(text), spellings).filter((v) => !spelt.includes(v));
      // One search at a time: Pagefind's client keeps one search state, and concurrent searches on it were
      // seen to mix up scores.
      const run = async (list: string[]) => {
        const found = [];
        for (const v of list) found.push(await pagefind.search(v, options));
        return found;
      };
      // The whole words in every spelling first, then what only a shorter beginning of the last word finds.
      const tiers = [await run(spelt), await run(shorter)];
      const ranked = mergeByPage(tiers.map((tier) => tier.flatMap((s) => s?.results ?? [])));
      let next = 0;
      return {
        total: ranked.length,
        more(count) {
          const slice = ranked.slice(next, next + count);
          next += slice.length;
          return slice.map(async (result) => hitOf(await result.data()));
        },
      };
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
 * its best score from any search; by tier, then best first. Pagefind's scores come from one index and one
 * ranking, so they compare across searches.
 */
function mergeByPage(tiers: PagefindResult[][]): PagefindResult[] {
  const pages = new Map<string, { result: PagefindResult; tier: number; score: number }>();
  tiers.forEach((results, tier) => {
    for (const result of results) {
      const seen = pages.get(result.id);
      if (!seen) pages.set(result.id, { result, tier, score: result.score });
      else seen.score = Math.max(seen.score, result.score);
    }
  });
  return [...pages.values()].sort((a, b) => a.tier - b.tier || b.score - a.score).map((page) => page.result);
}

function hitOf(data: Awaited<ReturnType<PagefindResult['data']>>): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: excerptParts(data.excerpt),
    sector: data.meta['sector'],
  };
}
