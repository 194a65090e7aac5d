import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { languageTags, locales, type Locale } from '../../src/i18n/locales';
import { nonEmpty } from '../support/non-empty';
import { useTranslations } from '../../src/i18n';
import type { UiKey } from '../../src/i18n/dictionary';
import { indexSite } from '../../src/integrations/pagefind';

const dist = resolve('dist');
const bundle = join(dist, 'pagefind');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** "/da/kontakt/" for dist/da/kontakt/index.html, as Pagefind names result URLs. */
const urlOf = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const htmlFiles = filesUnder(dist).filter((f) => f.endsWith('.html'));
const isIndexable = (file: string) => /<main\b[^>]*\bdata-pagefind-body\b/.test(readFileSync(file, 'utf8'));
/** Pagefind names each index after the pages' <html lang>, in lower case: "zh-hans" for zh. */
const indexKey = (lang: Locale) => languageTags[lang].toLowerCase();
const langOf = (file: string) => readFileSync(file, 'utf8').match(/<html lang="([\w-]+)"/)?.[1];

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
/** Pagefind's fragment files are gzip with a "pagefind_dcd" signature in front of the JSON. */
function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  expect(text.startsWith('pagefind_dcd')).toBe(true);
  return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
}
const fragments = filesUnder(join(bundle, 'fragment')).map((file) => ({
  lang: relative(join(bundle, 'fragment'), file).split('_')[0]!,
  ...readFragment(file),
}));

/** The areas of one language as their editors wrote them (content/areas/<lang>/*.mdx front matter). */
function sourceAreas(lang: Locale) {
  const dir = resolve('content/areas', lang);
  return readdirSync(dir).map((name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    return parseYaml(source.split(/^---$/m)[1]!) as { title: string; summary: string; sector: string; keywords: string[] };
  });
}

const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  version: string;
  languages: Record<string, { page_count: number; wasm: string | null }>;
};

