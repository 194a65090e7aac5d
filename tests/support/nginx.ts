import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx (nginx-light), installed by tests/support/system-deps.sh. */
export const nginxPath = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

/**
 * The smallest server set-up around the shipped configuration (src/server/nginx.conf), as an operator
 * writes it: Debian's mime.types, a listen address and `root`, then the shipped file included unchanged.
 * Everything else here only lets nginx run unprivileged in a temporary folder.
 */
function wrapperConfig(root: string, port: number, prefix: string): string {
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`).join('\n')}
  server {
    listen 127.0.0.1:${port};
    root ${resolve(root)};
    include ${shippedConfig};
  }
}
`;
}

/** Debian's media types, as the stock /etc/nginx/nginx.conf includes them. */
const mimeTypes = '/etc/nginx/mime.types';
/** The configuration the project ships. */
export const shippedConfig = resolve('src/server/nginx.conf');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

async function waitForPort(port: number, process: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (process.exitCode !== null) throw new Error(`nginx exited with ${process.exitCode}: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    const open = await new Promise<boolean>((ok) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        ok(true);
      });
      socket.on('error', () => ok(false));
    });
    if (open) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`nginx did not listen on port ${port}`);
}

export interface NginxSite {
  url: string;
  config: string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground on a free loopback port, serving root with the shipped configuration; stop() ends it and cleans up. */
export async function startNginx(root = resolve('dist')): Promise<NginxSite> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const config = wrapperConfig(root, port, prefix);
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  const child = spawn(nginxPath, ['-p', prefix, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  try {
    await waitForPort(port, child, join(prefix, 'error.log'));
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
