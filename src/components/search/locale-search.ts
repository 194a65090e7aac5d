import type { Locale } from '../../i18n/locales';

/** One way people write a letter their keyboard lacks: `typed` stands for `letter`. */
export interface Spelling {
  typed: string;
  letter: string;
}

/**
 * How the search forgives typing in each language. Typed by `Locale`, so a new language (Chinese next) must
 * say what it needs: Chinese gets no letter substitutions and no compound splitting (Pagefind segments it).
 */
export interface LocaleSearch {
  /**
   * Letters written without the keyboard that has them (common in China, where many visitors are):
   * "groen" or "gron" for "grøn", "baeredygtig" or "baredygtig" for "bæredygtig". Å needs none: Pagefind
   * folds it to a, in the index and the query alike. Digraphs come first: they are what Danes write.
   */
  spellings: readonly Spelling[];
  /**
   * Split compounds against the site's own words at build time, so "varme" finds "fjernvarme"; `false` for
   * languages without closed compounds. An ending counts as a word when the site uses it alone or with one
   * of the language's inflectional endings ("varme" is a word because a page says "varmen").
   */
  compounds: false | { endings: readonly string[] };
}

export const localeSearch: Record<Locale, LocaleSearch> = {
  da: {
    spellings: [
      { typed: 'aa', letter: 'å' },
      { typed: 'ae', letter: 'æ' },
      { typed: 'oe', letter: 'ø' },
      { typed: 'o', letter: 'ø' },
      { typed: 'a', letter: 'æ' },
    ],
    // The definite, plural and genitive endings of Danish nouns and adjectives.
    compounds: { endings: ['e', 'n', 'en', 'r', 'er', 'ne', 'ene', 'rne', 'erne', 't', 'et', 's', 'ns', 'ens', 'es', 'ts', 'ets'] },
  },
  en: { spellings: [], compounds: { endings: ['s', 'es'] } },
  // Pagefind segments Chinese into words itself; no letters to stand in and no compounds to split.
  zh: { spellings: [], compounds: false },
};
