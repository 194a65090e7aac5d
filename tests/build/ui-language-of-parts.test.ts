import { describe, expect, test } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { languageTags } from '../../src/i18n/locales';
import { foreignParts } from '../support/foreign-parts';
import { distFiles, readPage } from '../support/dist';
import { nonEmpty } from '../support/non-empty';

/**
 * WCAG 3.1.2 (language of parts) for the UI strings: a part of a dictionary string written in another
 * language (src/i18n/marked.ts) must reach the built pages inside an element with that language's lang.
 */
const pages = distFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => readPage(file));

/** The lang that applies to a node: its own element's or the nearest ancestor's. */
function langOf(node: Node): string | undefined {
  for (let el: HTMLElement | null = node.parentNode; el; el = el.parentNode) {
    const lang = el.getAttribute?.('lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** Every text node of an element, in document order. */
function textNodes(node: Node): Node[] {
  return node.nodeType === 3 ? [node] : node.childNodes.flatMap(textNodes);
}

describe('parts of UI strings in another language', () => {
  test('the Chinese contact page reads the Danish name Globale Vagtcenter as Danish (<span lang="da">)', () => {
    const contact = pages.find((p) => p.path === '/zh/lianxi/')!;
    const marked = contact.dom.querySelectorAll('span[lang="da"]').map((span) => span.text);
    expect(marked).toContain('Globale Vagtcenter');
  });

  test.for(nonEmpty(foreignParts, 'parts in another language in src/i18n/'))(
    'in the $inLocale pages, "$text" sits inside lang of its own language ($lang) wherever it appears, and appears',
    ({ inLocale, lang, text }) => {
      const tag = languageTags[lang];
      const ownPages = pages.filter((p) => p.dom.querySelector('html')?.getAttribute('lang') === languageTags[inLocale]);
      const found = ownPages.flatMap((page) =>
        textNodes(page.dom.querySelector('body')!)
          .filter((node) => node.rawText.includes(text))
          .map((node) => ({ page: page.path, lang: langOf(node) })),
      );
      expect(found.length, `"${text}" appears on no ${inLocale} page`).toBeGreaterThan(0);
      expect(found.filter((f) => f.lang !== tag)).toEqual([]);
    },
  );
});
