import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, pagesToVisit } from '../support/crawl';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from '../support/non-empty';

const pages = pagesToVisit();

/** The Chinese names the content marks up as Chinese (<span lang="zh">…</span>), read from content/. */
function markedChineseNames(dir = resolve('content')): string[] {
  const names = new Set<string>();
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) markedChineseNames(full).forEach((n) => names.add(n));
    else if (/\.mdx?$/.test(name)) {
      for (const [, text] of readFileSync(full, 'utf8').matchAll(/<span lang="zh(?:-[\w-]+)?">([^<]+)<\/span>/g)) names.add(text!.trim());
    }
  }
  return [...names];
}
const names = markedChineseNames();

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveDist(distDir, { ...securityHeaders })]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Text a screen reader would read in the wrong voice: Chinese characters, or a known Chinese name, in a text
 * node whose nearest lang attribute is not Chinese. Attribute text (title, alt, aria-label) is checked too.
 */
function wrongLanguage(knownNames: string[]): string[] {
  const found: string[] = [];
  const han = /\p{Script=Han}+/u;
  const isChinese = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh');
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const text = node.textContent ?? '';
    if (han.test(text) && !isChinese(parent)) found.push(`"${text.match(han)![0]}" in <${parent.tagName.toLowerCase()}> without lang="zh"`);
    for (const name of knownNames) {
      if (text.includes(name) && !isChinese(parent)) found.push(`"${name}" in <${parent.tagName.toLowerCase()}> without lang="zh"`);
    }
  }
  for (const el of document.querySelectorAll('[title], [alt], [aria-label], [placeholder]')) {
    for (const attr of ['title', 'alt', 'aria-label', 'placeholder']) {
      const value = el.getAttribute(attr) ?? '';
      if (han.test(value) && !isChinese(el)) found.push(`${attr}="${value}" without lang="zh"`);
    }
  }
  return found;
}

describe('Chinese inside Danish and English pages is marked as Chinese', () => {
  test('the content marks at least one Chinese text, so the check below has names to look for', () => {
    // The Green programme's short Chinese title (FACTS.md, Xinhua 18 August 2023), marked in the Danish and
    // English partnership pages. Names in pinyin (Li Keqiang) are proper names in Latin letters and need no mark.
    expect(names).toContain('中丹绿色联合工作方案');
  });

  test.for(nonEmpty(pages, 'pages'))('every Chinese character and marked Chinese name on %s sits inside lang="zh…"', async (path) => {
    await page.goto(new URL(path, site.url).href);
    expect(await page.evaluate(wrongLanguage, names)).toEqual([]);
  });
});
