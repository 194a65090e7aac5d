/**
 * The lines of a heading that must not break inside a word. pdfkit's line wrapping follows the Unicode line
 * breaking rules (UAX #14), which allow a break between any two Chinese characters, so "本网站内容摘要" could
 * end a line on "内" and start the next on "容" (内容, "content", is one word). Word boundaries come from
 * Intl.Segmenter (ICU's dictionary for Chinese), and the heading breaks, where it can, between its phrases:
 * after punctuation that ends a phrase ("：", ":", ",") rather than between two words of one phrase.
 *
 * @param text the heading, white space already collapsed
 * @param lang the BCP 47 tag of its language ("zh-Hans"), for the segmenter's rules
 * @param fits whether a line fits the measure (the width of the text as the PDF sets it, in pt)
 * @returns the lines, whose concatenation is `text`; a line keeps the space it ends on, so that its words stay
 *   apart in the text a reader extracts. A word longer than a line is one line of its own, left to pdfkit.
 */
export function titleLines(text: string, lang: string, fits: (line: string) => boolean): string[] {
  const phrases = breakable(text, lang);
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases) {
    const words = phrase.join('');
    if (fits(line + words)) line += words;
    else if (line && fits(words)) {
      lines.push(line);
      line = words;
    } else {
      // A phrase longer than what is left of the line: it breaks between its words.
      for (const word of phrase) {
        if (!line || fits(line + word)) line += word;
        else {
          lines.push(line);
          line = word;
        }
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Punctuation that opens (a bracket, a quote) or joins (a dash, as in 2017–2020): no line ends on it. */
const noBreakAfter = /[\p{Ps}\p{Pi}\p{Pd}]$/u;
/** Punctuation that closes (a bracket, a quote, a colon) or joins (a dash): no line starts with it. */
const noBreakBefore = /^(\s|[\p{Pe}\p{Pf}\p{Po}\p{Pd}])/u;
/** Punctuation after which a new phrase starts: a colon, a comma, a full stop (not a closing bracket). */
const phraseEnd = /\p{Po}\s*$/u;

/**
 * The text as phrases, each a list of the stretches between which a line may break: a break is allowed
 * before a word or an opening mark, never before a space, a closing mark or a dash, never after an opening mark
 * or a dash.
 */
function breakable(text: string, lang: string): string[][] {
  const phrases: string[][] = [];
  let phrase: string[] = [];
  let stretch = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    const mayBreak = stretch !== '' && !noBreakBefore.test(segment) && !noBreakAfter.test(stretch);
    if (mayBreak) {
      phrase.push(stretch);
      stretch = '';
      if (phraseEnd.test(phrase.at(-1)!)) {
        phrases.push(phrase);
        phrase = [];
      }
    }
    stretch += segment;
  }
  if (stretch) phrase.push(stretch);
  if (phrase.length) phrases.push(phrase);
  return phrases;
}
