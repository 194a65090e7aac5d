import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A static host as the site will have in production: like tests/support/static-server.ts, but text is sent
 * brotli- or gzip-compressed when the browser accepts it, so transferred bytes are what a visitor pays.
 * Pagefind's index, fragments and WebAssembly are gzip files already, which Pagefind unpacks itself:
 * they go as they are, like images, fonts and the PDF.
 */

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

export type Encoding = 'br' | 'gzip' | 'identity';

/** Compressed forms at the settings a host precompressing its files would use, made once per file. */
const cache = new Map<string, Buffer>();
export function encoded(file: string, encoding: Encoding): Buffer {
  const key = `${encoding}:${file}`;
  let bytes = cache.get(key);
  if (!bytes) {
    const raw = readFileSync(file);
    bytes =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    cache.set(key, bytes);
  }
  return bytes;
}

function chooseEncoding(req: IncomingMessage, file: string): Encoding {
  if (!compressible.has(extname(file))) return 'identity';
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

export interface BenchSite {
  url: string;
  close(): Promise<void>;
}

/** Hashed build assets never change under their name; everything else is checked again on each visit. */
const cachePolicy = (path: string) =>
  path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';

export async function serveCompressed(
  root: string,
  headers: Record<string, string> = {},
): Promise<BenchSite> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) file = join(base, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(base, '404.html');
    const encoding = chooseEncoding(req, file);
    const body = encoded(file, encoding);
    res.writeHead(found ? 200 : 404, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': cachePolicy(path),
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      ...headers,
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
