import { decodeCbor, type CborValue } from './cbor';

/**
 * Reads the files Pagefind 1.6.0 writes under /pagefind/ (the version is pinned in package.json, and a
 * build test checks this reader against the real index). Pagefind's own browser code is 70 KB of
 * JavaScript and WebAssembly; the site's index is a few KB, so a reader of its format is the lighter load.
 */

const signature = 'pagefind_dcd';

export class IndexFormatError extends Error {
  constructor(file: string, what: string) {
    super(`The search index file ${file} is not in the format this site reads (Pagefind 1.6.0): ${what}`);
    this.name = 'IndexFormatError';
  }
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`The search index file ${url} could not be fetched (HTTP ${response.status})`);
  return response;
}

/** Pagefind's files are gzip around a signature and the data; a host may also have unzipped them already. */
async function fetchPayload(url: string): Promise<Uint8Array> {
  const response = await fetchOk(url);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!startsWithSignature(bytes)) {
    const unzipped = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = await new Response(unzipped).arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      () => {
        throw new IndexFormatError(url, 'it is damaged (not complete gzip)');
      },
    );
  }
  if (!startsWithSignature(bytes)) throw new IndexFormatError(url, `it does not begin with "${signature}"`);
  return bytes.subarray(signature.length);
}

/** The CBOR data of a file; a decoding error names the file, so a damaged deploy is easy to find. */
async function fetchCbor(url: string): Promise<CborValue> {
  const payload = await fetchPayload(url);
  try {
    return decodeCbor(payload);
  } catch (error) {
    throw new IndexFormatError(url, error instanceof Error ? error.message : String(error));
  }
}

function startsWithSignature(bytes: Uint8Array): boolean {
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature.charCodeAt(i)) return false;
  return true;
}

const isArray = (value: unknown): value is CborValue[] => Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';

function list<T>(file: string, value: unknown, what: string, each: (item: CborValue) => T): T[] {
  if (!isArray(value)) throw new IndexFormatError(file, `${what} is not a list`);
  return value.map(each);
}

function numbers(file: string, value: unknown, what: string): number[] {
  return list(file, value, what, (n) => {
    if (!isNumber(n)) throw new IndexFormatError(file, `${what} holds something other than numbers`);
    return n;
  });
}

function text(file: string, value: unknown, what: string): string {
  if (!isText(value)) throw new IndexFormatError(file, `${what} is not text`);
  return value;
}

/** pagefind-entry.json: which index files belong to which language. */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string } | undefined>;
}

export async function fetchEntry(base: string): Promise<Entry> {
  const url = `${base}pagefind-entry.json`;
  // The one file of the index without a hash in its name: asked again each time, so a new deploy's index is used.
  const response = await fetchOk(url, { cache: 'no-cache' });
  const entry = (await response.json()) as Partial<Entry>;
  if (entry.version !== '1.6.0' || typeof entry.languages !== 'object') {
    throw new IndexFormatError(url, `it was written by Pagefind ${String(entry.version)}`);
  }
  return entry as Entry;
}

export interface Page {
  hash: string;
  words: number;
}

/** A slice of the word list, alphabetically from `first` to `last`. */
export interface ChunkRef {
  first: string;
  last: string;
  hash: string;
}

export interface Meta {
  pages: Page[];
  chunks: ChunkRef[];
  /** Filter name → the hash of its file. */
  filters: Map<string, string>;
}

