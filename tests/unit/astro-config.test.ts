import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('astro.config.mjs', () => {
  // Astro first imports the config in Node itself and, when that fails, starts a Vite server to load it, at every
  // build: the refused-fixture suite builds 68 times in one process and then loads the content check anew each
  // time. Node needs every relative import to name its file, .ts included.
  test('loads in Node itself, with everything it imports', () => {
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '--eval', "const config = await import('./astro.config.mjs'); console.log(typeof config.default.integrations);"],
      { cwd: new URL('../..', import.meta.url), encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('object');
  });
});
