import type { BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales';
import { da } from '../../src/i18n/da';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { serializeCsp } from '../../src/lib/security-headers';

/** The policy the site is served with, from its one definition: search must work under it. */
export const strictCsp = serializeCsp();

export const searchPath: Record<Locale, string> = { da: '/da/soeg/', en: '/en/search/', zh: '/zh/sousuo/' };
export const ui = { da, en, zh } as const;

/** A page that records what must never happen: console errors, uncaught exceptions, CSP violations. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  requests: string[];
}

export async function openWatched(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // Chromium also logs violations, but the event names the directive even for blocked inline handlers.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return { page, problems, requests };
}

/** The query as the page searches it: cut to the box's 200 characters, spaces collapsed, trimmed. */
export function normalised(query: string): string {
  return query.slice(0, 200).replace(/\s+/g, ' ').trim();
}

/** Waits until the status line reports on exactly this query (in either language's quotation marks). */
export async function waitForStatusAbout(page: Page, query: string): Promise<string> {
  const handle = await page.waitForFunction(
    (q) => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      return text.includes(`»${q}«`) || text.includes(`“${q}”`) ? text : false;
    },
    normalised(query),
    { timeout: 10_000 },
  );
  return String(await handle.jsonValue());
}

/** Types a query into the page's search box as a visitor would, and waits for its results. */
export async function searchFor(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox').fill(query);
  return waitForStatusAbout(page, query);
}

/** The paths the result titles link to, in order. */
export function resultPaths(page: Page, lang: Locale): Promise<string[]> {
  return page
    .getByRole('list', { name: ui[lang]['search.results.label'] })
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
