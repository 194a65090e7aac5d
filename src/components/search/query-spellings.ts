import type { Spelling } from './locale-search';

/** Most spellings searched for one query: each is one Pagefind search, so the list stays short. */
export const maxSpellings = 12;

/**
 * Removes what the indexer removes: Pagefind splits words at `. , / :` (and indexes the parts of words joined by
 * `-` or `_` on their own too) and drops every other character that is not a letter, digit or emoji from a
 * word ("+45" is indexed as "45"). Searching the same text makes a phone
 * number copied from the contact page ("+45 33 92 11 12") find that page. Returns '' when nothing is left.
 */
export function searchableText(query: string): string {
  return query
    .normalize('NFC')
    .replace(/[.,/:_-]/g, ' ')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every way of reading one word with the language's substitutions, fewest substitutions first. */
function wordSpellings(word: string, spellings: readonly Spelling[]): string[] {
  const found = new Map<string, number>([[word, 0]]);
  let frontier = [word];
  for (let changes = 1; frontier.length > 0 && found.size < maxSpellings * 4; changes++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const { typed, letter } of spellings) {
        for (let at = current.indexOf(typed); at >= 0; at = current.indexOf(typed, at + 1)) {
          const variant = current.slice(0, at) + letter + current.slice(at + typed.length);
          if (!found.has(variant)) {
            found.set(variant, changes);
            next.push(variant);
          }
        }
      }
    }
    frontier = next;
  }
  return [...found.keys()];
}

/**
 * The spellings to search for a query, as typed first, then with the language's letters put in for what
 * stands for them, fewest changes first, at most `maxSpellings`. Searching the query as typed too keeps real
 * words with these letter pairs findable ("Aarhus", "poesi"). `spellings` empty: the query alone.
 */
export function querySpellings(query: string, spellings: readonly Spelling[]): string[] {
  const words = query.toLocaleLowerCase().split(' ').filter(Boolean);
  if (words.length === 0) return [];
  let combined: { text: string; changes: number }[] = [{ text: '', changes: 0 }];
  for (const word of words) {
    const variants = wordSpellings(word, spellings);
    combined = combined
      .flatMap((head) => variants.map((v, i) => ({ text: head.text ? `${head.text} ${v}` : v, changes: head.changes + (i === 0 ? 0 : 1) })))
      .sort((a, b) => a.changes - b.changes)
      .slice(0, maxSpellings);
  }
  return combined.map((c) => c.text);
}
