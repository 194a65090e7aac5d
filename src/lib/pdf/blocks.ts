import { mdxTree } from '../markdown/mdx-tree.ts';
import { isLocale, languageTags } from '../../i18n/locales.ts';

/**
 * The blocks of an area's text, read from the syntax tree of Astro's own Markdown processor (mdxTree(): the
 * same features the page is built with), so page and PDF agree on lists, smart punctuation, links and tables.
 */

/** A stretch of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The link's address as written (resolved from its definition for a reference link). */
  href?: string;
  /** A BCP 47 tag when the run is in another language than the document (<span lang="zh">). */
  lang?: string;
  /** The text is a picture's text alternative, shown in its place. */
  image?: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'table'; header: Run[][]; rows: Run[][][] }
  /** A picture standing alone; `src` as written, relative to the text's file (or to public/ when it starts with "/"). */
  | { kind: 'figure'; alt: string; src: string }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string };

/** Something in the text the PDF cannot show, with its 1-based line in the text given. */
export class UnshowableMarkdown extends Error {
  // Fields written out, not as parameter properties: the content check runs this file in Node, which only strips types.
  readonly line: number | undefined;
  readonly reason: string;
  constructor(line: number | undefined, reason: string) {
    super(`${line === undefined ? '' : `line ${line}: `}${reason}`);
    this.name = 'UnshowableMarkdown';
    this.line = line;
    this.reason = reason;
  }
}

/** The fields of mdast (and MDX) nodes read here; the tree is walked by `type`. */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  label?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/**
 * Reads Markdown (an area's body, or a whole MDX file) into blocks.
 *
 * @throws UnshowableMarkdown for what the PDF cannot show: MDX code (import/export, { expressions }) and
 *   components other than <span lang="…">. Comments ({/* … *\/}) are left out, as on the page.
 */
export function markdownBlocks(source: string): Block[] {
  const root = mdxTree(source) as unknown as Node;
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(root);
  return blocksOf(root.children ?? [], definitions);
}

function refuse(node: Node, reason: string): never {
  throw new UnshowableMarkdown(node.position?.start.line, reason);
}

const isComment = (node: Node) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');

function blocksOf(nodes: Node[], defs: Map<string, string>): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'definition':
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: node.depth ?? 2, runs: runsOf(node.children ?? [], defs) });
        break;
      case 'paragraph': {
        const kids = (node.children ?? []).filter((c) => !(c.type === 'mdxTextExpression' && isComment(c)) && !(c.type === 'text' && !c.value?.trim()));
        if (kids.length === 1 && kids[0]!.type === 'image') blocks.push({ kind: 'figure', alt: kids[0]!.alt ?? '', src: kids[0]!.url ?? '' });
        else {
          const runs = runsOf(node.children ?? [], defs);
          if (runs.some((r) => r.text.trim())) blocks.push({ kind: 'paragraph', runs });
        }
        break;
      }
      case 'list':
        blocks.push({
          kind: 'list',
          ordered: !!node.ordered,
          start: node.start ?? 1,
          items: (node.children ?? []).map((item) => blocksOf(item.children ?? [], defs)),
        });
        break;
      case 'table': {
        const [head, ...rows] = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => runsOf(cell.children ?? [], defs)));
        blocks.push({ kind: 'table', header: head ?? [], rows });
        break;
      }
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: blocksOf(node.children ?? [], defs) });
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value ?? '' });
        break;
      case 'thematicBreak':
        break;
      case 'footnoteDefinition': {
        const [first, ...rest] = blocksOf(node.children ?? [], defs);
        const mark: Run = { text: `[${node.label ?? node.identifier}] ` };
        if (first?.kind === 'paragraph') blocks.push({ ...first, runs: [mark, ...first.runs] }, ...rest);
        else blocks.push({ kind: 'paragraph', runs: [mark] }, ...(first ? [first] : []), ...rest);
        break;
      }
      case 'mdxFlowExpression':
        if (!isComment(node)) refuse(node, 'an MDX expression in { } is code, which the PDF cannot run; write the text itself');
        break;
      case 'mdxjsEsm':
        refuse(node, 'an MDX import or export line is code, which the PDF cannot run; write the text in Markdown');
      // falls through: refuse() throws
      default:
        refuse(node, `the PDF cannot show ${describe(node)}`);
    }
  }
  return blocks;
}

function describe(node: Node): string {
  if (node.type.startsWith('mdxJsx')) return `the component <${node.name ?? ''}>`;
  return `Markdown of the kind "${node.type}"`;
}

/** A run is plain text unless a style or link says otherwise; white space as the page shows it. */
function runsOf(nodes: Node[], defs: Map<string, string>, style: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // Line ends and runs of spaces are one space, as in HTML; a no-break space stays.
        runs.push({ ...style, text: (node.value ?? '').replace(/[ \t\r\n]+/g, ' ') });
        break;
      case 'inlineCode':
        runs.push({ ...style, text: node.value ?? '' });
        break;
      case 'footnoteReference':
        runs.push({ ...style, text: `[${node.label ?? node.identifier}]` });
        break;
      case 'break':
        runs.push({ ...style, text: '\n' });
        break;
      case 'strong':
        runs.push(...runsOf(node.children ?? [], defs, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...runsOf(node.children ?? [], defs, { ...style, italic: true }));
        break;
      case 'delete':
        runs.push(...runsOf(node.children ?? [], defs, style));
        break;
      case 'link':
        runs.push(...runsOf(node.children ?? [], defs, { ...style, href: node.url ?? '' }));
        break;
      case 'linkReference': {
        const href = defs.get(node.identifier ?? '');
        runs.push(...runsOf(node.children ?? [], defs, href === undefined ? style : { ...style, href }));
        break;
      }
      case 'image':
      case 'imageReference':
        runs.push({ ...style, text: node.alt ?? '', italic: true, image: true });
        break;
      case 'mdxTextExpression':
        if (!isComment(node)) refuse(node, 'an MDX expression in { } is code, which the PDF cannot run; write the text itself');
        break;
      case 'mdxJsxTextElement': {
        const lang = node.attributes?.find((a) => a.name === 'lang')?.value;
        if (node.name !== 'span' || typeof lang !== 'string') refuse(node, `the PDF cannot show ${describe(node)}; only <span lang="…"> may mark text in another language`);
        // A site language's short name ("zh") becomes its tag ("zh-Hans"), as in the pages' <html lang>.
        runs.push(...runsOf(node.children ?? [], defs, { ...style, lang: isLocale(lang) ? languageTags[lang] : lang }));
        break;
      }
      default:
        refuse(node, `the PDF cannot show ${describe(node)}`);
    }
  }
  return runs;
}

/** The text of runs as a reader hears it, pictures named by their text alternative. */
export function plainText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
