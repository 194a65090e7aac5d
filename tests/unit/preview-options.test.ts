import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { listenErrorMessage, previewOptions, PreviewOptionsError } from '../../src/server/preview-options.ts';
import { createSiteServer } from '../../src/server/site-server.ts';

const advice = /PORT=0 npm start.*npm run preview -- --port 0/;

describe('the preview takes its port as --port N, a bare N (what npm passes on) or PORT', () => {
  test.for([
    [[], {}, 4321],
    [['--port', '0'], {}, 0],
    [['0'], {}, 0],
    [['8080'], { PORT: '9000' }, 8080],
    [[], { PORT: '0' }, 0],
    [['--port=5000'], { PORT: '9000' }, 5000],
  ] as const)('%j with %j gives port %i', ([argv, env, port]) => {
    expect(previewOptions(argv, env)).toEqual({ port, host: '127.0.0.1', root: 'dist', build: false });
  });

  test.for([
    [['--prot', '0'], /Unknown option '--prot'.*--port N/],
    [['abc'], /The port must be a number from 0 to 65535, not "abc"/],
    [['--port', '70000'], /--port must be a number from 0 to 65535, not "70000"/],
    [['0', '1'], /Unexpected argument "1"/],
  ] as const)('%j is refused with one line of advice', ([argv, message]) => {
    const error = (() => {
      try {
        previewOptions(argv, {});
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PreviewOptionsError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  test('PORT=-1 is refused, naming PORT and how to choose another port', () => {
    expect(() => previewOptions([], { PORT: '-1' })).toThrow(/^PORT must be a number from 0 to 65535, not "-1".*PORT=0 npm start/);
  });
});

describe('a busy port', () => {
  test('gives one line that says how to choose another', async () => {
    const taken: Server = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    const { port } = taken.address() as AddressInfo;
    const site = createSiteServer(tmpdir());
    const code = await new Promise<string | undefined>((ok) => {
      site.once('error', (e: NodeJS.ErrnoException) => ok(e.code));
      site.listen(port, '127.0.0.1');
    });
    taken.close();
    const message = listenErrorMessage('127.0.0.1', port, code, '');
    expect(message).toBe(`Port ${port} on 127.0.0.1 is already in use: choose another with "PORT=0 npm start" or "npm run preview -- --port 0" (0 picks a free port).`);
    expect(message).toMatch(advice);
  });
});

describe('the preview server survives a build removed under it', () => {
  test('503 with a plain line while dist/ is missing, a plain 404 without 404.html', async () => {
    const root = mkdtempSync(join(tmpdir(), 'preview-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = createSiteServer(root);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${origin}/`)).status).toBe(200);
      const missing = await fetch(`${origin}/nothing-here`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/^Not found/);
      rmSync(root, { recursive: true });
      const gone = await fetch(`${origin}/`);
      expect(gone.status).toBe(503);
      expect(await gone.text()).toMatch(/No built site in .* run "npm run build"/);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
