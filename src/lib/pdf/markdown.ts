/**
 * Turns the simple Markdown the content uses (paragraphs, ## headings, lists, **bold**, *italic*, links,
 * <span lang="…">) into blocks the PDF typesetter can set. Anything else is refused with the line it is on,
 * so nothing an editor writes can go missing from the PDF without the build saying so.
 */

/** A stretch of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The link's target, as written in the Markdown. */
  href?: string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] };

/** Something the PDF cannot show; `line` counts from the first line of the body. */
export class UnsupportedMarkdown extends Error {
  constructor(
    readonly line: number,
    readonly source: string,
    readonly reason: string,
  ) {
    super(`line ${line} of the body ("${source.trim().slice(0, 60)}"): ${reason}`);
    this.name = 'UnsupportedMarkdown';
  }
}

const listItem = /^(\s*)([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Block starts the PDF cannot set, each with what to write instead. */
const refusedBlocks: [RegExp, string][] = [
  [/^(import|export)\s/, 'MDX import/export lines cannot be shown in the PDF; write the text in Markdown'],
  [/^\s*>/, 'block quotes are not supported in the PDF; write a plain paragraph'],
  [/^\s*\|/, 'tables are not supported in the PDF; use a list or paragraphs'],
  [/^\s*(```|~~~)/, 'code blocks are not supported in the PDF'],
  [/^ {4,}\S|^\t/, 'indented code blocks are not supported in the PDF; remove the indentation'],
  [/^\s*([-*_])(\s*\1){2,}\s*$/, 'horizontal rules are not supported in the PDF; use a ## heading to divide the text'],
  [/^\s*!\[/, 'images are not supported in the PDF'],
  [/^\s*\{/, 'MDX expressions in { } cannot be shown in the PDF; write the text itself'],
];

/** Parses a Markdown body into blocks; throws UnsupportedMarkdown for what it cannot render. */
export function markdownToBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const fail = (at: number, reason: string): never => {
    throw new UnsupportedMarkdown(at + 1, lines[at] ?? '', reason);
  };
  const refuse = (at: number) => {
    const line = lines[at]!;
    for (const [pattern, reason] of refusedBlocks) if (pattern.test(line)) fail(at, reason);
    if (/^\s*<(?!span\s)[A-Za-z/!]/.test(line)) {
      fail(at, 'HTML or components are not supported in the PDF; only <span lang="…">…</span> is');
    }
  };
  const isBlank = (at: number) => (lines[at] ?? '').trim() === '';
  const inline = (text: string, at: number) => {
    try {
      return parseInline(text);
    } catch (e) {
      if (e instanceof InlineProblem) fail(at, e.message);
      throw e;
    }
  };

  while (i < lines.length) {
    if (isBlank(i)) {
      i++;
      continue;
    }
    const line = lines[i]!;
    const h = heading.exec(line);
    if (h) {
      const level = h[1]!.length;
      if (level === 1) fail(i, 'a # heading would compete with the page title; use ## for a heading in the text');
      if (level > 4) fail(i, 'headings deeper than #### are not supported in the PDF');
      blocks.push({ kind: 'heading', level: level as 2 | 3 | 4, runs: inline(h[2]!, i) });
      i++;
      continue;
    }
    refuse(i);
    const first = listItem.exec(line);
    if (first) {
      const ordered = first[3] !== undefined;
      const items: Run[][] = [];
      let lastLine = i;
      while (i < lines.length) {
        if (isBlank(i)) {
          // A blank line ends the list unless another item of the same kind follows.
          let next = i;
          while (next < lines.length && isBlank(next)) next++;
          const m = listItem.exec(lines[next] ?? '');
          if (!m || (m[3] !== undefined) !== ordered || m[1] !== '') break;
          i = next;
          continue;
        }
        const m = listItem.exec(lines[i]!);
        if (m) {
          if (m[1] !== '') fail(i, 'nested lists are not supported in the PDF; use one level of list items');
          if ((m[3] !== undefined) !== ordered) break;
          items.push([]);
          lastLine = i;
          const text = [m[4]!];
          i++;
          // Lines that continue the item without a marker belong to it.
          while (i < lines.length && !isBlank(i) && !listItem.exec(lines[i]!) && !heading.exec(lines[i]!)) {
            refuse(i);
            text.push(lines[i]!.trim());
            i++;
          }
          items[items.length - 1] = inline(text.join(' '), lastLine);
        } else {
          break;
        }
      }
      blocks.push({ kind: 'list', ordered, start: ordered ? Number(first[3]) : 1, items });
      continue;
    }
    const start = i;
    const text: string[] = [];
    while (i < lines.length && !isBlank(i) && !heading.exec(lines[i]!) && !listItem.exec(lines[i]!)) {
      if (i > start && /^\s*(=+|-+)\s*$/.test(lines[i]!)) {
        fail(i, 'underlined headings are not supported in the PDF; write "## " before the heading');
      }
      refuse(i);
      text.push(lines[i]!.trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', runs: inline(text.join(' '), start) });
  }
  return blocks;
}

class InlineProblem extends Error {}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };
const escapable = /[\\`*_{}[\]()#+\-.!<>&|"'~]/;

/** Inline Markdown to runs, adjacent runs of one style merged. */
export function parseInline(text: string, style: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) runs.push({ ...style, text: buffer });
    buffer = '';
  };
  const push = (inner: Run[]) => {
    flush();
    runs.push(...inner);
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const c = text[i]!;
    if (c === '\\' && escapable.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if ((rest.startsWith('**') || rest.startsWith('__')) && /\S/.test(text[i + 2] ?? '')) {
      const marker = rest.slice(0, 2);
      const end = findClosing(text, marker, i + 2);
      if (end > i + 2) {
        push(parseInline(text.slice(i + 2, end), { ...style, bold: true }));
        i = end + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && /\S/.test(text[i + 1] ?? '') && !(c === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      const end = findClosing(text, c, i + 1);
      if (end > i + 1 && !(c === '_' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) {
        push(parseInline(text.slice(i + 1, end), { ...style, italic: true }));
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = /^\[([^\]]+)\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(rest);
      if (link) {
        push(parseInline(link[1]!, { ...style, href: link[2]! }));
        i += link[0].length;
        continue;
      }
    }
    if (c === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/.exec(rest);
      if (auto) {
        push([{ ...style, text: auto[1]!.replace(/^mailto:/, ''), href: auto[1]! }]);
        i += auto[0].length;
        continue;
      }
      const span = /^<span\s+lang=(?:"([\w-]+)"|'([\w-]+)')\s*>/.exec(rest);
      if (span) {
        const close = text.indexOf('</span>', i + span[0].length);
        if (close < 0) throw new InlineProblem('<span> is not closed with </span>');
        push(parseInline(text.slice(i + span[0].length, close), style));
        i = close + '</span>'.length;
        continue;
      }
      if (/^<\/?[A-Za-z!]/.test(rest)) {
        const tag = /^<\/?[A-Za-z!][^\s>]*/.exec(rest)![0];
        throw new InlineProblem(`${tag}> is not supported in the PDF; only <span lang="…">…</span> is`);
      }
    }
    if (c === '!' && text[i + 1] === '[') throw new InlineProblem('images are not supported in the PDF');
    if (c === '`') throw new InlineProblem('code (`…`) is not supported in the PDF; write plain text');
    if (c === '{' || c === '}') throw new InlineProblem('MDX expressions in { } cannot be shown in the PDF; write the text itself');
    if (c === '&') {
      const entity = /^&(#x[\da-f]+|#\d+|[a-z]+);/i.exec(rest);
      if (entity) {
        const name = entity[1]!;
        const decoded = name.startsWith('#')
          ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
          : entities[name.toLowerCase()];
        if (decoded === undefined) throw new InlineProblem(`the entity ${entity[0]} is not supported in the PDF; type the character itself`);
        buffer += decoded;
        i += entity[0].length;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return mergeRuns(runs);
}

/** Index of the closing marker, skipping escaped characters; -1 when there is none. */
function findClosing(text: string, marker: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text.startsWith(marker, j) && text[j - 1] !== ' ') {
      // "**" must not be read as the end of a single "*".
      if (marker.length === 1 && (text[j + 1] === marker || text[j - 1] === marker)) continue;
      return j;
    }
  }
  return -1;
}

const sameStyle = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/** The plain text of runs, for checks and for tests. */
export const plainText = (runs: Run[]) => runs.map((r) => r.text).join('');
