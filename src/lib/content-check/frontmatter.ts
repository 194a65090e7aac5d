import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar, type YAMLError } from 'yaml';
import type { Problem } from '../../schemas/integrity.ts';
import { defaultLocale, isLocale } from '../../i18n/locales.ts';
import { examples, type Examples } from '../../schemas/examples.ts';
import { impossibleDate } from '../../schemas/shared.ts';

/** A page file split into its settings (YAML frontmatter) and its text (MDX body). */
export interface SplitFile {
  /** The parsed settings, as Astro will see them; undefined when the YAML cannot be read. */
  data: unknown;
  /** Finds the line of a field ("programmes[0].status") or of the object that lacks it. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The body with the frontmatter blanked out, so positions in it are lines of the file. */
  body: string;
  problems: Omit<Problem, 'file'>[];
  /**
   * Unquoted dates YAML turned into another day ("2026-13-01" becomes 2027-01-01, as Astro reads it too):
   * reported from the text as written, so no message names a date the editor did not write.
   */
  impossibleDates: { path: PropertyKey[]; message: string }[];
}

/** YAML's own words, for the mistakes editors make most, in plain words; examples in the file's language (`ex`). */
const yamlHints = (ex: Examples): Record<string, string> => ({
  DUPLICATE_KEY: 'this field is written twice: keep only one of them',
  TAB_AS_INDENT: 'a tab is used to indent: indent with spaces only',
  BAD_INDENT:
    'the indentation is off: indent list items and sub-fields by two spaces, the same on every line',
  MISSING_CHAR:
    'a quote, bracket or colon is missing: check that quotes "…" and brackets [ ] { } are closed and that there is a colon after the field name',
  BLOCK_AS_IMPLICIT_KEY:
    `a value contains a colon followed by a space: put the whole value in double quotes, e.g. ${ex.quotedColon}`,
  MULTILINE_IMPLICIT_KEY:
    'a line has no colon, or a value continues on the next line: write "field: value" on one line, or put the value in double quotes',
  UNEXPECTED_TOKEN:
    'a value starts with a character YAML treats specially (such as @, `, %, [ or {): put the value in double quotes',
  BAD_SCALAR_START:
    'a value starts with a character YAML treats specially (such as @, `, %, | or >): put the value in double quotes',
  BAD_ALIAS: 'a value starts with * or &: put the value in double quotes',
  UNEXPECTED_SCALAR: 'a line has no colon after the field name: write "field: value"',
});

function yamlProblem(error: YAMLError, firstLine: number, ex: Examples, duplicate?: { field: string; firstLine: number }): Omit<Problem, 'file'> {
  const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
  const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = duplicate
    ? `this field is written twice: "${duplicate.field}" is already written on line ${duplicate.firstLine}; keep only one of them`
    : (yamlHints(ex)[error.code] ??
      'the settings cannot be read: check the colon after each field name, the indentation and the quotes');
  return { line, message: `the settings are not valid YAML: ${hint} (YAML says: ${original})` };
}

/**
 * Where YAML reports a DUPLICATE_KEY at `offset`: the field's dotted path ("address.street") and the line of the
 * file where the same group of settings first wrote it; undefined when no earlier writing is found.
 */
function duplicateKeyAt(doc: Document, counter: LineCounter, firstLine: number, offset: number) {
  let found: { field: string; firstLine: number } | undefined;
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return;
      const name = pair.key.value, group = path.at(-1);
      const first = isMap(group) ? group.items.find((p) => isScalar(p.key) && p.key.value === name) : undefined;
      const at = (first?.key as Node | undefined)?.range?.[0];
      const field = [...path.filter(isPair).map((p) => String((p.key as Scalar).value)), String(name)].join('.');
      if (at !== undefined && at !== offset) found = { field, firstLine: counter.linePos(at).line + firstLine - 1 };
      return visit.BREAK;
    },
  });
  return found;
}

