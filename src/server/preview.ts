/**
 * `npm run preview` (and the end of `npm start`): serves the last build from dist/ the way the production
 * host does (the nginx configuration in src/server/nginx.conf): the same headers, "/da" redirected to "/da/",
 * the site's 404 page with status 404.
 * Options (src/server/preview-options.ts): --port N, a bare N or PORT=N (default 4321; 0 picks a free one),
 * --host H (default 127.0.0.1), --root DIR (default dist), --build. Mistakes end with one line, never a stack trace.
 * With --build (`npm start`) the server takes its port first and then runs `npm run build`, so a busy port is
 * said at once, not after a whole build; while the build runs, pages answer 503 ("No built site… at the moment").
 */
import { spawn } from 'node:child_process';
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
const { port, host, build } = options;
const root = resolve(options.root);
if (!build && !existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}
const server = createSiteServer(root);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(listenErrorMessage(host, port, error.code, error.message));
  process.exit(1);
});
/** `npm run build`, as its own process with its own output; resolves to its exit code. */
const runBuild = () =>
  new Promise<number>((done) => {
    spawn('npm', ['run', 'build'], { stdio: 'inherit' }).once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

server.listen(port, host, async () => {
  const { port: actual } = server.address() as AddressInfo;
  if (build) {
    console.log(`Port ${actual} on ${host} is free; building the site first ("npm run build").`);
    const code = await runBuild();
    if (code !== 0) {
      console.error('The site was not built, so it is not served: see the build\'s messages above.');
      server.close();
      process.exit(code);
    }
  }
  console.log(`Serving ${root} at http://${host}:${actual}/ (Ctrl+C stops)`);
});
