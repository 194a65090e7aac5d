import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/i18n/locales';
import { pathFor, type PageKind } from '../../src/lib/routes';

/** The kind of page each content collection makes (README, "Content model"). */
const collectionKinds: Record<string, PageKind> = { areas: 'area', partnership: 'partnership', contact: 'contact', pages: 'page' };
/** Pages that come from no entry: one per language. */
const sectionKinds: PageKind[] = ['home', 'programme', 'search'];

/** An entry's front matter, read as YAML straight from its file. */
function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const block = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1];
  if (block === undefined) throw new Error(`${file}: no front matter`);
  return parse(block) as Record<string, unknown>;
}

/**
 * Every page's twins, from the content itself rather than from the built pages: files of the same name in
 * content/<collection>/<lang>/ are one page in several languages, and the route module gives each its
 * address from its own slug. Returns, for each page path, the path of the same page in every language.
 */
export function contentTwins(root = resolve('.')): Map<string, Record<Locale, string>> {
  const sets: Record<Locale, string>[] = sectionKinds.map(
    (kind) => Object.fromEntries(locales.map((lang) => [lang, pathFor({ kind, lang })])) as Record<Locale, string>,
  );
  for (const [collection, kind] of Object.entries(collectionKinds)) {
    const ids = new Set(locales.flatMap((lang) => {
      const dir = join(root, 'content', collection, lang);
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
    }));
    for (const id of ids) {
      const set = {} as Record<Locale, string>;
      for (const lang of locales) {
        const file = join(root, 'content', collection, lang, id);
        if (!existsSync(file)) throw new Error(`content/${collection}/${lang}/${id} is missing: ${id} has no ${lang} twin`);
        set[lang] = pathFor({ kind, lang, slug: String(frontMatter(file)['slug']) });
      }
      sets.push(set);
    }
  }
  return new Map(sets.flatMap((set) => Object.values(set).map((path) => [path, set] as const)));
}
