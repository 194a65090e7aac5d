import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales, type Locale } from '../../src/i18n/locales';
import { decodeCbor } from '../../src/components/search/index-reader/cbor';
import {
  fetchChunk,
  fetchEntry,
  fetchFragment,
  fetchMeta,
  type IndexedWord,
  type Meta,
} from '../../src/components/search/index-reader/pagefind-files';
import { foldAccents, queryWords } from '../../src/components/search/index-reader/query-words';
import { openSearch } from '../../src/components/search/search-engine';
import { stemDanish } from '../../src/components/search/stem/danish';
import { stemEnglish } from '../../src/components/search/stem/english';
import { distDir as dist } from '../support/dist';
import { serveFilesToFetch } from '../support/fetch-files';
import { nonEmpty } from '../support/non-empty';

/**
 * The site's own reader of Pagefind's index, run on the real index of this build: what it decodes must
 * agree with the pages' own text, and its stemmers with the stems Pagefind wrote. Pagefind is pinned, so
 * a change in its format shows here first, not in a visitor's browser.
 */

const base = '/pagefind/';
/**
 * The languages the site's own reader stems. Chinese is left out: Pagefind indexes it in character pairs,
 * which this reader does not split a query into; the move to Pagefind's own client (issue 13's search
 * round) brings its checks.
 */
const stems: Partial<Record<Locale, (word: string) => string>> = { da: stemDanish, en: stemEnglish };
const stemmedLocales = locales.filter((lang) => stems[lang] !== undefined);

/** Serves the built files to the reader, as a static host would; `damage` rewrites one file's bytes. */
let damage: ((path: string, bytes: Uint8Array) => Uint8Array) | undefined;
beforeAll(() => serveFilesToFetch(dist, { alter: (path, bytes) => (damage ? damage(path, bytes) : bytes) }));
afterAll(() => vi.unstubAllGlobals());

interface Loaded {
  meta: Meta;
  words: IndexedWord[];
  texts: string[][];
  urls: string[];
}

async function load(lang: Locale): Promise<Loaded> {
  const entry = await fetchEntry(base);
  const meta = await fetchMeta(base, entry.languages[lang]!.hash);
  const words = (await Promise.all(meta.chunks.map((c) => fetchChunk(base, c.hash)))).flat();
  const fragments = await Promise.all(meta.pages.map((p) => fetchFragment(base, p.hash)));
  return { meta, words, texts: fragments.map((f) => f.content.split(/[^\S\uFEFF]+/)), urls: fragments.map((f) => f.url) };
}

/** A word of page text as Pagefind indexes it, when it is letters only (others Pagefind also splits up). */
function plainWord(text: string | undefined): string | undefined {
  const words = queryWords(text ?? '');
  return words.length === 1 && /^\p{L}+$/u.test(words[0]!) ? foldAccents(words[0]!) : undefined;
}

/**
 * The keys Pagefind may file a piece of page text under: the stem of the whole word, and the stems of
 * its parts, as it also indexes "dansk-kinesiske" under "dansk" and "kinesisk", "JavaScript" under
 * "java" and "script"; "EU’s" it keeps with its apostrophe.
 */
function keysFor(piece: string, stem: (word: string) => string): Set<string> {
  const parts = piece.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  const trimmed = piece.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = [...queryWords(piece), ...parts.map((p) => p.toLowerCase()), trimmed, piece.toLowerCase()];
  return new Set(words.flatMap((w) => [foldAccents(w), stem(foldAccents(w))]));
}

