/**
 * `npm run preview` (and the end of `npm start`): serves the last build from dist/ the way the production
 * host does (the nginx configuration in src/server/nginx.conf): the same headers, "/da" redirected to "/da/",
 * the site's 404 page with status 404.
 * Options (src/server/preview-options.ts): --port N, a bare N or PORT=N (default 4321; 0 picks a free one),
 * --host H (default 127.0.0.1), --root DIR (default dist). Mistakes end with one line, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createSiteServer } from './site-server.ts';
import { listenErrorMessage, previewOptions, PreviewOptionsError } from './preview-options.ts';

let options;
try {
  options = previewOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof PreviewOptionsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { port, host } = options;
const root = resolve(options.root);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
const server = createSiteServer(root);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(listenErrorMessage(host, port, error.code, error.message));
  process.exit(1);
});
server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Serving ${root} at http://${host}:${actual}/ (Ctrl+C stops)`);
});
