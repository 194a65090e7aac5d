import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startNginx, type NginxSite } from '../support/nginx';
import { distDir, distFiles, pagesToVisit, readDist, searchPages, unknownPath, urlPathOfFile } from '../support/crawl';
import { cspViolationsOf, recordCspViolations, showSearchResults, watchConsole } from '../support/browser-pages';
import { headersOfResponse, immutableProblems, isContentNamed, revalidatedProblems, securityProblems } from '../support/header-rules';
import { nonEmpty } from '../support/non-empty';

/**
 * dist/ served by Debian's nginx with the configuration the project ships (src/server/nginx.conf), held
 * against the security rules of tests/support/header-rules.ts, not against the definition it came from.
 */
let host: NginxSite;
let browser: Browser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startNginx(distDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const get = (path: string) => fetch(new URL(path, host.url), { redirect: 'manual' });
const stylesheet = () => readDist('da/index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;

describe('dist/ served by nginx with the shipped configuration', () => {
  test.for([
    ['a page', '/da/', 200],
    ['a stylesheet', 'css', 200],
    ['security.txt', '/.well-known/security.txt', 200],
    ['a folder without its slash', '/da', 301],
    ['a page without its slash', '/da/kontakt?q=1', 301],
    ['an unknown page', unknownPath, 404],
    ['a missing bundle', '/_astro/missing.js', 404],
  ] as const)('%s (%s) answers %i with every security header the rules ask for', async ([, path, status]) => {
    const response = await get(path === 'css' ? stylesheet() : path);
    expect(response.status).toBe(status);
    expect(securityProblems(headersOfResponse(response))).toEqual([]);
  });

  test('files named after their content are kept a year; pages, the PDFs and Pagefind\'s entry file are not', async () => {
    const files = distFiles();
    const named = nonEmpty(files.filter((f) => isContentNamed(f) && !f.endsWith('.pf_meta')).map((f) => `/${f}`), 'content-named files');
    const kept = nonEmpty(
      files.filter((f) => !isContentNamed(f) && !f.startsWith('_headers')).map((f) => (f.endsWith('.html') ? urlPathOfFile(f) : `/${f}`)),
      'files that keep their address',
    );
    expect(kept.some((p) => p.endsWith('.pdf')) && kept.includes('/pagefind/pagefind-entry.json')).toBe(true);
    const problems: string[] = [];
    for (const path of named) problems.push(...immutableProblems(path, headersOfResponse(await get(path))));
    for (const path of kept) problems.push(...revalidatedProblems(path, headersOfResponse(await get(path))));
    expect(problems).toEqual([]);
  });

  test('every page of the crawl answers 200 as HTML in UTF-8', async () => {
    const wrong: string[] = [];
    for (const path of nonEmpty(pagesToVisit().filter((p) => p !== unknownPath), 'pages')) {
      const response = await get(path);
      if (response.status !== 200 || response.headers.get('content-type') !== 'text/html; charset=utf-8') wrong.push(`${path}: ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  test.for([
    [unknownPath, '404.html'],
    ['/da/findes-ikke/', '404.html'],
    ['/missing.pdf', '404.html'],
    ['/english/', '404.html'],
    ['/en/does-not-exist/', 'en/404/index.html'],
    ['/en/work-programme/no-such-area/', 'en/404/index.html'],
    ['/zh/bu-cunzai/', 'zh/404/index.html'],
    ['/zh/missing.pdf', 'zh/404/index.html'],
  ])("an unknown URL (%s) gets the site's own 404 page for its language folder (%s) with status 404 and every header", async ([path, file]) => {
    const response = await get(path!);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readDist(file!));
    expect(securityProblems(headersOfResponse(response))).toEqual([]);
  });

  test('a language folder\'s own 404 page changes nothing for the pages in it', async () => {
    for (const [path, status] of [['/en/', 200], ['/en', 301], ['/zh/lianxi', 301], ['/zh/lianxi/', 200]] as const) {
      expect((await get(path)).status, path).toBe(status);
    }
  });

  test('security.txt is served as plain text, and _headers is not served at all', async () => {
    const txt = await get('/.well-known/security.txt');
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await txt.text()).toBe(readDist('.well-known/security.txt'));
    expect((await get('/_headers')).status).toBe(404);
  });

  test.for([
    ['/da', '/da/'],
    ['/da?q=vind', '/da/?q=vind'],
    ['/da/kontakt', '/da/kontakt/'],
    ['/da/kontakt?q=vind&x=%C3%A6', '/da/kontakt/?q=vind&x=%C3%A6'],
  ])('%s redirects (301) to %s on the same host, query kept', async ([from, to]) => {
    const response = await get(from!);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
  });

  test.for(nonEmpty(searchPages().map((s) => s.path), 'search pages'))('a search on %s works under the headers, with no CSP violation or console error', async (path) => {
    const context = await browser.newContext();
    await context.addInitScript(recordCspViolations);
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      await showSearchResults(page, host.url, path);
      expect(await cspViolationsOf(page)).toEqual([]);
      expect(problems).toEqual({ console: [], errors: [] });
    } finally {
      await context.close();
    }
  });
});
