import { collectionSchemas } from '../../schemas/collections.ts';
import { sectors, statuses } from '../../schemas/vocabulary.ts';
import {
  checkIntegrity,
  formatProblems,
  type EntryFacts,
  type Problem,
} from '../content-integrity.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyProblems } from './body.ts';
import { readContent, type EntryFile } from './files.ts';
import { splitFile, type SplitFile } from './frontmatter.ts';
import { officialPdfMessage } from './official-pdf.ts';
import { pdfCharacterProblems, pdfTextProblems } from './pdf-text.ts';
import { schemaProblems } from './schema-problems.ts';
import { siteMap } from './site-paths.ts';

export type { Problem } from '../content-integrity.ts';

export interface CheckResult {
  problems: Problem[];
  /** Files found under content/, pages and others. */
  files: number;
  /** Pages (.mdx files) read. */
  pages: number;
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const oneOf = (value: unknown, values: readonly string[]) =>
  typeof value === 'string' && values.includes(value) ? value : undefined;

/** The cross-file checks get only values of the right shape, so one bad field does not hide the others. */
function facts(entry: EntryFile, data: unknown): EntryFacts {
  const d = record(data);
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter(isId) : undefined);
  const period = record(d['period']);
  const facts: EntryFacts = {
    collection: entry.collection,
    id: `${entry.lang}/${entry.fileId}`,
    data: {
      slug: isId(d['slug']) ? d['slug'] : undefined,
      order:
        Number.isInteger(d['order']) && (d['order'] as number) >= 1
          ? (d['order'] as number)
          : undefined,
      related: ids(d['related']),
      team: isId(d['team']) ? d['team'] : undefined,
      teams: Array.isArray(d['teams'])
        ? d['teams']
            .map(record)
            .filter((t) => isId(t['id']))
            .map((t) => ({ id: t['id'] as string }))
        : undefined,
      sector: oneOf(d['sector'], sectors),
      status: oneOf(d['status'], statuses),
      period:
        typeof period['start'] === 'number'
          ? {
              start: period['start'],
              end: typeof period['end'] === 'number' ? period['end'] : undefined,
            }
          : undefined,
    },
  };
  const kept = facts.data as Record<string, unknown>;
  return {
    ...facts,
    unread: data === undefined,
    invalid: Object.keys(d).filter((k) => k in kept && kept[k] === undefined),
  };
}

/** "programmes[0].status" → ["programmes", 0, "status"] */
const pathOf = (field: string): PropertyKey[] =>
  field.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));

/**
 * Checks every file under content/ as an editor would want it checked: all problems at once, each
 * with the file, the field or line, what is wrong and what would be right. `root` is the repository.
 */