describe.each(nonEmpty(locales, 'locales'))('The %s index, as the site’s search reads it', (lang) => {
  let index: Loaded;
  beforeAll(async () => {
    index = await load(lang);
  });

  it('lists every page with words, and words in order', () => {
    expect(index.meta.pages.length).toBeGreaterThan(10);
    expect(index.meta.pages.every((p) => p.words > 0)).toBe(true);
    const keys = index.words.map((w) => w.key);
    expect(keys.length).toBeGreaterThan(400);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('places every occurrence of a word on that word in the page’s text (positions and weights decoded)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { key, pages, variants } of index.words) {
      for (const { page, occurrences } of [...pages, ...variants.flatMap((v) => v.pages)]) {
        for (const { position, weight } of occurrences) {
          expect(weight).toBeGreaterThan(0);
          const piece = index.texts[page]?.[position] ?? '';
          if (!/\p{L}/u.test(piece)) continue;
          checked++;
          if (!keysFor(piece, stem).has(key)) wrong.push(`${key} ← "${piece}" on ${index.urls[page]}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });

  it('has, for every plain word of every page, the stem the site’s stemmer makes of it, with that page', () => {
    const pagesOf = new Map(
      index.words.map((w) => [w.key, new Set([...w.pages, ...w.variants.flatMap((v) => v.pages)].map((p) => p.page))]),
    );
    const missing: string[] = [];
    index.texts.forEach((text, page) => {
      for (const piece of text) {
        const word = plainWord(piece);
        if (word && !pagesOf.get(stem(word))?.has(page)) missing.push(`${piece} (${stem(word)}) on ${index.urls[page]}`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('has no page that the pages of the sector filter leave out, and no page in two sectors', async () => {
    const search = await openSearch(lang);
    const all = await search.search(lang === 'da' ? 'samarbejde' : 'cooperation', '');
    expect(all.total).toBeGreaterThan(5);
    const bySector = await Promise.all(
      ['energy', 'environment', 'maritime', 'urban', 'water'].map(async (s) => (await search.search(lang === 'da' ? 'samarbejde' : 'cooperation', s)).total),
    );
    expect(bySector.every((n) => n > 0)).toBe(true);
    expect(bySector.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(all.total);
  });
});

describe('The search over the real index', () => {
  it('finds a title word first, with title, sector and a marked excerpt of at most 24 words', async () => {
    const search = await openSearch('da');
    const found = await search.search('grundvand', '');
    const [first] = await found.more(1);
    expect(first?.url).toBe('/da/arbejdsprogram/grundvandspartnerskab/');
    expect(first?.title).toBe('Grundvandspartnerskab');
    expect(first?.sector).toBe('Vand og naturressourcer');
    expect(first?.excerpt.some((p) => p.marked && /grundvand/i.test(p.text))).toBe(true);
    const words = first!.excerpt.map((p) => p.text).join('').replace(/…/g, '').trim().split(/\s+/);
    expect(words.length).toBeLessThanOrEqual(24);
  });

  it('hands out results in slices, each once, in rank order', async () => {
    const search = await openSearch('en');
    const found = await search.search('cooperation', '');
    const first = await found.more(3);
    const rest = await found.more(100);
    expect(first).toHaveLength(3);
    expect(first.length + rest.length).toBe(found.total);
    expect(new Set([...first, ...rest].map((h) => h.url)).size).toBe(found.total);
    expect(await found.more(10)).toEqual([]);
  });

  it('needs every word of the query on a page, and finds nothing for words not on the site', async () => {
    const search = await openSearch('en');
    expect((await search.search('groundwater', '')).total).toBeGreaterThan(0);
    expect((await search.search('groundwater zzxq', '')).total).toBe(0);
    expect((await search.search('🌱 ...', '')).total).toBe(0);
  });

  it('does not let a short word stand in for a longer one it begins ("forkert" is not "for")', async () => {
    const search = await openSearch('da');
    expect((await search.search('forkertstavet', '')).total).toBe(0);
    // A long indexed word may: "fjernvarmeværkerne" is not on the site, "fjernvarme" is.
    expect((await search.search('fjernvarmeværkerne', '')).total).toBeGreaterThan(0);
  });
});

describe('A damaged or foreign index', () => {
  afterAll(() => (damage = undefined));
  const metaOf = (lang: Locale) => readdirSync(join(dist, 'pagefind')).find((f) => f.startsWith(`pagefind.${lang}_`))!;

  it('is refused with the file named, not read as wrong results', async () => {
    damage = (path, bytes) => (path.endsWith('.pf_meta') ? bytes.subarray(0, bytes.length - 30) : bytes);
    await expect(openSearch('da')).rejects.toThrow(/pf_meta|search index/);
    damage = (path, bytes) => (path.endsWith('.pf_meta') ? gzipSync('pagefind_dcd\x82e0.9.0\x80') : bytes);
    await expect(openSearch('da')).rejects.toThrow(`/pagefind/${metaOf('da')} is not in the format this site reads`);
    damage = (path, bytes) => (path.endsWith('.pf_meta') ? gzipSync('something else') : bytes);
    await expect(openSearch('en')).rejects.toThrow(/does not begin with "pagefind_dcd"/);
    damage = (path, bytes) => (path.endsWith('pagefind-entry.json') ? new TextEncoder().encode('{"version":"1.7.0","languages":{}}') : bytes);
    await expect(openSearch('en')).rejects.toThrow(/written by Pagefind 1\.7\.0/);
  });

  it('a missing file is an error that names it, and the next search tries again', async () => {
    damage = undefined;
    await expect(fetchChunk(base, 'da_missing')).rejects.toThrow('/pagefind/index/da_missing.pf_index could not be fetched (HTTP 404)');
  });

  it('CBOR the reader does not know (a map, a float) is refused', () => {
    expect(() => decodeCbor(new Uint8Array([0xa1, 0x01, 0x02]))).toThrow(/CBOR type/);
    expect(() => decodeCbor(new Uint8Array([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/CBOR/);
    expect(() => decodeCbor(new Uint8Array([0x9a, 0xff, 0xff, 0xff, 0xff]))).toThrow(/ends too early/);
    expect(decodeCbor(new Uint8Array([0x83, 0x01, 0x38, 0x18, 0x62, 0x68, 0x69]))).toEqual([1, -25, 'hi']);
  });
});
