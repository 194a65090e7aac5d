import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { immutableCaching, immutableFolders, securityHeaders } from '../../src/lib/security-headers';

/** Debian's nginx (nginx-light), installed by tests/support/system-deps.sh. */
export const nginxPath = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

/** Media types a static host sends for the files the site has. */
const types: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml',
  'text/plain': 'txt',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'font/woff2': 'woff2',
};

export interface NginxOptions {
  root: string;
  port: number;
  /** Directory for nginx's pid, logs and temporary files. */
  prefix: string;
  headers?: Readonly<Record<string, string>>;
}

/**
 * An nginx configuration for the site, its headers taken from the same definition as dist/_headers.
 * The headers sit on the server block, and no location has add_header of its own (which would drop them),
 * with "always" so the 404 page carries them too.
 */
export function nginxConfig({ root, port, prefix, headers = securityHeaders }: NginxOptions): string {
  const quote = (v: string) => `"${v.replace(/(["\\$])/g, '\\$1')}"`;
  const isRoot = process.getuid?.() === 0;
  const addHeaders = (indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`).join('\n');
  return `${isRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  types {
${Object.entries(types).map(([type, ext]) => `    ${type} ${ext};`).join('\n')}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/plain text/javascript application/json application/xml image/svg+xml;
  access_log off;
  server_tokens off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${resolve(root)};
    index index.html;
    absolute_redirect off;
    error_page 404 /404.html;
${addHeaders('    ')}
    location / {
      try_files $uri $uri/ =404;
    }
${immutableFolders
  .map(
    (folder) => `    # A location's own add_header drops the server's, so all are repeated here.
    location ^~ ${folder} {
${addHeaders('      ')}
      add_header Cache-Control ${quote(immutableCaching)} always;
      try_files $uri =404;
    }`,
  )
  .join('\n')}
    # Instructions for other hosts, not a page.
    location = /_headers {
      return 404;
    }
  }
}
`;
}

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

/** Starts nginx in the foreground on a free loopback port, serving root; stop() ends it and cleans up. */
export async function startNginx(root = resolve('dist'), headers = securityHeaders): Promise<NginxSite> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const config = nginxConfig({ root, port, prefix, headers });
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
