import { describe, expect, it } from 'vitest';
import { absoluteUrl, pathFor, restOfPath, sectionSegments } from '../../src/lib/routes';

describe('pathFor', () => {
  it('puts the home page at the locale root', () => {
    expect(pathFor({ kind: 'home', lang: 'da' })).toBe('/da/');
    expect(pathFor({ kind: 'home', lang: 'en' })).toBe('/en/');
    expect(pathFor({ kind: 'home', lang: 'zh' })).toBe('/zh/');
  });

  it('gives sections URLs in the page language', () => {
    expect(pathFor({ kind: 'programme', lang: 'da' })).toBe('/da/arbejdsprogram/');
    expect(pathFor({ kind: 'programme', lang: 'en' })).toBe('/en/work-programme/');
    expect(pathFor({ kind: 'search', lang: 'da' })).toBe('/da/soeg/');
    expect(pathFor({ kind: 'search', lang: 'en' })).toBe('/en/search/');
    expect(pathFor({ kind: 'programme', lang: 'zh' })).toBe('/zh/gongzuo-fangan/');
    expect(pathFor({ kind: 'search', lang: 'zh' })).toBe('/zh/sousuo/');
  });

  it('places areas under the work programme with their own slug', () => {
    expect(pathFor({ kind: 'area', lang: 'da', slug: 'vedvarende-energi' })).toBe('/da/arbejdsprogram/vedvarende-energi/');
    expect(pathFor({ kind: 'area', lang: 'en', slug: 'renewable-energy' })).toBe('/en/work-programme/renewable-energy/');
    expect(pathFor({ kind: 'area', lang: 'zh', slug: 'kezaisheng-nengyuan' })).toBe('/zh/gongzuo-fangan/kezaisheng-nengyuan/');
  });

  it('places single pages at the top of their language', () => {
    expect(pathFor({ kind: 'contact', lang: 'da', slug: 'kontakt' })).toBe('/da/kontakt/');
    expect(pathFor({ kind: 'page', lang: 'en', slug: 'accessibility' })).toBe('/en/accessibility/');
  });

  it('refuses an entry page without a slug instead of inventing a URL', () => {
    expect(() => pathFor({ kind: 'area', lang: 'da' })).toThrow(/needs a slug/);
  });

  it('keeps every section segment in ASCII (Danish without æ ø å, Chinese in pinyin)', () => {
    for (const segments of Object.values(sectionSegments)) {
      for (const segment of Object.values(segments)) expect(segment).toMatch(/^[a-z-]+$/);
    }
  });
});

describe('restOfPath', () => {
  it('gives Astro the part after the locale, undefined for the home page', () => {
    expect(restOfPath('/da/')).toBeUndefined();
    expect(restOfPath('/da/arbejdsprogram/vedvarende-energi/')).toBe('arbejdsprogram/vedvarende-energi');
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site address', () => {
    expect(absoluteUrl('/en/contact/', 'https://example.org')).toBe('https://example.org/en/contact/');
  });
});
