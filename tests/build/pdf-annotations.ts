import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import { nodes, structTree } from './pdf-structure';

/** A link annotation of a PDF, read by pdf.js, with what poppler says is around it. */
export interface LinkAnnotation {
  /** 1-based page. */
  page: number;
  /** The annotation's object, "25R" (pdf.js) or "Object 25 0" (poppler). */
  object: string;
  /** The address of a URI action (pdf.js leaves it out for a link within the document). */
  url?: string;
  /** The annotation's alternate description (/Contents). */
  contents: string;
  /** The text of the Link structure element that holds the annotation (an OBJR), if one does. */
  element?: string;
  /** The words poppler finds drawn inside the annotation's box (their centre inside), in order. */
  covered: string[];
  /** The words whose boxes overlap the annotation's box (by more than 0.5 pt across and down), in order. */
  touched: string[];
  /** The width of the annotation's box, in pt. */
  width: number;
}

/** Every link annotation of the PDF `file`. */
export async function linkAnnotations(file: string): Promise<LinkAnnotation[]> {
  const owners = new Map<string, string>();
  for (const node of nodes(structTree(file))) {
    if (node.role === 'Link') for (const own of node.own) if (own.startsWith('Object ')) owners.set(own, node.text);
  }
  const words = wordsByPage(file);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const out: LinkAnnotation[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const proxy = await pdf.getPage(page);
    const height = proxy.view[3]!;
    type Annotation = { subtype: string; id: string; url?: string; contentsObj?: { str: string }; rect: number[] };
    for (const a of (await proxy.getAnnotations()) as Annotation[]) {
      if (a.subtype !== 'Link') continue;
      const object = `Object ${a.id.replace(/R$/, '')} 0`;
      const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
      // pdftotext measures from the page's top, pdf.js from its bottom.
      const onPage = words[page - 1] ?? [];
      const covered = onPage
        .filter((w) => {
          const cx = (w.x0 + w.x1) / 2;
          const cy = height - (w.y0 + w.y1) / 2;
          return cx >= x1 && cx <= x2 && cy >= y1 && cy <= y2;
        })
        .map((w) => w.text);
      const touched = onPage
        .filter((w) => Math.min(w.x1, x2) - Math.max(w.x0, x1) > 0.5 && Math.min(height - w.y0, y2) - Math.max(height - w.y1, y1) > 0.5)
        .map((w) => w.text);
      const element = owners.get(object);
      const contents = a.contentsObj?.str ?? '';
      out.push({ page, object, ...(a.url && { url: a.url }), contents, ...(element !== undefined && { element }), covered, touched, width: x2 - x1 });
    }
  }
  await pdf.destroy();
  return out;
}

/** The words of each page with their boxes (pt from the top left), as pdftotext -bbox gives them. */
function wordsByPage(file: string): { text: string; x0: number; y0: number; x1: number; y1: number }[][] {
  const pages: { text: string; x0: number; y0: number; x1: number; y1: number }[][] = [];
  for (const line of execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).split('\n')) {
    if (line.includes('<page ')) pages.push([]);
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) pages.at(-1)!.push({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: unescapeXml(m[5]!) });
  }
  return pages;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Letters and digits only, in lower case: "+86 (10) 8532" and "tel:+861085…" compare as what they say. */
export const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * No wider than this (pt), an annotation may be over no word: pdfkit's flow makes an annotation for each piece of text
 * it sets on a line, and a line may end in the space before a link's next words. A space of Open Sans (0.26 em) is
 * 3.1 pt at 12 pt, more than any text a link is set in.
 */
const spaceWidth = 3.5;

/**
 * Each link annotation belongs to a Link element (an OBJR) and has a /Contents that says the element's text and,
 * for a web, mail or phone link, its address; its box is over words of that text (unless it is no wider than a
 * space) and over no other word.
 */
export function expectDescribedLinks(annotations: LinkAnnotation[]): void {
  expect(annotations.filter((a) => a.url).length, 'links to addresses').toBeGreaterThan(0);
  /** The words each link's annotations cover together, by link text and address. */
  const covered = new Map<string, string[]>();
  for (const a of annotations) {
    const where = `page ${a.page}, ${a.object}: "${a.contents}"`;
    expect(a.element, `${where} is in no Link element`).toBeDefined();
    expect(a.contents.trim(), where).not.toBe('');
    expect(a.contents.replace(/\s+/g, ' ').trim(), where).toContain(a.element!);
    if (a.url) {
      expect(bare(a.contents), where).toContain(bare(decodeURI(a.url).replace(/^(mailto|tel):/, '')));
      // A word the box is over (its centre inside) or overlaps is a word of the link; a full stop after it may come
      // along, and poppler takes Chinese text around a link as one word with it.
      for (const word of new Set([...a.covered, ...a.touched])) {
        const [w, link] = [bare(word), bare(a.element!)];
        expect(link.includes(w) || w.includes(link), `${where} is over "${word}"`).toBe(true);
      }
      if (a.width > spaceWidth) expect(a.touched, `${where} (${a.width.toFixed(1)} pt wide) is over none of its words`).not.toEqual([]);
      const key = `${a.element} ${a.url}`;
      covered.set(key, [...(covered.get(key) ?? []), ...a.covered]);
    }
  }
  for (const [link, words] of covered) expect(words.length, `the annotations of ${link} cover none of its words`).toBeGreaterThan(0);
}
