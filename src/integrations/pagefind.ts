import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
// Imports name their .ts files, as Node needs them: Astro then loads astro.config.mjs and all it imports in
// Node itself, instead of starting a Vite server for every build.
import { languageTags, locales } from '../i18n/locales.ts';
import { localeSearch } from '../components/search/locale-search.ts';
import { compoundParts, vocabularyOf, wordsOf } from './compound-parts.ts';

export interface IndexSummary {
  /** HTML files Pagefind read, indexed or not. */
  filesRead: number;
  /** Pages indexed per language, from the written pagefind-entry.json. */
  pagesByLanguage: Record<string, number>;
  outputPath: string;
  milliseconds: number;
}

/** The part of pagefind-entry.json this build checks. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

interface Page {
  path: string;
  html: string;
  lang: string;
  /** The words Pagefind indexes: those of `data-pagefind-body`, without `data-pagefind-ignore` parts or scripts. */
  words: string[];
}

async function readPages(dist: string): Promise<Page[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(dist, file), 'utf8');
      const root = parse(html);
      const body = root.querySelector('[data-pagefind-body]');
      // Words no visitor reads (JSON-LD, styles) are no words of the page.
      for (const ignored of body?.querySelectorAll('[data-pagefind-ignore], script, style, template') ?? []) ignored.remove();
      const lang = root.querySelector('html')?.getAttribute('lang') ?? '';
      // Block elements end words, as they do on screen and for Pagefind's own indexer: textContent would run
      // "2024</h3><p>Afløst" together into one word, and find "afløst" as the end of a compound "2024afløst".
      return { path: file, html, lang, words: body ? wordsOf(body.structuredText) : [] };
    }),
  );
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page as Pagefind is given it: with the parts of its compounds (src/integrations/compound-parts.ts) as
 * the searchable metadata `parts`, in an empty element that no visitor sees and no excerpt shows. The file
 * in `dist/` is not changed.
 */
function withCompoundParts(page: Page, vocabulary: { words: Set<string>; endings: readonly string[] } | undefined): string {
  if (!vocabulary || page.words.length === 0) return page.html;
  const parts = compoundParts(page.words, vocabulary.words, vocabulary.endings);
  if (parts.length === 0) return page.html;
  const element = `<span data-pagefind-ignore data-pagefind-meta="parts[data-parts]" data-parts="${escapeAttribute(parts.join(' '))}"></span>`;
  const end = page.html.lastIndexOf('</main>');
  if (end < 0) throw new Error(`${page.path} has data-pagefind-body but no </main> to add its compound parts to`);
  return page.html.slice(0, end) + element + page.html.slice(end);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/**
 * Indexes a built site with Pagefind's Node API and writes the bundle to `<dist>/pagefind/`.
 * Pagefind makes one index per `<html lang>` and reads only `data-pagefind-body`, so pages without it
 * (the 404, the language choice at "/", the search page) stay out. Throws on any error Pagefind reports,
 * and when a language of the site ends up without an index, so a broken index fails the build.
 */
export async function indexSite(dist: string, outputPath = join(dist, 'pagefind')): Promise<IndexSummary> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) fail('start', errors);
    const pages = await readPages(dist);
    const vocabularies = new Map<string, { words: Set<string>; endings: readonly string[] }>();
    for (const lang of locales) {
      const compounds = localeSearch[lang].compounds;
      if (!compounds) continue;
      // Pages carry the BCP 47 tag of <html lang> ("zh-Hans"), not the locale's short name.
      const words = pages.filter((page) => page.lang === languageTags[lang]).flatMap((page) => page.words);
      vocabularies.set(languageTags[lang], { words: vocabularyOf(words, compounds.endings), endings: compounds.endings });
    }
    const added = await Promise.all(
      pages.map((page) => index.addHTMLFile({ sourcePath: page.path, content: withCompoundParts(page, vocabularies.get(page.lang)) })),
    );
    const addErrors = added.flatMap((a) => a.errors);
    if (addErrors.length > 0) fail(`index ${dist}`, addErrors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`write ${outputPath}`, written.errors);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const pagesByLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    // Pagefind names each index after the pages' <html lang>, in lower case ("zh-hans").
    const indexed = new Set(Object.keys(pagesByLanguage).map((key) => key.toLowerCase()));
    const missing = locales.filter((lang) => !indexed.has(languageTags[lang].toLowerCase()));
    if (missing.length > 0) fail('index every language', [`no page with data-pagefind-body in ${missing.join(', ')}`]);
    return { filesRead: pages.length, pagesByLanguage, outputPath, milliseconds: Math.round(performance.now() - started) };
  } finally {
    // The Node API drives a child process; left open, it would keep the build from exiting.
    await pagefind.close();
  }
}

/**
 * Builds the search index as the last step of `astro build`, so `npm run build` alone yields a searchable
 * site, and a failure to index fails that same command.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        const pages = Object.entries(summary.pagesByLanguage).map(([lang, n]) => `${n} ${lang}`).join(' + ');
        logger.info(`indexed ${pages} pages (of ${summary.filesRead} HTML files) in ${summary.milliseconds} ms`);
      },
    },
  };
}
