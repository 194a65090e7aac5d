/** Punctuation Pagefind drops from words before indexing them; connector marks such as "_" stay. */
const punctuation = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The words of a query as Pagefind wrote the page's words into its index: lower case, punctuation
 * dropped ("2017-2020" → "20172020", "CO₂." → "co₂"). A word with no letter or digit left (an emoji, a
 * lone symbol) is dropped, so "🌱 grøn" searches for "grøn" instead of finding nothing.
 */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(punctuation, '')
    .split(/\s+/)
    .filter((word) => letterOrDigit.test(word));
}

/**
 * Accents that Unicode decomposes are dropped ("å" → "a", "é" → "e"), as Pagefind does when it indexes;
 * æ and ø are letters of their own and stay. Pagefind keys a word with such accents under its folded
 * stem and keeps the spelling with accents beside it, so "råstoffer" and "rastoffer" reach the same word.
 */
export const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
