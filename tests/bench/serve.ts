import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { contentTypes, fileForRequest } from '../support/static-server.ts';
import { immutableCaching, immutableFolders } from '../../src/lib/security-headers.ts';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A static host as the site will have in production: like tests/support/static-server.ts, but text is sent
 * brotli- or gzip-compressed when the browser accepts it, so transferred bytes are what a visitor pays.
 * Pagefind's index and fragments are gzip files already, which the search unpacks itself: they go as
 * they are, like images, fonts and the PDF.
 */

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

/** One response as the server wrote it: its path, its bytes on the wire (status line, headers, body) and its body's. */
export interface Served {
  path: string;
  bytes: number;
  body: number;
}

export interface BenchSite {
  url: string;
  /**
   * Every response so far, in the order they finished. Counted where they are written, so a request the
   * browser makes outside the page (a Web Worker's script: Playwright reports its body as 0 bytes) counts
   * like any other, for every site measured.
   */
  served: readonly Served[];
  close(): Promise<void>;
}

/** As the site's own header rules say: content-named files are kept, everything else is checked again. */
const cachePolicy = (path: string) =>
  immutableFolders.some((folder) => path.startsWith(folder)) ? immutableCaching : 'no-cache';

export async function serveCompressed(
  root: string,
  headers: Record<string, string> = {},
): Promise<BenchSite> {
  const base = resolve(root);
  const served: Served[] = [];
  /** Bytes each keep-alive connection had written when its previous response finished. */
  const written = new WeakMap<Socket, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const { file, found } = fileForRequest(base, path);
    const encoding = chooseEncoding(req, file);
    const body = encoded(file, encoding);
    const socket = req.socket;
    res.on('finish', () => {
      const before = written.get(socket) ?? 0;
      written.set(socket, socket.bytesWritten);
      served.push({ path, bytes: socket.bytesWritten - before, body: body.length });
    });
    res.writeHead(found ? 200 : 404, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
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
    served,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
