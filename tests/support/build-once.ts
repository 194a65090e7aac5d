import { execFileSync } from 'node:child_process';

/**
 * Builds the site once for the whole run, with the same npm script a person uses.
 * SKIP_BUILD=1 reuses an existing dist/ while iterating on tests; CI never sets it.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which would make Vite build with import.meta.env.DEV true; a person's shell has none.
  const env = { ...process.env };
  delete env['NODE_ENV'];
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
