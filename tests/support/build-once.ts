import { execFileSync } from 'node:child_process';

/**
 * Builds the site once for the whole run, with the same npm script a person uses.
 * SKIP_BUILD=1 reuses an existing dist/ while iterating on tests; CI never sets it.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
