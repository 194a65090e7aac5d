import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir, isNotFoundPage } from './crawl';
import { parse, type HTMLElement } from 'node-html-parser';
import { locales } from '../../src/i18n/locales';

export { distDir, acceptedDist, isNotFoundPage } from './crawl';

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The URL path a built HTML file answers to: "da/kontakt/index.html" -> "/da/kontakt/". */
export function urlPathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The file that answers a URL path, or undefined: "/da/kontakt/" -> "da/kontakt/index.html". */
export function fileFor(urlPath: string, root = distDir): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
}

export interface BuiltPage {
  file: string;
  path: string;
  html: string;
  dom: HTMLElement;
}

/** The content pages: every index.html in a language folder (src/i18n/locales.ts; not "/" or a 404 page). */
export function contentPages(root = distDir): BuiltPage[] {
  return distFiles(root)
    .filter((f) => locales.some((lang) => f.startsWith(`${lang}/`)) && f.endsWith('index.html') && !isNotFoundPage(f))
    .map((file) => readPage(file, root));
}

export function readPage(file: string, root = distDir): BuiltPage {
  const html = readFileSync(join(root, file), 'utf8');
  return { file, path: urlPathOf(file), html, dom: parse(html) };
}

export const relativeToDist = (absolute: string) => relative(distDir, absolute);
