// Snowball Danish stemmer (https://snowballstem.org/algorithms/danish/stemmer.html),
// a port of the code Snowball 2.2 generates, which is what Pagefind 1.6.0's indexer
// (crate pagefind_stem) runs. The site's search looks words up in Pagefind's index,
// whose keys are these stems, so any divergence here means a word silently stops
// matching: change nothing without checking against a built index.

const S_ENDING = 'abcdfghjklmnoprtvyzå';
// Snowball 2.x undoubles only these letters (older versions: any non-vowel).
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
// Longest first, so the first hit is the longest match, as Snowball's `among` picks.
const MAIN_SUFFIXES =
  'erendes erende hedens ethed erede heden heder endes ernes erens erets ered ende erne eren erer heds enes eres eret hed ene ere ens ers ets en er es et e s'.split(
    ' ',
  );
const OTHER_SUFFIXES = ['elig', 'løst', 'lig', 'els', 'ig'];
const PAIRS = ['gd', 'dt', 'gt', 'kt'];

/** Start of R1 as a UTF-16 index; `word.length` when the word has no R1. */
function regionStart(word: string): number {
  // The `u` flag makes both patterns count characters, as Snowball does, so a
  // letter outside the BMP cannot shift the region.
  const firstThree = /^.{3}/su.exec(word);
  const vowelThenOther = /[aeiouyæåø][^aeiouyæåø]/u.exec(word);
  if (!firstThree || !vowelThenOther) return word.length;
  return Math.max(vowelThenOther.index + vowelThenOther[0].length, firstThree[0].length);
}

// Snowball's `setlimit tomark p1 for ([substring])` only sees the text from p1 on,
// so a suffix counts only when it lies wholly inside R1; a longer suffix reaching
// in front of R1 does not block a shorter one inside it.
function suffixInR1(word: string, p1: number, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => word.length - s.length >= p1 && word.endsWith(s));
}

function consonantPair(word: string, p1: number): string {
  return suffixInR1(word, p1, PAIRS) ? word.slice(0, -1) : word;
}

export function stemDanish(word: string): string {
  const p1 = regionStart(word);
  let w = word;

  // Step 1. A lone s goes only after an s-ending letter, which may lie before R1.
  const main = suffixInR1(w, p1, MAIN_SUFFIXES);
  if (main && (main !== 's' || S_ENDING.includes(w.charAt(w.length - 2)))) {
    w = w.slice(0, -main.length);
  }

  // Step 2.
  w = consonantPair(w, p1);

  // Step 3. The igst → ig rewrite is not confined to R1.
  if (w.endsWith('igst')) w = w.slice(0, -2);
  const other = suffixInR1(w, p1, OTHER_SUFFIXES);
  if (other === 'løst') {
    w = w.slice(0, -1);
  } else if (other) {
    w = consonantPair(w.slice(0, -other.length), p1);
  }

  // Step 4. Only the last letter has to be in R1; its twin may precede it.
  const last = w.charAt(w.length - 1);
  if (w.length - 1 >= p1 && CONSONANTS.includes(last) && w.charAt(w.length - 2) === last) {
    w = w.slice(0, -1);
  }
  return w;
}
