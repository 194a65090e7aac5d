import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createSiteServer } from '../../src/server/site-server.ts';

/** The site's one request-to-file rule and media types (src/server/site-files.ts), for the benchmark's server. */
export { contentTypes, fileForRequest } from '../../src/server/site-files.ts';

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ with the preview server's own handler (src/server/site-server.ts), sending only the headers a
 * test asks for: index.html for folders, "/da" redirected to "/da/", the site's 404.html with status 404.
 * Port 0, so parallel runs never collide.
 */
export async function serveDist(root = resolve('dist'), headers: Record<string, string> = {}): Promise<StaticSite> {
  const server = createSiteServer(root, () => headers);
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
