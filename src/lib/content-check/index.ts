import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { collectionSchemasIn, pageKindOf } from '../../schemas/collections.ts';
import { checkIntegrity, factsOf, type Problem } from '../../schemas/integrity.ts';
import { missingContent } from '../../schemas/required.ts';
import { isId } from '../../schemas/shared.ts';
import { contentDate, datedParts, staleStatus } from '../../schemas/time.ts';
import { futureDates } from '../../schemas/past-dates.ts';
import { pathOf, unknownUnconfirmed } from '../../schemas/unconfirmed.ts';
import { headingIds } from '../markdown/heading-ids.ts';
import { templateAnchors } from '../page-anchors.ts';
import { pathFor, type PageKind } from '../routes.ts';
import { bodyProblems, readBody } from './body.ts';
import { readContent, type EntryFile } from './files.ts';
import { splitFile, type SplitFile } from './frontmatter.ts';
import { officialPdfMessage } from '../pdf/official-pdf.ts';
import { pdfCharacterProblems, pdfTextProblems } from './pdf-text.ts';
import { formatNotes, formatProblems } from './report.ts';
import { fieldName, schemaProblems } from './schema-problems.ts';
import { siteMap } from './site-paths.ts';

export type { Problem } from '../../schemas/integrity.ts';

export interface CheckResult {
  /** Errors: the build stops on any. */
  problems: Problem[];
  /** Warnings (a status about to expire) and notices (values to confirm before publishing). */
  notes: Problem[];
  /** Files found under content/, pages and others. */
  files: number;
  /** Pages (.mdx files) read. */
  pages: number;
  /** The ids each page of the site carries (headings of its text, its template's elements), by address. */
  anchors: Map<string, Set<string>>;
}

export interface CheckOptions {
  /** The day statuses are judged on, "YYYY-MM-DD"; default: CONTENT_DATE from the environment, else today. */
  today?: string;
}

type Data = Record<string, unknown>;
const record = (value: unknown): Data =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map(record) : []);

