import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers for the content tests: throw-away copies of the project with fixtures laid over them. */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = join(repoRoot, 'tests/fixtures/content');

/** Fixture folders of one kind ("refused" or "accepted"), by name. */
export const fixtureNames = (kind: 'refused' | 'accepted') =>
  readdirSync(join(fixturesDir, kind)).sort();

/**
 * A fixture holds files that replace or add to the clean project (under content/, mirroring the
 * repository), and optionally a file "delete" listing repository paths to remove, files or whole folders.
 */
export function applyFixture(root: string, kind: 'refused' | 'accepted', name: string): void {
  const dir = join(fixturesDir, kind, name);
  if (existsSync(join(dir, 'content')))
    cpSync(join(dir, 'content'), join(root, 'content'), { recursive: true });
  const deletions = join(dir, 'delete');
  if (existsSync(deletions)) {
    for (const path of readFileSync(deletions, 'utf8').split('\n').filter(Boolean))
      rmSync(join(root, path), { recursive: true });
  }
}

/** A clean copy of what the checker reads (content/ and public/), with fixtures applied. */
export function contentCopy(kind: 'refused' | 'accepted', ...names: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  for (const folder of ['content', 'public'])
    cpSync(join(repoRoot, folder), join(root, folder), { recursive: true });
  for (const name of names) applyFixture(root, kind, name);
  return root;
}

/**
 * Caches Astro and Vite keep under node_modules/ (Astro's content data store is node_modules/.astro/). A copy gets
 * its own: builds run side by side (the site and the accepted fixtures in the global setup), and a shared data store
 * let one build render the other's pages.
 */
const caches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** A copy of everything `npm run build` needs, sharing the repository's installed packages but not their caches. */
export function projectCopy(kind: 'refused' | 'accepted', ...names: string[]): string {
  const root = contentCopy(kind, ...names);
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules')))
    if (!caches.has(name)) symlinkSync(join(repoRoot, 'node_modules', name), join(root, 'node_modules', name));
  return root;
}

/**
 * Content like contentCopy, with src/ and the config files as links to the repository's own and no node_modules/.
 * Node loads a module once per real path, so the content check that astro.config.mjs imports is loaded, and its
 * fonts parsed, once for all such copies in a process instead of once per copy (packages resolve from the
 * repository). Only for in-process builds that the content check refuses: Astro stops in the config setup, before
 * it reads src/ or needs a cache; a build that went on fails.
 */
export function refusedBuildCopy(name: string): string {
  const root = contentCopy('refused', name);
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    symlinkSync(join(repoRoot, entry), join(root, entry));
  return root;
}

/** The environment of a person's shell: no colours, no telemetry, nothing Vitest set for itself. */
export function npmEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs an npm script in a copy as a person would, returning its exit code and everything it printed. */
export function npmRun(
  root: string,
  script: string,
  ...args: string[]
): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    env: npmEnv(),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const removeCopy = (root: string) => rmSync(root, { recursive: true, force: true });
