import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startNginx, type NginxSite } from '../support/nginx';
import { distDir, readDist } from '../support/crawl';
import { createSiteServer } from '../../src/server/site-server';

/**
 * What a first search costs on the production host: Pagefind's client is a 47 KB file and 13 KB gzip, so a host
 * that sends it as it is (Debian's nginx compresses HTML only) adds 34 KB to every first search. Held for nginx
 * with the shipped configuration and for `npm run preview` (the same handler as here).
 */
let nginx: NginxSite;
let preview: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const server = createSiteServer(distDir);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  preview = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
  nginx = await startNginx(distDir);
});
afterAll(async () => {
  await nginx?.stop();
  await preview?.close();
});

/** A GET as a browser sends it (or without accepting gzip), with the bytes as they came over the wire. */
function fetchRaw(base: string, path: string, acceptEncoding: string | undefined) {
  return new Promise<{ status: number; encoding: string | undefined; vary: string; raw: Buffer }>((ok, fail) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    httpGet(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          vary: String(res.headers['vary'] ?? ''),
          raw: Buffer.concat(chunks),
        }),
      );
    }).on('error', fail);
  });
}

const file = (path: string) => readFileSync(join(distDir, path));
const firstIn = (dir: string, pattern: RegExp) => `/${dir}/${readdirSync(join(distDir, dir)).find((f) => pattern.test(f))}`;
const stylesheet = () => readDist('da/index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;

describe.each([
  ['nginx with the shipped configuration', () => nginx.url],
  ['npm run preview', () => preview.url],
])('%s', (_, base) => {
  test.each([
    ['Pagefind’s client', () => '/pagefind/pagefind.js'],
    ['Pagefind’s entry file', () => '/pagefind/pagefind-entry.json'],
    ['a stylesheet', stylesheet],
    ['the search page’s script', () => firstIn('_astro', /\.js$/)],
  ])('sends %s gzip-compressed to a browser that accepts it, and as it is otherwise', async (_, pathOf) => {
    const path = pathOf();
    const compressed = await fetchRaw(base(), path, 'gzip, deflate, br');
    expect(compressed.status, path).toBe(200);
    expect(compressed.encoding, path).toBe('gzip');
    expect(compressed.vary.toLowerCase(), path).toContain('accept-encoding');
    expect(gunzipSync(compressed.raw).equals(file(path)), path).toBe(true);
    expect(compressed.raw.length, path).toBeLessThan(file(path).length);
    const plain = await fetchRaw(base(), path, undefined);
    expect(plain.encoding, path).toBeUndefined();
    expect(plain.raw.equals(file(path)), path).toBe(true);
  });

  test.each([
    ['WebAssembly', () => '/pagefind/wasm.da.pagefind'],
    ['index', () => firstIn('pagefind/index', /^da_/)],
    ['result fragment', () => firstIn('pagefind/fragment', /^da_/)],
  ])('sends Pagefind’s %s as the gzip file it is, never compressed again', async (_, pathOf) => {
    const path = pathOf();
    const response = await fetchRaw(base(), path, 'gzip, deflate, br');
    expect(response.status, path).toBe(200);
    expect(response.encoding, path).toBeUndefined();
    expect(response.raw.equals(file(path)), path).toBe(true);
  });
});
