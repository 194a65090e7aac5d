import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentPages, distDir, distFiles, fileFor } from '../support/dist';

/** Budgets from the performance issue: a content page's HTML + CSS at most 12 KB gzip, no JavaScript. */
const htmlCssBudget = 12 * 1024;
const fontBudget = 30 * 1024;
const searchPaths = new Set(['/da/soeg/', '/en/search/']);
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The stylesheets and scripts a page loads from its own site. */
function assetsOf(page: ReturnType<typeof contentPages>[number], selector: string, attr: string): string[] {
  return page.dom
    .querySelectorAll(selector)
    .map((el) => el.getAttribute(attr)!)
    .filter((url) => url.startsWith('/'));
}

describe('byte budgets of content pages', () => {
  const pages = contentPages().filter((p) => !searchPaths.has(p.path));

  it.each(pages.map((p) => [p.path, p] as const))('%s ships 0 bytes of JavaScript', (_path, page) => {
    const scripts = page.dom.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    const preloads = page.dom.querySelectorAll('link[rel="modulepreload"]');
    expect(scripts.length + preloads.length, `scripts on ${page.path}`).toBe(0);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s keeps HTML + CSS within 12 KB gzip', (_path, page) => {
    const parts = [
      { name: page.file, bytes: gzipSize(Buffer.from(page.html)) },
      ...assetsOf(page, 'link[rel="stylesheet"]', 'href').map((href) => ({
        name: href,
        bytes: gzipSize(readFileSync(join(distDir, fileFor(href)!))),
      })),
    ];
    const total = parts.reduce((sum, p) => sum + p.bytes, 0);
    const detail = parts.map((p) => `${p.name} ${p.bytes} B`).join(', ');
    expect(total, `${page.path} is ${total - htmlCssBudget} bytes over the budget of ${htmlCssBudget} B gzip (${detail})`).toBeLessThanOrEqual(htmlCssBudget);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s uses only modern images with their size set', (_path, page) => {
    for (const img of page.dom.querySelectorAll('img')) {
      const src = img.getAttribute('src')!;
      expect(src, `${page.path}: ${src}`).toMatch(/\.(avif|webp|svg)$/);
      expect(img.getAttribute('width'), `${page.path}: ${src} has no width`).toBeTruthy();
      expect(img.getAttribute('height'), `${page.path}: ${src} has no height`).toBeTruthy();
    }
  });
});

describe('fonts', () => {
  it('are system fonts, or subset web fonts under 30 KB each', () => {
    const fonts = distFiles().filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    for (const font of fonts) {
      const size = readFileSync(join(distDir, font)).length;
      expect(size, `${font} is ${size - fontBudget} bytes over ${fontBudget} B`).toBeLessThanOrEqual(fontBudget);
    }
  });
});
