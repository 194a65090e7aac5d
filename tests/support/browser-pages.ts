import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { searchPages, searchWords } from './crawl';

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

/**
 * axe-core's browser build. A context that runs axe on many pages adds it as an init script
 * (context.addInitScript(axeSource)), which costs far less per page than sending it with each runAxe().
 */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page, evaluating axe's source there first unless an init script already did. Evaluated
 * rather than added as a script tag, which the CSP would rightly block.
 */
export async function runAxe(page: Page): Promise<{ violations: AxeViolation[]; rulesRun: string[] }> {
  if (await page.evaluate(() => !('axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // WCAG 2.2's target size (2.5.8) is tagged but off by default in axe 4.
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    const rulesRun = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r: any) => r.id);
    return {
      rulesRun,
      violations: result.violations.map((v: any) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n: any) => n.target.join(' ')),
      })),
    };
  }, [...wcagTags]);
}

/** The language of a search page from its path, for picking a word that is in the content. */
export function searchWordFor(path: string): string {
  const lang = searchPages().find((s) => s.path === path)?.lang ?? path.split('/')[1]!;
  return searchWords[lang] ?? searchWords.en!;
}

/**
 * Links in the main content that a search can have added: visible, and leading to a page rather than to a
 * place on one (the search page's own "all areas" links end in #fragments).
 */
export function resultLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a[href]')]
      .filter((a) => a.getClientRects().length > 0 && !a.getAttribute('href')!.includes('#'))
      .map((a) => a.getAttribute('href')!),
  );
}

/**
 * Searches the way a visitor does: types into the search page's own search box (found by its role, in the
 * main content) and presses Enter, then waits until result links appear in the main content.
 */
export async function showSearchResults(page: Page, origin: string, path: string, word = searchWordFor(path)): Promise<string[]> {
  await page.goto(new URL(path, origin).href);
  const before = (await resultLinks(page)).length;
  const box = page.getByRole('main').getByRole('searchbox').first();
  await box.fill(word);
  await box.press('Enter');
  await waitForResults(page, before);
  return resultLinks(page);
}

/** Waits until more result links show than the given count. */
export async function waitForResults(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      [...document.querySelectorAll('main a[href]')].filter((a) => a.getClientRects().length > 0 && !a.getAttribute('href')!.includes('#')).length > count,
    before,
    { timeout: 30_000 },
  );
}

/** What a page must never produce: console errors or warnings, uncaught errors, CSP violations. */
export interface PageProblems {
  console: string[];
  errors: string[];
}

/** Records console errors and warnings and uncaught exceptions of a page, from before its first script. */
export function watchConsole(page: Page): PageProblems {
  const problems: PageProblems = { console: [], errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  return problems;
}

/** Script run before any of the page's own (init scripts are not subject to the page's CSP). */
export const recordCspViolations = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
  });
};

export const cspViolationsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
