import { execFileSync } from 'node:child_process';
import type { MdastNode } from 'satteri';
import { mdxTree } from '../../src/lib/markdown/mdx-tree';

/** A node of a tagged PDF's structure tree as poppler prints it (`pdfinfo -struct-text`). */
export interface StructNode {
  role: string;
  /** The text of the node and everything under it, white space squashed. */
  text: string;
  /** Marked-content text and annotation references ("Object 12 0") directly under the node. */
  own: string[];
  children: StructNode[];
  /** The element's /ID, if it has one ("table-0-0-0"). */
  id?: string;
  /** Its attributes as poppler prints them: { Scope: '/Column', Headers: '[(table-0-0-0)]' }. */
  attributes: Record<string, string>;
}

/** The structure tree of a PDF, read by poppler: a second reader beside pdf.js. */
export function structTree(file: string): StructNode {
  const out = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  const root: StructNode = { role: 'StructTreeRoot', text: '', own: [], children: [], attributes: {} };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    while (stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1)!.node;
    const body = line.trim();
    if (body.startsWith('"')) parent.own.push(body.slice(1, -1));
    else if (/^Object \d+ \d+$/.test(body)) parent.own.push(body);
    // An attribute of the element above ("/Scope /Column"): not a node.
    else if (body.startsWith('/')) {
      const [, name, value] = /^\/(\S+)\s+(.*)$/.exec(body) ?? [];
      if (name) parent.attributes[name] = value!;
    } else {
      // "P (block)", "Table <table-0> (block)", "TH <table-0-0-0>:": the role is the first word, the ID in <>.
      const id = /^\S+ <([^>]*)>/.exec(body)?.[1];
      const node: StructNode = { role: body.split(/[\s:]/)[0]!, text: '', own: [], children: [], attributes: {}, ...(id !== undefined && { id }) };
      parent.children.push(node);
      stack.push({ depth, node });
    }
  }
  const fill = (node: StructNode): string =>
    (node.text = [...node.own.filter((s) => !s.startsWith('Object ')), ...node.children.map(fill)].join('').replace(/\s+/g, ' ').trim());
  fill(root);
  return root;
}

/** Every node of a tree, depth first, in reading order. */
export function nodes(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(nodes)];
}

/** What an area's Markdown holds, read by Astro's own Markdown processor (the page's), not by the PDF's code. */
export interface ContentParts {
  headings: string[];
  /** Each paragraph as the texts between its links, and the links' texts, in order. */
  paragraphs: string[][];
  listItems: string[];
  links: string[];
}

export function contentParts(body: string): ContentParts {
  const parts: ContentParts = { headings: [], paragraphs: [], listItems: [], links: [] };
  const text = (node: MdastNode): string =>
    'value' in node && typeof node.value === 'string' && node.type !== 'mdxTextExpression'
      ? node.value
      : 'children' in node
        ? (node.children as MdastNode[]).map(text).join('')
        : node.type === 'image'
          ? node.alt ?? ''
          : '';
  const squash = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();
  const walk = (node: MdastNode, inList: boolean) => {
    if (node.type === 'heading') parts.headings.push(squash(text(node)));
    if (node.type === 'paragraph' && !inList) parts.paragraphs.push(node.children.map((c) => squash(text(c as MdastNode))).filter(Boolean));
    if (node.type === 'listItem') parts.listItems.push(squash(text(node)));
    if (node.type === 'link') parts.links.push(squash(text(node)));
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child, inList || node.type === 'listItem');
  };
  walk(mdxTree(body), false);
  return parts;
}
