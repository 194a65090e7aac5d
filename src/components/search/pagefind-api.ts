/** The part of Pagefind's browser API (pagefind.js 1.6.0) this site uses. */
export interface PagefindResultData {
  url: string;
  /** Matched words wrapped in <mark>; everything else is the page's raw text (see excerpt.ts). */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindOptions {
  excerptLength?: number;
  /** Read by pagefind.js at construction: search on the main thread, so pagefind-worker.js is never fetched. */
  noWorker?: boolean;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
