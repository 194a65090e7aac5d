import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, distFiles, fileFor, readPage, type BuiltPage } from '../support/dist';

/**
 * Budgets from the performance issue: no JavaScript on any page but search, a page's HTML + CSS at most
 * 12 KB gzip, images in modern formats with their size set, no web font over 30 KB. A failing budget names
 * the page, the resource and the bytes over.
 */
const htmlCssBudget = 12 * 1024;
const fontBudget = 30 * 1024;
const searchPaths = new Set(['/da/soeg/', '/en/search/', '/zh/sousuo/']);
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every page of the build: the content pages, the language choice at "/", the 404 page and search. */
const allPages = distFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => readPage(file));
const pagesWithoutScript = allPages.filter((p) => !searchPaths.has(p.path));
const byPath = (pages: BuiltPage[]) => pages.map((p) => [p.path, p] as const);

/** The stylesheets and scripts a page loads from its own site. */
function assetsOf(page: BuiltPage, selector: string, attr: string): string[] {
  return page.dom
    .querySelectorAll(selector)
    .map((el) => el.getAttribute(attr)!)
    .filter((url) => url.startsWith('/'));
}

const bytesOf = (href: string) => readFileSync(join(distDir, fileFor(href)!));

describe('byte budgets of pages', () => {
  it('cover the content pages, the language choice, the 404 page and both search pages', () => {
    const paths = allPages.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/404.html', '/da/', '/en/', ...searchPaths]),
    );
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(byPath(pagesWithoutScript))('%s ships 0 bytes of JavaScript', (_path, page) => {
    const scripts = page.dom
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .map((s) => {
        const src = s.getAttribute('src');
        return src
          ? { name: src, bytes: src.startsWith('/') ? bytesOf(src).length : 0 }
          : { name: 'inline script', bytes: Buffer.byteLength(s.rawText) };
      });
    const preloads = assetsOf(page, 'link[rel="modulepreload"]', 'href').map((href) => ({
      name: href,
      bytes: bytesOf(href).length,
    }));
    const handlers = page.dom
      .querySelectorAll('*')
      .flatMap((el) => Object.entries(el.attributes).filter(([name]) => /^on/i.test(name)))
      .map(([name, value]) => ({ name: `${name} attribute`, bytes: Buffer.byteLength(value) }));
    const found = [...scripts, ...preloads, ...handlers];
    const total = found.reduce((sum, s) => sum + s.bytes, 0);
    expect(
      found,
      `${page.path} ships ${total} bytes of JavaScript, ${total} over its budget of 0: ${found.map((s) => `${s.name} ${s.bytes} B`).join(', ')}`,
    ).toEqual([]);
  });

  it.each(byPath(allPages))('%s keeps HTML + CSS within 12 KB gzip', (_path, page) => {
    const parts = [
      { name: page.file, bytes: gzipSize(Buffer.from(page.html)) },
      ...assetsOf(page, 'link[rel="stylesheet"]', 'href').map((href) => ({
        name: href,
        bytes: gzipSize(bytesOf(href)),
      })),
    ];
    const total = parts.reduce((sum, p) => sum + p.bytes, 0);
    const detail = parts.map((p) => `${p.name} ${p.bytes} B`).join(', ');
    expect(
      total,
      `${page.path} is ${total - htmlCssBudget} bytes over the budget of ${htmlCssBudget} B gzip (${detail})`,
    ).toBeLessThanOrEqual(htmlCssBudget);
  });

  it.each(byPath(allPages))('%s uses only modern images with their size set', (_path, page) => {
    for (const img of page.dom.querySelectorAll('img')) {
      const src = img.getAttribute('src')!;
      expect(src, `${page.path}: ${src}`).toMatch(/\.(avif|webp|svg)$/);
      expect(img.getAttribute('width'), `${page.path}: ${src} has no width`).toBeTruthy();
      expect(img.getAttribute('height'), `${page.path}: ${src} has no height`).toBeTruthy();
    }
    for (const source of page.dom.querySelectorAll('picture source, img[srcset]')) {
      for (const candidate of (source.getAttribute('srcset') ?? '')
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]!)
        .filter(Boolean)) {
        expect(candidate, `${page.path}: ${candidate} in a srcset`).toMatch(/\.(avif|webp|svg)$/);
      }
    }
  });

  it('the search pages put nothing of the search index in their HTML, so it can load only when asked for', () => {
    for (const page of allPages.filter((p) => searchPaths.has(p.path))) {
      const eager = page.dom
        .querySelectorAll('link[href], script[src]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
        .filter((url) => url.includes('/pagefind/'));
      expect(eager, `${page.path} loads the index before a query`).toEqual([]);
    }
  });
});

describe('images and fonts of the build', () => {
  it('are images in modern formats only (AVIF, WebP or SVG)', () => {
    const old = distFiles()
      .filter((f) => /\.(png|jpe?g|gif|bmp|tiff?|ico)$/i.test(f))
      .map((f) => `${f} (${readFileSync(join(distDir, f)).length} B)`);
    expect(old, 'images in old formats: convert them to AVIF or WebP').toEqual([]);
  });

  it('are system fonts, or subset web fonts under 30 KB each', () => {
    const fonts = distFiles().filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    for (const font of fonts) {
      const size = readFileSync(join(distDir, font)).length;
      expect(
        size,
        `${font} is ${size - fontBudget} bytes over ${fontBudget} B`,
      ).toBeLessThanOrEqual(fontBudget);
    }
  });

  it('load no font the build does not hold: every @font-face source is a file of the site', () => {
    const stylesheets = distFiles().filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
    for (const sheet of stylesheets) {
      const css = readFileSync(join(distDir, sheet), 'utf8');
      for (const face of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        for (const [, url] of face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
          expect(
            url!.startsWith('/') && fileFor(url!) !== undefined,
            `${sheet}: @font-face loads ${url}`,
          ).toBe(true);
        }
      }
    }
  });
});
