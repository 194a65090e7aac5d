import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { createGzip } from 'node:zlib';
import { immutableCaching, immutableFolders, securityHeaders } from '../lib/security-headers.ts';
import { compressedTypes, contentTypes, fileForRequest } from './site-files.ts';

/** Headers for a response to a URL path, whatever its status. */
export type HeadersFor = (urlPath: string) => Readonly<Record<string, string>>;

/**
 * The headers production sends (src/lib/security-headers.ts): every security header on every response, and
 * a year's immutable caching for the folders whose files are named after their content.
 */
export const productionHeaders: HeadersFor = (urlPath) =>
  immutableFolders.some((folder) => urlPath.startsWith(folder))
    ? { ...securityHeaders, 'Cache-Control': immutableCaching }
    : securityHeaders;

/**
 * Answers requests from the files of `root` (dist/) by the one request-to-file rule: 200 with the file,
 * 301 to the slash form of a folder's address with the query kept, the site's 404 page with status 404,
 * 405 for methods other than GET and HEAD. Never throws on a bad URL, and never crashes when the build is
 * replaced under it: 503 with a plain line while `root` is missing, a plain 404 when 404.html is missing.
 */
export function siteHandler(root: string, headersFor: HeadersFor = productionHeaders) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const headers = headersFor(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!existsSync(root)) {
      plain(res, 503, headers, `No built site in ${root} at the moment: run "npm run build".`);
      return;
    }
    const { file, found, redirect } = fileForRequest(root, url.pathname);
    if (redirect) {
      res.writeHead(301, { ...headers, Location: `${redirect}${url.search}` }).end();
      return;
    }
    if (!found && !existsSync(file)) {
      plain(res, 404, headers, `Not found (and the build has no 404.html).`);
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    // Text goes gzip-compressed to a browser that accepts it, as nginx sends it (src/server/nginx.conf).
    const mediaType = type.split(';')[0];
    const compressible = mediaType === 'text/html' || compressedTypes.some((t) => t === mediaType);
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file deleted between the check and the read (a rebuild) ends the answer instead of the server.
    const stream = createReadStream(file).on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  };
}

function plain(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, text: string) {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${text}\n`);
}

/** An HTTP server for the built site (not yet listening). */
export function createSiteServer(root: string, headersFor: HeadersFor = productionHeaders): Server {
  return createServer(siteHandler(root, headersFor));
}
