/**
 * `npm run preview` (and the end of `npm start`): serves the last build from dist/ the way the production
 * host does (the nginx configuration in src/server/nginx.conf): the same headers, "/da" redirected to "/da/",
 * the site's 404 page with status 404.
 * Options: --port N (default 4321; 0 picks a free one), --host H (default 127.0.0.1), --root DIR (default dist).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createSiteServer } from './site-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, root: { type: 'string', default: 'dist' } },
});
const root = resolve(values.root);
const port = Number(values.port);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(1);
}
const server = createSiteServer(root);
server.on('error', (error) => {
  console.error(`Cannot serve on ${values.host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Serving ${root} at http://${values.host}:${actual}/ (Ctrl+C stops)`);
});