export async function checkContent(root: string): Promise<CheckResult> {
  const { entries, problems, count } = readContent(root);
  const split = new Map<string, SplitFile>();

  for (const entry of entries) {
    if (entry.text === undefined) continue;
    const parts = guarded(entry.file, problems, () => splitFile(entry.text!));
    if (!parts) continue;
    split.set(entry.file, parts);
    problems.push(...parts.problems.map((p) => ({ file: entry.file, ...p })));
    if (parts.data === undefined) continue;
    const found = guarded(entry.file, problems, () =>
      schemaProblems(collectionSchemas[entry.collection], parts.data, parts.lineOf),
    );
    problems.push(...(found ?? []).map((p) => ({ file: entry.file, ...p })));
    const programmes = record(parts.data)['programmes'];
    if (Array.isArray(programmes)) {
      programmes.forEach((programme, i) => {
        const pdf = record(programme)['officialPdf'];
        if (typeof pdf !== 'string' || !pdf.toLowerCase().endsWith('.pdf')) return;
        const message = officialPdfMessage(root, pdf);
        if (message)
          problems.push({
            file: entry.file,
            field: `programmes[${i}].officialPdf`,
            ...lineAt(parts, ['programmes', i, 'officialPdf']),
            message,
          });
      });
    }
  }

  const dataOf = (entry: EntryFile) => split.get(entry.file)?.data;
  for (const p of checkIntegrity(entries.map((e) => facts(e, dataOf(e))))) {
    problems.push({
      ...p,
      ...(p.field && split.has(p.file) ? lineAt(split.get(p.file)!, pathOf(p.field)) : {}),
    });
  }

  const { site, problems: addressProblems } = siteMap(
    root,
    entries.map((e) => {
      const d = record(dataOf(e));
      const programmes = Array.isArray(d['programmes']) ? d['programmes'].map(record) : [];
      return {
        file: e.file,
        collection: e.collection,
        lang: e.lang,
        slug: isId(d['slug']) ? d['slug'] : undefined,
        mainPdfName: programmes.find((p) => p['id'] === d['mainProgramme'])?.['pdfName'] as string | undefined,
      };
    }),
  );
  for (const p of addressProblems)
    problems.push({ ...p, ...(split.has(p.file) ? lineAt(split.get(p.file)!, ['slug']) : {}) });

  // The build sets the area texts in a language's PDF unless the embassy's signed PDF is offered instead.
  const officialPdfLangs = new Set(
    entries
      .filter((e) => e.collection === 'partnership')
      .filter((e) => {
        const d = record(dataOf(e));
        const programmes = Array.isArray(d['programmes']) ? d['programmes'].map(record) : [];
        return typeof programmes.find((p) => p['id'] === d['mainProgramme'])?.['officialPdf'] === 'string';
      })
      .map((e) => e.lang),
  );

  for (const entry of entries) {
    const parts = split.get(entry.file);
    if (!parts || parts.body === '') continue;
    const found =
      (await guarded(entry.file, problems, () =>
        bodyProblems(parts.body, {
          root,
          file: entry.file,
          pagePath: site.pageOfFile.get(entry.file),
          site,
        }),
      )) ?? [];
    problems.push(...found.map((p) => ({ file: entry.file, ...p })));
    if (officialPdfLangs.has(entry.lang)) continue;
    // Areas, the programme and the contact details are set in the PDF: its fonts must have every character.
    if (['areas', 'partnership', 'contact'].includes(entry.collection)) {
      const text = readFileSync(join(root, entry.file), 'utf8');
      const unprintable = (await guarded(entry.file, problems, () => pdfCharacterProblems(text))) ?? [];
      problems.push(...unprintable.map((p) => ({ file: entry.file, ...p })));
    }
    if (entry.collection !== 'areas') continue;
    // A line the web page already cannot show is reported once, with the web page's reason.
    const forPdf = guarded(entry.file, problems, () => pdfTextProblems(parts.body)) ?? [];
    for (const p of forPdf)
      if (!found.some((f) => f.line === p.line)) problems.push({ file: entry.file, ...p });
  }

  return { problems, files: count, pages: entries.length };
}

/**
 * A file the checker itself cannot cope with is still a refused file, with a message, never a crash
 * that hides the problems found in the other files.
 */
function guarded<T>(file: string, problems: Problem[], check: () => T): T | undefined {
  const refuse = (error: unknown) => {
    problems.push({
      file,
      message: `the file could not be checked (${error instanceof Error ? error.message : String(error)}): look for unusual characters or markup, and ask a developer if the message does not help`,
    });
    return undefined;
  };
  try {
    const result = check();
    return result instanceof Promise ? (result.catch(refuse) as T) : result;
  } catch (error) {
    return refuse(error);
  }
}

function lineAt(parts: SplitFile, path: readonly PropertyKey[]): { line?: number } {
  const line = parts.lineOf(path);
  return line === undefined ? {} : { line };
}

/** The report shown by `npm run check:content` and by a refused build. */
export function formatReport(result: CheckResult): string {
  if (result.problems.length === 0) return `The content is fine: ${result.pages} pages checked.`;
  return [
    formatProblems(result.problems),
    '',
    'Each line says where the problem is (line and field), what is wrong and how to put it right.',
    'content/README.md explains every field and the common errors. Run "npm run check:content" again after fixing.',
  ].join('\n');
}
