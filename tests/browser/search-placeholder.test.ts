import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { locales } from '../../src/i18n/locales';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, searchPages, unknownPath } from '../support/crawl';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from '../support/non-empty';

/**
 * Every kind of search box: the header's on each language's home page (the same header as every content
 * page), the search page's own, and the 404 pages' (one box per language).
 */
const pages = [...locales.map((lang) => `/${lang}/`), ...searchPages().map((s) => s.path), unknownPath, '/en/404/', '/zh/404/'];
/** A common laptop, and WCAG 1.4.10's 320 CSS pixels (a 1280 px screen at 400 % zoom). */
const widths = [1280, 320];

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
 * Search boxes whose placeholder is wider than the room for text inside them (the box less its padding).
 * The text is measured with a canvas in the box's own font. Chromium leaves the placeholder out of
 * scrollWidth, and a machine without a CJK font draws Han characters narrower than any CJK font does: each
 * East Asian wide character (Unicode UAX #11: Han, CJK punctuation, fullwidth forms) counts as at least 1 em.
 */
function clippedPlaceholders(): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
  const problems: string[] = [];
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type="search"][placeholder]')) {
    const style = getComputedStyle(input);
    context.font = style.font;
    const text = input.placeholder;
    const wideCount = text.match(wide)?.length ?? 0;
    const width = Math.max(
      context.measureText(text).width,
      context.measureText(text.replace(wide, '')).width + wideCount * parseFloat(style.fontSize),
    );
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (width > room) problems.push(`#${input.id}: "${text}" is ${Math.ceil(width)}px wide in ${Math.floor(room)}px`);
  }
  return problems;
}

describe.each(nonEmpty(widths, 'widths'))('at %ipx wide', (width) => {
  test.for(nonEmpty(pages, 'pages with a search box'))('every search box on %s shows its whole placeholder', async (path) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(new URL(path, site.url).href);
    expect(await page.locator('input[type="search"][placeholder]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(clippedPlaceholders)).toEqual([]);
  });
});
