import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticSite } from '../support/static-server';
import { distDir, pagesToVisit, searchPages } from '../support/crawl';
import { runAxe, showSearchResults, wcagTags } from '../support/browser-pages';
import { securityHeaders } from '../../src/lib/security-headers';
import { nonEmpty } from '../support/non-empty';

const pages = pagesToVisit();
let browser: Browser;
let site: StaticSite;
let page: Page;
const rulesRun = new Set<string>();

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveDist(distDir, { ...securityHeaders })]);
  page = await browser.newPage();
});
afterAll(async () => {
  if (process.env.A11Y_REPORT_RULES) console.log(`axe rules run (${rulesRun.size}): ${[...rulesRun].sort().join(', ')}`);
  await browser?.close();
  await site?.close();
});

const describeViolations = (url: string, v: Awaited<ReturnType<typeof runAxe>>['violations']) =>
  v.map((x) => `${url} ${x.rule} (${x.impact}): ${x.help} → ${x.targets.join(' | ')}`);

describe(`axe-core with ${wcagTags.join(', ')} on every page`, () => {
  test('the crawl found both languages and the 404 page', () => {
    expect(pages.filter((p) => p.startsWith('/da/')).length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(pages).toContain('/');
  });

  test.for(nonEmpty(pages, 'pages'))('axe finds no violation on %s', async (path) => {
    await page.goto(new URL(path, site.url).href);
    const { violations, rulesRun: ran } = await runAxe(page);
    ran.forEach((r) => rulesRun.add(r));
    expect(describeViolations(path, violations)).toEqual([]);
    // Colour contrast must be among the rules that ran, not silently left out.
    expect(ran).toContain('color-contrast');
  });

  test.for(nonEmpty(searchPages().map((s) => s.path), 'search pages'))('axe finds no violation on %s with search results shown', async (path) => {
    await showSearchResults(page, site.url, path);
    const { violations } = await runAxe(page);
    expect(describeViolations(`${path} (results)`, violations)).toEqual([]);
  });
});