/**
 * Checks every file under content/ as an editor would want it checked: all problems at once, each
 * with the file, the field or line, what is wrong and what would be right. `root` is the repository.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const { entries, problems, count } = readContent(root);
  const notes: Problem[] = [];
  const split = new Map<string, SplitFile>();
  const at = (file: string, path: readonly PropertyKey[]) => {
    const line = split.get(file)?.lineOf(path);
    return { file, field: fieldName(path), ...(line !== undefined && { line }) };
  };
  let today: string | undefined;
  try {
    today = options.today ?? contentDate();
  } catch (error) {
    problems.push({ file: 'CONTENT_DATE (environment variable)', message: (error as Error).message });
  }

  for (const entry of entries) {
    if (entry.text === undefined) continue;
    const parts = guarded(entry.file, problems, () => splitFile(entry.text!, entry.lang));
    if (!parts) continue;
    split.set(entry.file, parts);
    problems.push(...parts.problems.map((p) => ({ file: entry.file, ...p })));
    if (parts.data === undefined) continue;
    const data = record(parts.data);
    for (const d of parts.impossibleDates) problems.push({ ...at(entry.file, d.path), message: d.message });
    const written = new Set(parts.impossibleDates.map((d) => fieldName(d.path)));
    const found = guarded(entry.file, problems, () =>
      schemaProblems(collectionSchemasIn[entry.lang as Locale][entry.collection], data, parts.lineOf, written),
    );
    problems.push(...(found ?? []).map((p) => ({ file: entry.file, ...p })));
    list(data['programmes']).forEach((programme, i) => {
      const pdf = programme['officialPdf'];
      if (typeof pdf !== 'string' || !pdf.toLowerCase().endsWith('.pdf')) return;
      const message = officialPdfMessage(root, pdf);
      if (message) problems.push({ ...at(entry.file, ['programmes', i, 'officialPdf']), message });
    });
    for (const future of today === undefined ? [] : futureDates(entry.collection, data, today))
      problems.push({ ...at(entry.file, future.path), message: future.message });
    for (const dated of datedParts(entry.collection, data)) {
      const stale = today === undefined ? undefined : staleStatus(dated, today);
      if (stale?.level === 'error') problems.push({ ...at(entry.file, [...stale.at, 'status']), message: stale.message });
      else if (stale) notes.push({ ...at(entry.file, [...stale.at, 'status']), message: stale.message, level: 'warning' });
    }
    const unknown = unknownUnconfirmed(data);
    for (const { index, path } of unknown)
      problems.push({
        ...at(entry.file, ['unconfirmed', index]),
        message: `"${path}" is not a field of this entry: name a field it has, written as a path such as "email" or "address.postcode", or remove the line`,
      });
    for (const path of Array.isArray(data['unconfirmed']) ? data['unconfirmed'] : [])
      if (typeof path === 'string' && !unknown.some((u) => u.path === path))
        notes.push({ ...at(entry.file, pathOf(path)), field: path, message: 'to confirm before publishing', level: 'notice' });
  }

  const dataOf = (entry: EntryFile | undefined) => record(entry && split.get(entry.file)?.data);
  const facts = entries.map((e) => factsOf(e.collection, `${e.lang}/${e.fileId}`, split.get(e.file)?.data));
  for (const p of checkIntegrity(facts))
    problems.push({ ...p, ...(p.field && split.has(p.file) ? at(p.file, pathOfField(p.field)) : {}) });
  // A folder the pages need left empty, or a file they find by name missing: the whole language's site would lack it.
  problems.push(...missingContent(facts));

  const partnership = (lang: string) => dataOf(entries.find((e) => e.collection === 'partnership' && e.lang === lang));
  const mainOf = (lang: string) => {
    const d = partnership(lang);
    return list(d['programmes']).find((p) => p['id'] === d['mainProgramme']);
  };
  const { site, problems: addressProblems } = siteMap(
    root,
    entries.map((e) => {
      const d = dataOf(e);
      return { file: e.file, collection: e.collection, lang: e.lang, slug: isId(d['slug']) ? d['slug'] : undefined, mainPdfName: e.collection === 'partnership' ? (mainOf(e.lang)?.['pdfName'] as string | undefined) : undefined };
    }),
  );
  for (const p of addressProblems) problems.push({ ...p, ...(split.has(p.file) ? at(p.file, ['slug']) : {}) });

  // Every page's ids: its text's headings and its template's elements. A page whose text or settings cannot be
  // read gets none: its ids are unknown, and a link to one of them is judged once the file's own problem is fixed.
  const unreadText = new Set<string>();
  const trees = new Map(
    entries.flatMap((e) => {
      const body = split.get(e.file)?.body;
      if (!body) return [];
      const read = readBody(body);
      if ('problem' in read) {
        problems.push({ file: e.file, ...read.problem });
        unreadText.add(e.file);
        return [];
      }
      return [[e.file, read.tree] as const];
    }),
  );
  const addAnchors = (path: string, ids: string[]) => site.anchors.set(path, new Set([...(site.anchors.get(path) ?? []), ...ids]));
  for (const lang of locales) {
    // The home, programme and search pages carry ids made from every file of their language.
    if (entries.some((e) => e.lang === lang && split.get(e.file)?.data === undefined)) continue;
    const ofLang = (collection: string) => entries.filter((e) => e.collection === collection && e.lang === lang).map(dataOf);
    const teams = ofLang('contact').flatMap((c) => list(c['teams']).map((t) => String(t['id'])));
    const facts = {
      sectors: ofLang('areas').map((a) => String(a['sector'])),
      programmeIds: list(partnership(lang)['programmes']).map((p) => String(p['id'])),
      teamIds: teams,
    };
    for (const kind of ['home', 'programme', 'search'] as PageKind[]) addAnchors(pathFor({ kind, lang }), templateAnchors(kind, facts));
  }
  for (const e of entries) {
    const path = site.pageOfFile.get(e.file);
    if (!path || unreadText.has(e.file)) continue;
    const d = dataOf(e);
    const teamIds = list(d['teams']).map((t) => String(t['id']));
    const hasRelated = Array.isArray(d['related']) && d['related'].length > 0;
    const tree = trees.get(e.file);
    const headings = tree ? headingIds(tree) : [];
    site.headings?.set(path, headings);
    addAnchors(path, [...templateAnchors(pageKindOf[e.collection], { teamIds, hasRelated }), ...headings]);
  }

  // The build sets the area texts in a language's PDF unless the embassy's signed PDF is offered instead.
  const officialPdfLangs = new Set(locales.filter((lang) => typeof mainOf(lang)?.['officialPdf'] === 'string'));
  for (const entry of entries) {
    const tree = trees.get(entry.file);
    if (!tree) continue;
    const context = { root, file: entry.file, pagePath: site.pageOfFile.get(entry.file), lang: entry.lang, site };
    const found = guarded(entry.file, problems, () => bodyProblems(tree, context)) ?? [];
    problems.push(...found.map((p) => ({ file: entry.file, ...p })));
    if ((officialPdfLangs as Set<string>).has(entry.lang)) continue;
    // Areas, the programme and the contact details are set in the PDF: its fonts must have every character.
    if (['areas', 'partnership', 'contact'].includes(entry.collection)) {
      const text = readFileSync(join(root, entry.file), 'utf8');
      const unprintable = (await guarded(entry.file, problems, () => pdfCharacterProblems(text))) ?? [];
      problems.push(...unprintable.map((p) => ({ file: entry.file, ...p })));
    }
    if (entry.collection !== 'areas') continue;
    // A line the web page already cannot show is reported once, with the web page's reason.
    const forPdf = guarded(entry.file, problems, () => pdfTextProblems(split.get(entry.file)!.body)) ?? [];
    for (const p of forPdf)
      if (!found.some((f) => f.line === p.line)) problems.push({ file: entry.file, ...p });
  }

  return { problems, notes, files: count, pages: entries.length, anchors: site.anchors };
}

/** "programmes[0].status" → ["programmes", 0, "status"] */
const pathOfField = (field: string): PropertyKey[] =>
  field.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));

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

/** The report shown by `npm run check:content` and by a refused build: problems, then warnings and notices. */
export function formatReport(result: CheckResult): string {
  const notes = formatNotes(result.notes);
  if (result.problems.length === 0)
    return [`The content is fine: ${result.pages} pages checked.`, ...notes].join('\n');
  return [
    formatProblems(result.problems),
    '',
    'Each line says where the problem is (line and field), what is wrong and how to put it right.',
    'content/README.md explains every field and the common errors. Run "npm run check:content" again after fixing.',
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}
