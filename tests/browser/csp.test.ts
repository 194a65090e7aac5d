import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, htmlFiles, pagesToVisit, readDist, searchPages } from '../support/crawl';
import { cspViolationsOf, recordCspViolations, showSearchResults, watchConsole, type PageProblems } from '../support/browser-pages';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from '../support/non-empty';

const pages = pagesToVisit();
let browser: Browser;
let site: StaticSite;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveDist(distDir, { ...securityHeaders })]);
  const context: BrowserContext = await browser.newContext();
  await context.addInitScript(recordCspViolations);
  page = await context.newPage();
  problems = watchConsole(page);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page with a clean record of console messages; CSP violations are recorded per document. */
async function visit(path: string, action?: (page: Page) => Promise<unknown>) {
  problems.console.length = 0;
  problems.errors.length = 0;
  const response = await page.goto(new URL(path, site.url).href);
  if (action) await action(page);
  return { response, problems: { console: [...problems.console], errors: [...problems.errors] }, violations: await cspViolationsOf(page) };
}

describe('the built pages need nothing a strict CSP forbids', () => {
  const files = htmlFiles();

  test.for(nonEmpty(files, 'HTML files'))('%s has no inline script, style element, style attribute or inline handler', (file) => {
    const html = readDist(file);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const inline = scripts.filter(([, attrs, body]) => body!.trim() !== '' && !/type="application\/ld\+json"/.test(attrs!));
    expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
    expect(html.match(/<style\b[^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/<[^>]+\sstyle=["'][^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/<[^>]+\son[a-z]+=["'][^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/(href|src|action)="\s*javascript:/gi) ?? []).toEqual([]);
  });
});

describe('Chromium under the site-wide headers', () => {
  test('the server sends the one header definition, so the browser runs under the real policy', async () => {
    const { response } = await visit('/da/');
    const headers = response!.headers();
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()]).toBe(value);
  });

  test('the violation listener catches an inline style, so a clean run below means something', async () => {
    const { violations } = await visit('/da/', async (page) => {
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { color: red }';
        document.head.append(style);
      });
      await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    });
    expect(violations.join('\n')).toContain('style-src');
  });

  test.for(nonEmpty(pages, 'pages'))('%s loads with no CSP violation, console error or warning', async (path) => {
    const { violations, problems } = await visit(path);
    expect(violations).toEqual([]);
    expect(problems.errors).toEqual([]);
    // The 404 page answers with status 404, which Chromium logs as a failed resource load; nothing else may appear.
    const expected = path === pages.at(-1) ? problems.console.filter((m) => !/status of 404/.test(m)) : problems.console;
    expect(expected).toEqual([]);
  });

  test.for(nonEmpty(searchPages().map((s) => s.path), 'search pages'))('a search on %s shows results with no CSP violation, console error or warning', async (path) => {
    const { violations, problems } = await visit(path, (page) => showSearchResults(page, site.url, path));
    expect(violations).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.console).toEqual([]);
  });
});
