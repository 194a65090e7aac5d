import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, pagesToVisit } from '../support/crawl';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from '../support/non-empty';

const pages = pagesToVisit();
let browser: Browser;
let site: StaticSite;
let page: Page;
const wide = { width: 1280, height: 800 };
// WCAG 1.4.10: 320 CSS pixels wide, the width of a 1280 px screen at 400 % zoom.
const narrow = { width: 320, height: 640 };

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveDist(distDir, { ...securityHeaders })]);
  const context: BrowserContext = await browser.newContext({ viewport: wide, reducedMotion: 'reduce' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Everything on the page that cannot be read in place: a page wider than the window, text sticking out past
 * the window's edges, and boxes that hide the text they hold (overflow hidden or clip, or an ellipsis).
 * Content made visually hidden on purpose for screen readers is left aside.
 */
function unreadable(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
  }
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (ownText) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 || box.left < -1) problems.push(`${name(el)} reaches past the window (${Math.round(box.left)}–${Math.round(box.right)}px)`);
    }
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
      problems.push(`${name(el)} cuts off its content`);
    }
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} truncates its text`);
  }
  return problems;
}

// Each page is loaded once, wide and asking for reduced motion; the text-size and narrow checks then change
// the same page (root font size, window width) and put it back.
describe.each(nonEmpty(pages, 'pages'))('reflow, text size and motion on %s', (path) => {
  beforeAll(async () => {
    await page.setViewportSize(wide);
    await page.goto(new URL(path, site.url).href);
  });

  test('nothing moves when reduced motion is asked for', async () => {
    const moving = await page.evaluate(() => {
      const found: string[] = [];
      if (document.getAnimations().length > 0) found.push(`${document.getAnimations().length} running animations`);
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
      const allZero = (list: string) => list.split(',').every((d) => parseFloat(d) === 0);
      for (const el of document.querySelectorAll('*')) {
        for (const state of [null, '::before', '::after'] as const) {
          const style = getComputedStyle(el, state);
          if (!allZero(style.transitionDuration)) found.push(`${el.tagName.toLowerCase()}${state ?? ''} transitions`);
          if (style.animationName !== 'none' && !allZero(style.animationDuration)) found.push(`${el.tagName.toLowerCase()}${state ?? ''} animates`);
        }
      }
      return found;
    });
    expect(moving).toEqual([]);
  });

  test('nothing is cut off with text at 200 per cent', async () => {
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    // The visitor's text-size setting: the root font size (CSSOM, which the CSP allows).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    try {
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(after).toBeCloseTo(before * 2, 0);
      expect(await page.evaluate(unreadable)).toEqual([]);
    } finally {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    }
  });

  test('nothing scrolls sideways or sticks out at 320 px wide', async () => {
    await page.setViewportSize(narrow);
    expect(await page.evaluate(unreadable)).toEqual([]);
  });
});
