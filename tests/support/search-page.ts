import type { BrowserContext, Page } from 'playwright-core';
import { locales, type Locale } from '../../src/i18n/locales';
import { pathFor } from '../../src/lib/routes';
import { da } from '../../src/i18n/da';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { serializeCsp } from '../../src/lib/security-headers';

/** The policy the site is served with, from its one definition: search must work under it. */
export const strictCsp = serializeCsp();

/** The search page of every language of the site (src/i18n/locales.ts), from the one module of URLs. */
export const searchPath = Object.fromEntries(locales.map((lang) => [lang, pathFor({ kind: 'search', lang })])) as Record<Locale, string>;
export const ui = { da, en, zh } as const satisfies Record<Locale, unknown>;

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
    { timeout: 30_000 },
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

/**
 * Counts how often the live region's text changes while `query` is typed key by key, `delay` ms apart, and
 * until its results are announced: a screen reader reads out every change.
 */
export async function statusChangesWhileTyping(page: Page, query: string, delay: number): Promise<string[]> {
  // Warm: the client has loaded and searched once, so what is counted is typing alone.
  await searchFor(page, query.slice(0, 3));
  await page.getByRole('searchbox').fill('');
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === '');
  await page.evaluate(() => {
    const w = window as unknown as { statusTexts: string[] };
    w.statusTexts = [];
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(() => w.statusTexts.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('searchbox').focus();
  await page.keyboard.type(query, { delay });
  await waitForStatusAbout(page, query);
  // Anything that would still come late is counted too.
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}
