import { describe, expect, it } from 'vitest';
import { contentPages, distFiles, fileFor, readPage } from '../support/dist';
import { contentTwins } from '../support/content-pairs';
import { nonEmpty } from '../support/non-empty';
import { locales } from '../../src/i18n/locales';
import { pathFor } from '../../src/lib/routes';

const pages = contentPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
/** The same page in every language, from content/ and the route module. */
const twins = contentTwins();

/** The pages a visitor must find, in both languages. */
const expected = [
  ['/da/', '/en/'],
  ['/da/partnerskab/', '/en/partnership/'],
  ['/da/arbejdsprogram/', '/en/work-programme/'],
  ['/da/kontakt/', '/en/contact/'],
  ['/da/soeg/', '/en/search/'],
  ['/da/tilgaengelighed/', '/en/accessibility/'],
];

describe('the built site', () => {
  it('has every expected page in both languages', () => {
    for (const pair of expected) for (const path of pair) expect(fileFor(path), path).toBeDefined();
  });

  it.for(nonEmpty(locales, 'locales'))('has the ten cooperation areas in %s', (lang) => {
    const programme = pathFor({ kind: 'programme', lang });
    expect(pages.filter((p) => p.path.startsWith(programme) && p.path !== programme)).toHaveLength(10);
  });

  it('has exactly the pages the content makes, in every language', () => {
    expect(pages.map((p) => p.path).sort()).toEqual([...twins.keys()].sort());
  });

  it('has a language choice at / and a 404 page', () => {
    expect(distFiles()).toEqual(expect.arrayContaining(['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', 'favicon.svg']));
  });

  it('writes the sitemap address into robots.txt', () => {
    expect(readPage('robots.txt').html).toMatch(/^Sitemap: https:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe.each(nonEmpty(pages.map((p) => [p.path, p] as const), 'content pages'))('page %s', (path, page) => {
  const lang = path.split('/')[1];

  it('declares its language', () => {
    expect(page.dom.querySelector('html')!.getAttribute('lang')).toBe(lang);
  });

  it('has exactly one h1, a title and a description', () => {
    expect(page.dom.querySelectorAll('h1')).toHaveLength(1);
    expect(page.dom.querySelector('title')!.text.trim()).not.toBe('');
    expect(page.dom.querySelector('meta[name="description"]')!.getAttribute('content')!.trim()).not.toBe('');
  });

  it('has a canonical URL that is its own address', () => {
    expect(new URL(page.dom.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(path);
  });

  it('lists reciprocal hreflang alternates, itself and x-default included, that all exist', () => {
    const links = page.dom.querySelectorAll('link[rel="alternate"][hreflang]');
    const alternates = new Map(links.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]));
    expect([...alternates.keys()].sort()).toEqual([...locales, 'x-default'].sort());
    for (const l of locales) expect(alternates.get(l), `hreflang="${l}"`).toBe(twins.get(path)![l]);
    for (const target of alternates.values()) expect(fileFor(target), target).toBeDefined();
    for (const l of locales) {
      const twin = byPath.get(alternates.get(l)!);
      if (!twin) continue; // the x-default "/" is checked by the root-page test
      const back = twin.dom.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)!.getAttribute('href')!;
      expect(new URL(back).pathname).toBe(path);
    }
  });

  it('has a language switcher that leads to the same page in each other language, as the content pairs it', () => {
    const others = locales.filter((l) => l !== lang);
    const links = page.dom.querySelectorAll('.language-switcher a[hreflang]');
    expect(links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.getAttribute('href')])).toEqual(
      others.map((l) => [l, l, twins.get(path)![l]]),
    );
  });

  it('resolves every internal link and anchor', () => {
    for (const a of page.dom.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const [target, fragment] = href.split('#');
      const targetPage = target === '' ? page : readPage(fileFor(new URL(target!, `http://x${path}`).pathname) ?? 'missing');
      if (fragment) expect(targetPage.dom.getElementById(fragment), `${href} on ${path}`).not.toBeNull();
    }
  });

  if (!/^\/(da\/soeg|en\/search)\/$/.test(path)) {
    it('ships no script but JSON-LD data', () => {
      const scripts = page.dom.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.map((s) => s.outerHTML)).toEqual([]);
    });
  }
});

describe('the contact pages', () => {
  it.each(['/da/kontakt/', '/en/contact/'])('%s carry telephone and e-mail links and the embassy as JSON-LD', (path) => {
    const page = byPath.get(path)!;
    expect(page.dom.querySelector('a[href="tel:+861085329900"]')!.text).toBe('+86 (10) 8532 9900');
    expect(page.dom.querySelector('a[href^="mailto:"]')!.getAttribute('href')).toMatch(/^mailto:[^@]+@[^@]+\.[a-z]+$/);
    const data = JSON.parse(page.dom.querySelector('script[type="application/ld+json"]')!.text);
    expect(data).toMatchObject({ '@type': 'GovernmentOffice', telephone: '+861085329900' });
  });
});

describe('the language choice at /', () => {
  it('links both home pages without a script or a redirect', () => {
    const root = readPage('index.html');
    const hrefs = root.dom.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/da/', '/en/']);
    expect(root.dom.querySelectorAll('script, meta[http-equiv="refresh"]')).toHaveLength(0);
  });
});

describe('the 404 page', () => {
  it('helps in both languages', () => {
    const page = readPage('404.html');
    expect(page.dom.querySelectorAll('main [lang="da"], main [lang="en"]')).toHaveLength(2);
    expect(page.dom.querySelectorAll('main a[href="/da/"], main a[href="/en/"]')).toHaveLength(2);
  });
});
