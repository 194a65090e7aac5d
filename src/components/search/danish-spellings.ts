/**
 * How people write æ, ø and å on keyboards without them (common in China, where many visitors are):
 * "baeredygtig", "groen", "aabne". Å is folded to a in the index and the query alike (NFD strips the ring,
 * so "abne" finds "åbne"), but æ and ø are letters of their own that Unicode never decomposes, so "groen"
 * alone finds nothing.
 */
const substitutions = [
  ['aa', 'å'],
  ['ae', 'æ'],
  ['oe', 'ø'],
] as const;

/**
 * The spellings to search for a Danish query: the query as typed first, then every combination of the
 * substitutions that apply, each applied throughout the query (at most 2³ spellings, usually 2).
 * Searching the typed query too keeps real words with these letter pairs findable ("Aarhus", "poesi").
 */
export function danishSpellings(query: string): string[] {
  const typed = query.toLowerCase();
  const applicable = substitutions.filter(([ascii]) => typed.includes(ascii));
  const spellings = new Set([typed]);
  for (let mask = 1; mask < 1 << applicable.length; mask++) {
    let spelling = typed;
    applicable.forEach(([ascii, letter], i) => {
      if (mask & (1 << i)) spelling = spelling.replaceAll(ascii, letter);
    });
    spellings.add(spelling);
  }
  return [...spellings];
}
