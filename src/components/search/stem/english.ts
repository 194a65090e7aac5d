/**
 * The Snowball English stemmer ("Porter2", snowballstem.org/algorithms/english/stemmer.html) as
 * Pagefind 1.6.0 builds its English index with it. The site's search looks words up in that index
 * itself, so a query word must get exactly the indexer's stem: any difference, even a better stem,
 * makes the word unfindable.
 *
 * Pagefind 1.6.0 stems with Snowball 3.0's English, which differs from the older Porter2 of
 * rust-stemmers and most ports: more R1 prefixes (inter-, past-, univers-…, so "internal" stays
 * whole), -ogist → -og, dying/lying/tying and inning/proceed… handled inside step 1b, and no
 * undoubling of add/egg/odd ("added" → "add"). Checked word for word against Pagefind's indexer.
 */

/** Suffix tables: "suffix:replacement" pairs, a missing replacement deletes the suffix. */
function table(spec: string): [Map<string, string>, RegExp] {
  const map = new Map(
    spec.split(' ').map((pair): [string, string] => {
      const [suffix = '', replacement = ''] = pair.split(':');
      return [suffix, replacement];
    }),
  );
  // A regex search starts at the leftmost place that matches up to the end, so it finds the
  // longest listed suffix, which is the one Snowball's `among` picks.
  return [map, new RegExp(`(?:${[...map.keys()].join('|')})$`)];
}

const STEP2 = table(
  'tional:tion enci:ence anci:ance abli:able entli:ent izer:ize ization:ize ational:ate ' +
    'ation:ate ator:ate alism:al aliti:al alli:al fulness:ful ousli:ous ousness:ous iveness:ive ' +
    'iviti:ive biliti:ble bli:ble ogi:og ogist:og fulli:ful lessli:less li',
);
const STEP3 = table('tional:tion ational:ate alize:al icate:ic iciti:ic ical:ic ful ness ative');
const STEP4 = table('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion');

/** What must precede a suffix for it to go. The longest suffix is chosen first, so when this
 * fails nothing is removed, not a shorter suffix. */
const PRECEDED_BY: Record<string, RegExp> = { ogi: /l$/, li: /[cdeghkmnrt]$/, ion: /[st]$/ };

/** Whole words with a fixed stem; an empty stem keeps the word as it is. */
const EXCEPTIONS = table(
  'skis:ski skies:sky idly:idl gently:gentl ugly:ugli early:earli only:onli singly:singl ' +
    'sky news howe atlas cosmos bias andes',
)[0];

/** R1 starts right after these, not after their first syllable ("generous", "internal"). */
const PREFIX = /^(?:gener|commun|arsen|emerg|inter|later|organ|past|univers)/;

/** R1 and R2 start after the first non-vowel that follows a vowel. */
const REGION = /^[^aeiouy]*[aeiouy]+[^aeiouy]/;

/** A short syllable (non-vowel, vowel, non-vowel other than w, x or Y; or vowel, non-vowel as the
 * whole word), or "past", which keeps "pasted" → "paste" apart from "past". */
const SHORT = /[^aeiouy][aeiouy][^aeiouywxY]$|^[aeiouy][^aeiouy]$|past$/;

/** A character beyond the BMP: one letter to Snowball, two UTF-16 code units to JavaScript. */
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/g;

export function stemEnglish(word: string): string {
  const astral = word.match(ASTRAL);
  if (!astral) return stem(word);
  // A lone high surrogate stands in for each such character: a non-vowel that no rule removes.
  let i = 0;
  return stem(word.replace(ASTRAL, '\ud800')).replace(/\ud800/g, () => astral[i++] ?? '');
}

function stem(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception || word;
  if (word.length < 3) return word;

  // y as a consonant (initial, or after a vowel) becomes Y, which no rule takes for a vowel.
  const unmarked = word.replace(/^'/, '');
  let w = unmarked.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  const yFound = w !== unmarked;

  // A region that never starts is empty: it starts at (or, for R2, past) the end.
  const p1 = (PREFIX.exec(w) ?? REGION.exec(w))?.[0].length ?? w.length;
  const p2 = p1 + (REGION.exec(w.slice(p1))?.[0].length ?? w.length);

  // Step 1a: possessives and plurals.
  w = w.replace(/'(?:s'?)?$/, '');
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/ie[ds]$/.test(w)) w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  else if (/[^su]s$/.test(w) && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);

  // Step 1b: -eed, -ed, -ing, also with -ly.
  const ending = /(?:e?ed|ing)(?:ly)?$/.exec(w);
  if (ending) {
    const [suffix] = ending;
    const head = w.slice(0, ending.index);
    if (suffix.startsWith('eed')) {
      if (ending.index >= p1 && !/^(?:succ|proc|exc)$/.test(head)) w = `${head}ee`;
    } else if (suffix === 'ing' && /^(?:inn|out|cann|herr|earr|even)$/.test(head)) {
      // inning, outing, canning, herring, earring, evening: nouns, not forms of a verb.
    } else if (suffix === 'ing' && /^[^aeiouy]y$/.test(head)) {
      w = `${head.slice(0, -1)}ie`; // dying, lying, tying
    } else if (/[aeiouy]/.test(head)) {
      w = head;
      if (/(?:at|bl|iz)$/.test(w)) w += 'e';
      else if (/([bdfgmnprt])\1$/.test(w)) {
        if (!/^[aeo]..$/.test(w)) w = w.slice(0, -1); // but add, egg, odd, ebb, err, off stay
      } else if (w.length === p1 && SHORT.test(w)) w += 'e';
    }
  }

  // Step 1c: a final y after a non-vowel that is not the first letter becomes i.
  w = w.replace(/(.[^aeiouy])[yY]$/, '$1i');

  // Steps 2 to 4: derivational suffixes, in R1 (steps 2 and 3) or R2 (step 4, and -ative).
  for (const [[map, suffixes], region] of [
    [STEP2, p1],
    [STEP3, p1],
    [STEP4, p2],
  ] as const) {
    const match = suffixes.exec(w);
    if (!match) continue;
    const [suffix] = match;
    const head = w.slice(0, match.index);
    const start = suffix === 'ative' ? p2 : region;
    if (head.length >= start && (PRECEDED_BY[suffix]?.test(head) ?? true)) {
      w = head + (map.get(suffix) ?? '');
    }
  }

  // Step 5: a final e in R2, or in R1 unless that leaves a short syllable; ll in R2 becomes l.
  const last = w.length - 1;
  const head = w.slice(0, last);
  const cut = w.endsWith('e')
    ? last >= p2 || (last >= p1 && !SHORT.test(head))
    : w.endsWith('ll') && last >= p2;
  if (cut) w = head;

  return yFound ? w.replaceAll('Y', 'y') : w;
}
