import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Bytes of one kind of resource: as built, and as gzip (level 9) and brotli (quality 11) would send it. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const kinds = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type Kind = (typeof kinds)[number];

export interface PageWeight {
  name: string;
  path: string;
  bytes: Record<Kind, Sizes>;
  /** A first visit in Chromium, with an empty cache, from the compressing bench server. */
  firstVisit: {
    requests: number;
    transferred: number;
    resources: { path: string; kind: Kind; transferred: number }[];
  };
}

const precompressed = new Set([
  '.woff2',
  '.webp',
  '.avif',
  '.png',
  '.jpg',
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
  '.pf_filter',
]);
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/** The three sizes of a built file; formats that are compressed already count their own size three times. */
export function sizesOf(file: string): Sizes {
  const bytes = readFileSync(file);
  if (precompressed.has(extname(file)))
    return { raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The built file a URL path is served from, as the bench server finds it. */
function fileOf(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

const kindOf = (resourceType: string, path: string): Kind =>
  resourceType === 'document'
    ? 'html'
    : resourceType === 'stylesheet'
      ? 'css'
      : resourceType === 'script'
        ? 'js'
        : resourceType === 'font'
          ? 'fonts'
          : resourceType === 'image' || /\.(svg|ico|png|webp|avif)$/.test(path)
            ? 'images'
            : 'other';

/**
 * Opens a page as a first-time visitor (new context, nothing cached), waits until the network is quiet,
 * and counts every request and the bytes that crossed the wire (headers and compressed bodies). The byte
 * table then sizes each fetched file from dist/, so it lists exactly what the page really loads.
 */
export async function weighPage(
  browser: Browser,
  base: string,
  dist: string,
  name: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const finished: Promise<{ path: string; kind: Kind; transferred: number }>[] = [];
    page.on('requestfinished', (request) => {
      const sized = request.sizes().then((sizes) => {
        const url = new URL(request.url());
        return {
          path: url.pathname,
          kind: kindOf(request.resourceType(), url.pathname),
          transferred: sizes.responseHeadersSize + sizes.responseBodySize,
        };
      });
      // Awaited below; when the page fails first (the browser gone), this rejection must not end the run unhandled.
      sized.catch(() => undefined);
      finished.push(sized);
    });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const resources = await Promise.all(finished);
    const bytes = Object.fromEntries(kinds.map((k) => [k, zero()])) as Record<Kind, Sizes>;
    for (const resource of resources) {
      const file = fileOf(dist, resource.path);
      if (!file) continue;
      const sizes = sizesOf(file);
      const sum = bytes[resource.kind];
      sum.raw += sizes.raw;
      sum.gzip += sizes.gzip;
      sum.brotli += sizes.brotli;
    }
    return {
      name,
      path,
      bytes,
      firstVisit: {
        requests: resources.length,
        transferred: resources.reduce((s, r) => s + r.transferred, 0),
        resources,
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * A PDF is one download, not a page: Chromium headless would hand it to its download manager. Its bytes
 * are those of the file, which hosts send as they are (PDF streams are compressed inside the file).
 */
export function weighDownload(dist: string, name: string, path: string): PageWeight {
  const sizes = sizesOf(fileOf(dist, path)!);
  const bytes = Object.fromEntries(kinds.map((k) => [k, zero()])) as Record<Kind, Sizes>;
  bytes.other = sizes;
  return {
    name,
    path,
    bytes,
    firstVisit: {
      requests: 1,
      transferred: sizes.raw,
      resources: [{ path, kind: 'other', transferred: sizes.raw }],
    },
  };
}
