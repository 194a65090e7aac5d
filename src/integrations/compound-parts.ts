/** Parts shorter than this are too often chance endings ("arme" in "fjernvarme") to be worth finding by. */
const shortestPart = 4;
/**
 * A four-letter ending is a part only when what comes before it is a word too ("grund|vand"): alone, four
 * letters end too many words by chance ("Den|mark", "mari|time").
 */
const shortestLoosePart = 5;
/** Letters that join the parts of a compound ("grundvand-s-partnerskab"). */
const linking = ['s', 'e'];
/** A compound's first part has at least this many letters. */
const shortestHead = 3;

/** The words of a text as Pagefind's indexer sees them: lower case, split at anything not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The words a language's pages use, with every word also under its stem-like forms: the word less one of the
 * language's inflectional `endings` ("varmen" also counts as "varme"). Returns a set for `compoundParts`.
 */
export function vocabularyOf(words: Iterable<string>, endings: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const word of words) {
    vocabulary.add(word);
    for (const ending of endings) {
      if (word.length - ending.length >= shortestPart && word.endsWith(ending)) vocabulary.add(word.slice(0, -ending.length));
    }
  }
  return vocabulary;
}

/**
 * The last parts of a page's compounds that are words of the site itself: "varme" for "fjernvarme" when
 * "varme" stands alone (or inflected, see `vocabularyOf`) somewhere in the same language's pages,
 * "partnerskab" for "grundvandspartnerskab".
 * Pagefind matches the beginnings of words, so the first part already finds a compound; this finds it by its
 * end, from the site's own vocabulary rather than a dictionary, so a word no page uses is never made up.
 *
 * `pageWords`: the words of one page; `vocabulary`: every word of the language's indexed pages (`vocabularyOf`);
 * `endings`: the language's inflectional endings, so an inflected ending counts ("partnerskabet").
 * Returns the parts, each once, in the order found.
 */
export function compoundParts(
  pageWords: Iterable<string>,
  vocabulary: ReadonlySet<string>,
  endings: readonly string[] = [],
): string[] {
  const known = (word: string) =>
    vocabulary.has(word) || endings.some((e) => word.length - e.length >= shortestPart && word.endsWith(e) && vocabulary.has(word.slice(0, -e.length)));
  const parts = new Set<string>();
  for (const word of new Set(pageWords)) {
    const letters = [...word];
    for (let at = shortestHead; at <= letters.length - shortestPart; at++) {
      const tail = letters.slice(at).join('');
      const head = letters.slice(0, at).join('');
      const headIsWord = known(head) || linking.some((l) => head.endsWith(l) && known(head.slice(0, -1)));
      if (known(tail) && (letters.length - at >= shortestLoosePart || headIsWord)) {
        parts.add(tail);
        break; // the longest known ending; its own endings are found through it when they are words too
      }
    }
  }
  return [...parts];
}
