import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDist, unknownPath } from '../support/crawl';
import { headersOfResponse, immutableProblems, revalidatedProblems, securityProblems } from '../support/header-rules';

/** `npm run preview` (the end of `npm start`) as a person runs it, on a free port, over the real dist/. */
let child: ChildProcess;
let origin = '';

beforeAll(async () => {
  child = spawn('npm', ['run', 'preview', '--', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  origin = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      if (url) ok(url);
    });
    child.once('exit', (code) => fail(new Error(`npm run preview exited with ${code}: ${out}`)));
  });
});
afterAll(() => {
  // npm starts node as its child: end the whole group this test started.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

const get = (path: string) => fetch(new URL(path, origin), { redirect: 'manual' });

describe('npm run preview answers as the production host does', () => {
  test.for([
    ['/da', '/da/'],
    ['/da/kontakt?q=vind', '/da/kontakt/?q=vind'],
    ['/en/contact', '/en/contact/'],
  ])('%s redirects (301) to %s', async ([from, to]) => {
    const response = await get(from!);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
    expect(securityProblems(headersOfResponse(response))).toEqual([]);
  });

  test('a page answers 200 with its HTML and every security header; a content-named file is kept a year', async () => {
    const page = await get('/da/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readDist('da/index.html'));
    expect(securityProblems(headersOfResponse(page))).toEqual([]);
    expect(revalidatedProblems('/da/', headersOfResponse(page))).toEqual([]);
    const css = readDist('da/index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;
    expect(immutableProblems(css, headersOfResponse(await get(css)))).toEqual([]);
  });

  test("an unknown or badly encoded URL gets the site's 404 page with status 404 and every header", async () => {
    for (const path of [unknownPath, '/da/findes-ikke', '/%E0%A4%A', '/_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readDist('404.html'));
      expect(securityProblems(headersOfResponse(response)), path).toEqual([]);
    }
  });

  test('a missing page under a language folder gets that folder\'s own 404 page, as nginx sends it', async () => {
    for (const [path, file] of [['/en/does-not-exist/', 'en/404/index.html'], ['/zh/bu-cunzai', 'zh/404/index.html'], ['/%65n/missing/', 'en/404/index.html']]) {
      const response = await get(path!);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readDist(file!));
      expect(securityProblems(headersOfResponse(response)), path).toEqual([]);
    }
  });
});
