import type { Occurrence } from './index-reader/pagefind-files';

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Pagefind counts a page's words by splitting its text at white space, as here. */
const wordBreaks = /[^\S\uFEFF]+/;

/**
 * The `length` words of a page's text where the matched words stand densest (headings count more,
 * by their weight), with the matched words marked. Built as plain text runs, never as HTML, so nothing
 * a page or a query holds can become an element.
 */
export function excerpt(content: string, occurrences: readonly Occurrence[], length: number): ExcerptPart[] {
  // Not filtered: positions in the index count every piece of this split.
  const words = content.split(wordBreaks);
  const weightAt = new Map<number, number>();
  for (const { position, weight } of occurrences) weightAt.set(position, (weightAt.get(position) ?? 0) + weight);

  let start = 0;
  if (words.length > length) {
    let best = -1;
    let densest: number[] = [];
    let sum = 0;
    for (let i = 0; i < length; i++) sum += weightAt.get(i) ?? 0;
    for (let first = 0; first + length <= words.length; first++) {
      if (first > 0) sum += (weightAt.get(first + length - 1) ?? 0) - (weightAt.get(first - 1) ?? 0);
      if (sum > best) [best, densest] = [sum, [first]];
      else if (sum === best) densest.push(first);
    }
    // Of equally dense windows, the middle one keeps the matches nearest the middle of the excerpt.
    start = densest[Math.floor(densest.length / 2)] ?? 0;
  }

  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  const end = Math.min(words.length, start + length);
  if (start > 0) add('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) add(' ', false);
    add(words[i]!, weightAt.has(i));
  }
  if (end < words.length) add(' …', false);
  return parts;
}
