import { describe, expect, test } from 'vitest';
import { readDist } from '../support/crawl';
import { frontmatterOf, unconfirmedOf } from '../support/content-frontmatter';
import { securityTxt, securityTxtExpiry } from '../../src/lib/security-txt';
import { locales } from '../../src/i18n/locales';

const site = new URL(readDist('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
const text = readDist('.well-known/security.txt');
const fields = text.trim().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);
const values = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);

describe('/.well-known/security.txt (RFC 9116)', () => {
  const contactFiles = locales.map((lang) => `content/contact/${lang}/embassy.mdx`);
  // Each language's contact page, from its entry's slug: /<lang>/<slug>/.
  const contactPages = locales.map((lang, i) => `${site}/${lang}/${frontmatterOf(contactFiles[i]!)['slug'] as string}/`);
  const email = frontmatterOf(contactFiles[0]!)['email'] as string;

  test('names the contact pages, and the embassy e-mail only when no contact entry marks it unconfirmed', () => {
    const doubted = contactFiles.some((file) => unconfirmedOf(file).includes('email'));
    expect(values('Contact').filter((v) => v.startsWith('mailto:'))).toEqual(doubted ? [] : [`mailto:${email}`]);
    expect(values('Contact').filter((v) => !v.startsWith('mailto:'))).toEqual(contactPages);
    if (doubted) expect(text).not.toContain(email);
  });

  test('puts a confirmed e-mail first, as a mailto: URI, before the contact pages', () => {
    const body = securityTxt({ site: 'https://example.dk', emails: ['name@um.dk'], contactPages: ['/da/kontakt/'], updated: ['2026-11-29'], languages: ['da'] });
    expect(body.split('\n').slice(0, 2)).toEqual(['Contact: mailto:name@um.dk', 'Contact: https://example.dk/da/kontakt/']);
  });

  test('expires one year after the contact details were last updated, a date from the content', () => {
    // The contact page of every language: the latest of their dates counts.
    const dates = ['da/kontakt', 'en/contact', 'zh/lianxi'].map((page) => readDist(`${page}/index.html`).match(/<meta name="dcterms.modified" content="([\d-]+)"/)![1]!);
    const updated = dates.toSorted().at(-1)!;
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
