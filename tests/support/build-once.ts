import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fixtureNames, projectCopy, removeCopy } from '../content/project.ts';
import { acceptedDist } from './crawl.ts';

/** Runs an npm script as a person does; resolves with its exit code and what it printed on stderr. */
function npm(cwd: string, script: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build with import.meta.env.DEV true; a person's shell has none.
  const env = { ...process.env };
  delete env['NODE_ENV'];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', script, '--silent'], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`npm run ${script} in ${cwd} failed (${code}):\n${stderr}`))));
  });
}

/**
 * The site with every accepted content fixture laid over it (tests/fixtures/content/accepted/), built into
 * tests/.output/accepted-fixtures/: the only build with a picture in it, so the image, alt-text, markup and
 * link checks have something to check.
 */
async function buildAcceptedFixtures(): Promise<void> {
  const root = projectCopy('accepted', ...fixtureNames('accepted'));
  try {
    await npm(root, 'build');
    rmSync(acceptedDist, { recursive: true, force: true });
    mkdirSync(dirname(acceptedDist), { recursive: true });
    renameSync(`${root}/dist`, acceptedDist);
  } finally {
    removeCopy(root);
  }
}

/**
 * Builds the site once for the whole run with the same npm script a person uses, and beside it the
 * accepted fixtures (both at once: each build mostly keeps one core busy).
 * SKIP_BUILD=1 reuses existing builds while iterating on tests; CI never sets it.
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(acceptedDist)) return;
  await Promise.all([process.env.SKIP_BUILD === '1' ? undefined : npm('.', 'build'), buildAcceptedFixtures()]);
}
