import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { distDir, distFiles } from '../support/crawl';

const project = resolve('.');
/** Caches that must not carry one build's results into the other. */
const caches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
const copies: string[] = [];

/** The project's files as they would be committed: tracked and new files, ignored ones (dist, caches) left out. */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: project, encoding: 'utf8' });
  return out.split('\0').filter((f) => f !== '' && !f.startsWith('.scratch/') && !f.startsWith('tests/'));
}

/** A clean copy of the project in a new directory, sharing the installed packages but none of their caches. */
function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reproducible-build-'));
  copies.push(dir);
  for (const file of sourceFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(project, file), join(dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted but not yet committed
    }
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!caches.has(name)) symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Variables a Vitest worker sets that a person's shell does not have. */
const vitestOnly = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * Builds a copy with the same npm script as ever, inside a network namespace of its own (unshare: no interface
 * but a loopback that is down), so any network use fails the build. The commit stays readable through GIT_DIR.
 */
function buildOffline(dir: string, timeZone: string): void {
  const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: project, encoding: 'utf8' }).trim();
  // A person's shell has none of what Vitest puts in a worker's environment: NODE_ENV=test, its own VITEST_*
  // variables, and the mirrors of import.meta.env (DEV=1 made the build show the development notice on the
  // search pages).
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: timeZone, GIT_DIR: gitDir, GIT_WORK_TREE: dir };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || vitestOnly.has(key)) delete env[key];
  execFileSync('unshare', ['--map-root-user', '--net', 'npm', 'run', 'build', '--silent'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function hashes(dist: string): Map<string, string> {
  return new Map(distFiles(dist).map((f) => [f, createHash('sha256').update(readFileSync(join(dist, f))).digest('hex')]));
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('reproducible builds', () => {
  test('the build cannot reach the network inside the namespace the builds below run in', () => {
    const probe = `require('node:net').connect(443, '1.1.1.1').on('connect', () => process.exit(0)).on('error', (e) => { console.log(e.code); process.exit(3); })`;
    const result = (() => {
      try {
        execFileSync('unshare', ['--map-root-user', '--net', process.execPath, '-e', probe], { encoding: 'utf8' });
        return 'connected';
      } catch (e) {
        return String((e as { stdout?: string }).stdout).trim();
      }
    })();
    expect(result).toBe('ENETUNREACH');
  });

  test(
    'a clean build, offline and in another time zone, gives a dist/ byte-identical to the run\'s own build',
    () => {
      // The global setup built dist/ with `npm run build` in this worktree, online, in this machine's time zone
      // (tests/support/build-once.ts): one clean offline build in another zone is compared with it, instead of
      // building the same sources twice more.
      const here = new Intl.DateTimeFormat().resolvedOptions().timeZone;
      const elsewhere = here === 'Asia/Shanghai' ? 'America/Los_Angeles' : 'Asia/Shanghai';
      const copy = cleanCopy();
      buildOffline(copy, elsewhere);
      const [a, b] = [hashes(distDir), hashes(join(copy, 'dist'))];
      expect(a.size).toBeGreaterThan(30);
      expect([...b.keys()]).toEqual([...a.keys()]);
      const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
      expect(differing).toEqual([]);
    },
    300_000,
  );
});
