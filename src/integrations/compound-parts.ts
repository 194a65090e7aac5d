/** Parts shorter than this are too often chance endings ("arme" in "fjernvarme") to be worth finding by. */
const shortestPart = 4;
/**
 * A four-letter ending is a part only when what comes before it is a word too ("grund|vand"): alone, four
 * letters end too many words by chance ("Den|mark", "mari|time").
 */
const shortestLoosePart = 5;
/** Letters that join the parts of a compound ("grundvand-s-partnerskab"). */
const linking = ['s', 'e'];
/**
 * A compound's first part has at least this many letters. Three-letter beginnings of the site's words are
 * prefixes and little words, not first parts: "sam|arbejde", "for|målet", "her|under", "des|uden".
 */
const shortestHead = 4;
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
 * A part is found only where a reader would see one: after a first part of at least four letters, and either
 * after a first part that is a word of the site itself (alone or with a linking s or e) or as a word of five
 * letters or more that the site writes in that very form. An ending only reached by inflecting a word of the
 * site ("ikke" + "n" in "folkerepublikken") needs a first part that is a word. The rule comes from the parts
 * the built site produced: on 2026-11-30 the Danish pages gave 52 parts, 29 of them no part a reader sees:
 * chance endings ("ikken", "rammet", "formen"), words after a prefix ("sam|arbejde") and words of two elements
 * run together ("2024|afløst", which src/integrations/pagefind.ts no longer makes); now 22, all but "gerne"
 * ("bygnin|gerne") and "kendt" ("aner|kendt") real. Lost with them: real compounds with a first part of three
 * letters ("nød|nummeret", "web|steder"), which look like the site's prefixes and little words.
 *
 * `pageWords`: the words of one page; `vocabulary`: every word of the language's indexed pages (`vocabularyOf`);
 * `endings`: the language's inflectional endings, so an inflected ending counts ("partnerskabet").
 * Returns the parts, each once, in the order found. Throws nothing.
 */
export function compoundParts(
  pageWords: Iterable<string>,
  vocabulary: ReadonlySet<string>,
  endings: readonly string[] = [],
): string[] {
  /** A form the site's pages never show, made by adding one of the endings to a word of the site. */
  const inflected = (word: string) =>
    !vocabulary.has(word) &&
    endings.some((e) => word.length - e.length >= shortestPart && word.endsWith(e) && vocabulary.has(word.slice(0, -e.length)));
  const known = (word: string) => vocabulary.has(word) || inflected(word);
  const parts = new Set<string>();
  for (const word of new Set(pageWords)) {
    const letters = [...word];
    for (let at = shortestHead; at <= letters.length - shortestPart; at++) {
      const tail = letters.slice(at).join('');
      if (!known(tail)) continue;
      const head = letters.slice(0, at).join('');
      const headIsWord = known(head) || linking.some((l) => head.endsWith(l) && known(head.slice(0, -1)));
      // An ending the site never shows is as likely the whole word's ending as the part's: "folkerepubl|ikken"
      // is "ikke" + "n" only by chance, while "arbejds|programmer" has a first part that is a word too.
      const loose = letters.length - at >= shortestLoosePart && !inflected(tail);
      if (headIsWord || loose) {
        parts.add(tail);
        break; // the longest known ending; its own endings are found through it when they are words too
      }
    }
  }
  return [...parts];
}
