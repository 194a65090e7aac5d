import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { locales } from '../../src/i18n/locales';

export const distDir = resolve('dist');

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
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

export interface BuiltPage {
  file: string;
  path: string;
  html: string;
  dom: HTMLElement;
}

/** The content pages: every index.html in a language folder (not "/" or the 404). */
export function contentPages(): BuiltPage[] {
  return distFiles()
    .filter((f) => (locales as readonly string[]).includes(f.split('/')[0]!) && f.endsWith('index.html'))
    .map((file) => readPage(file));
}

export function readPage(file: string): BuiltPage {
  const html = readFileSync(join(distDir, file), 'utf8');
  return { file, path: urlPathOf(file), html, dom: parse(html) };
}

export const relativeToDist = (absolute: string) => relative(distDir, absolute);
