import { describe, expect, test } from 'vitest';
import { readDist } from '../support/crawl';
import { securityTxtExpiry } from '../../src/lib/security-txt';
import { headersFile, securityHeaders } from '../../src/lib/security-headers';

const site = new URL(readDist('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
const text = readDist('.well-known/security.txt');
const fields = text.trim().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);
const values = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);

describe('/.well-known/security.txt (RFC 9116)', () => {
  test('names the embassy e-mail from the contact content and the contact pages', () => {
    const email = readDist('en/contact/index.html').match(/href="mailto:([^"]+)"/)![1];
    expect(values('Contact')[0]).toBe(`mailto:${email}`);
    expect(values('Contact').slice(1)).toEqual([`${site}/da/kontakt/`, `${site}/en/contact/`]);
  });

  test('expires one year after the contact details were last updated, a date from the content', () => {
    const updated = readDist('en/contact/index.html').match(/<meta name="dcterms.modified" content="([\d-]+)"/)![1]!;
    expect(values('Expires')).toEqual([securityTxtExpiry([updated])]);
    expect(values('Expires')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(Date.parse(values('Expires')[0]!)).toBeGreaterThan(Date.parse(updated));
  });

  test('moves 29 February on to 1 March rather than writing a date that does not exist', () => {
    expect(securityTxtExpiry(['2028-02-29'])).toBe('2029-03-01T00:00:00Z');
    expect(securityTxtExpiry(['2026-11-28', '2026-12-01'])).toBe('2027-12-01T00:00:00Z');
    expect(() => securityTxtExpiry(['28/11/2026'])).toThrow(/YYYY-MM-DD/);
  });

  test('has only fields the RFC defines, and a canonical address on the site', () => {
    expect(new Set(fields.map(([n]) => n))).toEqual(new Set(['Contact', 'Expires', 'Preferred-Languages', 'Canonical']));
    expect(values('Canonical')).toEqual([`${site}/.well-known/security.txt`]);
  });
});

describe('dist/_headers', () => {
  test('carries every security header, for every path, from the one definition', () => {
    expect(readDist('_headers')).toBe(headersFile(securityHeaders));
    const lines = readDist('_headers').trimEnd().split('\n').slice(0, Object.keys(securityHeaders).length + 1);
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0])).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
    ]);
  });

  test('the policy forbids inline script and style, eval, workers, data: images and framing; only same-origin WebAssembly (search)', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self';");
    expect(csp).not.toMatch(/'unsafe-|worker-src|data:|blob:|\*/);
  });
});