/** pagefind.<lang>_<hash>.pf_meta: [version, pages, index chunks, filters, sorts, meta fields]. */
export async function fetchMeta(base: string, hash: string): Promise<Meta> {
  const file = `${base}pagefind.${hash}.pf_meta`;
  const data = await fetchCbor(file);
  if (!isArray(data) || data[0] !== '1.6.0') throw new IndexFormatError(file, 'no Pagefind 1.6.0 version');
  const pages = list(file, data[1], 'the page list', (page) => {
    if (!isArray(page) || !isText(page[0]) || !isNumber(page[1])) throw new IndexFormatError(file, 'a page is damaged');
    return { hash: page[0], words: page[1] };
  });
  const chunks = list(file, data[2], 'the chunk list', (chunk) => {
    if (!isArray(chunk) || !chunk.slice(0, 3).every(isText)) throw new IndexFormatError(file, 'a chunk is damaged');
    return { first: chunk[0] as string, last: chunk[1] as string, hash: chunk[2] as string };
  });
  const filters = new Map(
    list(file, data[3], 'the filter list', (filter) => {
      if (!isArray(filter) || !isText(filter[0]) || !isText(filter[1])) throw new IndexFormatError(file, 'a filter is damaged');
      return [filter[0], filter[1]] as const;
    }),
  );
  return { pages, chunks, filters };
}

/** Where one word stands on one page: its position among the page's words, and its weight (24 = body text). */
export interface Occurrence {
  position: number;
  weight: number;
}

export interface PageWords {
  page: number;
  occurrences: Occurrence[];
}

/** One indexed word: its stem, the pages with it, and the spellings with accents that fold to it. */
export interface IndexedWord {
  key: string;
  pages: PageWords[];
  variants: { word: string; pages: PageWords[] }[];
}

/**
 * Page numbers rise through a word's list and are written as differences; positions likewise, from 0
 * again after each weight change, which is written as a negative number (-(weight + 1)).
 */
function pageWords(file: string, value: unknown): PageWords[] {
  let page = 0;
  return list(file, value, 'a word’s page list', (entry) => {
    if (!isArray(entry) || !isNumber(entry[0])) throw new IndexFormatError(file, 'a word’s page is damaged');
    page += entry[0];
    let weight = 24;
    let position = 0;
    const occurrences: Occurrence[] = [];
    for (const n of numbers(file, entry[1], 'a word’s positions')) {
      if (n < 0) {
        weight = -n - 1;
        position = 0;
      } else {
        position += n;
        occurrences.push({ position, weight });
      }
    }
    return { page, occurrences };
  });
}

/** index/<hash>.pf_index: [[key, pages, variants], …] in key order. */
export async function fetchChunk(base: string, hash: string): Promise<IndexedWord[]> {
  const file = `${base}index/${hash}.pf_index`;
  const data = await fetchCbor(file);
  if (!isArray(data)) throw new IndexFormatError(file, 'it is not a list');
  return list(file, data[0], 'the word list', (word) => {
    if (!isArray(word)) throw new IndexFormatError(file, 'a word is damaged');
    return {
      key: text(file, word[0], 'a word'),
      pages: pageWords(file, word[1]),
      variants: list(file, word[2] ?? [], 'a word’s variants', (variant) => {
        if (!isArray(variant)) throw new IndexFormatError(file, 'a variant is damaged');
        return { word: text(file, variant[0], 'a variant'), pages: pageWords(file, variant[1]) };
      }),
    };
  });
}

/** filter/<hash>.pf_filter: [name, [[value, [page numbers]], …]]. */
export async function fetchFilter(base: string, hash: string): Promise<Map<string, Set<number>>> {
  const file = `${base}filter/${hash}.pf_filter`;
  const data = await fetchCbor(file);
  if (!isArray(data)) throw new IndexFormatError(file, 'it is not a list');
  return new Map(
    list(file, data[1], 'the filter values', (value) => {
      if (!isArray(value)) throw new IndexFormatError(file, 'a filter value is damaged');
      return [text(file, value[0], 'a filter value'), new Set(numbers(file, value[1], 'a filter’s pages'))] as const;
    }),
  );
}

/** fragment/<hash>.pf_fragment: one page's address, text and metadata, as JSON. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export async function fetchFragment(base: string, hash: string): Promise<Fragment> {
  const file = `${base}fragment/${hash}.pf_fragment`;
  const fragment = JSON.parse(new TextDecoder().decode(await fetchPayload(file))) as Partial<Fragment>;
  if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string') {
    throw new IndexFormatError(file, 'it has no address or no text');
  }
  return { url: fragment.url, content: fragment.content, meta: fragment.meta ?? {} };
}
