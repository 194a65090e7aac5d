import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { pathFor } from '../routes.ts';
import { pageKindOf, type CollectionName } from '../../schemas/collections.ts';
import type { SiteMap } from '../../schemas/body-rules.ts';
import type { Problem } from '../../schemas/integrity.ts';
import type { UnaddressedPage } from '../../schemas/link-targets.ts';
import { requiredContent } from '../../schemas/required.ts';

/** A content entry as far as its address is concerned. */
export interface AddressedEntry {
  file: string;
  collection: CollectionName;
  lang: string;
  slug: string | undefined;
  /** The main programme's pdfName: its PDF is served at /<lang>/<pdfName>.pdf, generated or official. */
  mainPdfName?: string | undefined;
}

function publicFiles(dir: string, rel = ''): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? publicFiles(join(dir, d.name), `${rel}/${d.name}`) : [`${rel}/${d.name}`],
    );
  } catch {
    return [];
  }
}

/**
 * The addresses of the site's pages, computed from the content as the route table does, and a
 * problem for each slug that would give a page the same address as another.
 */
export function siteMap(
  root: string,
  entries: AddressedEntry[],
): { site: SiteMap; problems: Problem[] } {
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  const site: SiteMap = {
    paths: new Set(['/']),
    files: new Set([...publicFiles(join(root, 'public')), '/robots.txt', '/sitemap-index.xml']),
    pageOfFile: new Map(),
    anchors: new Map(),
    headings: new Map(),
    unaddressed: unaddressedPages(entries),
  };
  const claim = (path: string, owner: string, file?: string) => {
    const first = owners.get(path);
    // Two files of one folder with one slug are already reported as a duplicate slug.
    if (first && file && posix.dirname(first) === posix.dirname(file)) return;
    if (first && file) {
      problems.push({
        file,
        field: 'slug',
        message: `gives the page the address ${path}, which ${first} already has: choose another slug`,
      });
      return;
    }
    owners.set(path, owner);
    site.paths.add(path);
  };
  for (const lang of locales as readonly Locale[]) {
    claim(pathFor({ kind: 'home', lang }), 'the home page');
    claim(pathFor({ kind: 'programme', lang }), 'the work programme page');
    claim(pathFor({ kind: 'search', lang }), 'the search page');
  }
  for (const e of entries) {
    if (e.mainPdfName && (locales as readonly string[]).includes(e.lang)) {
      site.files.add(`/${e.lang}/${e.mainPdfName}.pdf`);
    }
    const kind = pageKindOf[e.collection];
    if (!e.slug || !(locales as readonly string[]).includes(e.lang)) continue;
    const path = pathFor({ kind, lang: e.lang as Locale, slug: e.slug });
    site.pageOfFile.set(e.file, path);
    claim(path, e.file, e.file);
  }
  return { site, problems };
}

/**
 * The pages whose address the content does not tell: a file in a language folder without a valid slug (its
 * settings failed, reported at the file), and a file missing in a language, where another language has it or
 * the templates need it, or a folder with fewer files than required.ts asks (reported at the twins or the
 * folder, integrity.ts and required.ts). Each as a kind of page and a language, in the order found.
 */
export function unaddressedPages(entries: readonly AddressedEntry[]): UnaddressedPage[] {
  const found: UnaddressedPage[] = [];
  const add = (collection: CollectionName, lang: Locale) => {
    const kind = pageKindOf[collection];
    if (!found.some((u) => u.kind === kind && u.lang === lang)) found.push({ kind, lang });
  };
  const nameOf = (e: AddressedEntry) => posix.basename(e.file, '.mdx');
  for (const e of entries) if (!e.slug && (locales as readonly string[]).includes(e.lang)) add(e.collection, e.lang as Locale);
  for (const collection of Object.keys(requiredContent) as CollectionName[]) {
    const mine = entries.filter((e) => e.collection === collection);
    const names = new Set([...mine.map(nameOf), ...requiredContent[collection].files]);
    for (const lang of locales) {
      const inLang = mine.filter((e) => e.lang === lang);
      if (inLang.length < requiredContent[collection].minimum || [...names].some((name) => !inLang.some((e) => nameOf(e) === name)))
        add(collection, lang);
    }
  }
  return found;
}
