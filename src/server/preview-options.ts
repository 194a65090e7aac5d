import { parseArgs } from 'node:util';

/**
 * What the preview server needs: the port (0 picks a free one), the host name, the folder to serve, and whether
 * to build the site first (`npm start`), once the port is known to be free.
 */
export interface PreviewOptions {
  port: number;
  host: string;
  root: string;
  build: boolean;
}

/** How a person picks another port; every message about the port ends with it. */
export const otherPortAdvice = 'choose another with "PORT=0 npm start" or "npm run preview -- --port 0" (0 picks a free port)';

/** A mistake in the preview's arguments: `message` is one line meant for the person who typed them. */
export class PreviewOptionsError extends Error {}

/**
 * Reads the preview's options from its arguments (`argv`, without node and the script) and the environment.
 * The port comes from `--port N`, else from a bare number (`npm start -- --port 0` reaches the script as a
 * bare `0` when npm keeps `--port` for itself), else from PORT, else 4321. Also `--host H` (127.0.0.1),
 * `--root DIR` (dist) and `--build` (run `npm run build` once the server listens).
 * @throws PreviewOptionsError for an unknown option, a stray argument, or a port that is not 0 to 65535.
 */
export function previewOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): PreviewOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        root: { type: 'string', default: 'dist' },
        build: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new PreviewOptionsError(`${(error as Error).message.split('\n')[0]}. The options are --port N, --host H, --root DIR and --build.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals.length === 1 && values.port !== undefined)) {
    throw new PreviewOptionsError(`Unexpected argument "${positionals.at(-1)}": give the port once, as "--port N" or as a bare number.`);
  }
  const [source, text] =
    values.port !== undefined ? ['--port', values.port]
    : positionals[0] !== undefined ? ['The port', positionals[0]]
    : env.PORT !== undefined && env.PORT !== '' ? ['PORT', env.PORT]
    : ['The port', '4321'];
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new PreviewOptionsError(`${source} must be a number from 0 to 65535, not "${text}": ${otherPortAdvice}.`);
  }
  return { port, host: values.host, root: values.root, build: values.build };
}

/** The one line to print when the server cannot listen (`code` is Node's error code, e.g. EADDRINUSE). */
export function listenErrorMessage(host: string, port: number, code: string | undefined, detail: string): string {
  if (code === 'EADDRINUSE') return `Port ${port} on ${host} is already in use: ${otherPortAdvice}.`;
  if (code === 'EACCES') return `Not allowed to use port ${port} on ${host}: ${otherPortAdvice}.`;
  return `Cannot serve on ${host}:${port} (${detail}).`;
}
