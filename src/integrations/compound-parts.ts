/** Parts shorter than this are too often chance endings ("arme" in "fjernvarme") to be worth finding by. */
const shortestPart = 4;
/** A compound's first part has at least this many letters. */
const shortestHead = 3;

/** The words of a text as Pagefind's indexer sees them: lower case, split at anything not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The last parts of a page's compounds that are words of the site itself: "varme" for "fjernvarme" when
 * "varme" stands alone somewhere in the same language's pages, "partnerskab" for "grundvandspartnerskab".
 * Pagefind matches the beginnings of words, so the first part already finds a compound; this finds it by its
 * end, from the site's own vocabulary rather than a dictionary, so a word no page uses is never made up.
 *
 * `pageWords`: the words of one page; `vocabulary`: every word of the language's indexed pages.
 * Returns the parts, each once, in the order found.
 */
export function compoundParts(pageWords: Iterable<string>, vocabulary: ReadonlySet<string>): string[] {
  const parts = new Set<string>();
  for (const word of new Set(pageWords)) {
    const letters = [...word];
    for (let at = shortestHead; at <= letters.length - shortestPart; at++) {
      const tail = letters.slice(at).join('');
      if (vocabulary.has(tail)) {
        parts.add(tail);
        break; // the longest known ending; its own endings are found through it when they are words too
      }
    }
  }
  return [...parts];
}
