import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales';
import { contentPages, distFiles, fileFor, readPage } from '../support/dist';
import { contentTwins } from '../support/content-pairs';
import { nonEmpty } from '../support/non-empty';

const pages = contentPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
/** The same page in every language, from content/ and the route module. */
const twins = contentTwins();

/**
 * What every language must have, written out here rather than taken from the code under test: the BCP 47
 * tag of <html lang> and hreflang, the language's name in itself (the switcher's link text), and the pages a
 * visitor must find. A locale added to src/i18n/locales.ts without its row here is a type error.
 */
const languages: Record<Locale, { tag: string; name: string; paths: { home: string; partnership: string; programme: string; contact: string; search: string; accessibility: string } }> = {
  da: { tag: 'da', name: 'Dansk', paths: { home: '/da/', partnership: '/da/partnerskab/', programme: '/da/arbejdsprogram/', contact: '/da/kontakt/', search: '/da/soeg/', accessibility: '/da/tilgaengelighed/' } },
  en: { tag: 'en', name: 'English', paths: { home: '/en/', partnership: '/en/partnership/', programme: '/en/work-programme/', contact: '/en/contact/', search: '/en/search/', accessibility: '/en/accessibility/' } },
  zh: { tag: 'zh-Hans', name: '中文', paths: { home: '/zh/', partnership: '/zh/huoban-guanxi/', programme: '/zh/gongzuo-fangan/', contact: '/zh/lianxi/', search: '/zh/sousuo/', accessibility: '/zh/wuzhangai/' } },
};
const tags = locales.map((l) => languages[l].tag);
const localeOfPath = (path: string) => path.split('/')[1] as Locale;
const searchPaths = new Set(locales.map((l) => languages[l].paths.search));

