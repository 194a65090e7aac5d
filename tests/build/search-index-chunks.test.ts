import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fetchEntry, fetchMeta, type ChunkRef } from '../../src/components/search/index-reader/pagefind-files';
import { chunkMayHold } from '../../src/components/search/index-reader/ranking';
import { openSearch } from '../../src/components/search/search-engine';
import { serveFilesToFetch } from '../support/fetch-files';

/**
 * The site's index fits in one chunk today; as areas are added, Pagefind splits the word list into chunks
 * whose bounds it shortens ("gas" … "hea"). A search must still fetch the chunk that holds its word.
 */

describe('Choosing the chunks of the word list a query word needs', () => {
  // Bounds as Pagefind 1.6.0 wrote them for the English index of a 2,000-page build.
  const chunks: ChunkRef[] = [
    { first: 'environm', last: 'gan', hash: 'a' },
    { first: 'gas', last: 'hea', hash: 'b' },
    { first: 'heb', last: 'in', hash: 'c' },
  ];
  const needed = (stem: string) => chunks.filter((c) => chunkMayHold(c, stem)).map((c) => c.hash);

  it('takes the chunk a shortened upper bound stands for ("heat" is in "gas" … "hea")', () => {
    expect(needed('heat')).toEqual(['b']);
    expect(needed('heav')).toEqual(['b']);
    expect(needed('gas')).toEqual(['b']);
  });

  it('takes every chunk that words beginning with a short stem may run across', () => {
    expect(needed('he')).toEqual(['b', 'c']);
    expect(needed('h')).toEqual(['b', 'c']);
    expect(needed('ga')).toEqual(['a', 'b']);
  });

  it('takes the chunk of a stand-in the stem begins with ("heaviest" → "heav")', () => {
    expect(needed('heaviestness')).toEqual(['b']);
    expect(needed('zzz')).toEqual([]);
  });
});

/** Made-up but pronounceable words, the same every run, so the index has thousands of distinct ones. */
function vocabulary(count: number): string[] {
  const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'br', 'st', 'kl'];
  const syllables = onsets.flatMap((onset) => ['a', 'o', 'u', 'e'].map((vowel) => onset + vowel));
  const n = syllables.length;
  // Stepping through all n³ three-syllable words by a stride prime to n³ visits each once, spread out.
  return Array.from({ length: count }, (_, i) => {
    const k = (i * 7919) % n ** 3;
    // Long words, so that a word runs on well past the letters Pagefind keeps of a chunk's bounds.
    return `${syllables[k % n]}${syllables[Math.floor(k / n) % n]}${syllables[Math.floor(k / n ** 2)]}nkastervon`;
  });
}

describe('A search over a word list Pagefind split into chunks', () => {
  // Pagefind starts a new chunk every few thousand words: 30,000 make about five.
  const words = vocabulary(30_000);
  const perPage = 50;
  let bundle: string;

  beforeAll(async () => {
    bundle = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; '));
      for (let page = 0; page * perPage < words.length; page++) {
        const text = words.slice(page * perPage, (page + 1) * perPage).join(' ');
        const added = await index.addCustomRecord({ url: `/en/p${page}/`, content: text, language: 'en', meta: { title: `Page ${page}` } });
        if (added.errors.length) throw new Error(added.errors.join('; '));
      }
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(written.errors.join('; '));
    } finally {
      await pagefind.close();
    }
    serveFilesToFetch(bundle, { strip: '/pagefind/' });
  }, 120_000);

  afterAll(() => {
    vi.unstubAllGlobals();
    rmSync(bundle, { recursive: true, force: true });
  });

  it('is split into several chunks with shortened bounds', async () => {
    const meta = await fetchMeta('/pagefind/', (await fetchEntry('/pagefind/')).languages['en']!.hash);
    expect(meta.chunks.length).toBeGreaterThan(3);
    expect(readdirSync(join(bundle, 'index')).length).toBe(meta.chunks.length);
  });

  it('finds the words at every chunk’s bounds, and every 25th word, on their own pages', async () => {
    const meta = await fetchMeta('/pagefind/', (await fetchEntry('/pagefind/')).languages['en']!.hash);
    const bounds = meta.chunks.flatMap((c) => [c.first, c.last]);
    // The words a shortened bound stands for are the ones a wrong choice of chunk would lose.
    const atBounds = words.flatMap((w, i) => (bounds.some((b) => w.startsWith(b)) ? [i] : []));
    expect(atBounds.length).toBeGreaterThan(10);
    const search = await openSearch('en');
    const lost: string[] = [];
    for (const i of [...atBounds, ...[...words.keys()].filter((i) => i % 25 === 0)]) {
      const found = await search.search(words[i]!, '');
      const urls = (await found.more(found.total)).map((h) => h.url);
      if (!urls.includes(`/en/p${Math.floor(i / perPage)}/`)) lost.push(words[i]!);
    }
    expect(lost).toEqual([]);
  });
});
