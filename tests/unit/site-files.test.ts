import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fileForRequest } from '../../src/server/site-files';

/** A small site laid out as the build lays out dist/, beside a folder a path could try to climb into. */
const parent = mkdtempSync(join(tmpdir(), 'site-files-'));
const root = join(parent, 'dist');
for (const dir of ['da/kontakt', 'en/404', 'zh', '_astro', 'empty']) mkdirSync(join(root, dir), { recursive: true });
for (const file of ['index.html', '404.html', 'da/index.html', 'da/kontakt/index.html', 'en/404/index.html', 'zh/index.html', '_astro/a.B1c2D3e4.css', '_headers'])
  writeFileSync(join(root, file), file);
mkdirSync(join(parent, 'dist-secret'));
writeFileSync(join(parent, 'dist-secret/key'), 'secret');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const rel = (answer: ReturnType<typeof fileForRequest>) => ({ ...answer, file: answer.file.slice(root.length) });

describe('the one request-to-file rule (src/server/site-files.ts)', () => {
  test.for([
    ['/', { file: '/index.html', found: true }],
    ['/da/', { file: '/da/index.html', found: true }],
    ['/da/kontakt/', { file: '/da/kontakt/index.html', found: true }],
    ['/_astro/a.B1c2D3e4.css', { file: '/_astro/a.B1c2D3e4.css', found: true }],
    ['/da', { file: '/da/index.html', found: true, redirect: '/da/' }],
    ['/da/kontakt', { file: '/da/kontakt/index.html', found: true, redirect: '/da/kontakt/' }],
    ['/da/findes-ikke/', { file: '/404.html', found: false }],
    ['/en/missing/', { file: '/en/404/index.html', found: false }],
    ['/en/missing.pdf', { file: '/en/404/index.html', found: false }],
    ['/%65n/missing/', { file: '/en/404/index.html', found: false }],
    ['/en%ZZ/', { file: '/404.html', found: false }],
    ['/english/', { file: '/404.html', found: false }],
    ['/zh/missing/', { file: '/404.html', found: false }],
    ['/empty/', { file: '/404.html', found: false }],
    ['/_headers', { file: '/404.html', found: false }],
    ['/%E0%A4%A', { file: '/404.html', found: false }],
    ['/da%00/', { file: '/404.html', found: false }],
    ['/../dist-secret/key', { file: '/404.html', found: false }],
    ['/%2e%2e/dist-secret/key', { file: '/404.html', found: false }],
  ] as const)('%s', ([path, expected]) => {
    expect(rel(fileForRequest(root, path))).toEqual(expected);
  });
});