describe('the built site', () => {
  it('is checked for three languages or more, each in the table above', () => {
    expect(locales.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(languages).sort()).toEqual([...locales].sort());
  });

  it.each(nonEmpty(locales, 'locales'))('has every expected page in %s', (lang) => {
    for (const path of Object.values(languages[lang].paths)) expect(fileFor(path), path).toBeDefined();
  });

  it.each(nonEmpty(locales, 'locales'))('has the ten cooperation areas in %s', (lang) => {
    const programme = languages[lang].paths.programme;
    expect(pages.filter((p) => p.path.startsWith(programme) && p.path !== programme)).toHaveLength(10);
  });

  it('has exactly the pages the content makes, in every language', () => {
    expect(pages.map((p) => p.path).sort()).toEqual([...twins.keys()].sort());
  });

  it('has the same number of pages in every language', () => {
    const counts = locales.map((lang) => pages.filter((p) => localeOfPath(p.path) === lang).length);
    expect(new Set(counts).size, counts.join(', ')).toBe(1);
  });

  it('has a language choice at / and a 404 page', () => {
    expect(distFiles()).toEqual(expect.arrayContaining(['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', 'favicon.svg']));
  });

  it('writes the sitemap address into robots.txt', () => {
    expect(readPage('robots.txt').html).toMatch(/^Sitemap: https:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe.each(nonEmpty(pages.map((p) => [p.path, p] as const), 'content pages'))('page %s', (path, page) => {
  const lang = localeOfPath(path);
  const tag = languages[lang].tag;

  it('declares its language as a BCP 47 tag', () => {
    expect(page.dom.querySelector('html')!.getAttribute('lang')).toBe(tag);
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
    expect([...alternates.keys()].sort()).toEqual([...tags, 'x-default'].sort());
    expect(alternates.get(tag)).toBe(path);
    for (const l of locales) expect(alternates.get(languages[l].tag), `hreflang="${languages[l].tag}"`).toBe(twins.get(path)![l]);
    for (const target of alternates.values()) expect(fileFor(target), target).toBeDefined();
    for (const l of tags) {
      const twin = byPath.get(alternates.get(l)!);
      expect(twin, `${l} twin of ${path}`).toBeDefined();
      expect(twin!.dom.querySelector('html')!.getAttribute('lang')).toBe(l);
      const back = twin!.dom.querySelector(`link[rel="alternate"][hreflang="${tag}"]`)!.getAttribute('href')!;
      expect(new URL(back).pathname).toBe(path);
    }
  });

  it('has a language switcher that offers every other language, named in itself, leading to the same page', () => {
    const links = page.dom.querySelectorAll('.language-switcher a');
    const others = locales.filter((l) => l !== lang);
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(others.map((l) => languages[l].tag));
    for (const other of others) {
      const { tag: otherTag, name } = languages[other];
      const link = page.dom.querySelector(`.language-switcher a[hreflang="${otherTag}"]`)!;
      expect(link.getAttribute('lang')).toBe(otherTag);
      expect(link.text.trim()).toBe(name);
      const hreflang = page.dom.querySelector(`link[rel="alternate"][hreflang="${otherTag}"]`)!.getAttribute('href')!;
      expect(link.getAttribute('href')).toBe(new URL(hreflang).pathname);
      // The expected page comes from the content pairs, not from the switcher itself.
      expect(link.getAttribute('href')).toBe(twins.get(path)![other]);
      expect(link.getAttribute('href')!.startsWith(`/${other}/`)).toBe(true);
      expect(fileFor(link.getAttribute('href')!)).toBeDefined();
    }
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

  if (!searchPaths.has(path)) {
    it('ships no script but JSON-LD data', () => {
      const scripts = page.dom.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.map((s) => s.outerHTML)).toEqual([]);
    });
  }
});

describe('the contact pages', () => {
  it.each(locales.map((l) => languages[l].paths.contact))('%s carry telephone and e-mail links and the embassy as JSON-LD', (path) => {
    const page = byPath.get(path)!;
    expect(page.dom.querySelector('a[href="tel:+861085329900"]')!.text).toBe('+86 (10) 8532 9900');
    expect(page.dom.querySelector('a[href^="mailto:"]')!.getAttribute('href')).toMatch(/^mailto:[^@]+@[^@]+\.[a-z]+$/);
    const data = JSON.parse(page.dom.querySelector('script[type="application/ld+json"]')!.text);
    expect(data).toMatchObject({ '@type': 'GovernmentOffice', telephone: '+861085329900' });
  });
});

describe('the language choice at /', () => {
  it('links every home page, each in its own language, without a script or a redirect', () => {
    const root = readPage('index.html');
    const links = root.dom.querySelectorAll('main a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(locales.map((l) => languages[l].paths.home));
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(tags);
    expect(root.dom.querySelectorAll('main li[lang]').map((li) => li.getAttribute('lang'))).toEqual(tags);
    expect(root.dom.querySelectorAll('script, meta[http-equiv="refresh"]')).toHaveLength(0);
  });
});

/**
 * The 404 page a missing address under each language's folder gets (the nginx and preview tests prove the
 * hosts send these files): the visitor's language first and as the page's own, every other language after it.
 */
const notFoundPages: Record<Locale, string> = { da: '404.html', en: 'en/404/index.html', zh: 'zh/404/index.html' };

describe.each(nonEmpty(locales.map((lang) => [lang, notFoundPages[lang]] as const), 'locales'))('the 404 page for %s (%s)', (lang, file) => {
  const page = readPage(file);
  const tag = languages[lang].tag;

  it('is in that language and shows it first: <html lang>, <title>, the h1 and the first part', () => {
    expect(page.dom.querySelector('html')!.getAttribute('lang')).toBe(tag);
    const sections = page.dom.querySelectorAll('main section');
    expect(sections[0]!.getAttribute('lang')).toBe(tag);
    expect(page.dom.querySelectorAll('h1')).toHaveLength(1);
    expect(sections[0]!.querySelector('h1')).not.toBeNull();
    expect(page.dom.querySelector('title')!.text).toBe(sections[0]!.querySelector('h1')!.text);
    expect(page.dom.querySelector('.site-header__brand')!.getAttribute('href')).toBe(languages[lang].paths.home);
  });

  it('helps in every language, each part marked with its own lang', () => {
    const marked = page.dom.querySelectorAll('main > *').map((part) => part.getAttribute('lang'));
    expect(marked).toEqual([tag, ...tags.filter((t) => t !== tag)]);
    for (const other of locales) {
      const section = page.dom.querySelector(`main section[lang="${languages[other].tag}"]`)!;
      expect(section.querySelector(`a[href="${languages[other].paths.home}"]`), other).not.toBeNull();
      expect(section.querySelector(`form[action="${languages[other].paths.search}"]`), other).not.toBeNull();
    }
  });

  it('asks not to be indexed', () => {
    expect(page.dom.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
  });
});

describe('the Chinese pages', () => {
  it('write dates the Chinese way, by Intl: the timeline and the update line', () => {
    const home = byPath.get('/zh/')!;
    const shown = (datetime: string) => home.dom.querySelector(`time[datetime="${datetime}"]`)?.text;
    expect(shown('2023-08-18')).toBe('2023年8月18日');
    expect(shown('2008-10')).toBe('2008年10月');
    expect(shown('1950-05-11')).toBe('1950年5月11日');
    const area = byPath.get('/zh/gongzuo-fangan/dixiashui-huoban-guanxi/')!;
    expect(area.dom.querySelector('.updated time')!.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('name the official Chinese titles of both work programmes (Xinhua, 18 August 2023)', () => {
    const programme = byPath.get('/zh/gongzuo-fangan/')!;
    expect(programme.dom.querySelector('h1')!.text).toBe('中丹联合工作方案（2017-2020）');
    expect(programme.html).toContain('中丹绿色联合工作方案（2023-2026）');
    expect(byPath.get('/zh/huoban-guanxi/')!.html).toContain('《中华人民共和国政府和丹麦王国政府绿色联合工作方案（2023-2026）》');
  });

  it('show the embassy\'s address in Chinese on the contact page', () => {
    expect(byPath.get('/zh/lianxi/')!.dom.querySelector('main')!.text).toContain('北京市朝阳区三里屯东五街1号');
  });
});
