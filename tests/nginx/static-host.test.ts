import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startNginx, type NginxSite } from '../support/nginx';
import { distDir, pagesToVisit, readDist, searchPages, unknownPath } from '../support/crawl';
import { cspViolationsOf, recordCspViolations, showSearchResults, watchConsole } from '../support/browser-pages';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { immutableCaching, securityHeaders } from '../../src/lib/security-headers';

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

function expectEveryHeader(response: Response) {
  const missing = Object.entries(securityHeaders).filter(([name, value]) => response.headers.get(name) !== value);
  expect(missing.map(([name]) => `${name}: got ${response.headers.get(name)}`)).toEqual([]);
}

describe('dist/ served by nginx, configured from the one header definition', () => {
  test('a page carries every security header, exactly as defined', async () => {
    const response = await get('/da/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectEveryHeader(response);
  });

  test('stylesheets, security.txt and the 404 page carry every header too', async () => {
    const css = readDist('da/index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;
    for (const path of [css, '/.well-known/security.txt', unknownPath]) expectEveryHeader(await get(path));
  });

  test('files named after their content may be kept a year, with every header; pages and the PDF are not', async () => {
    const css = readDist('da/index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;
    const fragment = `/pagefind/fragment/${readdirSync(join(distDir, 'pagefind/fragment'))[0]}`;
    const index = `/pagefind/index/${readdirSync(join(distDir, 'pagefind/index'))[0]}`;
    for (const path of [css, fragment, index]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(immutableCaching);
      expectEveryHeader(response);
    }
    const pdf = readDist('da/index.html').match(/href="([^"]+\.pdf)"/)![1]!;
    for (const path of ['/da/', '/pagefind/pagefind-entry.json', pdf, '/_astro/missing.js']) {
      const response = await get(path);
      expect(response.headers.get('cache-control'), path).toBeNull();
      expectEveryHeader(response);
    }
    expect((await get('/_astro/missing.js')).status).toBe(404);
  });

  test('every page of the crawl answers 200 as HTML', async () => {
    const wrong: string[] = [];
    for (const path of pagesToVisit().filter((p) => p !== unknownPath)) {
      const response = await get(path);
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) wrong.push(`${path}: ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  test("an unknown URL gets the site's own 404 page with status 404", async () => {
    for (const path of [unknownPath, '/da/findes-ikke/', '/missing.pdf']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(readDist('404.html'));
    }
  });

  test('security.txt is served as plain text, and _headers is not served at all', async () => {
    const txt = await get('/.well-known/security.txt');
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await txt.text()).toBe(readDist('.well-known/security.txt'));
    expect((await get('/_headers')).status).toBe(404);
  });

  test('a page address without its trailing slash redirects to the page on the same host', async () => {
    const response = await get('/da/kontakt');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/da/kontakt/');
  });

  test.for(searchPages().map((s) => s.path))('a search on %s works under the headers, with no CSP violation or console error', async (path) => {
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