/** The line where a field's value (or, when the field is absent, its parent) is written. */
function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  const lineAt = (
    node: { range?: [number, number, number] | null | undefined } | null | undefined,
  ) => (node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined);
  return (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) return found;
        found = lineAt(pair.key as Node);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        found = lineAt(node as Node);
      } else {
        return found;
      }
    }
    return found ?? lineAt(node as Node);
  };
}

/** Scalars YAML read as a date although the text names no such day. */
function impossibleDates(node: unknown, path: PropertyKey[] = []): SplitFile['impossibleDates'] {
  if (isMap(node))
    return node.items.flatMap((p) => (isScalar(p.key) ? impossibleDates(p.value, [...path, String(p.key.value)]) : []));
  if (isSeq(node)) return node.items.flatMap((item, i) => impossibleDates(item, [...path, i]));
  if (!isScalar(node) || !(node.value instanceof Date) || typeof node.source !== 'string') return [];
  const written = /^\d+-\d+-\d+$/.test(node.source.trim()) ? node.source.trim() : undefined;
  const message = written && impossibleDate(written);
  return message ? [{ path, message }] : [];
}

/**
 * Splits and parses a page file the way Astro does (YAML between two "---" lines, blank lines
 * allowed before; dates without quotes become dates), but keeps line numbers for every message.
 * `lang` is the file's language ("en"): the messages' examples are in it (default: the default language's).
 */
export function splitFile(text: string, lang?: string): SplitFile {
  const ex = examples[isLocale(lang) ? lang : defaultLocale];
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() !== '');
  let lineOf: SplitFile['lineOf'] = () => undefined;
  let body = '';
  const refuse = (line: number, message: string): SplitFile => ({ data: undefined, lineOf, body, impossibleDates: [], problems: [{ line, message }] });
  if (lines[start]!.trimEnd() !== '---')
    return refuse(start + 1, 'the file must start with its settings: a line with three dashes (---), the settings such as "title: …", then another line with three dashes');
  const end = lines.findIndex((l, i) => i > start && l.trimEnd() === '---');
  if (end === -1)
    return refuse(start + 1, 'the settings that start on this line never end: add a line with three dashes (---) after the last setting, before the text');
  const firstLine = start + 2;
  const counter = new LineCounter();
  // The closing newline keeps a Windows line ending (\r) of the last setting from standing alone.
  const doc = parseDocument(`${lines.slice(start + 1, end).join('\n')}\n`, {
    lineCounter: counter,
    // Astro reads frontmatter with js-yaml, which turns unquoted dates into dates: so does this.
    customTags: ['timestamp'],
    merge: true,
    prettyErrors: true,
  });
  body = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
  lineOf = lineFinder(doc, counter, firstLine);
  if (doc.errors.length > 0) {
    // After the first error on a line YAML's further complaints about it are echoes: keep the first.
    const firstPerLine = new Map<number | undefined, Omit<Problem, 'file'>>();
    for (const error of doc.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY' ? duplicateKeyAt(doc, counter, firstLine, error.pos[0]) : undefined;
      const problem = yamlProblem(error, firstLine, ex, duplicate);
      if (!firstPerLine.has(problem.line)) firstPerLine.set(problem.line, problem);
    }
    return { ...refuse(0, ''), problems: [...firstPerLine.values()] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return refuse(firstLine, `the settings cannot be read: ${(error as Error).message}`);
  }
  if (data === null || data === undefined)
    return refuse(start + 1, `the settings between the two --- lines are empty: write them, e.g. "title: ${ex.areaTitle}" (see content/README.md)`);
  if (typeof data !== 'object' || Array.isArray(data))
    return refuse(firstLine, `the settings must be lines of "field: value", e.g. "title: ${ex.areaTitle}"`);
  return { data, lineOf, body, problems: [], impossibleDates: impossibleDates(doc.contents) };
}
