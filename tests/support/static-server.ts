import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file a static host answers a URL path with: index.html for folders, else the site's 404.html. */
export function fileForRequest(root: string, urlPath: string): { file: string; found: boolean } {
  let file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) file = join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  return { file: found ? file : join(root, '404.html'), found };
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ as a static host does: index.html for directories, the site's 404.html with status 404
 * for anything else. Port 0, so parallel runs never collide.
 */
export async function serveDist(root = resolve('dist'), headers: Record<string, string> = {}): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const { file, found } = fileForRequest(root, new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(found ? 200 : 404, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
