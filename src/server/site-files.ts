import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { notFoundFile, notFoundLocaleFor } from '../lib/not-found-pages.ts';

/** Media types for the files the build writes, by extension. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Media types a host compresses as it sends them (gzip): the site's text. Not Pagefind's index, results and
 * WebAssembly (gzip files already, which its client unpacks itself: served as application/octet-stream), nor
 * the PDF, images and fonts, which are compressed formats. `application/javascript` and `text/xml` are the
 * names Debian's nginx gives .js and .xml files.
 */
export const compressedTypes = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'text/plain',
] as const;

/** Files in dist/ that are instructions for other hosts, never served (nginx's configuration refuses them too). */
const notServed = new Set(['/_headers']);

export interface FileAnswer {
  /** Absolute path of the file to send: the one asked for, a folder's index.html, or a 404 page. */
  file: string;
  /** False when the site's 404 page stands in: answer with status 404. */
  found: boolean;
  /**
   * Set when the path names a folder without its trailing slash ("/da"): the page's own address ("/da/"),
   * to redirect to (301, the query appended), as nginx does, so relative links on the page resolve.
   */
  redirect?: string;
}

/**
 * The one rule that maps a URL path to a file of `root` (dist/), as a static host does: the file itself,
 * index.html for a folder, and a 404 page for anything else, including paths that are badly encoded or
 * climb out of `root`: under "/en/" the English one, elsewhere 404.html (src/lib/not-found-pages.ts; the
 * nginx configuration does the same). The preview server, the tests' server and the benchmark's server all use it.
 */
export function fileForRequest(root: string, urlPath: string): FileAnswer {
  const base = resolve(root);
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return notFound(base, urlPath);
  }
  if (path.includes('\0') || notServed.has(path)) return notFound(base, path);
  const full = normalize(join(base, path));
  if (full !== base && !full.startsWith(base + sep)) return notFound(base, path);
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    if (!existsSync(index)) return notFound(base, path);
    return urlPath.endsWith('/') ? { file: index, found: true } : { file: index, found: true, redirect: `${urlPath}/` };
  }
  return existsSync(full) && statSync(full).isFile() ? { file: full, found: true } : notFound(base, path);
}

/** The 404 page for a missing path: its language folder's own; without one (an older build), 404.html, which speaks every language too. */
function notFound(base: string, path: string): FileAnswer {
  const own = join(base, notFoundFile(notFoundLocaleFor(path)));
  return { file: existsSync(own) ? own : join(base, '404.html'), found: false };
}
