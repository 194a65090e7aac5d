/**
 * Turns the Markdown the content uses (paragraphs, ## headings, lists, tables, **bold**, *italic*, links
 * inline and by reference, images, {/* comments *\/}, <span lang="…">) into blocks the PDF typesetter can
 * set. Anything else is refused with the line it is on, so nothing an editor writes can go missing from the
 * PDF without the build (and the content check, which runs this too) saying so.
 */

/** A stretch of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The link's target, as written in the Markdown. */
  href?: string;
  /** The text is a picture's text alternative: the PDF shows it, named as a picture, instead of the picture. */
  image?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
  /** A picture standing alone: its text alternative, each run marked as an image. */
  | { kind: 'image'; runs: Run[] };

/** Something the PDF cannot show; `line` counts from the first line of the body. */
export class UnsupportedMarkdown extends Error {
  // Fields written out, not as parameter properties: the content check runs this file in Node, which only strips types.
  readonly line: number;
  readonly source: string;
  readonly reason: string;
  constructor(line: number, source: string, reason: string) {
    super(`line ${line} of the body ("${source.trim().slice(0, 60)}"): ${reason}`);
    this.name = 'UnsupportedMarkdown';
    this.line = line;
    this.source = source;
    this.reason = reason;
  }
}

const listItem = /^(\s*)([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Block starts the PDF cannot set, each with what to write instead. */
const refusedBlocks: [RegExp, string][] = [
  [/^(import|export)\s/, 'MDX import/export lines cannot be shown in the PDF; write the text in Markdown'],
  [/^\s*>/, 'block quotes are not supported in the PDF; write a plain paragraph'],
  [/^\s*(```|~~~)/, 'code blocks are not supported in the PDF'],
  [/^ {4,}\S|^\t/, 'indented code blocks are not supported in the PDF; remove the indentation'],
  [/^\s*([-*_])(\s*\1){2,}\s*$/, 'horizontal rules are not supported in the PDF; use a ## heading to divide the text'],
  [/^\s*\{/, 'MDX expressions in { } cannot be shown in the PDF; write the text itself'],
];

/** An MDX comment, {/* … *\/}, on one line or several; not after a backslash, which makes the brace text. */
const comment = /(?<!\\)\{\s*\/\*[\s\S]*?\*\/\s*\}/g;
/** A link reference definition, [id]: url "title", as CommonMark writes it on one line. */
const definition = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*(?:<([^>\n]*)>|(\S+))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;
/** The row under a table's header: | --- | :---: | (GFM). */
const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Reference labels match case-insensitively and with runs of spaces as one, as in CommonMark. */
const labelOf = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The cells of a table row, split at pipes that are not escaped, without the pipes at the ends. */
function cellsOf(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let j = 0; j < row.length; j++) {
    if (row[j] === '\\' && j + 1 < row.length) cell += row[j]! + row[++j]!;
    else if (row[j] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += row[j]!;
  }
  return [...cells, cell.trim()];
}

/** Parses a Markdown body into blocks; throws UnsupportedMarkdown for what it cannot render. */
export function markdownToBlocks(body: string): Block[] {
  // Comments are removed but their line breaks kept, so every later line number is still the editor's.
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(comment, (c) => c.replace(/[^\n]/g, ''))
    .split('\n');
  const blocks: Block[] = [];
  const references = new Map<string, string>();
  // Definitions start a block (they cannot interrupt a paragraph); they are collected first, as one may
  // follow its use, and their lines are not text.
  for (let at = 0; at < lines.length; at++) {
    const before = at === 0 ? '' : lines[at - 1]!;
    if (before.trim() !== '' && !heading.test(before)) continue;
    let next = at;
    while (next < lines.length) {
      const d = definition.exec(lines[next]!);
      if (!d) break;
      const label = labelOf(d[1]!);
      if (label !== '' && !references.has(label)) references.set(label, d[2] ?? d[3]!);
      lines[next] = '';
      next++;
    }
  }
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
  const inline = (text: string, at: number, style: Omit<Run, 'text'> = {}) => {
    try {
      return parseInline(text, style, references);
    } catch (e) {
      if (e instanceof InlineProblem) fail(at, e.message);
      throw e;
    }
  };

  /** A GFM table starts with a header row whose cells the row of dashes under it matches one for one. */
  const isTableStart = (at: number) =>
    (lines[at] ?? '').includes('|') &&
    delimiterRow.test(lines[at + 1] ?? '') &&
    cellsOf(lines[at]!).length === cellsOf(lines[at + 1]!).length;
  const startsBlock = (at: number) =>
    heading.test(lines[at]!) || listItem.test(lines[at]!) || refusedBlocks.some(([p]) => p.test(lines[at]!));
  /** Each body row becomes a paragraph "Header: cell · Header: cell"; returns the line after the table. */
  const table = (at: number): number => {
    const header = cellsOf(lines[at]!).map((cell) => inline(cell, at, { bold: true }));
    let row = at + 2;
    let rows = 0;
    while (row < lines.length && !isBlank(row) && !startsBlock(row)) {
      const cells = cellsOf(lines[row]!);
      if (cells.length > header.length) {
        fail(
          row,
          `this table row has ${cells.length} cells but the table has ${header.length} columns: the web page leaves out the extra cells; add a column to the header and the row of dashes, or remove the cells`,
        );
      }
      const runs: Run[] = [];
      cells.forEach((cell, j) => {
        if (cell === '') return;
        if (runs.length) runs.push({ text: ' \u00b7 ' });
        if (header[j]!.length) runs.push(...header[j]!, { text: ': ' });
        runs.push(...inline(cell, row));
      });
      if (runs.length) blocks.push({ kind: 'paragraph', runs: mergeRuns(runs) });
      rows++;
      row++;
    }
    if (rows === 0) {
      const runs = header.filter((h) => h.length).flatMap((h, j) => (j ? [{ text: ' \u00b7 ' }, ...h] : h));
      if (runs.length) blocks.push({ kind: 'paragraph', runs: mergeRuns(runs) });
    }
    return row;
  };
  /** A paragraph's runs, with each picture in it set apart as a block of its own. */
  const paragraph = (runs: Run[]) => {
    let text: Run[] = [];
    const flush = () => {
      // The spaces around a picture that stood between words would start or end a line.
      const trimmed = mergeRuns(text);
      if (trimmed.length) {
        trimmed[0]!.text = trimmed[0]!.text.trimStart();
        trimmed[trimmed.length - 1]!.text = trimmed[trimmed.length - 1]!.text.trimEnd();
        const kept = mergeRuns(trimmed);
        if (kept.length) blocks.push({ kind: 'paragraph', runs: kept });
      }
      text = [];
    };
    for (const run of runs) {
      if (run.image) {
        flush();
        blocks.push({ kind: 'image', runs: [run] });
      } else text.push(run);
    }
    flush();
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
    if (isTableStart(i)) {
      i = table(i);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      fail(
        i,
        'this line starts with "|" but is not part of a table, so the web page shows the pipes as text: a table needs a header row, then a row of dashes with one cell per column, e.g. "| --- | --- |"',
      );
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
      // A table may follow a paragraph's last line without a blank line between them, as on the web.
      if (i > start && isTableStart(i)) break;
      if (i > start && /^\s*(=+|-+)\s*$/.test(lines[i]!)) {
        fail(i, 'underlined headings are not supported in the PDF; write "## " before the heading');
      }
      refuse(i);
      text.push(lines[i]!.trim());
      i++;
    }
    // A backslash at the end of a line breaks the line on the web; in the PDF the text runs on.
    const joined = text.map((t, k) => (k < text.length - 1 ? t.replace(/(?<!\\)\\$/, '') : t)).join(' ');
    paragraph(inline(joined, start));
  }
  return blocks;
}

class InlineProblem extends Error {}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };
/** Every ASCII punctuation character can be escaped with a backslash, as in CommonMark. */
const escapable = /[!-/:-@[-`{-~]/;
/** What follows "](" in an inline link or image: the address, in <> or bare, and an optional title. */
const destination = /^\(\s*(?:<([^>\n]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/;

/** Index of the "]" that closes the "[" at `open`, minding escapes and nested brackets; -1 when none does. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) return j;
  }
  return -1;
}

/**
 * The target of a link or image whose text ends at `close`: inline "(url)", full "[id]", collapsed "[]" or
 * shortcut reference. Undefined when there is none, so the brackets stay text, as on the web.
 */
function targetAfter(
  text: string,
  open: number,
  close: number,
  references: ReadonlyMap<string, string>,
): { href: string; end: number } | undefined {
  const after = text.slice(close + 1);
  const inline = destination.exec(after);
  if (inline) return { href: inline[1] ?? inline[2]!, end: close + 1 + inline[0].length };
  const full = /^\[((?:[^\]\\]|\\.)*)\]/.exec(after);
  const label = full && full[1]!.trim() !== '' ? full[1]! : text.slice(open + 1, close);
  const href = references.get(labelOf(label));
  if (href === undefined) return undefined;
  return { href, end: close + 1 + (full ? full[0].length : 0) };
}

/** Inline Markdown to runs, adjacent runs of one style merged; `references` are the body's [id]: url. */
export function parseInline(
  text: string,
  style: Omit<Run, 'text'> = {},
  references: ReadonlyMap<string, string> = new Map(),
): Run[] {
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
        push(parseInline(text.slice(i + 2, end), { ...style, bold: true }, references));
        i = end + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && /\S/.test(text[i + 1] ?? '') && !(c === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      const end = findClosing(text, c, i + 1);
      if (end > i + 1 && !(c === '_' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) {
        push(parseInline(text.slice(i + 1, end), { ...style, italic: true }, references));
        i = end + 1;
        continue;
      }
    }
    if (c === '!' && text[i + 1] === '[') {
      const close = closingBracket(text, i + 1);
      const target = close > 0 ? targetAfter(text, i + 1, close, references) : undefined;
      if (target) {
        // The web page shows the text alternative as plain text too, when the picture cannot be seen.
        const alt = plainText(parseInline(text.slice(i + 2, close), {}, references)).trim();
        if (alt === '') {
          throw new InlineProblem(
            'an image needs a text alternative, which the PDF shows in its place: write what the picture shows between the brackets, e.g. ![Vindmøller ved kysten](…)',
          );
        }
        push([{ ...style, text: alt, image: true }]);
        i = target.end;
        continue;
      }
    }
    if (c === '[') {
      const close = closingBracket(text, i);
      const target = close > 0 ? targetAfter(text, i, close, references) : undefined;
      if (target) {
        push(parseInline(text.slice(i + 1, close), { ...style, href: target.href }, references));
        i = target.end;
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
        push(parseInline(text.slice(i + span[0].length, close), style, references));
        i = close + '</span>'.length;
        continue;
      }
      if (/^<\/?[A-Za-z!]/.test(rest)) {
        const tag = /^<\/?[A-Za-z!][^\s>]*/.exec(rest)![0];
        throw new InlineProblem(`${tag}> is not supported in the PDF; only <span lang="…">…</span> is`);
      }
    }
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

const sameStyle = (a: Run, b: Run) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href && !a.image && !b.image;

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
