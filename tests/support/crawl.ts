import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site every output and browser test reads. */
export const distDir = resolve('dist');
/** The site built with every accepted content fixture laid over it (tests/support/build-once.ts). */
export const acceptedDist = resolve('tests/.output/accepted-fixtures');

/** A 404 page: the site's 404.html, or a language folder's own ("en/404/index.html", src/lib/not-found-pages.ts). */
export const isNotFoundPage = (file: string) => /^(?:404\.html|[a-z-]+\/404\/index\.html)$/.test(file);

/** A URL path no page will ever have: the host answers it with the site's 404 page. */
export const unknownPath = '/this-page-does-not-exist/';

/** Every file of dist/, as paths relative to it with forward slashes, sorted. */
export function distFiles(root = distDir): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export const htmlFiles = (root = distDir) => distFiles(root).filter((f) => f.endsWith('.html'));

/** "da/kontakt/index.html" → "/da/kontakt/"; "404.html" → "/404.html". */
export function urlPathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a host serves for a URL path, as a static host resolves it, or undefined when there is none. */
export function fileOfUrlPath(path: string, root = distDir): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const full = join(root, clean);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return relative(root, full).split('\\').join('/');
  const index = join(full, 'index.html');
  if (existsSync(index)) return relative(root, index).split('\\').join('/');
  return undefined;
}

export const readDist = (file: string, root = distDir) => readFileSync(join(root, file), 'utf8');

/** Every place a page leads to: href="…" and form action="…" values, entities decoded. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|action)="([^"]*)"/g)].map(([, v]) => decodeEntities(v!));
}

export function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The site's pages as a visitor finds them: following links from "/" through the built HTML, the way a
 * crawler would. Returns URL paths (with trailing slash), in the order they were found.
 */
export function crawlFromRoot(root = distDir): string[] {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const file = fileOfUrlPath(path, root);
    if (!file?.endsWith('.html')) continue;
    for (const href of hrefsOf(readDist(file, root))) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.split(/[?#]/)[0]!;
      if (seen.has(target)) continue;
      if (!fileOfUrlPath(target, root)?.endsWith('.html')) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen];
}

/**
 * Every page the browser suite visits: each built HTML page (found by the crawl from "/"; the link test
 * proves the crawl reaches every one), plus an unknown URL for the 404 page as visitors meet it.
 */
export function pagesToVisit(root = distDir): string[] {
  const crawled = crawlFromRoot(root);
  const orphans = htmlFiles(root)
    .filter((f) => f !== '404.html')
    .map(urlPathOfFile)
    .filter((p) => !crawled.includes(p));
  return [...crawled, ...orphans, unknownPath];
}

/** The search page of each language, read from the pages' own search forms (role="search"). */
export function searchPages(root = distDir): { lang: string; path: string }[] {
  const found = new Map<string, string>();
  for (const file of htmlFiles(root)) {
    const html = readDist(file, root);
    const lang = html.match(/<html lang="([^"]+)"/)?.[1];
    const action = html.match(/<form[^>]*role="search"[^>]*action="([^"]+)"/)?.[1] ?? html.match(/<form[^>]*action="([^"]+)"[^>]*role="search"/)?.[1];
    if (lang && action && !isNotFoundPage(file) && file !== 'index.html' && !found.has(lang)) found.set(lang, action);
  }
  return [...found].map(([lang, path]) => ({ lang, path }));
}

/** A word each language's search must find in the content (both appear in area pages). */
export const searchWords: Record<string, string> = { da: 'fjernvarme', en: 'district heating', 'zh-Hans': '供热' };
