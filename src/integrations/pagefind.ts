import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { languageTags, locales } from '../i18n/locales';

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

/**
 * What the site's own search reads (src/components/search/index-reader). The rest of what Pagefind writes,
 * its browser code, WebAssembly and UIs (about 600 KB), is never loaded, so it is not published.
 */
const readByTheSite = (name: string) =>
  name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);

async function removeUnused(outputPath: string): Promise<void> {
  const unused = (await readdir(outputPath)).filter((name) => !readByTheSite(name));
  await Promise.all(unused.map((name) => rm(join(outputPath, name), { recursive: true })));
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
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) fail(`index ${dist}`, added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`write ${outputPath}`, written.errors);
    await removeUnused(outputPath);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const pagesByLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    // Pagefind names each index after the pages' <html lang>, in lower case ("zh-hans").
    const indexed = new Set(Object.keys(pagesByLanguage).map((key) => key.toLowerCase()));
    const missing = locales.filter((lang) => !indexed.has(languageTags[lang].toLowerCase()));
    if (missing.length > 0) fail('index every language', [`no page with data-pagefind-body in ${missing.join(', ')}`]);
    return { filesRead: added.page_count, pagesByLanguage, outputPath, milliseconds: Math.round(performance.now() - started) };
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
