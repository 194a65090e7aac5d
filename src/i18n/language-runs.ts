import { languageTags, locales, scripts, type Locale } from './locales';

/** One piece of a text: `lang` is the BCP 47 tag of the language it is in, when that is not the page's. */
export interface LanguageRun {
  text: string;
  lang?: string;
}

/** Punctuation set with a script's own characters (full-width brackets, 。and ，): part of its runs. */
const fullWidth = '[\\u3000-\\u303f\\uff00-\\uffef]';

/**
 * A run of one script: from its first to its last character of that script, with the characters of no
 * particular script between them (digits, spaces: "三里屯东五街1号") and the full-width punctuation around it.
 */
const runOf = (script: string) =>
  new RegExp(`${fullWidth}*\\p{Script=${script}}(?:[\\p{Script=${script}}\\p{Script=Common}\\p{Script=Inherited}]*\\p{Script=${script}})?${fullWidth}*`, 'gu');

/** For each locale, the runs of text in another locale's language that its script alone gives away. */
const foreignRuns = Object.fromEntries(
  locales.map((lang) => [
    lang,
    locales
      .filter((other) => scripts[other] !== scripts[lang] && locales.every((l) => l === other || scripts[l] !== scripts[other]))
      .map((other) => ({ tag: languageTags[other], pattern: runOf(scripts[other]) })),
  ]),
) as Record<Locale, { tag: string; pattern: RegExp }[]>;

/**
 * Splits a text shown on a `lang` page into runs, marking those written in a script that only one other locale
 * of the site uses with that locale's BCP 47 tag, so they can carry `lang` (WCAG 2.1 SC 3.1.2, Language of
 * Parts): the Chinese address in the excerpt of a Danish search result is `zh-Hans`. Text whose language its
 * script cannot tell (Danish or English words on a Chinese page) stays unmarked. Returns [] for ''.
 */
export function languageRuns(text: string, lang: Locale): LanguageRun[] {
  let runs: LanguageRun[] = text ? [{ text }] : [];
  for (const { tag, pattern } of foreignRuns[lang]) {
    runs = runs.flatMap((run) => {
      if (run.lang) return [run];
      const split: LanguageRun[] = [];
      let at = 0;
      for (const match of run.text.matchAll(pattern)) {
        if (match.index > at) split.push({ text: run.text.slice(at, match.index) });
        split.push({ text: match[0], lang: tag });
        at = match.index + match[0].length;
      }
      if (at < run.text.length) split.push({ text: run.text.slice(at) });
      return split;
    });
  }
  return runs;
}
