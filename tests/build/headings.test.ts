import { describe, expect, test } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { acceptedDist, distDir, distFiles, readPage } from '../support/dist';
import { nonEmpty } from '../support/non-empty';

/**
 * A heading announces content: one followed directly by a heading of its own rank or higher, or by the end
 * of its section, heads nothing (a screen reader's list of headings would lead to an empty place). Read
 * from the built HTML in Node: every page of the site and of the accepted fixtures build.
 */
const builds = [
  { name: 'the site', root: distDir },
  { name: 'the accepted fixtures build', root: acceptedDist },
];

/** Elements that end a heading's section when they close. */
const sectioning = new Set(['body', 'main', 'section', 'article', 'aside', 'nav', 'header', 'footer']);
/** Elements that are content without text of their own. */
const embedded = new Set(['img', 'svg', 'picture', 'video', 'audio', 'iframe', 'input', 'select', 'textarea', 'button', 'object', 'canvas']);

type Event = { kind: 'heading'; rank: number; text: string } | { kind: 'content' } | { kind: 'end'; element: string };

/** The page in document order as headings, content and section ends; hidden elements show nothing. */
function events(node: Node, out: Event[] = []): Event[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      if (child.rawText.trim() !== '') out.push({ kind: 'content' });
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as HTMLElement;
    const tag = el.tagName.toLowerCase();
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || tag === 'template' || tag === 'script') continue;
    const rank = /^h([1-6])$/.exec(tag)?.[1];
    if (rank) out.push({ kind: 'heading', rank: Number(rank), text: el.text.trim() });
    else if (embedded.has(tag)) out.push({ kind: 'content' });
    else {
      events(el, out);
      if (sectioning.has(tag)) out.push({ kind: 'end', element: tag });
    }
  }
  return out;
}

/** Every heading of a page with nothing under it, and what follows it instead. */
function emptyHeadings(body: HTMLElement): string[] {
  const list = events(body);
  return list.flatMap((event, i) => {
    if (event.kind !== 'heading') return [];
    const next = list[i + 1];
    if (next?.kind === 'content' || (next?.kind === 'heading' && next.rank > event.rank)) return [];
    const instead = next?.kind === 'heading' ? `an h${next.rank} ("${next.text}")` : `the end of its <${next?.kind === 'end' ? next.element : 'body'}>`;
    return [`h${event.rank} "${event.text}" is followed by ${instead}`];
  });
}

describe.each(builds)('headings in $name', ({ root }) => {
  const pages = nonEmpty(
    distFiles(root).filter((f) => f.endsWith('.html')),
    'built pages',
  );

  test('the check finds an empty heading when there is one', () => {
    const page = readPage(pages[0]!, root);
    const body = page.dom.querySelector('body')!;
    body.insertAdjacentHTML('beforeend', '<section><h2>Sektorteams</h2><ul><li> </li></ul></section><h3>A</h3><h3>B</h3><p>b</p>');
    expect(emptyHeadings(body)).toEqual([
      'h2 "Sektorteams" is followed by the end of its <section>',
      'h3 "A" is followed by an h3 ("B")',
    ]);
  });

  test.for(pages)('every heading on %s has content under it', (file) => {
    expect(emptyHeadings(readPage(file, root).dom.querySelector('body')!)).toEqual([]);
  });
});
