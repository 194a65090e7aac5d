/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain text runs. Pagefind stores page text unescaped and only wraps the
 * matched words in <mark>…</mark> (checked in pagefind.js 1.6.0: no escaping), so a page that shows
 * "<script>" as text yields a literal "<script>" in the excerpt. Treating everything except the <mark>
 * tags as text, never as HTML, means nothing in an excerpt can become an element.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: piece, marked });
  }
  return parts;
}