describe('The Pagefind bundle', () => {
  it('is built by Pagefind 1.6.0 with one index for each language of the site, and no other', () => {
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map(indexKey).sort());
  });

  it.each(nonEmpty(locales, 'locales'))('counts as many %s pages as the build wrote with data-pagefind-body', (lang) => {
    const indexable = htmlFiles.filter((f) => langOf(f) === languageTags[lang] && isIndexable(f));
    expect(indexable.length).toBeGreaterThan(10);
    expect(entry.languages[indexKey(lang)]?.page_count).toBe(indexable.length);
    expect(fragments.filter((f) => f.lang === indexKey(lang)).map((f) => f.url).sort()).toEqual(indexable.map(urlOf).sort());
  });

  it('leaves out the 404, the language choice at /, the home pages and the search pages', () => {
    const urls = fragments.map((f) => f.url);
    for (const url of ['/', '/404.html', '/da/', '/en/', '/da/soeg/', '/en/search/']) expect(urls).not.toContain(url);
    for (const file of ['404.html', 'index.html', 'da/soeg/index.html', 'en/search/index.html']) {
      expect(isIndexable(join(dist, file)), file).toBe(false);
    }
  });

  it.each(nonEmpty(locales, 'locales'))('indexes no %s header, footer, skip link, breadcrumbs, pager or update line', (lang) => {
    const t = useTranslations(lang);
    const chrome = [t('skipLink.label'), t('footer.about'), t('area.previous'), t('area.next'), t('area.updated'), t('search.keywords')];
    const home = new RegExp(`(^|[\\s.])${t('nav.home')}[\\s.]`);
    for (const { url, content } of fragments.filter((f) => f.lang === indexKey(lang))) {
      for (const text of chrome) expect(content, `${url} holds "${text}"`).not.toContain(text);
      expect(content, `${url} holds the breadcrumb "${t('nav.home')}"`).not.toMatch(home);
    }
  });

  it.each(nonEmpty(locales, 'locales'))('gives every %s area its title and sector as metadata, its sector as a filter, and its keywords', (lang) => {
    const t = useTranslations(lang);
    const areas = sourceAreas(lang);
    expect(areas.length).toBe(10);
    for (const area of areas) {
      const found = fragments.find((f) => f.lang === indexKey(lang) && f.meta['title'] === area.title);
      expect(found, area.title).toBeDefined();
      const label = t(`sector.${area.sector}` as UiKey);
      expect(found!.meta).toMatchObject({ title: area.title, sector: label });
      // The summary is the page's first text: as metadata too, it would be indexed and sent twice.
      expect(found!.meta['summary']).toBeUndefined();
      expect(found!.filters).toEqual({ sector: [area.sector] });
      // Searched as metadata, so they lift the area without ever being an excerpt.
      for (const keyword of area.keywords) expect(found!.meta['keywords'], `${area.title}: ${keyword}`).toContain(keyword);
    }
  });

  it.each(nonEmpty(locales, 'locales'))('keeps the %s areas’ title, sector label, status and keywords out of the text excerpts come from', (lang) => {
    const t = useTranslations(lang);
    const areaFragments = fragments.filter((f) => f.lang === indexKey(lang) && f.filters['sector']);
    expect(areaFragments.length).toBe(10);
    const summaries = new Map(sourceAreas(lang).map((area) => [area.title, area.summary]));
    for (const { url, content: segmented, meta } of areaFragments) {
      // Pagefind keeps its segmentation of Chinese in the stored text as zero-width spaces between words.
      const content = segmented.replaceAll('\u200b', '');
      const summary = summaries.get(meta['title']!);
      expect(summary, `${url}: no area titled "${meta['title']}"`).toBeDefined();
      expect(content.startsWith(summary!), `${url} begins: ${content.slice(0, 80)}`).toBe(true);
      expect(content, url).not.toContain(meta['keywords']!.split(' ').slice(0, 3).join(' · '));
      expect(content, url).not.toContain(`${t('area.sector')}${t('text.labelEnd')}`);
      // The facts follow the summary; the status badge, their first, stays out.
      const afterSummary = content.slice(summary!.length).trimStart();
      for (const status of ['planned', 'current', 'concluded', 'superseded'] as const) {
        expect(afterSummary.startsWith(t(`status.${status}` as UiKey)), `${url}: ${afterSummary.slice(0, 40)}`).toBe(false);
      }
    }
  });

  it('gives the Danish district-heating area "varme", the last part of its "fjernvarme", as a searchable part', () => {
    const page = fragments.find((f) => f.url === '/da/arbejdsprogram/baeredygtig-byudvikling-og-fjernvarme/');
    expect(page?.content.toLowerCase()).toContain('fjernvarme');
    expect(page?.meta['parts']?.split(' ')).toContain('varme');
  });

  it('publishes Pagefind’s own browser client and the WebAssembly of every language', () => {
    const names = new Set(filesUnder(bundle).map((f) => relative(bundle, f)));
    // Pagefind ships a WebAssembly with a Snowball stemmer for the languages it can stem (Danish, English),
    // and its language-neutral one ("unknown") for the rest: Chinese has no stems, Pagefind segments it into
    // words when it indexes (pagefind.app/docs/multilingual).
    const wasm = { da: 'da', en: 'en', zh: 'unknown' } satisfies Record<Locale, string>;
    for (const lang of nonEmpty(locales, 'locales')) {
      expect(entry.languages[indexKey(lang)], lang).toMatchObject({ wasm: wasm[lang] === 'unknown' ? null : wasm[lang] });
      expect(names.has(`wasm.${wasm[lang]}.pagefind`), `wasm.${wasm[lang]}.pagefind`).toBe(true);
    }
    expect(names.has('pagefind.js')).toBe(true);
  });

  it('is the same, byte for byte, when the site is indexed again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'pagefind-again-'));
    try {
      await indexSite(dist, again);
      const read = (root: string) =>
        Object.fromEntries(filesUnder(root).map((f) => [relative(root, f), readFileSync(f).toString('base64')]));
      expect(read(again)).toEqual(read(bundle));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
