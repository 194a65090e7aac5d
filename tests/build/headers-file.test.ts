import { describe, expect, test } from 'vitest';
import { distFiles, htmlFiles, readDist, urlPathOfFile } from '../support/crawl';
import { headersForPath, parseHeadersFile } from '../support/headers-file';
import { immutableProblems, isContentNamed, revalidatedProblems, securityProblems } from '../support/header-rules';
import { nonEmpty } from '../support/non-empty';

/**
 * dist/_headers read as Netlify or Cloudflare Pages read it, by the tests' own reader, and every path of the
 * build held against the security and caching rules (tests/support/header-rules.ts).
 */
const rules = parseHeadersFile(readDist('_headers'));
const paths = distFiles().map((f) => (f.endsWith('.html') ? urlPathOfFile(f) : `/${f}`));
/** Paths a visitor may ask for that no file answers: the host sends the 404 page under their rules. */
const unknown = ['/this-page-does-not-exist/', '/da/findes-ikke', '/_astro/missing.js'];

describe('dist/_headers, as a static host reads it', () => {
  test('is a well-formed file with rules in it', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.flatMap((r) => r.headers).length).toBeGreaterThan(0);
  });

  test.for(nonEmpty([...paths, ...unknown], 'paths of the build'))('%s gets every security header the rules ask for', (path) => {
    expect(securityProblems(headersForPath(rules, path))).toEqual([]);
  });

  test('files named after their content are kept a year as immutable', () => {
    // Pagefind's metadata (pagefind.<lang>_<hash>.pf_meta) is content-named too, but lies beside the
    // unhashed pagefind-entry.json; the host rules do not single it out (revalidated: 0.5 KB).
    const named = nonEmpty(paths.filter((p) => isContentNamed(p) && !p.endsWith('.pf_meta')), 'content-named files');
    expect(named.some((p) => p.startsWith('/_astro/')) && named.some((p) => p.includes('.pf_fragment'))).toBe(true);
    expect(named.flatMap((p) => immutableProblems(p, headersForPath(rules, p)))).toEqual([]);
  });

  test('pages, the PDFs and other files that keep their address are never immutable', () => {
    const kept = nonEmpty(paths.filter((p) => !isContentNamed(p)), 'files that keep their address');
    expect(kept).toEqual(expect.arrayContaining(['/da/', '/en/', '/', '/404.html', '/pagefind/pagefind-entry.json']));
    expect(kept.some((p) => p.endsWith('.pdf'))).toBe(true);
    expect(kept.flatMap((p) => revalidatedProblems(p, headersForPath(rules, p)))).toEqual([]);
  });

  test('the reader itself: a rule set that breaks each rule is caught', () => {
    const weak = parseHeadersFile(
      "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'\n  Strict-Transport-Security: max-age=86400\n/_astro/*\n  Cache-Control: max-age=600\n",
    );
    expect(securityProblems(headersForPath(weak, '/da/'))).toEqual([
      "CSP script-src allows 'unsafe-inline'",
      "CSP default-src is not 'none': 'self'",
      "CSP frame-ancestors is not 'none'",
      'CSP lets plugins load',
      'Strict-Transport-Security max-age is under six months: max-age=86400',
      'X-Content-Type-Options is not nosniff',
      'Referrer-Policy is not safe: undefined',
      'Cross-Origin-Opener-Policy is not same-origin',
      'Cross-Origin-Resource-Policy is not same-origin',
    ]);
    expect(immutableProblems('/_astro/a.B1c2D3e4.js', headersForPath(weak, '/_astro/a.B1c2D3e4.js'))).toHaveLength(1);
    expect(() => parseHeadersFile('  X: y\n')).toThrow(/line 1/);
  });

  test('every HTML page of the build is among the paths checked', () => {
    expect(htmlFiles().map(urlPathOfFile).filter((p) => !paths.includes(p))).toEqual([]);
  });
});
