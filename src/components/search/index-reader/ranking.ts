import type { ChunkRef, IndexedWord, Occurrence, PageWords } from './pagefind-files';

/** One indexed spelling that a query word reached, with the pages it stands on. */
export interface MatchedWord {
  /** How close the indexed word is to the query word: 1 for the same length, less the longer it is. */
  closeness: number;
  pages: PageWords[];
}

/** Body text has weight 24 in Pagefind's index; headings and chosen elements weigh more. */
const bodyWeight = 24;

/** The shortest indexed word that may stand in for a query word it begins (see matchWord). */
const shortestStandIn = (stem: string) => Math.max(4, Math.ceil(stem.length / 2));

/**
 * Whether a chunk of the word list may hold a word that `stem` reaches: one beginning with it, or a stand-in
 * it begins with. Pagefind shortens the chunk bounds to the letters that tell chunks apart (a chunk may run
 * from "gas" to "hea", and so hold "heat"), so a bound stands for every word it begins.
 */
export function chunkMayHold(chunk: Pick<ChunkRef, 'first' | 'last'>, stem: string): boolean {
  const lowest = stem.slice(0, shortestStandIn(stem));
  return chunk.first <= `${stem}\uffff` && `${chunk.last}\uffff` >= lowest;
}

/**
 * Spellings that a stemmed query word reaches in the index: every indexed word that begins with it
 * ("fjern" → "fjernvarm"), with their accented variants. When none does, the longest indexed word the
 * query word begins with stands in ("fjernvarmeværk" → "fjernvarm"), if it keeps at least half of it and
 * four letters: a shorter stand-in ("for" for "forkert") would find pages that have nothing to do with it.
 */
export function matchWord(stem: string, words: readonly IndexedWord[]): MatchedWord[] {
  let matched = words.filter((w) => w.key.startsWith(stem));
  if (matched.length === 0) {
    const standIn = words
      .filter((w) => stem.startsWith(w.key) && w.key.length >= shortestStandIn(stem))
      .sort((a, b) => b.key.length - a.key.length)[0];
    matched = standIn ? [standIn] : [];
  }
  return matched.flatMap((w) => {
    const closeness = closenessOf(w.key.length - stem.length);
    return [w.pages, ...w.variants.map((v) => v.pages)]
      .filter((pages) => pages.length > 0)
      .map((pages) => ({ closeness, pages }));
  });
}

/**
 * A bell curve over the extra letters, never below 1/e so a long compound still counts: the word itself
 * 1, one letter more 0.89, two 0.67, four 0.42, eight or more about 0.37.
 */
function closenessOf(extraLetters: number): number {
  return Math.exp(Math.exp(-(extraLetters * extraLetters) / 8) - 1);
}

export interface RankedPage {
  page: number;
  score: number;
  /** Every position of a matched word on the page, for the excerpt. */
  occurrences: Occurrence[];
}

export interface Corpus {
  /** Words on each page, by page number. */
  pageLengths: readonly number[];
}

/**
 * Ranks the pages that hold every query word (each query word given as the spellings it matched), by
 * BM25: rarer words count more, repeats count less and less, long pages are not favoured for being
 * long. Headings weigh more than body text (Pagefind's weights), closer spellings more than far ones.
 */
export function rankPages(queryWords: MatchedWord[][], corpus: Corpus, allowed?: ReadonlySet<number>): RankedPage[] {
  if (queryWords.length === 0) return [];
  // Per query word, its spellings' occurrences on each page, with their closeness.
  const terms = queryWords.map((spellings) => {
    const byPage = new Map<number, { occurrences: Occurrence[]; frequency: number }>();
    for (const { closeness, pages } of spellings) {
      for (const { page, occurrences } of pages) {
        const here = byPage.get(page) ?? { occurrences: [], frequency: 0 };
        here.occurrences.push(...occurrences);
        here.frequency += (occurrences.reduce((sum, o) => sum + o.weight, 0) / bodyWeight) * closeness;
        byPage.set(page, here);
      }
    }
    return byPage;
  });
  const candidates = [...terms[0]!.keys()].filter(
    (page) => terms.every((term) => term.has(page)) && (!allowed || allowed.has(page)),
  );

  const total = corpus.pageLengths.length;
  const average = corpus.pageLengths.reduce((a, b) => a + b, 0) / Math.max(1, total);
  const saturation = 1.4;
  const lengthEffect = 0.75;

  return candidates
    .map((page) => {
      const length = corpus.pageLengths[page] ?? average;
      let score = 0;
      const occurrences: Occurrence[] = [];
      for (const term of terms) {
        const here = term.get(page)!;
        occurrences.push(...here.occurrences);
        const rarity = Math.log((total - term.size + 0.5) / (term.size + 0.5) + 1);
        score +=
          (rarity * (saturation + 1) * here.frequency) /
          (saturation * (1 - lengthEffect + (lengthEffect * length) / average) + here.frequency);
      }
      return { page, score, occurrences };
    })
    .sort((a, b) => b.score - a.score || a.page - b.page);
}
