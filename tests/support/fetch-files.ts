import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * Answers the page's fetch() from files on disk, as a static host would: `root` + the URL path (less
 * `strip`), 404 when there is no such file. `alter` may rewrite a file's bytes, to serve damaged ones.
 */
export function serveFilesToFetch(
  root: string,
  { strip = '', alter }: { strip?: string; alter?: (path: string, bytes: Uint8Array) => Uint8Array } = {},
): void {
  vi.stubGlobal('fetch', async (url: string) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, url.startsWith(strip) ? url.slice(strip.length) : url));
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(new Uint8Array(alter ? alter(url, bytes) : bytes));
  });
}
